// 2.3: WeChat as a private channel off the platform — 微信 and its disguises (薇信 威信 V信 vx wx
// weixin 绿泡泡 卫星 薇❤ …). A lone mention is advice at most (微信支付 is a checkout method; 不需要加微信
// is compliant); a call to act (加/＋/搜/我的…/…上聊), an account value, or V/小绿 as the place of the
// deal (到货后在V上结清), or our name there given to search (绿色软件，我名字叫小鹿海淘，搜一下) makes it a breach. The buyer's word quoted to ask its meaning (您说的“微信号”是指…)
// A disguised name used to transfer money (钱走微讯转就行, 威信红包发我) is a breach: checkout writes 微信支付 plainly.
// An apology for a colleague's 加微信 (这是不合规的) are not, nor the buyer's request quoted back
// (您刚才说“加个微信方便联系”，抱歉…), nor the buyer's question echoed and refused in the next sentence (能加微信吗？抱歉亲，我们只能在平台内联系),
// nor the act named as impossible (在微信里搜不到我们的) or with the buyer sent back to this chat (微信不方便的话，直接在这里说).
// Round 9: the add-command with every look-alike of 微 (加我薇：…, +我溦; lexicon/third-party.ts), 不会在…给您发 and 从不在站外 as denials
// (detect/cues.ts), an act named as a topic and denied after it (加微信这种事我们从来不做).
// Round 11 (t11a): romanized asks (add my wechat, jia wo wei xin … hao shi id; detect/contact.ts), the app searched to reach
// us (用那个号搜v就能加到我), the app as a feature of the goods (耳机支持微信语音) and the buyer's wish reported back
// (您想加我微信看实拍？这边直接点对话框…) are handled.

import { defineRule } from '../define-rule';
import { matchesOf, type LintContext, type TermHit } from '../context';
import { ACT_AFTER, ACT_BEFORE, appFeature, BUYER_WISH, channelsOffered, laterHandle, valueAfter, WE_SUBJECT_AFTER } from '../detect/contact';
import { compactRange, denied, DENIED_AFTER, hereInstead, sentence, Spans, warningContext } from '../detect/cues';
import { numberRuns } from '../detect/numbers';
import { quotedSpeech } from '../detect/quoted';
import { endsAsQuestion, nextSentenceStart } from '../detect/cue-rule';
import { doubtWavedThenAsked } from '../detect/doubt-kept-here';
import { WECHAT_TERMS } from '../lexicon/third-party';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';

// After 微信: a checkout or refund use, handled (or allowed) by the payment rule.
const DISGUISED_PAY = /^(?:转(?!发)|红包|收款|转账)/;
const PAYMENT_AFTER = /^(?:支付|付款|付|零钱|钱包|买单|收银|扫码支付|扫码付|转账|转|红包|余额|绑定|pay|收款|里的钱|小程序支付)/;
// 稍微我…, 细微我… are not 微我; V领 / V型 / V脸 are garments and shapes, 加V领取 is still a command.
/** 加 (or +) then vx/wx glued to an id of latin letters (加vxlinda, +wxabc123): see check(). */
const GLUED_ADD = /(?:加|\+|添加)(?:个|一下|下|我|我的)?(?:vx|wx)(?=[a-z][a-z0-9_]{2,19}(?![a-z0-9_]))/g;
const NOT_COMMAND_BEFORE = /[稍细轻略些卑精]$/;
// Round 17 (t17): 威/薇 closing a word of their own before 我 (权威，我们…, 示威我们不怕, 蔷薇我们也有): no 威我/薇我 command.
const WORD_BEFORE_WEI = /(?:[权示声神国军虎雄助发逞立余]威|[蔷紫]薇)$/;
const NOT_COMMAND_AFTER = /^(?:领(?!取|券|福利|红包|优惠|奖)|型|字|脸|领口|ip|c\b|e\b|8)/;
// 加微量元素, 加威士忌, 添加薇姿…: 微/威/薇 starting another word.
// Round 26 (t26a): nouns that label a product code (款号 WX2208, 型号 VX300-B): see productCode().
const CODE_NOUN = /款号|款式号|型号|货号|编号|商品编码|产品编码|sku|色号|批号/;
const NOT_WEI_WORD = /^(?:信|伩|讯|锌|芯|x|v|量|型|调|波|米|博|商|店|小|笑|距|软|粒|孔|电|创|积|整|尘|雕|胖|利|乳|泡|光|针|晶|瑕|醺|凉|甜|酸|辣|苦|咸|胶|纤|生物|末|观|弱|薄|热|妙|微|士|力|望|风|严|胁|尼|姿|诺|娅|拉|露|猛|化|海|斯)/;
/** A name going on from 薇/威/维 (薇薇安 Vivian, 薇安, 威廉): not 安排, 安心, 安全. */
const WEI_NAME = /^(?:[薇威维]?安(?!排|心|全|装|静|顿|稳|检|抚|慰)|[薇威维]?(?:娅|妮|琪|廉|尔逊)|薇(?:姐|老师|同学))/;
// Our name on the app given for a search: 我名字叫小鹿海淘，搜一下 / 昵称是…搜我.
const SEARCH_OUR_NAME = /(?:我|我们)的?(?:名字|昵称|网名|名称|号|账号|id)?(?:叫|是)[^]{1,12}?(?:搜一下|搜下|搜我|搜就|一搜|搜索一下)/;
/** Our name or number searched, the app named after it: 搜我名字那个绿色软件 (round 16, t16). */
const SEARCH_NAME_BEFORE = /(?:搜|搜索|查)(?:一下|下)?(?:我|我们|我们店|我们家|本店)(?:的)?(?:名字|店名|昵称|网名|手机号|号码|电话|id)(?:在|上)?(?:那个|这个)?(?:你知道的|大家都知道的|我说的)?(?:那个|的)?$/;
// The sentence after an echoed question refusing it: 抱歉亲，我们只能在平台内联系 / 不好意思，不能加哦 (round 36, t36c: / 不方便哈, not 不方便的话…).
// Round 43 (t43a): …or waved off as needless, closing its clause (想加微信看实拍？不用加哈，视频我直接发这里): not 不用加好友验证 (a detail of it).
const ECHO_REFUSAL = /^(?:亲|亲亲|哈|呢)?(?:抱歉|不好意思|对不起|很遗憾|实在抱歉)?(?:亲|亲亲|哈|呢)?(?:我们|咱们|这边|店铺|本店|小店)?(?:平台|按|根据)?(?:平台)?(?:规定|规则|要求)?(?:只能在|只在|不能加|不可以加|不方便加|不方便(?!的话|就|可以|时)|不加|没法加|无法加|加不了|不能|不可以|不支持|不提供|不行|不可以的)/;
const NEEDLESS_UNDONE = /[a-z0-9]{5}|号|微信|vx|wx|扫|搜|加我|私聊|私信/;
const ECHO_NEEDLESS = /^(?:亲|亲亲)?(?:不用|不需要|不必|没必要|用不着)(?:加|添加)(?:了|哈|啦|哦|呀|呢|的|哒|喔|亲)*(?!好友|备注|验证|太多|满|的话|钱|费|价|群|别的|其他|号|微|v|量|热|班|工|油|入|购|急)/;
// A potential complement after the act: 里搜不到, 上加不了, 联系不上 (the act impossible, nothing asked).
const CANNOT_AFTER = /^(?:上|里)?(?:面)?(?:搜|搜索|加|找|联系|看|发)(?:不到|不了|不上|不着)/;
// Round 23 (t23c): a denial after the act that waves a detail of it, not the act (加我微信不需要验证, 加我微信不用备注, 加微信不收费,
// 加微信不用担心，我这边帮你): the act still stands.
const DETAIL_WAVED = /^(?:号|账号)?(?:不|无)(?:需要|用|必|要|收)?(?:任何)?(?:验证|备注|费|收费|钱|担心|怕|客气|紧张|着急|排队|等|花钱|付费|门槛)/;
// Round 31 (t31f): a judgement of the act's safety after it (加微信不安全, 加我微信不靠谱吗) is no denial of the act: the warning frame
// (harmFollows) judges it — a warning when told, an ask when the worry is asked back and waved off (加我微信不安全？放心加吧).
/** Our ask in an answer (doubtWavedThenAsked): add me, search me, scan me. */
const WECHAT_ASKED = /加我|加一下|加下|直接加|加吧|加就|加了|扫我|搜我|我发您号|号发您|号给您/;
// Round 40 (t40n): the id refused by us a few units after it, a subject between (您发的微信号我们这边不能加, 你给的vx我这里加不了,
// 微信客服这边是不加的): not 不能加太多 / 加不了的话 (a limit or a condition, the add still open).
const REFUSED_AFTER = /^(?:号|账号|号码|id)?(?:我们|咱们|我|这边|这里|店里|本店|店铺|客服|小店)*(?:这边|这里)?(?:是|都|一律|也|就|暂时|目前)?(?:不能|不可以|不方便|没法|无法|不会|不)添?加(?!太多|满|的话|就|可以|时)|^(?:号|账号|号码|id)?(?:我们|咱们|我|这边|这里|店里|本店|客服)+(?:这边|这里)?加不了(?!的话|就|时)/;
const SAFETY_JUDGED = /^(?:号|账号)?(?:不安全|不靠谱|不保险|不放心|不稳妥|不稳当)/;
const BUYER_QUOTE = /(?:您|你|买家)(?:刚才|之前|刚刚)?(?:说|提到|问|讲|写)的(?:这个|那个)?$/;
const MEANING = /是指|指的是|是说|的意思|意思是/;
// 在V上结清 / 去小绿上聊: a weak token used as the place of the deal or the talk.
const VENUE_BEFORE = /(?:在|到|去|走|用|上|来|我们|咱们|咱)$/;
const VENUE_AFTER = /^(?:上|里)(?:面)?(?:再|直接|跟我|和我|找我|给我|我给您|我给你|我再给您|我发您|我)?(?:结清|结算|结|付|转|补|聊|详聊|细聊|私聊|联系|说|沟通|交易|发|找|加|给|收)/;
/** The app noun after 绿色/小绿 with a particle between (绿色的软件, 小绿那个app): see check(). */
const GREEN_APP_AFTER = /^(?:的|那个|的那个|那款|色的)(?:聊天)?(?:软件|app|应用|聊天工具)/;
// After V / 小绿 / 绿色: product nicknames and ordinary words (小绿瓶, 绿色包装).
const NOT_NICKNAME = /^(?:瓶|管|盒|伞|罐|膜|叶|书|色|植|环保|健康|食品|通道|出行|包装|能源|标|款|系列|版)/;
// Emoji hearts and stars glued to 微/薇/V (dropped by the compact view), and `V：abc123`; a green mark with a chat bubble (🟢💬, round 12).
// Every HEART_TOKEN match holds one of these BMP symbols or an astral emoji (a high surrogate): a cheap gate.
const HEART_MATERIAL = /[\u2665\u2705\u2728\u2763\u2764\u2b50\ud800-\udbff]/;
const HEART_TOKEN = /(?:微|薇|威|徽|v)\s*[❤♥💚💗💕❣💓💖💙💜🧡💛🤍🖤🌟⭐✨💬🔔🌸🌹🍀]|[💚🟢🍏🥬🍀✅]\s*(?:泡泡?|💬|🗨)|🛰/gu;

// ---- round 47 (t47b) ----
// An emoji splitting the word (加我薇❤️信 wxid_…, V❤信): the heart token takes the 信 after it, and the add-command before it, so the
// finding (and the fix that deletes it) covers the whole split word and the id after it, not 加我薇 alone.
const HEART_WORD_END = /^\s*[信伩讯]/;
const HEART_ADD_BEFORE = /(?:加|添加|\+)(?:个|下|一下|我|我的)?$/;
// WeChat's own account-id format (wxid_ and the id's letters and digits): an account value whatever is said around it, the app unnamed
// (亲，wxid_abc12345). A placeholder (wxid_xxxxxx) names the format in a warning; the warning and denial frames judge the rest.
const WXID = /(?<![a-z0-9_])wxid_[a-z0-9_-]{4,30}(?![a-z0-9_])/g;
const WXID_PLACEHOLDER = /^wxid_(?:x+|\*+|[.…]+|\d?x+\d*)$/;
// ---- end round 47 (t47b) ----

// Round 56 (eng56a): 微 / 薇 / 威 standing alone as the app's name, owned by us or opening the clause, with an id right after (我薇是lucy8866,
// 微的话，l-u-c-y-8-8-6-6, 威：hk_2021): the word cut to one character, the id still given. Only with an id holding a digit (valueAfter):
// 微的 / 权威是 / 薇薇安 give none.
const BARE_WEI = /(?:^|(?<=我|我的|我们的|咱的|[^\u4e00-\u9fff]))[微薇威](?:号)?(?:的话)?(?=(?:是|就是|为)?[^\u4e00-\u9fff]{0,3}[a-z0-9])/g;
const PERSON_WEI = /(?:加|添加)(?:一下|下|上)?(?:我们|咱们|我)?(?:的)?[\u4e00-\u9fff]{1,6}?的[微薇威]/g;
const REGISTERED_AFTER = /^(?:号码?|码)?(?:注册|绑定|登录|认证|实名)/;
/** The account that paid (付款的, 支付用的, 下单时用的) and its real-name identity after it (round 21, t21bv). */
const PAYER_BEFORE = /(?:付款|支付|付钱|买单|下单|结账)(?:时|时候)?(?:用|使用|所用)?的$/;
const REAL_NAME_AFTER = /^(?:账号|帐号|号)?(?:的)?(?:实名|认证|身份|姓名|名字|户名)/;
// Round 12 (t12e): the id given by reference to a name the buyer can see, typed short (v同店名全拼 加的时候备注订单号 / vx跟主页名一样
// 搜就行 / 微信是店名首字母): any token, weak ones too (v), with an add or search in the sentence.
// Round 60 (eng60b): …or just said to bear the same name, the name to search left to the buyer (vx同名哈，直接搜店名就行; 绿泡泡也同名的，
// 搜我们店名; V号名字一样): the same hand-over.
const NAME_REF_AFTER = /^(?:号|账号|号码|id)?(?:就)?(?:同|是|跟|和|用的是|就是)(?:我们?|咱们?|本店)?的?(?:店名|店铺名|店铺名字|店名字|店铺的名字|主页名|主页名字|昵称|快手号|快手名|快手id|名字)(?:的)?(?:全拼|拼音|首字母|缩写|一样|一致)?|^(?:号|账号|号码|id)?(?:也|都|就)?(?:是)?(?:同名|名字一样|名字相同|一样的名字?|一个名字?)/;
const NAME_REF_ACT = /加|搜|备注|找我|私聊/;
// Round 19 (t19di): the buyer's own id on the app asked for (您告诉我下您V号, 把你的小绿号发我, 留个您的卫星号): we would reach out there.
const BUYER_ID_BEFORE = /(?:您|你)(?:的)?$/;
const BUYER_ID_AFTER = /^(?:号|号码|账号|id)/;
const BUYER_ID_ASK = /告诉|发(?:给)?我|发一下|发下|给我|留(?:一下|下|个)|报(?:一下|下)|说(?:一下|下)|私信|多少|是啥|是什么/;
// Round 19 (fa19di): the command named as an internet meme (V我50这个梗我懂哈哈): a joke recognised, no invitation.
const MEME_AFTER = /^[^]{0,6}?(?:这个|这|那个|的|是个|是)梗/;
const IS_PHONE_AFTER = /^(?:号|账号|号码)?(?:就)?(?:是|用的是|用的就是)(?:我|我的|我们|我们的|她|她的|他|他的|店里|店铺|这个|那个)?的?(?:手机|电话|手机号|电话号码|手机号码|号码)(?!吗|么)/;

const rule = defineRule({
  meta: {
    id: 'contact-wechat',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '引导添加微信', en: 'WeChat contact' },
    description: {
      zh: '引导买家加微信（含 薇信、vx、绿泡泡 等变体）或发出微信号。单独提到微信（如微信支付）只提示。',
      en: 'Asking the buyer to add WeChat (incl. disguises) or giving a WeChat id. A lone mention such as WeChat Pay is advice only.',
    },
    hint: { zh: '删除微信号和加微信的说法，直接在平台聊天窗口里沟通。', en: 'Remove the WeChat id and the invitation; keep talking in the platform chat.' },
  },
  terms: WECHAT_TERMS,
  vocabulary: [CODE_NOUN.source, BUYER_ID_ASK.source, MEME_AFTER.source, GLUED_ADD.source, PERSON_WEI.source, VENUE_BEFORE.source, VENUE_AFTER.source, BUYER_QUOTE.source, MEANING.source, ECHO_REFUSAL.source],
  check(ctx, hits) {
    const tokens: TermHit[] = [...hits];
    for (const m of HEART_MATERIAL.test(ctx.folded) ? matchesOf(HEART_TOKEN, ctx.folded) : []) {
      const [start, tokenEnd] = compactRange(ctx, m.index!, m.index! + m[0].length);
      // (round 47, t47b: the split word's 信 and the add-command before it go with it — see HEART_WORD_END)
      const word = /^(?:微|薇|威|徽|v)/.test(m[0]) ? HEART_WORD_END.exec(ctx.folded.slice(m.index! + m[0].length)) : null;
      if (word) {
        const end = compactRange(ctx, m.index!, m.index! + m[0].length + word[0].length)[1];
        const add = HEART_ADD_BEFORE.exec(ctx.before(start, 4));
        if (add) tokens.push({ spec: { term: m[0], tag: 'command' }, start: start - add[0].length, end, key: add[0] + m[0] + word[0].trim() });
        else tokens.push({ spec: { term: m[0], tag: 'token' }, start, end, key: m[0] });
        continue;
      }
      tokens.push({ spec: { term: m[0], tag: 'token' }, start, end: tokenEnd, key: m[0] });
    }
    // Round 13 (t13a): someone's 微 to add, the word closed by a mark (加采购经理的微 —— …, 有事加一下老板的薇，…, 批发加我们业务员的微：…):
    // 加 + a person of ours + 的 + 微, standing as a word of its own (加了微量元素的, 老板的微笑 go on into another word).
    for (const m of /的[微薇威]/.test(ctx.compact) ? matchesOf(PERSON_WEI, ctx.compact) : []) {
      const end = m.index! + m[0].length;
      if (wordClosed(ctx, end)) tokens.push({ spec: { term: m[0], tag: 'command' }, start: m.index!, end, key: m[0] });
    }
    // Round 56 (eng56a): a bare 微 / 薇 / 威 with an id right after (BARE_WEI).
    for (const m of /[微薇威]/.test(ctx.compact) ? matchesOf(BARE_WEI, ctx.compact) : []) {
      const end = m.index! + m[0].length;
      const value = valueAfter(ctx, end);
      if (value && /\d/.test(ctx.compact.slice(value.start, value.end))) tokens.push({ spec: { term: m[0], tag: 'token' }, start: m.index!, end, key: m[0] });
    }
    // Round 17: the add-command glued to a latin id (加vxlinda, 加 v x a b c once the spaced letters are joined): the term 'vx' is
    // not matched inside a longer latin word (usb is no sb), so the command and its id are read as one.
    for (const m of /[a-z]{4}/.test(ctx.compact) ? matchesOf(GLUED_ADD, ctx.compact) : []) {
      tokens.push({ spec: { term: m[0], tag: 'command' }, start: m.index!, end: m.index! + m[0].length, key: m[0] });
    }
    // Round 24 (t24a): the green-app nickname spelt with a particle between (我那个绿色的软件号是…, 小绿那个app上搜我): 绿色/小绿
    // with the app noun right after reads as the full nickname (绿色软件), a token, not the weak colour word.
    for (let i = 0; i < tokens.length; i++) {
      const hit = tokens[i]!;
      if (hit.spec.tag !== 'weak' || (hit.key !== '绿色' && hit.key !== '小绿')) continue;
      const app = GREEN_APP_AFTER.exec(ctx.after(hit.end, 8, 'soft'));
      if (app) tokens[i] = { spec: { term: hit.key + app[0], tag: 'token' }, start: hit.start, end: hit.end + app[0].length, key: hit.key + app[0] };
    }
    // (round 47, t47b: a bare WeChat id — see WXID)
    const wxids = ctx.folded.includes('wxid_') ? matchesOf(WXID, ctx.folded) : [];
    // Nothing to judge (most drafts).
    if (tokens.length === 0 && wxids.length === 0) return;
    // Longest first, so 企业微信 wins over 微信 and 加v over v.
    tokens.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Spans(ctx.compact.length);
    for (const hit of tokens) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const judged = judge(ctx, hit);
      if (!judged) continue;
      taken.add(judged.start, judged.end);
      // 您刚才说“加个微信方便联系”，抱歉…: the buyer's request quoted back is a mention, not our invitation.
      if (judged.severity !== 'info' && quotedSpeech(ctx, hit.start, hit.end)) ctx.report(rule, { start: judged.start, end: judged.end, severity: 'info', message: '引述买家的话提到微信' });
      // Round 69 (engfa69): the buyer's own WeChat echoed to turn it down (您留的微信号…我们不能加; 您要我加您wx：…，这个不行).
      else if (judged.severity !== 'info' && buyerOwnDeclined(ctx, hit.start, hit.end)) ctx.report(rule, { start: judged.start, end: judged.end, severity: 'info', message: '提到买家自己的微信（婉拒添加）' });
      else ctx.report(rule, judged);
    }
    // Round 47 (t47b): a WeChat id in WeChat's own format that no token above has taken with its value (亲，wxid_abc12345; 我的号 wxid_…).
    for (const m of wxids) {
      if (WXID_PLACEHOLDER.test(m[0])) continue;
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      if (taken.overlaps(start, end)) continue;
      taken.add(start, end);
      if (denied(ctx, start) || warningContext(ctx, start, end) || quotedSpeech(ctx, start, end)) ctx.report(rule, { start, end, severity: 'info', message: '提到微信号格式（否定或提醒语境）' });
      else ctx.report(rule, { start, end, message: '发出了微信号（wxid_ 格式，站外联系方式）', fix: '' });
    }
  },
});

// check()'s helpers: module functions, not closures made on every draft (see likely-rule.ts unreadUnits).

/** The draft's word ends right after compact `end`: the next original character is a mark, a space or the end. */
function wordClosed(ctx: LintContext, end: number): boolean {
  const [, o] = ctx.toOriginal(end - 1, end);
  return o >= ctx.text.length || /[\s\p{P}\p{S}]/u.test(ctx.text[o]!);
}
// 能加微信吗？抱歉亲，我们只能在平台内联系: the buyer's question echoed as a question, the next sentence refusing it.
function echoedRefused(ctx: LintContext, end: number): boolean {
  if (!endsAsQuestion(ctx, end)) return false;
  const close = nextSentenceStart(ctx, end);
  const next = ctx.compact.slice(close, close + 16);
  // (the needless kind only with nothing of the app's offered after it: 不用加哈，我把号发您 still gives the id)
  return ECHO_REFUSAL.test(next) || (ECHO_NEEDLESS.test(next) && !NEEDLESS_UNDONE.test(ctx.compact.slice(close, close + 40)));
}
// Round 11: the buyer's wish reported back and not granted (您想加我微信看实拍？这边直接点对话框…就能发给您).
function wished(ctx: LintContext, before: string, end: number): boolean {
  return BUYER_WISH.test(before) && !/^(?:的话|时|的时候|后)/.test(ctx.compact.slice(end, end + 3)) && !/^[^]{0,4}?(?:可以|行|好的|没问题|加吧|来吧)/.test(ctx.compact.slice(end, end + 10));
}
function productCode(ctx: LintContext, start: number, end: number, valueStart: number, valueEnd: number): boolean {
  const [, tokenEnd] = ctx.toOriginal(start, end);
  const [valueAt] = ctx.toOriginal(valueStart, valueStart + 1);
  // (a short code only: a mobile or a long run glued to wx is an account whatever is named around it)
  const core = ctx.compact.slice(valueStart, valueEnd).replace(/[^a-z0-9]/g, '');
  return tokenEnd === valueAt && /^\d/.test(core) && core.length <= 8 && CODE_NOUN.test(sentence(ctx, start, valueEnd, 40));
}
function judge(ctx: LintContext, hit: TermHit) {
  const tag = hit.spec.tag;
  const before = ctx.before(hit.start, 8);
  const after = ctx.after(hit.end, 10, 'hard');
  const isDenied = denied(ctx, hit.start) || echoedRefused(ctx, hit.end);
  if (tag === 'command') {
    if (NOT_COMMAND_BEFORE.test(before) && hit.key.startsWith('微')) return undefined;
    if (/^[威薇]我$/.test(hit.key) && WORD_BEFORE_WEI.test(ctx.before(hit.start, 8) + hit.key[0]) && !valueAfter(ctx, hit.end)) return undefined;
    if (NOT_COMMAND_AFTER.test(after)) return undefined;
    // Round 60 (eng60b): 微我们不用的, V我们这边不加: 我们 the subject of a refusal, as in contact-qq (WE_SUBJECT_AFTER).
    if (hit.key.endsWith('我') && WE_SUBJECT_AFTER.test(after) && !valueAfter(ctx, hit.end)) return undefined;
    // Round 23 (t23cd): a V right after a number is volts (电压100V，我们送变压器, 220V我们也有): no V我 command without an id after it.
    if (/^v/.test(hit.key) && /\d$/.test(before) && !valueAfter(ctx, hit.end)) return undefined;
    // (round 13: …unless the word ends at a mark in the draft: 加我微（店铺名拼音）发截图 is no 微店)
    if (/[微薇威]$/.test(hit.key) && NOT_WEI_WORD.test(after) && !wordClosed(ctx, hit.end)) return undefined;
    // Round 10 (fa10): a person's name holding the homophone (加我薇薇安, 找薇安, 威廉): a name in the same clause, no id after it.
    const name = /[薇威维]$/.test(hit.key) ? WEI_NAME.exec(ctx.after(hit.end, 4)) : null;
    if (name && !valueAfter(ctx, hit.end) && !valueAfter(ctx, hit.end + name[0].length)) return undefined;
    const value = valueAfter(ctx, hit.end);
    const end = value ? value.end : hit.end;
    // Round 11: the buyer's wish reported back and not granted (您想加我微信看实拍？这边直接点对话框…就能发给您).
    return isDenied || (!value && wished(ctx, before, hit.end)) || (!value && warningContext(ctx, hit.start, hit.end)) || (!value && MEME_AFTER.test(ctx.after(hit.end, 12)))
      ? { start: hit.start, end, severity: 'info' as const, message: '提到加微信（否定或提醒语境）' }
      : { start: hit.start, end, severity: value ? ('block' as const) : hit.spec.severity, message: '疑似引导买家添加微信（站外联系方式）', fix: value ? '' : '在这里直接沟通' };
  }
  if (tag === 'account') {
    // 加我私人号 / 私人号：abc123 — a private account, app unnamed.
    const value = valueAfter(ctx, hit.end);
    // …or the call right after it: 那个就是我们私人号，加了有惊喜.
    const asked = /(?:加|添加|\+|搜|扫|留)(?:个|下|一下|我|我的|您|的)*$/.test(before) || /^(?:加|添加|搜|扫)(?:了|一下|下|上|我|完)?/.test(after);
    if (!value && !asked) return undefined;
    if (/快手|平台|店铺|抖音|小红书/.test(before)) return undefined;
    if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: value ? value.end : hit.end, severity: 'info' as const, message: '提到私人账号（否定或提醒语境）' };
    return { start: hit.start, end: value ? value.end : hit.end, severity: value ? ('block' as const) : ('warn' as const), message: '引导买家添加私人账号（站外联系方式）' };
  }
  if (tag === 'same') {
    // (round 11: how an account was registered: 微信是手机号注册的吗)
    if (REGISTERED_AFTER.test(after)) return undefined;
    const s = sentence(ctx, hit.start, hit.end, 30);
    const hasNumber = ctx.memo('third-party:has-number', () => numberRuns(ctx).some((r) => ['mobile', 'plain', 'international'].includes(r.kind) && r.digits.length >= 5));
    if (isDenied) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信同号（否定语境）' };
    return { start: hit.start, end: hit.end, severity: hasNumber || /电话|手机|号/.test(s) ? ('block' as const) : ('warn' as const), message: '微信与手机同号：暗示站外联系方式' };
  }
  if (PAYMENT_AFTER.test(after)) {
    // 钱走微讯转就行: a disguised WeChat name for paying is itself the tell (checkout says 微信支付 plainly).
    if (tag !== 'token' || !DISGUISED_PAY.test(after) || /^(?:微信|wechat|weixin|企业微信|企微)$/.test(hit.key)) return undefined;
    if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信转账（否定或提醒语境）' };
    return { start: hit.start, end: hit.end, message: '用微信的变体写法引导买家站外转账' };
  }
  if (NAME_REF_AFTER.test(after) && !/(?:您|你)的?$/.test(before) && NAME_REF_ACT.test(sentence(ctx, hit.start, hit.end, 30)) && !endsAsQuestion(ctx, hit.end)) {
    if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信号（否定或提醒语境）' };
    return { start: hit.start, end: hit.end, message: '微信号按店名等可见名字给出：引导买家站外添加' };
  }
  // Round 11: the WeChat id said to be a phone number (她的微信是我手机号, vx就是这个电话): 微信同号 in other words.
  if (tag !== 'weak' && IS_PHONE_AFTER.test(after) && !/(?:您|你)的?$/.test(before) && !REGISTERED_AFTER.test(after.replace(IS_PHONE_AFTER, '')) && !endsAsQuestion(ctx, hit.end)) {
    if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信同号（否定语境）' };
    const hasNumber = numberRuns(ctx).some((r) => ['mobile', 'international'].includes(r.kind));
    return { start: hit.start, end: hit.end, severity: hasNumber ? ('block' as const) : ('warn' as const), message: '微信号就是手机号：暗示站外联系方式' };
  }
  // 您说的“微信号”是指付款时绑定的微信吗: the buyer's word quoted back to ask what it means.
  if (BUYER_QUOTE.test(before) && MEANING.test(sentence(ctx, hit.start, hit.end, 30))) return undefined;
  const value = valueAfter(ctx, hit.end);
  // Round 21 (t21bv): the account that paid, named for its real-name identity (付款的微信账号实名和订购人不一致, 支付用的微信号认证的
  // 姓名): the checkout's payer checked for customs, no channel to us.
  if (!value && PAYER_BEFORE.test(before) && REAL_NAME_AFTER.test(after)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信（付款账号实名）' };
  // 我直接微信上补您五十: money handed over on WeChat counts as using it.
  // (round 16, t16: or our name searched there, said first — 您直接搜我名字那个绿色软件, 搜我们店名那个vx)
  const act = ACT_BEFORE.test(before) || ACT_AFTER.test(after) || /^(?:上|里)(?:直接|再)?(?:补|返|退|赔|转)(?:给)?(?:您|你)/.test(after) || SEARCH_NAME_BEFORE.test(ctx.before(hit.start, 16)) || channelsOffered(ctx, hit.start, hit.end);
  if (tag === 'weak') {
    // 卫星 / V: only with an account value introduced by ： or 号, or with 加/搜 right before.
    // Round 41 (t41f): a V right after a number is volts (220-240V so it works fine, 12V output): a space after it introduces no id;
    // only ：/号/id/是 do (220V：abc123 stays an account).
    const volts = hit.key === 'v' && /\d$/.test(before);
    const introduced = value && (volts ? /^\s*(?:[:=号]|id|是)/ : /^[\s:=号]|^id|^是/).test(ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1));
    if (NOT_NICKNAME.test(after)) return undefined;
    // 到货后在V上结清, 剩下的V上聊: the V is a place where money or talk goes.
    const settles = /走$/.test(before) && /^(?:就行|就好|就可以|吧|即可|付|转|结)/.test(after) && /款|钱|付|转|结|定金/.test(sentence(ctx, hit.start, hit.end, 20));
    if ((VENUE_BEFORE.test(before) && VENUE_AFTER.test(after)) || settles) {
      if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信（否定或提醒语境）' };
      return { start: hit.start, end: hit.end, message: '疑似引导买家在微信上付款或沟通（站外）' };
    }
    // Round 11: searched or added there to reach us (您用那个号搜v就能加到我, 搜V能找到我): the app as the way to me.
    if (/(?:搜|搜索|加|用)$/.test(before) && /^(?:上|里)?(?:一下|下)?(?:就|就能|就可以|可以|能|直接|马上)?(?:加到|加上|找到|搜到|联系到|加)(?:我|我们)/.test(after)) {
      if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信（否定或提醒语境）' };
      return { start: hit.start, end: hit.end, message: '引导买家在微信上搜索并添加（站外联系方式）' };
    }
    // Round 52 (il52): V owned by the agent, the buyer told to add it with a note (那就是我的V，备注一下; 我的v加的时候备注订单号): the app as the way to me.
    if (hit.key === 'v' && /(?:我的|我们的|我家的|我私人的|我个人的)$/.test(before) && /^(?:号)?(?:哦|哈|呀)?(?:加的时候|添加时|加时)?(?:备注|加一下|加上|添加|搜一下|通过一下|记得加)/.test(ctx.after(hit.end, 12, 'hard').replace(/^[^\u4e00-\u9fff]+/, ''))) {
      if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信（否定或提醒语境）' };
      return { start: hit.start, end: hit.end, message: '疑似给出微信（我的V）并要求添加（站外联系方式）' };
    }
    if (BUYER_ID_BEFORE.test(before) && BUYER_ID_AFTER.test(after) && BUYER_ID_ASK.test(sentence(ctx, hit.start, hit.end, 30))) {
      if (isDenied || warningContext(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到买家的微信号（否定或提醒语境）' };
      return { start: hit.start, end: hit.end, message: '向买家索要微信号（站外联系方式）' };
    }
    if (hit.key === 'v' ? !introduced : !(introduced || (value && act) || /(?:加|添加|\+|搜|扫)(?:我的?|个|下|一下)?$/.test(before))) return undefined;
  }
  // Round 26 (t26a): the letters are the head of a product code (款号WX2208-P, 型号VX3308-B, 比如WX2209 after 款号 in the sentence):
  // glued to its digits in the draft, a code noun in the sentence, and no act of adding or searching around it.
  if (value && !act && productCode(ctx, hit.start, hit.end, value.start, value.end)) return undefined;
  if (value) {
    if (isDenied || DENIED_AFTER.test(after)) return { start: hit.start, end: value.end, severity: 'info' as const, message: '提到微信号（否定语境）' };
    // 加我微信 hk_123 → 在这里直接沟通: the invitation and the id go together.
    const invite = /(?:加|添加|加个|加下|加一下|加我|加我的|\+)$/.exec(before);
    if (invite) return { start: hit.start - invite[0].length, end: value.end, message: '发出了微信号（站外联系方式）', fix: '在这里直接沟通' };
    return { start: hit.start, end: value.end, message: '发出了微信号（站外联系方式）' };
  }
  // 那个你知道的绿色软件，我名字叫小鹿海淘，搜一下: our name there, to be searched (no latin id needed).
  if (tag !== 'weak' && SEARCH_OUR_NAME.test(ctx.after(hit.end, 24, 'hard')) && !isDenied && !warningContext(ctx, hit.start, hit.end)) {
    return { start: hit.start, end: hit.end, message: '引导买家在微信上搜索账号（站外联系方式）' };
  }
  // 微信上我发您实拍，号是 anpin_hz77: the id comes later in the sentence, introduced by 号是 / ID：.
  if (tag !== 'weak' && laterHandle(ctx, hit.end) && !isDenied && !warningContext(ctx, hit.start, hit.end)) {
    return { start: hit.start, end: hit.end, message: '发出了微信号（站外联系方式）' };
  }
  // Round 32 (t32a): the channel's safety asked back, waved off, then our ask in the answer (用微信聊不安全吗？挺安全的，加我就行).
  if (tag !== 'weak' && !act && !isDenied && doubtWavedThenAsked(ctx, hit.start, hit.end, WECHAT_ASKED)) {
    return { start: hit.start, end: hit.end, message: '把买家对微信安全的顾虑打消后请其添加（站外联系方式）' };
  }
  // 这款耳机支持微信语音: the app as a product's feature (detect/contact.ts; round 11, fa11).
  if (act && appFeature(ctx, hit.start, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信（商品功能）' };
  if (act) {
    // 微信里搜不到我们 / 微信上加不了: the act named only as impossible; …，有事就在这里说: sent back to the platform chat.
    if (isDenied || (DENIED_AFTER.test(after) && !DETAIL_WAVED.test(after) && !SAFETY_JUDGED.test(after)) || REFUSED_AFTER.test(ctx.after(hit.end, 16)) || CANNOT_AFTER.test(after) || warningContext(ctx, hit.start, hit.end) || hereInstead(ctx, hit.end) || wished(ctx, before, hit.end)) return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到加微信（否定或提醒语境）' };
    const actMatch = /(?:加|添加|加个|加下|加一下|加我|加我的|\+)$/.exec(before);
    if (actMatch) return { start: hit.start - actMatch[0].length, end: hit.end, message: '疑似引导买家添加微信（站外联系方式）', fix: '在这里直接沟通' };
    return { start: hit.start, end: hit.end, message: '疑似引导买家通过微信联系（站外联系方式）' };
  }
  return { start: hit.start, end: hit.end, severity: 'info' as const, message: '提到微信：请勿引导买家到站外沟通' };
}

export default rule;
