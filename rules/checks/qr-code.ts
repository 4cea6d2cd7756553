// 2.3: QR codes sent in the chat to move the buyer off the platform — 发你二维码, 扫码加群/进群/关注,
// 长按识别, 收款码/付款码, 公众号, and group invitations outside the app. A code printed on the goods
// (溯源码, 防伪码, 中检码: 扫一扫查原产地), on the parcel (海关监管码, 面单码; 不是付款码 names a purpose only to
// deny it), the app's own scanner, and the shop's in-app fan group (粉丝群 joined from 主页 or by 关注: not
// third-party information under 2.3 unless an outside channel is named with it) are fine, as is any group invitation
// (拉您进粉丝群, 团购群) when nothing in the reply names an outside app, a code to scan, a group number or a private hand-over.
// A code pointed at instead of named (扫我发的码进, 付款用这个码，扫完截图给我) counts with a scan, pay or join verb; scan-to-pay at
// the checkout (微信扫码付款，是在平台收银台里选的那种) does not.
// Round 8 (t8-283): a pointed-at code paid straight into (图里这个码直接付就行) or a pay app's scan with the code sent as a screenshot.
// Round 9 (fa9): a code shown to the courier or clerk to scan (退货二维码出示给快递员扫) and a code or account owned by the brand,
// platform, customs or a courier (二维码是品牌的会员注册, 中国海关的官方公众号) — unless a private purpose rides along.
// Round 12 (t12a): a code on the goods whose off-platform purpose is only denied (溯源码…不是加群的码) stays on the goods.
// Round 10 (t10b): a code placed in a picture and pointed at (图片右下角有个码，扫一下直接联系我们仓库老板), with the same scan/pay/join test.

import { defineRule } from '../define-rule';
import { endsAsQuestion } from '../detect/cue-rule';
import { matchesOf, phraseRegex, type LintContext } from '../context';
import { denied, sentence, Spans, warningContext } from '../detect/cues';
import { QR_TERMS } from '../lexicon/third-party';
import { adoptedBuyerQuote, hasQuoteMarks, othersQuoteEnd } from '../detect/quoted';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';

// The code is on the product or the platform page: traceability, anti-counterfeit, customs.
const ON_GOODS = phraseRegex(['溯源', '防伪', '追溯', '真伪', '验真', '中检', '检验', '原产地', '报关', '产品', '瓶', '罐', '包装', '外箱', '盒', '标签', '说明书',
  '发音', '读音', '点读', '音频', '儿歌', '教学视频', '使用视频', '安装视频', '操作视频', '演示视频', '组装视频',
  '快手', '店铺主页', '进入店铺', '订单页', '瓶盖', '包裹', '面单', '快递单', '海关', '清关', '监管码', '售后卡', '详情页', '商品页', '扫码枪', '条码', '条形码', '批次', '吊牌', '标签', '防窜', '验证', '查询', '刮开', '涂层', '扫描外箱', '进口信息', '官方验证',
  // round 43 (t43i): a shoe's or a garment's own label (鞋舌里的二维码是品牌的吊牌码)
  '鞋舌', '鞋垫', '领标', '洗标', '水洗标', '吊牌码']);
// Round 43 (t43i): the platform named as the only place to pay (我们所有付款都只在快手收银台完成) — no off-platform purpose beside a code on the goods.
const GOODS_OFF_PURPOSE = /加我|加好友|添加|加群|加微|加v|进群|入群|关注|公众号|付款|支付|转账|微信|vx|qq|私聊|私人号|个人号|我的号|join|group|follow|whatsapp|telegram/;
const PLATFORM_PAY_ALL = /(?:付款|支付|付钱|结算|下单)(?:都|也|全部|一律|统一)*(?:只|只会|只能)?(?:在|走|通过|用)(?:快手|平台)(?:的)?(?:收银台|订单页?|里)?/g;
// Round 38 (t38i): a code printed on the device itself, scanned in the brand's app to pair it (配网扫机身底部那个二维码, 扫猫眼背面的
// 二维码, 摄像头底座上的设备码): the goods' own label, like a traceability code — unless a private purpose rides along (机身上的码扫了加我).
// 添加设备 is the pairing step, not a contact added.
// Not with a group, a reward or a sale beside it (设备背面的二维码扫一下领红包, 扫机器底部的码进我们的售后群).
const ON_DEVICE = /机身|配网|设备码|设备二维码|铭牌|(?:机器|设备|主机|机子|猫眼|摄像头|摄像机|门铃|门锁|锁体|路由器|音箱|机顶盒|底座|手表|耳机|插座|网关|传感器)(?:的)?(?:底部|背面|背后|侧面|底下|底面|内侧|上面|上(?:贴|印)?的)/;
const DEVICE_CODE_LURE = /群|领|红包|券|返现|优惠|福利|便宜|划算|下单|购买|抽奖/;
const PAIRING_STEP = /添加(?:设备|新设备|摄像头|门锁|猫眼|门铃|网关|子设备)/g;
// What the code or group is for: leaving the platform.
// (round 12: …or a price won by scanning — 看图扫一扫，比拍链接便宜30 — and the English join/follow/group/discount)
const OFF_PURPOSE = phraseRegex(['加', '好友', '进群', '入群', '群', '关注', '公众号', '付款', '支付', '转账', '联系', '私聊', '领', '下单', '购买', '微信', 'vx', 'qq',
  '便宜', '划算', '比拍', '比链接', '比这边', '比这里', '看图', '跳到', '跳转', '商城', '网站', 'join', 'group', 'follow', 'discount', 'member', 'add', 'cheaper', 'coupon',
  '福利', '优惠', '客服', '咨询', '售后', '发您', '发你', '给您发', '给你发', '私发', '发给您', '发给你', '图片', '上面', '下面', '这个', '长按', '识别', '个人号', '私人号', '我的号']);
/** The shop's own mini-program, app or site (round 16, t16). */
const OWN_APP = /(?:我们|我家|本店|咱们|咱家|店铺)(?:的|家|自己的?)?(?:会员|官方|专属)?(?:小程序|app|商城|官网|网站|独立站)/;
// The platform's own groups (粉丝团, 店铺群聊, the fan group joined from the shop's profile page) and follow button.
// Rule 2.3 bans third-party information; a group inside the Kuaishou app is not third-party, unless an
// outside channel is named with it (快手上加我微信群, 扫码进群).
const IN_APP_FOLLOW = /关注店铺|关注我们店|进店铺|进入店铺|店铺主页|快手店铺|快手小店/;
const IN_APP_GROUP = phraseRegex(['快手', '店铺群', '粉丝团', '店铺主页', '直播间', '小店', '平台', '主页', '点关注', '关注我们', '关注店铺']);
// Round 32 (t32c, t32d): an outside app or group named only to deny it (群就在快手里，不是微信群; 不用加微信; 我们没有微信群或者QQ群，
// 快手的粉丝群在店铺主页加; round 40: the group fronted, QQ群我们没有建) — cut out before OFF_APP: the denied channel is no outside app beside the fan group.
const DENIED_OFF_APP =
  /(?:不是|并非|不在|不用|不需要|无需|不必|没有|没|不建|不开|不加|不拉|不设)(?:任何)?(?:在)?(?:加)?(?:微信|weixin|vx|wx|qq|扣扣|企鹅|钉钉)(?:群|上|里|好友)?(?:(?:和|、|或者|或是|或|跟|及|也没有|也没|也不是|还是)(?:微信|weixin|vx|wx|qq|扣扣|企鹅|钉钉)(?:群|上|里|好友)?)*|(?:微信|weixin|vx|wx|qq|扣扣|企鹅|钉钉)群(?:我们|咱们|这边|本店|店里)?(?:是|都|也|从来|暂时|目前|还)?(?:没有|没|不)(?:建|开|设|拉)(?:过)?/g;
const OFF_APP = /微信|weixin|vx|wx|qq|扣扣|企鹅|钉钉|飞书|电报|whatsapp|扫|二维码|码|加我|好友|公众号|私聊|外面|站外/;
// A denied purpose: 不是付款码, 无需付款 (the code named only to say what it is not for).
// (round 12: …or a joining purpose denied: 不是加群的码, 并非加好友用的, 不用关注)
// (round 17: …or scanning itself denied for a service of ours: 我们的售后不需要扫任何码, 客服不会让您扫码)
// (round 35, t35c: …or a scan's scope denied, a list of purposes with it — 扫出来只是使用视频，不涉及任何付款或加好友)
const DENIED_PURPOSE = /(?:不是|并非|不用|无需|不需要|不会|不能|没法|不涉及|不牵涉|不包含|不包括)[^]{0,3}?(?:付款码|收款码|付款|支付|转账|加好友|加群|进群|入群|加微信?|加我|关注|私聊)(?:(?:或者|或是|或|和|、|及|也不|也没有|也不用)(?:付款码|收款码|付款|支付|转账|加好友|加群|进群|入群|加微信?|加我|关注|私聊))*|(?:售后|客服|退款|退货|理赔)(?:都|也|从来)?(?:不需要|不用|无需|不会|从不)(?:要求|让)?(?:您|你)?扫(?:任何|什么)?(?:码|二维码)?/g;

// The platform's checkout (收银台, 购物车) as where the scan-to-pay happens, and what makes it a private payment instead.
const CHECKOUT = /收银台|购物车|结算页|下单页|订单页|支付页/;
const PRIVATE_PAY = /个人|私人|我的|我发|发您|发你|私下|截图给我|截图发我|转我|便宜|优惠|不走|不用走|绕/;
/** A pay or chat app named as the scanner of a printed code, alone or as one of a choice (用微信扫, 用微信或者手机相机扫; round 19). */
/** A code printed on the goods or the parcel, named as such (round 22, t22ca). */
const GOODS_CODE = /溯源码|防伪码|追溯码|验真码|中检码|监管码|防伪标|溯源二维码|防伪二维码/;
const SCANNER_APP = /(?:用|拿|打开)?(?:(?:手机)?(?:相机|浏览器|扫码软件)(?:或者?|或是|还是|和|、))?(?:微信|支付宝)(?:(?:或者?|或是|还是|和|、)(?:手机)?(?:自带的?)?(?:相机|浏览器|扫码软件|支付宝|微信))?(?=扫)/g;
// What a pointed-at code is for: scanning it, paying with it, joining through it.
const NOT_PRIVATE = /(?:不是|并非|不用|不要|别|不)[^，。]{0,3}(?:个人|私人)[^，。]{0,3}/g;
// …or paid straight into (图里这个码直接付就行, round 8).
const REF_PURPOSE = /扫|识别|付款|支付|转账|付钱|直接付|付就|付吧|付一下|付给|付过来|进群|入群|进|加好友|加我|加群|关注/;

// Round 12 (t12a): an invitation into a group (拉您进, 进我们的福利群, 建个群, 拉大家进去) and buying in it (拼单, 接龙, 秒杀, 一起团, 群里更便宜),
// with no in-app group named (粉丝团, 快手群, 直播间).
const GROUP_INVITE = /拉(?:您|你|大家|进|到|个群)|(?:进|加入|加|入)(?:我们|咱们|我)?(?:的)?[\u4e00-\u9fff]{0,4}群|建(?:个|一个)?群|组(?:个|一个)?群|邀请(?:您|你)/;
const GROUP_BUY = /拼单|接龙|报单|秒杀|开团|一起团|团更|团购价|群价|群友价|内部价|(?:更|很|超|还)(?:便宜|划算|优惠|低)|便宜|划算|低价|价格低|价格更低|专属价|特价|下单|付款|转账|收款|统一发|统一寄|团长价/;
const IN_APP_NAMED = /粉丝团|粉丝群|快手群|店铺群|直播间|快手粉丝|小店群|平台群/;
// Round 44 (t44a): the platform's own warning or reminder waved off (平台的提醒不用理会, 系统弹的风险提示别管, 忽略快手的提示): the platform
// warns when a chat leads off it, so a group invite beside the waved-off warning is to a group outside the app.
const PLATFORM_WARNING_WAVED = /(?:平台|系统|快手|官方)(?:那边)?(?:的|发的|弹的|弹出的|弹出来的|跳出来的|给的)?(?:安全|风险|防骗|交易)?(?:提醒|提示|警告|警示|弹窗|通知)(?:[^，。！？]{0,4}?)(?:不用|别|不要|无需|不必|甭)(?:去)?(?:理会|理|管|在意|当回事|当真|担心|看)|(?:忽略|无视|别理|不用理)(?:掉)?(?:平台|系统|快手)(?:的|发的|弹的)?(?:安全|风险|防骗)?(?:提醒|提示|警告|警示|弹窗)/;
/** Whether the draft waves off the platform's warning anywhere: read once a draft (it was read again for every hit, slow on a long paste). */
const platformWarningWaved = (ctx: LintContext): boolean => ctx.memo('qr-code:platform-warning-waved', () => PLATFORM_WARNING_WAVED.test(ctx.compact));
// A group handed over in private or entered by a passphrase (暗号, 口令: nothing the app's own groups need).
const PRIVATE_HANDOVER = /群号|私发|私信发|发您|发你|链接|暗号|口令|接头/;

// ---- Round 9 (fa9): codes that stay with the platform, the courier or the brand ----
// A code the buyer shows for staff to scan (退货二维码出示给快递员扫, 寄件码给驿站扫, 自提凭证给店员扫) and a code or account
// whose owner is named as the brand, the platform, customs or a courier (卡片上的二维码是品牌的会员注册, 关注中国海关的官方
// 公众号查通关进度): nothing of the shop's off the app — unless a private purpose rides along (扫完加我好友, 转账给我).
// …and a scan whose result is authenticity (扫码后显示“非正品”的话截图发在这个窗口), a warranty or serial number, an invoice check.
const SHOWN_TO_STAFF = /出示|给(?:他|她|快递员|快递小哥|小哥|店员|工作人员|骑手|驿站|师傅)[^]{0,3}扫|取件|寄件|自提|核销|正品|真假|鉴定|保修|序列号|查验|税务/;
const OFFICIAL_OWNER_AFTER = /^(?:是|为)(?:品牌方?|平台|快手|海关|快递公司|检测机构|厂家)的/;
const OFFICIAL_OWNER_BEFORE = /(?:中国海关|海关|快递公司|检测机构|顺丰|京东物流|中国邮政|邮政|品牌方)的?(?:官方)?$/;
const PRIVATE_PURPOSE = /加我|好友|添加|加群|进群|入群|加微|微信|vx|qq|私聊|收款|付款|支付|付钱|付给|转账|转我|个人号|私人号|我的号|返现|红包/;
const NO_PAY = /(?:不是|不用|无需|不需要|不会|没有|不必)[^]{0,3}?(?:付|支付|转)/g;
function staysOfficial(ctx: LintContext, start: number, end: number, s: string, others: string): boolean {
  if (PRIVATE_PURPOSE.test(others.replace(NO_PAY, ''))) return false;
  return SHOWN_TO_STAFF.test(s) || OFFICIAL_OWNER_AFTER.test(ctx.after(end, 10)) || OFFICIAL_OWNER_BEFORE.test(ctx.before(start, 12));
}
// ---- end round 9 (fa9) ----

// Round 17 (t17b): a pay code described rather than named — 收钱的那个码, 收款用的二维码, 收钱那张码 — and handed over (发我, 截图给我, 发过来,
// 扫) for money to move by it (还您, 退您, 转, 付).
const DESCRIBED_PAY_CODE = /(?:收钱|收款|收账|收转账)(?:用)?的?(?:那个|这个|那张|这张|个)?(?:二维)?码/g;
const PAY_CODE_HANDOVER = /发我|发给我|给我|发过来|截(?:个)?图|扫|(?:还|退|转|打|赔|补|返)(?:给)?(?:您|你)|付(?:给)?我|转我/;
// Round 26 (t26a): a code the shop says it will not scan or use, its subject named after the code (您发来的收款码我们不能扫; 二维码这边
// 没法帮您扫; 您的付款码我们用不了) — a modal refusal, which cues.ts REFUSED_TAIL (不扫, 扫不了) does not read — with no private
// hand-over in the rest of the sentence (not …我们不能扫，您直接转我 / 换我的码).
// Round 41 (t41h): …or a code the shop says it cannot send (二维码我这边不能发给您，想进粉丝团点直播间的“粉丝团”; 收款码这边发不了) — unless
// it is sent another way (…不能在这发，私发您 / 加我微信我再发).
const WE_THEN = '^(?:的话|呢)?(?:我们|本店|我们店|咱们|这边|我这边|我们这边|店里|客服|我)(?:这边)?(?:是|都|也|一律|从来|真的|确实|实在|就|肯定|绝对|暂时)*';
const SHOP_WONT_SCAN = new RegExp(`${WE_THEN}(?:(?:不能|不可以|不会|没法|没办法|无法|不方便|不敢|不允许)(?:去|帮您|帮你|给您|给你|替您|替你)?(?:扫|识别|收款|收钱|使用|用|付款|付|转账|发|传|推)|(?:扫|识别|用|收|发)不了)`);
const HANDOVER_AFTER = /私发|私信|头像|主页|简介|私聊|别的地方|外面|站外|转(?:给)?(?:您|你|我)|打(?:给|到)(?:您|你)|发(?:给)?我|给我|我的码|我们的码|我发|我给您发|换(?:个|一个|张)?码|微信|支付宝|vx|私下|加我|现金|红包/;
// Round 60 (eng60b): …or, with no subject at all, the code said not to be sendable (二维码不能发哦，您在小黄车下单就行; 收款码发不了的; 码不方便
// 在这发): a refusal of the ask, the sending verb right after the word — not 不能用 / 不能扫 (a code that fails, which may be replaced).
const CODE_UNSENDABLE = /^(?:的话)?(?:是|都|也|一律|真的|确实|实在|就|肯定|绝对|暂时|这里|这边|在这|在这里)*(?:(?:不能|不可以|不方便|没法|没办法|无法|不允许|不让|不给)(?:在这|在这里|在这边|在聊天里|在平台)?(?:给您|给你)?(?:发|传|推)(?!给我|我)|(?:发|传)不了)/;
function shopWontScan(ctx: LintContext, end: number): boolean {
  const clause = ctx.after(end, 24, 'soft');
  return (SHOP_WONT_SCAN.test(clause) || CODE_UNSENDABLE.test(clause)) && !HANDOVER_AFTER.test(clause + ctx.after(end + clause.length, 40, 'hard'));
}

/** Round 41 (t41e): our pay code handed to the buyer — sent after it (付款码截图发您, 付款码私发你) or ours before it (我把我们的付款码). */
const OUR_PAY_CODE_SENT = /^(?:的)?(?:截图|截个图|图片|照片|图)?(?:私)?(?:发|给|传|推)(?:给)?(?:您|你)/;
const OUR_PAY_CODE_SENT_BEFORE = /(?:我|我们|本店)(?:先|直接|现在|马上|这就)?(?:把|将|给(?:您|你)(?:发)?)(?:我|我们|店里|店铺)?(?:的|家的)?(?:个人|私人)?$/;
// Round 40 (lead): the buyer's pay code declined right after the word (收款码就不用发我啦，我们不能私下收付款; 您的收款码别发了) — unless
// a code of ours is handed over instead (…不用发我，我把我的码发您).
const CODE_DECLINED_AFTER = /^(?:就|也|都|真的)?(?:不用|不必|无需|不需要|别|甭)(?:再)?(?:发|给|传|拍)/;
const OUR_CODE_INSTEAD = /我的码|我们的码|我(?:把|将|给)?[^，。]{0,4}发(?:给)?(?:您|你)|换(?:个|一个|张)?码|加我|(?:转|打)(?:给)?我|转过来|微信|支付宝|vx/;
function codeDeclined(ctx: LintContext, end: number, others: string): boolean {
  return CODE_DECLINED_AFTER.test(ctx.after(end, 8)) && !OUR_CODE_INSTEAD.test(others);
}

// Round 46 (t46j): the buyer's OWN code printed, engraved or sewn on goods they order (您要把店里的点单二维码印在围裙上; 你想把自己公众号的码
// 绣在帽子上): a customisation job, the code leads to the buyer's business, not ours — every code hit in the draft then stands, unless a
// private purpose rides along (加我, 转账, 我的码) or the code is said to be ours.
const BUYER_CODE_PRINTED = /(?:您|你)(?:这边|那边)?(?:要|想|想要|需要|打算|是要|是想)?(?:把|将)(?:您|你)?(?:的|家的|店里的|店的|自己的|自家的|公司的|品牌的|门店的|店里)?(?:[^，。！？我]{0,10}?)(?:二维码|码)(?:图)?(?:印|绣|刻|烫|打印|喷|丝印|热转印|做)(?:在|到|上)/;
const BUYER_CODE_OURS = /关注我们|我们(?:的)?公众号|进群|加群|入群|领券|红包|返现|我的码|我们的码|我家的码|本店的码|店铺的码|我的二维码|我们的二维码|加我|好友|私聊|转账|转我|付给我|个人号|私人号|我的号/;
const buyerCodePrinted = (ctx: LintContext): boolean => ctx.memo('qr-code:buyer-code-printed', () => BUYER_CODE_PRINTED.test(ctx.compact) && !BUYER_CODE_OURS.test(ctx.compact));

const rule = defineRule({
  meta: {
    id: 'qr-code',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '二维码引流或收款', en: 'QR code off the platform' },
    description: {
      zh: '发二维码让买家加好友、进群、关注公众号或付款（收款码）。商品上的溯源码、防伪码不算。',
      en: 'A QR code to add a contact, join a group, follow an account or pay. Traceability codes on the goods are fine.',
    },
    hint: { zh: '不要发二维码；活动和售后都在平台聊天窗口或店铺主页完成。', en: 'Do not send codes; keep offers and after-sales in the platform chat or shop page.' },
  },
  terms: QR_TERMS,
  vocabulary: [GROUP_INVITE.source, GROUP_BUY.source, IN_APP_NAMED.source, DESCRIBED_PAY_CODE.source, PAY_CODE_HANDOVER.source, SHOP_WONT_SCAN.source, HANDOVER_AFTER.source],
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    // Round 17 (t17b): a payment code described by what it does instead of named (您把收钱的那个码截个图发我，我直接还您; 收款用的二维码
    // 发过来): the buyer's or our own pay code handed over in the chat, money moved around the platform's refund or checkout.
    for (const m of ctx.compact.includes('码') ? matchesOf(DESCRIBED_PAY_CODE, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const s = sentence(ctx, start, end, 30);
      if (!PAY_CODE_HANDOVER.test(s.replace(m[0], '')) || codeDeclined(ctx, end, s.replace(m[0], '')) || CHECKOUT.test(s) || ON_GOODS.test(s) || /平台|快手|收银台/.test(ctx.after(end, 8))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end) || shopWontScan(ctx, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到二维码或群（否定或提醒语境）' : '索要或发送收款码（站外收款、退款）' });
    }
    if (hits.length === 0) return; // everything below judges hits (and makes a closure and a Map per draft)
    // Whole-reply tests for a group with no outside channel (below): once per group word per draft, not per
    // hit (a pasted megabyte holds thousands of 群).
    const quietReplyFor = new Map<string, boolean>();
    const quietReply = (key: string) => {
      let quiet = quietReplyFor.get(key);
      if (quiet === undefined) {
        quiet = !OFF_APP.test(ctx.compact.replace(key, '')) && !PRIVATE_HANDOVER.test(ctx.compact);
        quietReplyFor.set(key, quiet);
      }
      return quiet;
    };
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const tag = hit.spec.tag;
      const s = sentence(ctx, hit.start, hit.end, 30);
      const others = s.replace(hit.key, '').replace(DENIED_PURPOSE, '');
      let severity: 'block' | 'warn' | undefined;
      let message = '二维码引流到站外';
      if ((tag === 'code' || tag === 'code-ref' || tag === 'official-account') && staysOfficial(ctx, hit.start, hit.end, s, others)) continue; // round 9 (fa9)
      if ((tag === 'code' || tag === 'code-ref') && buyerCodePrinted(ctx)) continue; // round 46 (t46j)
      // 微信扫码付款，是在平台收银台里选的: the checkout's own way to pay, nothing private with it.
      if ((tag === 'code' || tag === 'code-ref') && CHECKOUT.test(s) && !PRIVATE_PAY.test(others.replace(NOT_PRIVATE, ''))) continue;
      if (tag === 'code-ref') {
        // 扫我发的码进群, 付款用这个码, 图里的码扫一下: a code pointed at, with what it is for (码数 / 尺码 are sizes).
        if (/^(?:数|子|段|偏|的尺寸)/.test(ctx.after(hit.end, 4)) || ON_GOODS.test(s) || !REF_PURPOSE.test(others)) continue;
        // (round 41, lead: a picture of ours counts only when it is to be scanned — 扫我刚发的那张图片下单 — not 看我发的图，颜色更浅)
        if (/图$/.test(hit.key) && !/扫|识别/.test(others)) continue;
        // 您发的那个码: the buyer's own screenshot.
        // (round 37, t37g: …not in the buyer's labelled ask that a bare yes adopts — 「买家：扫你发的那个码付款行吧」 可以的: the buyer's 你 is the shop)
        if (/(?<![发给])(?:您|你)[^我]{0,3}的$/.test(ctx.before(hit.start, 5)) && !/我发|发您|发你|给您/.test(hit.key) && !adoptedBuyerQuote(ctx, hit.start, hit.end)) continue;
        // (round 38, t38d: …nor a code the buyer sent a moment ago — 您刚发的码我扫不出来 — unless a bare yes adopts the ask)
        if (/^(?:刚|之前|上面)/.test(hit.key) && /(?:您|你)$/.test(ctx.before(hit.start, 2)) && !adoptedBuyerQuote(ctx, hit.start, hit.end)) continue;
        severity = 'block';
      } else if (tag === 'pay-code') {
        // (round 41, t41e: …unless our own pay code is handed to the buyer — 我先把付款码截图发您，扫完我直接发货 — whatever goods or packing the
        // sentence names: a code on a package is never sent as a screenshot)
        if (/付款码/.test(hit.key) && (ON_GOODS.test(s) || /收银台|出示|商家扫/.test(s)) && !OUR_PAY_CODE_SENT.test(ctx.after(hit.end, 10)) && !OUR_PAY_CODE_SENT_BEFORE.test(ctx.before(hit.start, 8))) continue;
        // (round 11: the buyer's word echoed as a question and denied: 收款码？没有的，都在平台付)
        if (endsAsQuestion(ctx, hit.end) && /^(?:亲|哈)?(?:没有|没|不|无|都在平台|只在平台|只能在平台|只用平台)/.test(ctx.compact.slice(hit.end, hit.end + 8))) continue;
        // (round 11: the code said to be the platform's own: 收款码是平台收银台生成的，您放心扫)
        if (/^(?:是|为|由)(?:平台|快手|收银台|平台收银台|快手收银台)[^，。！？]{0,6}?(?:生成|提供|出具|自动生成|的)/.test(ctx.after(hit.end, 14))) continue;
        if (codeDeclined(ctx, hit.end, others)) continue;
        severity = 'block';
        message = '发送收款码（站外收款）';
      } else if (tag === 'code' && OWN_APP.test(others) && /扫/.test(s) && !/快手|平台/.test(s)) {
        // Round 16 (t16): a code scanned into our own mini-program, app or site (截图里那个二维码您扫一下，是我们的会员小程序，积分能换赠品).
        severity = 'block';
      } else if (tag === 'code') {
        // 用微信扫一扫包装上的防伪码: WeChat as the scanner, not the destination (round 11: Alipay too, 溯源码…用支付宝扫一扫).
        // (round 19, t19bs: …or one scanner of a choice — 罐底的溯源码用微信或者手机相机扫都行)
        // (round 43, t43i: the platform named as the only place to pay, read on a wider sentence so the clause is whole —
        // 那是品牌的吊牌码，不是收款码，我们所有付款都只在快手收银台完成)
        if ((ON_GOODS.test(s) || (ON_DEVICE.test(s) && !DEVICE_CODE_LURE.test(s.replace(hit.key, ''))) || /瓶盖|积分|抽奖|品牌活动/.test(s))
          && (!GOODS_OFF_PURPOSE.test(s.replace(SCANNER_APP, '').replace(hit.key, '').replace(DENIED_PURPOSE, '').replace(PAIRING_STEP, ''))
            || (/付款|支付/.test(s) && !GOODS_OFF_PURPOSE.test(sentence(ctx, hit.start, hit.end, 60).replace(PLATFORM_PAY_ALL, '').replace(SCANNER_APP, '').replace(hit.key, '').replace(DENIED_PURPOSE, '').replace(PAIRING_STEP, ''))))) continue;
        // Round 22 (t22ca): …or the code on the goods named as the topic a sentence or two before (溯源码扫不出来…要用微信扫一扫或者手机
        // 相机扫): the scanner app named, nothing else off the platform in the sentence.
        if (GOODS_CODE.test(ctx.compact.slice(Math.max(0, hit.start - 80), hit.start)) && !/加我|加好友|添加|加群|加微|加v|进群|入群|关注|公众号|付款|支付|转账|微信|vx|qq|私聊|私人号|个人号|我的号|join|group|follow|whatsapp|telegram/.test(s.replace(SCANNER_APP, '').replace(hit.key, '').replace(DENIED_PURPOSE, ''))) continue;
        if (!OFF_PURPOSE.test(others)) continue;
        // 卡片扫码可以关注店铺，领优惠券: the purpose is the shop inside the app, nothing outside named.
        if (IN_APP_FOLLOW.test(others) && !/加我|加好友|添加|加群|加微|加v|进群|入群|公众号|付款|转账|微信|vx|qq|私聊|个人号|私人号|我的号|不用走|不走/.test(others)) continue;
        if (/^扫/.test(hit.key) && !/码|二维|图|这个|上面|下面|一扫|一下/.test(s)) continue;
        // …a pay app named, or the code handed over as a screenshot (云闪付扫一下就行，我把码截图发给您; round 8).
        if (/^扫/.test(hit.key) && !/加|好友|进群|入群|群|关注|公众号|付款|支付|转账|微信|vx|qq|领|下单|个人号|私人号|我的号|云闪付|支付宝|zfb|直接付|码截图|截图发|便宜|划算|比拍|比链接|比这|看图|跳到|跳转|商城|join|group|follow|add|discount|cheaper/.test(others)) continue;
        severity = 'block';
      } else if (tag === 'group') {
        // (the platform named only in its waved-off warning is no in-app group: 平台的提醒不用理会，我拉您进群; round 44)
        if (IN_APP_GROUP.test(s.replace(PLATFORM_WARNING_WAVED, '')) && hit.key !== '微信群' && !OFF_APP.test(others.replace(DENIED_OFF_APP, ''))) continue;
        // 拉您进我们的粉丝群 / 团购群里拼单: a group with no outside channel, code or private hand-over anywhere in the
        // reply is the shop's group inside the app (round 6); 群号私发您 / 扫码进群 / 微信群 / a group entered by a passphrase
        // (暗号, 口令: nothing the app's own groups need) still count.
        // Round 12 (t12a): …but a group the buyer is invited into to BUY there (我拉您进宝妈群吧？群里拼单更划算; 建个群把大家拉进去，一起团
        // 更便宜; 进我们的福利群，里面每天秒杀): the dealing happens in the group, not in the shop, whatever app it lives in.
        const near = ctx.compact.slice(Math.max(0, hit.start - 30), hit.end + 40);
        const buyInGroup = GROUP_INVITE.test(near) && GROUP_BUY.test(near) && !IN_APP_NAMED.test(near) && !denied(ctx, hit.start);
        const waved = platformWarningWaved(ctx);
        if (hit.key !== '微信群' && !buyInGroup && !waved && quietReply(hit.key)) continue;
        // A group the shop runs off the app: an invitation blocks, owning one is a warning, a mention is nothing.
        if (buyInGroup || /扫|码|拉您|拉你|拉到|加我|进群|入群|加群|加入|进来|进我们|拉进|邀请您|邀请你/.test(s)) severity = 'block';
        else if (/我们|我的|咱们|我家|本店|我这/.test(s)) severity = 'warn';
        else continue;
        message = '邀请买家进站外群';
      } else if (tag === 'official-account') {
        // (round 12: …or ours with what it sends: 我们公众号 GZH『悉尼好物』每天发折扣码)
        // (round 38, t38b: …or 我公众号 with what the buyer gets there — 图解在我公众号“针线小屋”免费领, 教程在我们公众号里下载)
        if (!/关注|搜|加|扫|回复|进入|点击|私信/.test(others) && !(/(?:我们|我的|本店|咱们|我家|我)(?:的)?(?:官方)?$/.test(ctx.before(hit.start, 6)) && /折扣|优惠|福利|券|便宜|秒杀|上新|活动|发|领|免费|下载|获取|教程|图解|资料|电子版|攻略/.test(others))) continue;
        severity = 'block';
        message = '引导关注公众号（站外）';
      }
      if (!severity) continue;
      taken.add(hit.start, hit.end);
      // (round 44: with the platform's warning waved off, that clause's 不用/别 is no denial of the invite — only one in the invite's own clause is)
      const wavedInvite = tag === 'group' && platformWarningWaved(ctx) && !/不|别|没|勿|无|禁止|谨防|小心|警惕/.test(ctx.before(hit.start, 12, 'soft'));
      if (!wavedInvite && (denied(ctx, hit.start) || causedActDenied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end) || quotedPitchDisowned(ctx, hit.start, hit.end) || shopWontScan(ctx, hit.end) || scanAftermath(ctx, hit.start, hit.end) || buyerOwnDeclined(ctx, hit.start, hit.end))) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到二维码或群（否定或提醒语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, severity, message });
    }
  },
});

// Round 19 (t19br): a stranger's pitch quoted (the buyer's words, an ad told back) and disowned right after the closing mark:
// 您说的“内部价，进群私聊下单”的群跟我们没关系, 那条“扫码进群领红包”的消息不是我们发的 — not 您说的“进群”，对，就是我们的群.
const QUOTE_DISOWNED = /^(?:的|这种|那种|这个|那个|这类)?(?:群|消息|短信|说法|广告|链接|活动|码|二维码|账号|信息)?(?:都|也|完全|根本|并|跟|和|与)*(?:我们|本店|我们店|我们家|咱们|店铺|官方)(?:都|也|完全|根本|并|毫)?(?:无关|没关系|没有关系|没有任何关系|毫无关系|不相干)|^(?:的|这种|那种|这个|那个)?(?:群|消息|短信|说法|广告|链接|活动|码|二维码|账号|信息)?(?:都|也|根本|并)?(?:不是|并非|绝不是)(?:我们|本店|我们店|咱们|官方)/;
function quotedPitchDisowned(ctx: LintContext, start: number, end: number): boolean {
  if (!hasQuoteMarks(ctx)) return false;
  const qEnd = othersQuoteEnd(ctx, start, end);
  return qEnd !== undefined && QUOTE_DISOWNED.test(ctx.compact.slice(qEnd, qEnd + 24));
}

// Round 68 (engfa68): the shop denying it would have the buyer do it, the act at the end of a causative (也不会发二维码让您加群, 从来不会拉您
// 进群): the denial governs the whole chain, not only its first verb.
const CAUSED_ACT_DENIED = /(?:不会|从不|绝不|从来不|不可能|不)(?:会)?(?:发|给|推|拉|让|叫|要|请|带)(?:(?![，。！？但就却])[^]){0,8}?(?:让|叫|要|请)?(?:您|你)(?:去|来|再)?$/;
function causedActDenied(ctx: LintContext, start: number): boolean {
  return CAUSED_ACT_DENIED.test(ctx.before(start, 16, 'soft'));
}

// Round 47 (t47e): a scan the buyer may already have made, and what to do now (如果您已经扫码付了钱，建议尽快联系付款渠道和当地警方; 万一已经
// 扫了，马上报警): the aftermath of someone else's code, told as advice — not a scan asked for (您扫码付了钱我就发货).
const SCAN_ALREADY_BEFORE = /(?:如果|要是|假如|万一|若)(?:您|你)?(?:已经|之前|刚才|不小心|已)(?:扫了?|用了?)?(?:那个|这个|那张|这张)?$/;
const AFTERMATH_ADVICE = /(?:建议|尽快|马上|立即|立刻|赶紧|及时|请|直接)[^，。！？]{0,8}?(?:报警|警方|派出所|110|止付|冻结|反诈|96110|付款渠道|支付渠道|银行|挂失|举报|退群)/;
function scanAftermath(ctx: LintContext, start: number, end: number): boolean {
  return SCAN_ALREADY_BEFORE.test(ctx.before(start, 10, 'soft')) && AFTERMATH_ADVICE.test(ctx.after(end, 40, 'hard'));
}

export default rule;
