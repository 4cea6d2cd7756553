// 2.1: the shop must serve buyers in Chinese. A reply with no Chinese at all gets advice (never blocks:
// a brand name or an emoji may be the whole right answer, and the agent knows the buyer). A Japanese
// reply has kanji but is not Chinese (ご注文ありがとうございます。明日発送いたします。): kana outweigh
// the kanji, with hiragana grammar and no Chinese function word. Chinese with a Japanese product name
// (ロート目薬 已发货) or a cute の (小仙女の福利) stays Chinese.

import { defineRule } from '../define-rule';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const KANA_ALL = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/g;
const HIRAGANA_ALL = /[\u3041-\u308f\u3091-\u3096]/g; // の (U+306E) stays: Chinese slang uses it
// Words only Chinese writes (simplified forms, particles): any one of them makes the reply Chinese.
const CHINESE_ONLY = /[们吗呢吧您这让给还说很没么哦啊呀嘛亲请谢个们这里发货买卖东]/u;

// Round 33 (t33a): kanji are Han too, so a Han character counts as Chinese in a kana reply only when Japanese never writes it: a
// simplified form whose Japanese counterpart is another character (已经 vs 既に, 发货 vs 発送, 说 vs 説, 个 vs 個; not the shapes the two
// scripts share, 国 会 学 当 点 体 号 台 区 数 担 温 猫, which prove nothing), or a word only Chinese uses (明天, 马上, 好的, 可以). One such
// character or word anywhere (ご注文ありがとうございます，已经寄出; ありがとうございます、明天到) is Chinese said to the buyer: the reply has Chinese.
// Read on the original text: the folded view turns Japanese 庫 and 韓 into 库 and 韩.
const SIMPLIFIED_ONLY = /[已经过时间问题对单钱运费码订仓库换边贝质报关饮约红绿颜现贵优满减赠邮递顺账银证认确签收预计达转联务动处实图觉览气应无网岁检验险样种两从长开门进远选补击帮尝试车爱张块头几乐书儿义习亿仅价众传伤丝丢严丰临为举乌乔亏亚产亩伞侧侨俭债偿储兑兰兴养兽冈决况冻净凉凑凤凭划则刚创删别剂剑剧劝办劲劳势华协卢卫厂厅历厉压县变叹吓启吴员呜咏咙响哑哗唤啬喷园围圆场坏坚坛坝坟垒执扩扫扬扰抚抛抢护拟拢拣拥拦拨择挂挡挣挤挥捞损掷掺搁搂搅摄摆摇撑敌斋旷显晓暂术杀杂权杨极构枪柜标栈栋栏树档桥梦欢毁毕毙汇汉汤沟沪泪泽洁测浏济浓涂涛润涨渊渐滚滤滥澜灭灾灿炼烂烟热爷牵环畅疗疯盏盐监盖盘矿础离积稳穷窍窑窝竞笔笋笼筑简筹类粮紧纠纤级纪纯纱纲纳纵纷纸纹纺线练组细织终绍绑结绕绘络绝统继绩绪续绳维绵综缓编缘缝缩缴罗罚罢羡翘职聪肃肠肤肿胀胁脉脏脑腊舍舰艺节苏苹范荐荡荣药获营蓝虑虽虾蚁衬袜袭见观规视讨训议讯记讲许论设访评识诉诊词译诗诚话该详语误读课谁调谈谣谱负贡财责贤败贩贪贫购贯贴贷贸贺资赏赔赖赚赛赞赶趋跃踪轨轮软轻载较辅辆辈辉输迁违连迟适逊遗邻郑酱释鉴针钓钟钢钥钻铁铃铅铺链销锁锅错锻镇镜闪闭闯闲闷闹闻阀阁阅队阳阴阵阶际陆陈隐难雾韩页顶项须领频额风飞饭饰饱馆马驱驶驾骑骗鱼鲜鸟鸡鸭鹅齐龙龟]|明天|今天|昨天|马上|稍等|好的|可以/u;

/** A reply written in Japanese (kanji and kana) rather than Chinese. */
function japanese(text: string, original: string): boolean {
  const kana = text.match(KANA_ALL)?.length ?? 0;
  if (kana < 4) return false;
  const hiragana = (text.match(HIRAGANA_ALL) ?? []).filter((c) => c !== 'の').length;
  const han = text.match(HAN_ALL)?.length ?? 0;
  return hiragana >= 2 && kana * 2 >= han && !CHINESE_ONLY.test(text) && !SIMPLIFIED_ONLY.test(original);
}

// Round 29 (t29d): an English reply whose only Chinese is a name set inside the English sentence (this 雪花秀 cream is out of
// stock) and a salutation (Hi 亲) — the grammar is English, so the buyer is not served in Chinese. A Chinese word after a
// comma or at the end (…checkout哈，no bank transfer; …for this set, 含税的哈) is Chinese said to the buyer and keeps it Chinese.
const SALUTATION = /^(?:亲|亲亲|亲爱的|宝|宝宝|宝贝)$/u;
const HAN_RUN_ALL = /\p{Script=Han}+/gu;
const LATIN_WORD_ALL = /[a-z]{2,}/gi;
const ENGLISH_GRAMMAR_ALL = /\b(?:the|is|are|was|this|that|these|of|to|for|and|will|we|you|your|it|in|on|out|be|has|have|can|our|my|please|pls)\b/gi;
// Round 45 (t45g): the name may sit in quotes or brackets inside the English (listed as “喷头” on our store page, the (雪花秀) cream).
const LATIN_SIDE_BEFORE = /[a-z0-9][ \t]*["'“‘「『《(（]?$/i;
const LATIN_SIDE_AFTER = /^["'”’」』》)）]?[ \t]*[a-z0-9]/i;

/** English grammar throughout, the Chinese only names inside English sentences (and a salutation). */
function englishWithChineseNames(text: string): boolean {
  if ((text.match(LATIN_WORD_ALL)?.length ?? 0) < 6 || (text.match(ENGLISH_GRAMMAR_ALL)?.length ?? 0) < 3) return false;
  let names = 0;
  for (const run of text.matchAll(HAN_RUN_ALL)) {
    if (SALUTATION.test(run[0])) continue;
    const at = run.index!;
    const inEnglish = LATIN_SIDE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && LATIN_SIDE_AFTER.test(text.slice(at + run[0].length, at + run[0].length + 4));
    if (++names > 2 || run[0].length > 4 || CHINESE_ONLY.test(run[0]) || !inEnglish) return false;
  }
  return true;
}

// Round 37 (t37c): a quote-reply's Chinese may be only the buyer's — their message quoted with its label (「买家：什么时候发货」 Shipped today)
// or their name in the reply's @-label (回复@小米: ok tomorrow ship). Those are the buyer's words and name, not Chinese said to the buyer: the
// rule reads the reply without them. An unlabelled quote (「届いてますか？」→ はい…) stays, judged as it is.
const BUYER_QUOTE_ALL = /[「“『"]\s*(?:买家|買家|顾客|顧客|客户|客戶|客人|用户|用戶|粉丝|粉絲|对方|對方|@[^：:\s」”』"]{1,12})(?:说|說|问|問|留言|原话|原話|消息)?\s*[：:][^」”』"\n]*[」”』"]/gu;
const REPLY_LABEL = /^\s*(?:回复|回覆|回復|答复|答覆|reply|re)?\s*@[^\s:：]{1,16}(?:\s*[:：]|\s)/iu;
function ownWords(text: string): string {
  return text.replace(REPLY_LABEL, ' ').replace(BUYER_QUOTE_ALL, ' ');
}

const rule = defineRule({
  meta: {
    id: 'no-chinese',
    clause: '2.1',
    severity: 'info',
    title: { zh: '回复中没有中文', en: 'Reply has no Chinese' },
    description: {
      zh: '规则 2.1 要求商家提供中文咨询服务。整条回复没有一个汉字时提示（只提示，不拦截）。',
      en: 'Rule 2.1 requires service in Chinese. A reply without a single Chinese character gets a notice (never blocked).',
    },
    hint: { zh: '用中文回复买家，英文品牌名可以保留。', en: 'Answer in Chinese; English brand names may stay.' },
  },
  check(ctx) {
    const text = ctx.text;
    const own = HAN.test(text) && /[@「“『"]/u.test(text) ? ownWords(text) : text;
    if (own !== text && !/\S/u.test(own)) return; // (nothing of the agent's own to judge)
    if (HAN.test(own) && !japanese(own, own === text ? ctx.norm.original : ownWords(ctx.norm.original)) && !englishWithChineseNames(own)) return;
    const start = text.search(/\S/u);
    if (start < 0) return;
    const end = text.trimEnd().length;
    ctx.report(rule, { start, end, view: 'original' });
  },
});

export default rule;
