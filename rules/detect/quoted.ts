// Quoted speech and quoted names: 您那句“你们是不是骗子”, 辣酱叫“疯狗357”, 《你是猪吗》. The words inside are
// someone else's (the buyer's complaint, a product's name), not what the agent calls the buyer. Scare quotes
// with no one speaking or naming (你就是个“骗子”) stay the agent's own words.
// Round 13 (fa13): the party's message sent or its abuse quoted (您刚才发的“你们就是一群骗子”我们已截图, 买家发来“…”) is theirs too.
// Round 27 (t27a): a code word, a note, a card's or engraving's text or a nickname (口令“宝妈福利”, 您备注的“想你想得睡不着”, 寄语“…”, 昵称“…”)
// is text carried for someone, not what the agent says to the buyer.
// Round 8 (fa8): ASCII single quotes pair like ASCII double ones (您说'平台都是骗子'), and a colleague's words quoted back to
// apologise for them (刚才同事回复您“事儿多”非常不妥) are another party's.

import type { LintContext } from '../context';

// (ASCII ' quotes like ASCII " (round 8): 您说'平台都是骗子'.)
const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '‘': '’', '"': '"', "'": "'", '〈': '〉' };
const CLOSERS = new Set(Object.values(OPEN_TO_CLOSE));
/** How far a quote may reach around a word (original characters). */
const REACH = 40;
// A sentence ends at 。 or a line break (FULL_STOP, NEWLINE below); a quote may hold its own ？ and ！.

/** Before the opening mark: someone says, asks, writes or names it (说 / 那句 / 叫 / 印着 / 所谓). */
const INTRODUCER =
  /(?:说|说的|说过|说了|问|问的|问过|问了|讲|讲的|骂|骂的|喊|吼|那句|这句|一句|句话|留言|留言说|评论|评价|差评|反馈|写道|写着|写的|印着|印的|标着|标的|贴着|提到|提的|反馈的|反映|反映的|投诉的|叫|叫做|名叫|名为|取名|起名|命名|品名|名字|名称|型号|口味|系列|款|牌子|品牌|商标|所谓|所谓的|称|称为|称作|自称|号称|以为|认为|觉得|写|里写|上写|写了|写过|里写了|口令|券码|兑换码|优惠码|备注|备注的|备注了|附言|寄语|祝福语|贺词|刻字|刻着|刻上|印上|昵称|网名|用户名)(?:我们|我|客服|本店|小店|店铺|商家)?(?:是|为|作|成)?[：:，,\s]*$/;
/**
 * Round 27 (t27b): the buyer's own nickname, ID or order note before the quote (您的ID“杠精本精”, 您备注的“你这个笨猪”, 您网名“…”):
 * the buyer's name or words. Not a label the shop gives them (我给你备注了“…”).
 */
const BUYER_LABEL_LEAD =
  /(?<![给帮替为把])(?:您|你|买家|顾客|亲)(?:的|家)?(?:订单|账号)?(?:里|上)?(?:的)?(?:昵称|网名|用户名|账号名|ID|id|Id|备注|留言)(?:的|是|写的|写着|里写的|上写的)?[：:，,\s]*$/;
/** The agent quoting itself is still the agent speaking (我说“你就是个骗子”). */
// (round 34, t34d: …and so is the shop's own live room or host quoted — 直播间说的“大牌平替”, 我们主播讲的“…” — not a viewer in it, 直播间有人说)
// (round 30, t30d: …and so is a name we give the buyer — 我们私下都管您叫“…”, 店里都叫您“…”: our label, not the buyer's name)
// (round 27, t27a: …and so is our own nickname or note quoted — 我的昵称“…”, 店主昵称“…” — and a note we put on the buyer, 我给你备注了“…”)
const SELF_SPEAKER = /(?:我|我们|本店|客服|小编)(?:就|想|要|只|才|还|都|也)?(?:说|讲|骂|喊|吼|写)(?:的|过|了)?[：:，,\s]*$|(?:(?:我们|本店|咱们|咱家|我家|我们家|店里)(?:的)?)?直播间(?:里)?(?:就|都|也|刚|刚才|一直)?(?:说|讲|喊|播|介绍|宣传)(?:的|过|了)?[：:，,\s]*$|(?:我们|本店|咱们|咱家|我家|我们家|店里)(?:的)?主播(?:就|都|也|刚|刚才|一直)?(?:说|讲|喊|介绍|宣传)(?:的|过|了)?[：:，,\s]*$|(?:我|我们|本店|店里|客服|大家|同事)[^，,。！？“”"]{0,6}?(?:管|把|叫|称|喊)(?:您|你|这位买家|这位顾客)(?:叫|称|喊|当)?(?:作|做|为|成)?[：:，,\s]*$|(?:我|我们|本店|店铺|店主|老板|客服)(?:的)?(?:快手)?(?:昵称|网名|用户名|备注)(?:是|叫)?[：:，,\s]*$|(?:我|我们|本店|店里|客服)(?:已经|都)?(?:给|帮|替|把)(?:您|你|买家)(?:的|把)?(?:账号|订单|ID|id)?(?:上)?(?:备注|标注|标记|打上|写上|改成|改为)(?:了|成|为)?[：:，,\s]*$/;
/** After the closing mark: what was quoted is a sentence or a name (“…”这句话, “…”系列), or words judged improper (同事回复您“事儿多”非常不妥; round 8),
 * or debunked (您加的那个“客服微信”是假的; round 10, fa10). */
const NAMED_AFTER = /^\s*(?:是[^，,。！？!?]{0,10}?的(?:名字|名称|品名|简称|昵称|型号|商标|系列名)|这句|那句|这话|那话|这个名字|这名字|的名字|这个词|这词|系列|口味|款|牌|品牌|是名字|是品牌|是商品名|是产品名|的意思|是什么意思|这个问题|的问题|这件事|这事|这类字眼|这种字眼|这样的字眼|等字眼|之类的字眼|这类词|这种词|这样的词|这些词|之类的词|这类话|这种话|这样的话|之类的话|这类用语|这种用语|(?:非常|很|十分|确实|实在)?(?:不妥|不当|不礼貌|不合适|不应该|不专业)|(?:都|全|也)?(?:是假的|是假冒的|是冒充的|是骗子|是骗人的|是诈骗|不是我们的|不是本店的|不是我们发的|不是官方的))/;

/**
 * Before the opening mark, within the clause: another party says, asks, sees or receives it — 您提到, 您说要,
 * 有买家问能不能, 关于您看到的, 您提到收到一封. The quote is theirs even with a few words between the verb and
 * the mark; a comma ends the attribution (您说的没错，我们这款就是“高仿”级别 is the agent's own), and so does a copula
 * (您收到的就是“高仿” says what the goods are; 您问是不是有“违禁成分” is still the buyer's question).
 */
// Round 20: …or sent privately or passed on (有人私信您“加我微信…”是骗子, 顾客转来的“加V看货”截图不是我们发的);
// t20do: …or told to the buyer (有人跟您说“我是平台专员”, 别人对你讲“…”); not the agent telling the buyer (我跟您说“…”).
// Round 13 (t13b): the buyer's own message quoted (您刚才发的“你们就是一群骗子”), not what the shop sent them (我给你发的“…”).
// Round 22 (t22cb): …or received by the shop (收到您的“赶紧滚去发货”, 看到你发来的“…”).
// Round 32 (t32b): …or posted or spammed by someone in the live room's comments (评论区有人发“…”, 公屏上有人刷“…”).
// Round 43 (t43f): …or the buyer's answer to the shop (您回我“关你屁事”也没关系, 买家怼了我们一句“…”): their reply, not ours;
// and a message of theirs named before the verb (您最后那条说“找人去你们仓库”, 您上一条留言写“…”).
const ATTRIBUTED =
  /(?:(?<![给向跟帮替])(?:您|你|买家|顾客|客户|对方)(?:刚才|刚刚|之前|上次|昨天)?(?:发的|发来的|发过来的|回复的|发了)|(?:收到|看到|读到)(?:了)?(?:您|你|亲|买家|顾客)(?:刚才|刚刚)?(?:的|发的|发来的)|(?:(?<![给向跟帮替对和])(?:您|你)|亲|买家|顾客|客人|客户|有人|对方|网友|朋友|别人|其他人|有的人|有些人|有些店|有的店|一些店|别的店|其他店|别家|有些商家|有的商家|其他商家|别的商家|外面的店)(?:刚才|刚刚|之前|上次|也|还|都|一直)?(?:(?:最后|前面|刚才|刚刚|之前|昨天|上)?(?:那|这|一|上一)?(?:条|句)(?:消息|留言|信息|评论)?(?:里|中|上)?)?(?:(?:跟|对|和|向)(?:您|你))?(?:提到|提过|提的|说|讲|问|问过|反映|反馈|看到|看见|刷到|收到|接到|听到|听说|留言|写|的原话|原话|的原文|的留言|发来|发过来|发给我们|骂|评价|评论|私信|私聊|转来|转发|转给我们|截图|发了|发的|发过|刷了|刷的|刷|发|(?:回|回复|答复|怼|顶)(?:了)?(?:我|我们|客服|小店|本店))|(?:同事|其他客服|别的客服|另一位客服|之前的客服|那位客服|上一位客服|值班客服|客服同事)(?:刚才|刚刚|之前|上次|昨天|当时)?(?:回复|答复|回|说|讲|发)(?:了|的)?(?:您|你)?)(?:(?!(?:的|就|都|也|正|其实|确实|还)是)[^，,。！？!?：:“”"「」]){0,6}$/;
/**
 * After a quote that opens the reply: a dash or a question mark, then a comment on it — “你们是不是骗子”——这个担心很正常.
 * The agent answers the words quoted, it does not say them.
 */
const COMMENTED_AFTER = /^\s*(?:——|—|--|？|\?)\s*(?:这个|这种|这样的|这句|这话|这是|这也是|这类|您的|您这|关于|对于|很多|不少|是很多|是不少|我们理解|理解|完全理解|能理解)/;
/**
 * Round 18 (fa18bp): …or a dash, then the answer opening on an address, an apology or a soothing word — “能加个微信吗？”——不好意思亲，
 * “你们到底发不发货”——亲别着急: the buyer's message set as the reply's heading and answered under it.
 */
const ANSWERED_AFTER = /^\s*(?:——|—|--)\s*(?:亲爱的|亲亲|亲|宝宝|宝子|宝|您好|你好|不好意思|抱歉|很抱歉|非常抱歉|对不起|别急|别着急|您别急|请别急|先别急|莫急|是这样的|放心|您放心|请放心)/;
/**
 * Round 38 (t38i): …or a dash or an ellipsis, then the answer owning the shop's fault or naming the buyer's worry — “你们脑子有病吧”——确实是
 * 我们发错了颜色, “你们这帮骗子”……我知道您是担心真假: the buyer's outburst set as the heading and answered calmly, not said back.
 * Round 42 (t42g): …or the shop's warehouse or packer named for the slip (“你们是不是眼瞎，发错码了”——确实是仓库把120码发成了100码).
 */
const CALMED_AFTER =
  /^\s*(?:——|—|--|……|…|\.{3}|。{3})\s*(?:(?:确实|的确|真的)?是我们(?:的|这边)?(?:问题|错|失误|疏忽|不对|不好|发错|弄错|搞错|做错|没)|(?:确实|的确|真的)?是?(?:我们|咱们)?(?:的)?(?:仓库|库房|打包(?:的)?同事|发货(?:的)?同事|打包员|仓管)(?:这边)?[^，,。！？!?]{0,12}?(?:发错|弄错|搞错|发成|漏发|少发|错发|拿错|贴错|装错|打错)|我们(?:这边)?(?:确实|的确)?(?:发错|弄错|搞错|做错|有错|疏忽|失误|做得不好|没做好)|(?:(?:我|我们)?(?:都|也|完全|能|非常|很)?(?:知道|明白|理解|懂)(?:得)?)?(?:您|你)(?:的|是|现在|也是|应该是|一定是|肯定是)?(?:担心|着急|急|生气|不放心|怕|心情|顾虑|疑虑|委屈))/;
/** What may stand before a quote that opens the reply (a greeting, a bullet). */
// (Round 20: 亲～ / 宝， too — the chat's own openers.)
const GREETING_HEAD = '[\\s>*\\-·•]*(?:亲|亲亲|亲爱的|宝|宝子|宝宝|您好|你好)?[，,！!~～〜\\s]*';
/** Round 25 (t25c): the quote the reply opens on, then the shop saying it has or sells none (‘代工厂货’我们没有哈, “原单”本店从来不卖): the buyer's word answered. */
// (round 37, t37f: …also after a comma, refusing the way the words ask for — “我微信转你”，我们不收站外转账; “能不能走闲鱼”，我们不支持)
const SHOP_DENIES_AFTER = /^\s*(?:[，,]\s*)?(?:这种|那种|这类|那类|这些|那些)?(?:货|东西|的)?(?:我们|本店|我们店|我们家|咱们|咱家|店里|小店|这边)(?:这边|家|店)?(?:也|都|从来|根本|压根|一直|绝对)?(?:没有|没|不卖|不做|不售|不进|没卖过|没进过|不收|不接受|不支持|不走|不加|不用|不提供|不能)/;
/**
 * Round 27 (t27b): …or the buyer's words about themselves, quoted and gently pushed back (“穷鬼本鬼”亲～别这么说自己啦, “我就是个笨蛋”
 * 哪有，您太谦虚了): the buyer's self-label echoed, not the agent calling them so.
 */
const SELF_TALK_REBUFFED_AFTER =
  /^\s*(?:——|—|--)?[，,。！!～~〜\s]*(?:(?:亲亲|亲爱的|亲|宝子|宝宝|宝)[，,！!～~〜\s]*)?(?:您|你)?(?:可|千万|快)?(?:别|不要|不许|不能)(?:再)?(?:这么|这样|这般)(?:说|讲|想|看|贬低|评价)(?:自己|您自己|你自己)|^\s*(?:——|—|--)?[，,。！!～~〜\s]*(?:(?:亲亲|亲爱的|亲|宝子|宝宝|宝)[，,！!～~〜\s]*)?(?:(?:哪有(?:的事)?|哪里的话|哪儿的话|才不是)(?=[，,。！!～~〜啦呀啊哈呢\s]|$)|(?:您|你)(?:太|也太)谦虚)/;
const REPLY_HEAD = new RegExp(`^${GREETING_HEAD}$`);
/** …or that greeting, then the quote named as the topic (亲，关于“…”). */
const TOPIC_HEAD = new RegExp(`^${GREETING_HEAD}(?:关于|对于|至于)(?:您|你)?(?:问的|说的|提的|提到的)?$`);
const TOPIC_ANSWERED = /^\s*(?:[，,]|——|—)?\s*(?:不好意思|抱歉|很抱歉|非常抱歉|对不起|实在抱歉)/;

// Char-code tables for the walk below: it visits up to 2 × REACH units per call (every judged hit of a
// quote-aware rule), and text[i] makes a fresh string per CJK unit that a regex and a Set then probe.
const OPENERS = new Map<number, number>(Object.entries(OPEN_TO_CLOSE).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const FULL_STOP = 0x3002; // 。
const NEWLINE = 0x0a;
const ASCII_QUOTE = 0x22;
const ASCII_APOSTROPHE = 0x27;

/** The quote mark pair enclosing original range [s, e) in one sentence, if any: [openIndex, closeIndex]. */
function enclosingQuote(text: string, s: number, e: number): [number, number] | undefined {
  let open = -1;
  for (let i = s - 1; i >= 0 && s - i <= REACH; i--) {
    const code = text.charCodeAt(i);
    if (code === FULL_STOP || code === NEWLINE) return undefined;
    if (code === ASCII_APOSTROPHE && inWord(text, i)) continue;
    if (OPENERS.has(code) && !((code === ASCII_QUOTE || code === ASCII_APOSTROPHE) && closesAsciiQuote(text, i, code))) {
      open = i;
      break;
    }
    if (CLOSER_CODES.has(code)) return undefined;
  }
  if (open < 0) return undefined;
  const close = OPENERS.get(text.charCodeAt(open))!;
  for (let j = e; j < text.length && j - e <= REACH; j++) {
    const code = text.charCodeAt(j);
    if (code === close && !(code === ASCII_APOSTROPHE && inWord(text, j))) return [open, j];
    if (code === FULL_STOP || code === NEWLINE) return undefined;
  }
  return undefined;
}

/** Round 13 (fa13): an apostrophe between two Latin letters is a contraction (I'm, don't), no quote mark: “I'm with stupid”. */
const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
function inWord(text: string, i: number): boolean {
  return i > 0 && isLatinLetter(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(i + 1));
}

/** ASCII quotes open and close alike: the one at `i` closes when an odd number of the same mark precede it on its line. */
function closesAsciiQuote(text: string, i: number, mark: number = ASCII_QUOTE): boolean {
  let count = 0;
  for (let k = i - 1; k >= 0 && text.charCodeAt(k) !== NEWLINE; k--) if (text.charCodeAt(k) === mark && !(mark === ASCII_APOSTROPHE && inWord(text, k))) count++;
  return count % 2 === 1;
}

/** When the mark at `open` follows a closing mark (past a 、, 和 or space): the index of the unit just inside that quote. */
function listedAfterQuote(text: string, open: number): number | undefined {
  let i = open - 1;
  while (i >= 0 && /[\s、，,和或及与]/.test(text[i]!)) i--;
  if (i < 1 || !CLOSER_CODES.has(text.charCodeAt(i))) return undefined;
  return i - 1;
}

/** When the mark at `close` is followed (past a 、, 和 or space) by another opening mark: the index of the unit just inside it. */
function listedBeforeQuote(text: string, close: number): number | undefined {
  let i = close + 1;
  while (i < text.length && /[\s、，,和或及与]/.test(text[i]!)) i++;
  if (i >= text.length - 1 || !OPENERS.has(text.charCodeAt(i)) || text[i] === '《' || text[i] === '〈') return undefined;
  return i + 1;
}
/** The forward half of othersWords' list walk: a later listed quote labelled as words. */
function othersWordsAhead(text: string, close: number, depth: number): boolean {
  if (WORDS_AFTER.test(text.slice(close + 1, close + 20))) return true;
  const next = listedBeforeQuote(text, close);
  if (next === undefined || depth >= 4) return false;
  const pair = enclosingQuote(text, next, next);
  return pair !== undefined && pair[0] === next - 1 && othersWordsAhead(text, pair[1], depth + 1);
}

/** Whether compact range [start, end) lies inside someone else's quoted words or a quoted name. */
export function quotedSpeech(ctx: LintContext, start: number, end: number): boolean {
  const text = ctx.text;
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(text, s, e);
  if (!pair) return false;
  const [open, close] = pair;
  if (text[open] === '《' || text[open] === '〈') return true; // a title
  const lead = text.slice(Math.max(0, open - 12), open);
  if (INTRODUCER.test(lead)) return !SELF_SPEAKER.test(lead);
  if (othersWords(text, open, close)) return true;
  return NAMED_AFTER.test(text.slice(close + 1, close + 20));
}

/**
 * After the closing mark: the quote is labelled as words someone said or wrote (“不退就等着瞧”这种话是别的买家发的, “高仿”这个词
 * 我们店禁止使用; round 11, fa11; 针对您“我要曝光你们”的说法, round 21; “穷人就别买”是直播间其他观众的评论, round 25, not the shop's own;
 * round 32, t32b: a comment or 弹幕 holding the words, said to be someone else's or taken down — 那条说“…”的评论是别人发的, “…”的弹幕已经被场控删了) —
 * round 35, t35c: the words counted as characters without 这/那, something said of them after — “去死”两个字会被系统拦下, “…”二字属于敏感词 —
 * (round 36, t36d: …or counted colloquially by 俩 or 仨 — “假货”这俩字, “违禁品”这仨字)
 * a mention, whoever said it. Unlike NAMED_AFTER, no product-name labels (系列, 款).
 */
const WORDS_AFTER = /^\s*(?:(?:这种|这类|这些|这样的|之类的?|一类|等)[^，,。！？!?“”"]{0,8}?(?:词语|词汇|词|字眼|说法|叫法|用语|表述|话术|宣传语)|是(?!我|本店|咱)[^，,。！？!?]{0,12}?(?:发来|发给我们|说|讲|写|留|骂人|骂)?的(?:话|消息|留言|原话|评论|弹幕)|的(?:评论|留言|弹幕|公屏发言)(?:(?:都|也)?是(?!我|本店|咱|主播|店|官方|置顶)|(?:已经?|都|刚刚?)?(?:被|让|叫)?[^，,。！？!?]{0,4}?(?:删|屏蔽|清理|隐藏|拉黑))|这句话?|那句话?|这话|那话|这个词|这词|(?:这|那)(?:[两三四五六几]个|个|几个|些|俩|仨)字(?!号|体)|(?:[两三四五六几]个|[二两三四俩仨])字(?=[^，,。！？!?号体母的])|(?:这|那)个?梗|的梗|的说法|这个说法|这种说法|这类说法|这样的说法|这类字眼|这种字眼|这样的字眼|等字眼|之类的字眼|这类词|这种词|这样的词|这些词|之类的词|这类话|这种话|这样的话|之类的话|这类用语|这种用语)/;

/**
 * After the closing mark, in the rest of its clause and the next: the message quoted is disowned by the shop — 短信写着“不删差评后果自负”，
 * 那不是我们发的 / 卡片上印着“…”，这不是本店放的 (round 11, fa11). Only a whole disowning (不是我们发的), not 这不是我们说着玩的.
 */
const DISOWNED_AFTER = /^[^。！？!?\n]{0,10}?[，,；;]\s*(?:那|这)(?:个|些|条|张|句|种)?(?:都|也|全|可)?(?:不是|并不是|并非)(?:我们|本店|我们店|店铺|官方|平台|客服)(?:的|发的|发出的|放的|写的|印的|寄的|说的|塞的|贴的|打的)(?:[，,。！!；;\s]|$)/;

/** After the closing mark: the words quoted do not count as proof (round 18, fa18bp). */
const NO_EVIDENCE_AFTER = /^\s*(?:的话|这种话|这句话?|这样)?(?:是|也|都|并)?(?:没办法|没法|不能|无法|不足以|不可以|不好|不算|算不上)(?:作为|当作|当做|当成|算作|成为|作|当|用作)?(?:判定|鉴定|退款|理赔|审核)?(?:依据|证据|凭证|凭据|理由)/;

/** Whether the quote [open, close] holds another party's words by attribution or as the reply's opening topic. */
/** Round 20 (t20dp): words an impersonator put in the shop's mouth, quoted in a warning (有人冒充我们店私信说“不删差评就曝光你住址”,
 * 骗子假扮客服发消息称“…”): the impersonator speaks, not the agent. */
const IMPERSONATOR_SAID =
  /(?:有人|骗子|不法分子|陌生人|陌生号码|不明人士|别有用心的人)(?:冒充|假冒|冒用|假扮|伪装成?|自称)[^，,。！？“”"]{0,10}?(?:说|称|发来|发消息|发信息|私信|留言|打电话)(?:说|称)?[：:，,\s]*$/;
/** Round 33 (t33e): someone not the shop carrying a label (打着/顶着/挂着 …), closed by 旗号/幌子/名头 after the quote or its list. */
const BANNER_LEAD = /(?<!我们|本店|我家|咱们|咱家|我|咱)(?:打着|顶着|挂着|借着|扛着|举着|打出)(?:所谓的?)?\s*$/;
const BANNER_CLOSE = /^[^。！？!?\n]{0,24}?(?:旗号|幌子|名头|招牌|噱头)/;
/**
 * Round 37 (t37c): a quote-reply — the buyer's message set in quotes with its speaker label inside (「买家：你再不回我就…」, “顾客：能加个微信吗”,
 * 「@阿梅：…」) and the answer after it: the words quoted are the buyer's. Not when the answer adopts them (adoptedQuote below).
 */
const SPEAKER_INSIDE = /^\s*(?:买家|買家|顾客|顧客|客户|客戶|客人|用户|用戶|粉丝|粉絲|对方|對方|@[^：:\s」”』"]{1,12})(?:说|說|问|問|留言|原话|原話|消息)?\s*[：:]/;
/**
 * The buyer's quoted message is a question or a request (吗/呢/吧/呗 at its end, an A-not-A ask, a ？): the only kind of message a bare yes can adopt.
 */
const QUOTE_ASKS = /(?:吗|嗎|么|嘛|呢|吧|呗|唄|不|没|冇|未|？|\?)[\s？?！!~～。.]*$|(?:能不能|可不可以|可以不可以|行不行|是不是|有没有|有沒有|是不|要不要|卖不卖|可唔可以|得唔得|係唔係|有冇|能否|可否|给不给|加不加|收不收)/;
/**
 * The answer right after the closing mark is a bare yes (是的亲, 嗯 是的, 可以的, 得呀, 对): its subject is only in the quote, so the agent says
 * the quoted ask yes — a yes to “能加微信吗” is an offer, a yes to “是官方吗” a claim. Its clause holds nothing but the yes, an address and particles,
 * and the answer turns nowhere (是的，不过…, 可以，但只能在平台…).
 */
const ADOPTING_YES =
  /^[\s→>:：\-—～~]*(?:(?:嗯|嗯嗯|恩|哦|噢|亲|亲亲|宝|姐|哥|老铁|老妹儿?)[\s，,！!～~]*)?(?:是|是的|是滴|是嘞|是呀|是啊|对|对的|对滴|對|对头|可以|可以的|可以滴|能|行|行的|中|得|得嘅|得呀|得㗎|係|係呀|系|系呀|要得|莫问题|没问题|沒問題|冇问题|冇問題|有|有的|有滴|当然|当然可以|当然是|必须的|没错|OK|ok|Ok|好的|好滴|好嘞|嗯呐|嗯嗯)(?:的|滴|呢|呀|哦|哈|啊|嘞|啦|哟|噢|喔|嘛|噻|撒|哒|咯|嘅|㗎|喇|啰|亲|亲亲|宝|姐|哥|老铁|[～~！!])*(?=[\s，,。！!～~]|$)/;
const YES_TURNED = /但|不过|可是|然而|只是|不行|不能|不可以|不加|不卖|不是|不走|不支持|不接受|没有|没法|没办法|唔得|唔可以|唔係|冇|骗|假的|冒充|举报|只能|还是(?:走|在|通过)|平台(?:内|上|里)|站内/;
/**
 * The buyer's own move against the shop in the quote (我就去投诉你们 行吧, 我要曝光你们？): a yes acknowledges it, the agent does not say it.
 */
const BUYER_OWN_MOVE = /我(?:们)?[^，,。！？!?你]{0,10}?(?:投诉|曝光|告|举报|差评|挂|骂|打电话|打爆|报警|找媒体|找平台|退货|退款|维权)/;
function adoptedQuote(text: string, open: number, close: number): boolean {
  const body = text.slice(open + 1, close);
  if (!QUOTE_ASKS.test(body) || BUYER_OWN_MOVE.test(body)) return false;
  const after = text.slice(close + 1, close + 60);
  const m = ADOPTING_YES.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length).split(/[。！!？?\n]/)[0] ?? '';
  return !YES_TURNED.test(rest);
}
/** Whether the quote [open, close] is the buyer's message set with its speaker label inside. */
function speakerLabelled(text: string, open: number): boolean {
  return SPEAKER_INSIDE.test(text.slice(open + 1, open + 18));
}
/**
 * Round 37 (t37c): whether compact range [start, end) lies in a buyer's speaker-labelled quote (「买家：…」) that the bare yes after it adopts
 * (「买家：你们是官方自营吗」 是的亲): the agent's answer makes the ask its own. Rules that judge such a yes read the quote as the agent's words.
 */
export function adoptedBuyerQuote(ctx: LintContext, start: number, end: number): { open: number; close: number } | undefined {
  if (!hasQuoteMarks(ctx)) return undefined;
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(ctx.text, s, e);
  if (!pair || !speakerLabelled(ctx.text, pair[0]) || !adoptedQuote(ctx.text, pair[0], pair[1])) return undefined;
  return { open: pair[0], close: pair[1] };
}
/**
 * Round 37 (t37c): whether compact range [start, end) starts inside a buyer's speaker-labelled quote (「买家：…」) that the answer does not adopt:
 * the buyer's words, whatever they hold (a threat, a contact of theirs, a private deal asked for). A hit that starts inside and runs past the
 * closing mark (曝光」 您…) is read across the quote's edge, and is no phrase of the agent's either.
 */
export function buyerQuoted(ctx: LintContext, start: number, end: number): boolean {
  if (!hasQuoteMarks(ctx)) return false;
  const [s] = ctx.toOriginal(start, Math.max(start + 1, end));
  const pair = enclosingQuote(ctx.text, s, s + 1);
  return pair !== undefined && speakerLabelled(ctx.text, pair[0]) && !adoptedQuote(ctx.text, pair[0], pair[1]);
}
/**
 * Round 37 (t37c): the buyer's labelled questions or requests that a bare yes right after adopts (「买家：你们是快手官方自营吗」 是的亲), once per
 * draft: the quote's body (label cut off, original text) and the compact range [start, end) from the body's start to the yes's end. A rule
 * whose claim the ask names (官方, 私下, a QR code) reads the yes as the shop saying it.
 */
export interface AdoptedAsk { body: string; start: number; end: number }
export function adoptedBuyerAsks(ctx: LintContext): readonly AdoptedAsk[] {
  if (!hasQuoteMarks(ctx)) return [];
  return ctx.memo('quoted:adopted', () => {
    const text = ctx.text;
    const out: AdoptedAsk[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!OPENERS.has(code) || code === ASCII_APOSTROPHE || code === 0x300a || code === 0x3008) continue;
      const label = SPEAKER_INSIDE.exec(text.slice(i + 1, i + 18));
      if (!label) continue;
      const pair = enclosingQuote(text, i + 1, i + 1);
      if (!pair || pair[0] !== i || !adoptedQuote(text, pair[0], pair[1])) continue;
      const bodyStart = i + 1 + label[0].length;
      const yes = ADOPTING_YES.exec(text.slice(pair[1] + 1, pair[1] + 60));
      const yesEnd = pair[1] + 1 + (yes ? yes[0].length : 0);
      const starts = ctx.norm.compact.start;
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < bodyStart) lo = mid + 1; else hi = mid; }
      let end = lo;
      while (end < starts.length && starts[end]! < yesEnd) end++;
      if (end > lo) out.push({ body: text.slice(bodyStart, pair[1]), start: lo, end });
      i = pair[1];
    }
    return out;
  });
}
function othersWords(text: string, open: number, close: number, depth = 0): boolean {
  if (speakerLabelled(text, open)) return !adoptedQuote(text, open, close);
  if (ATTRIBUTED.test(text.slice(Math.max(0, open - 16), open))) return true;
  if (IMPERSONATOR_SAID.test(text.slice(Math.max(0, open - 24), open))) return true;
  if (BUYER_LABEL_LEAD.test(text.slice(Math.max(0, open - 16), open))) return true;
  // Round 33 (t33e): a stranger's banner (有不少人打着“原单”“高仿”的旗号卖假货, 有商家顶着“一比一”的名头兜售): the label they sell under.
  if (BANNER_LEAD.test(text.slice(Math.max(0, open - 16), open)) && BANNER_CLOSE.test(text.slice(close + 1, close + 32))) return true;
  // Labelled as words, itself or through a later quote of the same list (round 18, fa18bp: “原单”“尾单”“工厂货”这些说法).
  if (othersWordsAhead(text, close, depth)) return true;
  if (DISOWNED_AFTER.test(text.slice(close + 1, close + 24))) return true;
  // Round 18 (fa18bp): …or a claim quoted and ruled no evidence (口头说“是假的”没办法作为依据, 光凭一句“有质量问题”不能当证据).
  if (NO_EVIDENCE_AFTER.test(text.slice(close + 1, close + 16))) return true;
  // A quote listed right after another (说自己是“原单”“尾货”, “原单”、“尾单”): the list shares the first one's speaker (round 11).
  const prev = listedAfterQuote(text, open);
  if (prev !== undefined && depth < 4) {
    const pair = enclosingQuote(text, prev, prev);
    if (pair && othersWords(text, pair[0], pair[1], depth + 1)) return true;
  }
  // Round 20 (t20bu): …or named as the topic the reply opens on, then answered with an apology (亲，关于“能不能不走平台”，不好意思…).
  if (open <= 12 && TOPIC_HEAD.test(text.slice(0, open)) && TOPIC_ANSWERED.test(text.slice(close + 1, close + 12))) return true;
  if (open > 8 || !REPLY_HEAD.test(text.slice(0, open))) return false;
  const tail = text.slice(close + 1, close + 12);
  return COMMENTED_AFTER.test(tail) || ANSWERED_AFTER.test(tail) || SHOP_DENIES_AFTER.test(tail) || SELF_TALK_REBUFFED_AFTER.test(text.slice(close + 1, close + 20)) || CALMED_AFTER.test(text.slice(close + 1, close + 16));
}

/**
 * Whether compact range [start, end) lies inside words quoted from someone else (您提到的“违禁成分”, 有买家问能不能
 * “贷款买”, a reply opening on “你们是不是骗子”——这个担心…). Narrower than quotedSpeech: quoted names (这款“高仿”,
 * 号称“原单”) are not someone else's words, so rules whose words are also product labels use this one.
 */
export function othersQuote(ctx: LintContext, start: number, end: number): boolean {
  const text = ctx.text;
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(text, s, e);
  return pair !== undefined && othersWords(text, pair[0], pair[1]);
}

/**
 * Round 68 (eng27-68): the buyer's word quoted back, then offered — 您说的“听话水”是吧，有货; “猎枪”那个我们能弄; 您说的“假证”我们能做: the shop
 * takes the word up as its own goods, so the quote shields nothing. Read right after the closing mark: an acknowledgment (是吧, 对吧, 啊) and a
 * clause saying it is to be had or can be done — not a denial (我们没有, 有没有, 有的话).
 */
const OFFERED_AFTER_QUOTE =
  /^\s*(?:是吧|对吧|对吗|是不是|啊|呀|吧|嘛|哈|呢|那个|这个|那种|这种|的话)?[，,、\s]*(?:我们|我这|我这边|这边|店里|咱们|咱这)?(?:这边|这儿)?(?:也|都|倒是?|还|正好|刚好)?(?:有货|有现货|现货|有的(?!话)|有(?=\s*[，,。！!~～]|\s*$)|有渠道|(?:能|可以)(?:做|弄|办|搞|安排|提供|发|帮您?弄|帮您?做))/;
export function offeredAfterQuote(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(ctx.text, s, e);
  return pair !== undefined && OFFERED_AFTER_QUOTE.test(ctx.text.slice(pair[1] + 1, pair[1] + 24));
}

/** Whether compact range [start, end) lies between a pair of quotation marks in its sentence (whoever speaks). */
export function insideQuotes(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  return enclosingQuote(ctx.text, s, e) !== undefined;
}

/**
 * Abuse reported without quotes (round 11, fa11): a third party reviled the buyer and the reply tells it — 您说快递员骂您傻X,
 * 上个客服凶您让您滚; round 33: …or answered, retorted or called the buyer so (那位客服回您“…”，我们已处理; 上个客服怼了你一句…). The clause before the hit names someone else (not 我/我们) and a speaking verb right before the hit
 * (the hit may start with the 您 it was said to). Rules that skip quoted speech (skipQuoted) skip this too.
 */
const REPORTED_ABUSE =
  /(?:快递员|快递小哥|小哥|司机|骑手|他|她|他们|对方|有人|别人|网友|同事|上个客服|上一个客服|上一位客服|之前的客服|之前客服|那个客服|那位客服|其他客服|别的客服|主播)(?:(?!我)[^，,。]){0,6}?(?:骂|吼|凶|喊|嘲笑|讽刺|说|回复|回|答复|怼|顶|呛|称呼|叫)(?:了)?(?:您|你)?(?:一句|句)?(?:是)?$/;
/**
 * Round 57 (eng57a, A57): the buyer's own abuse of us told back without quotes and met calmly (您说SB客服，我先不争，咱们把破损的事说清楚; 您骂我们
 * 垃圾店，我理解您着急): the speaking verb has the buyer for subject right before the hit, and the rest of the sentence de-escalates. Not an
 * insult of our own after it (您说SB客服？您才是).
 */
const BUYER_SAID_ABUSE = /(?:您|你)(?:刚才|刚刚|之前|刚|也)?(?:说|骂|讲|问我|评价|留言说|留言|吐槽)(?:我们|我|客服|咱们)?(?:是)?$/;
const CALM_REPLY = /不(?:跟您|和您|跟你|和你)?争|理解|没关系|虚心|收下|接受|可能是我|是我(?:们)?(?:没|的问题)|我(?:再|重新)(?:解释|说明|跟您说|说一遍)|把[^，。！？]{0,8}?说清楚|抱歉|不好意思|对不起/;
export function reportedAbuse(ctx: LintContext, start: number): boolean {
  const lead = ctx.before(start, 16, 'soft');
  if (lead.length > 0 && REPORTED_ABUSE.test(lead)) return true;
  return BUYER_SAID_ABUSE.test(ctx.before(start, 8, 'soft')) && CALM_REPLY.test(ctx.after(start, 40, 'hard'));
}

/** The quote-mark pair [open, close] (original indices) around compact range [start, end) in its sentence, if any (round 12, fa12: detect/rebut.ts). */
export function quotePair(ctx: LintContext, start: number, end: number): [number, number] | undefined {
  const [s, e] = ctx.toOriginal(start, end);
  return enclosingQuote(ctx.text, s, e);
}

/**
 * Round 15 (t15b): before the opening mark, a verb of saying, asking or writing by someone not the shop (说, 问, 骂, 留言, 提到…):
 * the words quoted are that party's. Narrower than INTRODUCER (no names, brands or models).
 */
const SPEECH_LEAD = /(?:说|说的|说过|说了|问|问的|问过|问了|讲|讲的|骂|骂的|喊|吼|那句|这句|一句|句话|留言|留言说|评论|写道|写着|提到|提的|反映|反映的|投诉的|转述|转述的|威胁|威胁说|发消息说|发来)[：:，,\s]*$/;

/**
 * Round 15 (t15b): the compact ranges [start, end) of quotes holding someone else's words (the buyer's message, a stranger's
 * threat told back: 您说有人发消息说“知道你住哪”, 您刚才说“不退款就天天打电话轰炸你们”), once per draft. Cue rules leave these out of
 * the sentence tests of an anchor outside them (detect/cue-rule.ts): what the buyer said is no context for what the shop says.
 */
export function othersQuoteRanges(ctx: LintContext): readonly number[] {
  return ctx.memo('quoted:others', () => {
    const text = ctx.text;
    const out: number[] = [];
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (!OPENERS.has(code) || code === ASCII_APOSTROPHE || code === 0x300a || code === 0x3008) { i++; continue; }
      if (code === ASCII_QUOTE && closesAsciiQuote(text, i)) { i++; continue; }
      const pair = enclosingQuote(text, i + 1, i + 1);
      if (!pair || pair[0] !== i) { i++; continue; }
      const [open, close] = pair;
      const lead = text.slice(Math.max(0, open - 12), open);
      if ((SPEECH_LEAD.test(lead) && !SELF_SPEAKER.test(lead)) || othersWords(text, open, close)) {
        const starts = ctx.norm.compact.start;
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! <= open) lo = mid + 1; else hi = mid; }
        let end = lo;
        while (end < starts.length && starts[end]! < close) end++;
        if (end > lo) out.push(lo, end);
      }
      i = close + 1;
    }
    return out;
  });
}

/**
 * Round 17 (t17b): the compact index just past someone else's quote holding compact range [start, end) (the buyer's words quoted:
 * 您说的'加V私聊', 您提到的“1:1还原”), or undefined. A refusal after the closing mark then governs the whole quote: 您说的'1:1还原'我们不卖.
 */
export function othersQuoteEnd(ctx: LintContext, start: number, end: number): number | undefined {
  const text = ctx.text;
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(text, s, e);
  if (!pair || !othersWords(text, pair[0], pair[1])) return undefined;
  const starts = ctx.norm.compact.start;
  let i = end;
  while (i < starts.length && starts[i]! < pair[1]) i++;
  return i;
}

/**
 * Round 18 (fa18bp): whether compact range [start, end) lies in a quote labelled as words, alone or as one of a list
 * (“精仿”“复刻版”“1:1”这种暗示假货的词, “原单”“尾单”这些说法): the word mentioned, whoever would say it, not said.
 */
export function mentionedWords(ctx: LintContext, start: number, end: number): boolean {
  if (!hasQuoteMarks(ctx)) return false;
  const [s, e] = ctx.toOriginal(start, end);
  const pair = enclosingQuote(ctx.text, s, e);
  return pair !== undefined && ctx.text[pair[0]] !== '《' && othersWordsAhead(ctx.text, pair[1], 0);
}

/**
 * Whether the draft has any quotation mark at all (once per draft): most drafts have none, and the quote walks of
 * cue rules and warning contexts are skipped for them without rereading the whole text per hit.
 */
export function hasQuoteMarks(ctx: LintContext): boolean {
  return ctx.memo('quoted:any', () => /["'“「『‘]/.test(ctx.text));
}
