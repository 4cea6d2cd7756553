// Round 39 (t39l): the buyer's account on another app not found by us, the talk kept here (我哋IG搵唔到你嘅帳號，麻煩喺度留言; 抖音上搜不到
// 您的账号，有事在这里说就行): we failed to reach the buyer elsewhere and stay in the chat — no channel offered, nobody watched. Shared by the
// second opinions likely-threat and likely-off-platform; each adds its own turn (a menace, a channel of ours) that undoes it.

/** The buyer's account (or the buyer) on an app not found: 搵唔到你嘅帳號, 搜不到您的账号, 你嘅IG我哋搵唔到. */
const ACCOUNT_NOT_FOUND = /(?:搵唔到|揾唔到|搜唔到|找不到|搜不到|查不到|找不着|搜不着|冇搵到|冇揾到|没找到|没搜到|没查到)(?:您|你)(?:的|嘅|个)?(?:ig|fb|instagram|facebook|微信|抖音|小红书|账号|帐号|主页|号|page|profile|account)?|(?:搵唔到|揾唔到|搜唔到|找不到|搜不到|查不到|找不着|冇搵到|冇揾到|没找到|没搜到)(?:的|嘅)?(?:ig|fb|instagram|facebook|账号|帐号|主页|page|profile|account)|(?:您|你)(?:的|嘅|个)?(?:ig|fb|instagram|facebook|微信|抖音|小红书|账号|帐号|主页)[^，。！？]{0,6}?(?:搵唔到|揾唔到|搜唔到|找不到|搜不到|查不到|找不着|冇搵到|冇揾到|没找到|没搜到)/;
/** …and the talk kept in this chat: 喺度留言, 在这里说, 呢度講就得. */
const KEPT_HERE = /(?:喺度|呢度|这里|在这|这边|此处|平台上?|快手上?|聊天(?:框|窗口)?|对话框)(?:[^，。！？]{0,4}?)(?:留言|讲|说|倾|聊|联系|沟通|发)|(?:留言|讲|说|倾|聊|沟通)(?:喺度|呢度|这里|在这)/;

/** Whether the sentence (compact) tells the buyer's account not found with the talk kept here. */
export function accountNotFoundKeptHere(s: string): boolean {
  return ACCOUNT_NOT_FOUND.test(s) && KEPT_HERE.test(s);
}
