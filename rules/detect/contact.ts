// Contact = platform token + call to act + value (notes/lint.md §1.5). Shared by the WeChat, QQ, other-IM
// and payment rules: the value that follows a token (`vx：abc_123`, `微信号是 hk8899`, `企鹅 3326177845`,
// `扣我 六六八八…`) and the calls to act around it (加 / + / 搜 / 扫 / 我的… before, 聊 / 联系 / 号… after).

import type { LintContext } from '../context';
import { compactRange } from './cues';
import { firstRunFrom, numberRuns } from './numbers';

export interface ValueHit {
  /** Compact range of the value. */
  start: number;
  end: number;
  value: string;
}

// Between a token and its value: punctuation that introduces a value, and words like 号/是/搜. Round 29 (lead, red team 6): the
// token in brackets as a label ([微信]abc12345, 【微信】abc12345 — an emoji image whose alt is [微信] sends just that) closes them first.
// Round 48 (t48f): …and typed list bullets (• ‧ ∙ ・ ▪ ● ◆ ■ ►, as - already is), so a value on the next list item (• 微⏎• 信⏎• abc12345) is read.
const INTRO_CHARS = `[\\s:=+\\-–—(（【\\[「“"'<《)）】\\]」”》>\\p{Extended_Pictographic}\\u2600-\\u27bf\\u2022\\u2023\\u2027\\u2043\\u2219\\u25a0\\u25aa\\u25b6\\u25ba\\u25c6\\u25cf\\u25e6\\u30fb]`;
// ---- round 49 (t49d) ----
// Round 49 (t49d, 2.3 red team): the channel as one list item and the id as the next (- wx⏎- mom_baby666, · 企鹅⏎· 3326177845,
// 1、QQ⏎2、3326177845, ⑴ wx⏎⑵ …, 一、wx⏎二、…): the next item's marker, right after its line break, introduces the value as a
// bullet does (· middle dot, numbers with . 、 ) or alone as ① folds to, (n), Chinese numerals with 、, a letter with . or )). Only at
// a line's start, so 1、2、3 inside a line and a number in prose are no markers; the value itself still needs an account's shape.
// (marks INTRO_CHARS already reads, - • ▪, are left out here: one way to read each gap, no backtracking blow-up)
const LIST_MARK = `\\n[ \\t\\u3000]*(?:[\\u00b7\\u2027*]|\\(\\d{1,2}\\)|\\d{1,2}(?:[.、)）:：]|[ \\t](?=[ \\t]*[a-z0-9]))|[一二三四五六七八九十]{1,2}[、.)）]|[a-h][.)、])`;
const INTRO = `(?:${INTRO_CHARS}|${LIST_MARK})*`;
// ---- end round 49 (t49d) ----
const LINK_WORDS = `(?:号码|号|账号|帐号|账户|邮箱|id|haoma|hao|名字|名|是|为|叫|搜索一下|搜一下|搜索|搜|就是|同号|的|我|加|添加|>|→|👉)`;
const BETWEEN_RE = new RegExp(`^${INTRO}(?:${LINK_WORDS}${INTRO}){0,4}$`, 'u');
const VALUE_RE = new RegExp(`^${INTRO}(?:${LINK_WORDS}${INTRO}){0,4}@?((?:[a-z0-9_\\-.](?: (?=[a-z0-9_\\-.]))?){4,40})`, 'u');
// English words that follow IM names in ordinary text (Line Friends, WeChat Pay…), never an account.
const NOT_ACCOUNTS = new Set([
  'friends', 'friend', 'pay', 'wechatpay', 'official', 'store', 'shop', 'group', 'kitty', 'payment', 'mini', 'program', 'app', 'online',
  'support', 'service', 'message', 'messages', 'chat', 'video', 'music', 'games', 'game', 'sticker', 'stickers', 'design', 'style',
  'please', 'thanks', 'thankyou', 'today', 'tomorrow', 'anytime', 'instead', 'better', 'faster', 'group', 'groups', 'account',
]);
// Round 22 (t22bz): a quantity with its unit (面霜能不能带上飞机：100ml以内可以, 20000mah), never an account.
const QUANTITY = /^\d+(?:\.\d+)?(?:ml|mg|kg|g|cm|mm|l|oz|mah|kw|w|v|kcal|cc)$/;

// Round 42 (t42a): the value's spaced pieces stop at the first later piece that is an English word of 2+ letters (WhatsApp for a better
// price, Line kaori_88 for the photos): prose after the token, not a handle spelled out in pieces (t o m 8 8, 3326 177 845, abc 123).
function proseCut(raw: string): string {
  if (!raw.includes(' ')) return raw;
  const pieces = raw.split(' ');
  const cut = pieces.findIndex((p, i) => i > 0 && /^[a-z]{2,}$/.test(p));
  return cut < 0 ? raw : pieces.slice(0, cut).join(' ');
}

/**
 * An account value right after compact index `end` (the token's end): latin/digit ids of ≥ 5 units with
 * a digit, an underscore or ≥ 6 letters, or a number written with Chinese numerals.
 */
export function valueAfter(ctx: LintContext, end: number, opts: { digitsOnly?: boolean; minDigits?: number } = {}): ValueHit | undefined {
  if (end <= 0 || end > ctx.compact.length) return undefined;
  const c2f = ctx.norm.compactToFolded;
  const fEnd = c2f[end - 1]! + 1;
  const tail = ctx.folded.slice(fEnd, fEnd + 60);
  const m = VALUE_RE.exec(tail);
  if (m) {
    const raw = proseCut(m[1]!.replace(/[ .\-]+$/, ''));
    const core = raw.replace(/[\s_.\-]/g, '');
    const okShape = opts.digitsOnly
      ? /^\d+$/.test(core) && core.length >= (opts.minDigits ?? 5)
      : core.length >= 5 && (/\d/.test(core) || raw.includes('_') || (core.length >= 6 && !NOT_ACCOUNTS.has(core))) && !NOT_ACCOUNTS.has(core) && !/^https?/.test(core) && !QUANTITY.test(core);
    if (okShape) {
      const fs = fEnd + m.index + m[0].length - m[1]!.length;
      const [s, e] = compactRange(ctx, fs, fs + raw.length);
      return { start: s, end: e, value: core };
    }
  }
  // Numbers in Chinese numerals or circled digits start within a few folded units.
  const runs = numberRuns(ctx);
  for (let r = firstRunFrom(runs, fEnd); r < runs.length; r++) {
    const run = runs[r]!;
    if (run.start - fEnd > 12) break;
    const between = ctx.folded.slice(fEnd, run.start);
    if (!BETWEEN_RE.test(between)) continue;
    if (run.digits.length < (opts.minDigits ?? 5) || ['money', 'spec', 'date', 'masked', 'code'].includes(run.kind)) continue;
    const [s, e] = compactRange(ctx, run.start, run.end);
    return { start: s, end: e, value: run.digits };
  }
  return undefined;
}

/** Invitations right before a contact token (compact): 加 / 添加 / + / 搜 / 扫 / 留个 / 我的 / 私人… */
export const ACT_BEFORE =
  /(?:add|addme|addmeon|addmy|(?<![a-z])my|(?<![a-z])jiawo|jiawode|(?<![a-z])tianjia|(?<![a-z])wode|contactme|dm|textme|messageme|pingme|callme|加|添加|加好友|\+|搜|搜索|扫|扫一扫|留|发|给|告诉|我|我们|咱们|客服|老板|店长|经理|走|去|上|通过|拉您进|拉你进|拉到|拉进|进|有|私|联系|找我|换|改)(?:个|下|一下|一个|上|我|的|您|你)*(?:工作|私人|个人|企业|小号|大号|客服|售后|老板|店长|备用|新|另一个|常用|生活|专属)?(?:的)?$/;
/** What makes a token a channel being used, right after it: 聊 / 联系 / 号 / 同号 / 发您… */
export const ACT_AFTER =
  /^(?:号|号码|账号|帐号|id|同号|同手机|同电话|好友|名片|二维码|多少|是多少|留给我|留一下|留下|发给我|客服|公众号|小程序|视频号|(?:上|里)?(?:聊|说|发|找|联系|沟通|通知|告诉|跟我|跟您|给您|给你|加我|加|搜|私信|留言|详聊|细聊|私聊|咨询|下单|拍|领|问|有|视频|语音|备注|拉|给我|发我|私我|戳我|滴滴|dd|同步))/;

// An account id given a little later, introduced by 号是 / ID： (folded view): 微信上我发您实拍，号是 anpin_hz77 /
// 您有Line吗？ID 是 tokyo_kaori. Order, model and tracking numbers (订单号, 型号) are not ids.
// Round 11: the id introduced in pinyin (hao shi baoshui_666) too.
const LATER_HANDLE = /(?:(?<![单批型货编列工员房楼车码序])号|(?<![a-z])id|(?<![a-z])hao ?(?=shi|:)|账号|帐号)\s*(?:是|为|:|=)?\s*@?([a-z][a-z0-9_.\-]{4,29})(?![a-z0-9_])/;

/**
 * Whether an account id follows the token ending at compact `end`, within `reach` folded characters and at most
 * `sentences` sentence breaks: a handle with a digit, _ or ., or of 8+ letters.
 */
export function laterHandle(ctx: LintContext, end: number, reach = 40, sentences = 0): boolean {
  const from = ctx.norm.compactToFolded[end - 1]! + 1;
  const parts = ctx.folded.slice(from, from + reach).split(/[。！？!?\n]/);
  const m = LATER_HANDLE.exec(parts.slice(0, sentences + 1).join('。'));
  return !!m && (/[\d_.]/.test(m[1]!) || m[1]!.length >= 8);
}


// Round 11 (fa11): an app named as what a device or product can do — 这款耳机支持微信语音, 儿童手表可以微信视频通话, 扫地机器人支持用
// 微信小程序控制, 支持4G通话和微信聊天. A capability verb (or a feature list it governs) right before the app and a feature right after it, with no one of the shop in the sentence and no
// ask (我们可以微信视频给您看实物, 支持微信语音，加我试试 stay acts).
const FEATURE_BEFORE = /(?:支持|可以|可|能|能够|兼容|适配|连接|连|绑定|接入|内置|自带|带)(?:用|使用|通过|连接|连)?(?:[^我你您加]{1,8}(?:和|及|以及|与|还有))?$/;
const FEATURE_AFTER = /^(?:的)?(?:语音|视频|通话|聊天|小程序|控制|遥控|扫码|登录|登陆|打印|投屏|分享|听歌|支付|定位|消息提醒|消息通知|来电提醒|通知)/;
/** The device or product that has the feature, named before the app (可以微信聊天，更方便 alone is an invitation). */
const PRODUCT = /这款|这个型号|款式|手表|耳机|音箱|音响|机器人|设备|手机|平板|电视|投影|打印机|扫码枪|收银机|相机|摄像头|门铃|门锁|路由器|车机|智能|系统|app|软件|产品|机器|它/;
const SHOP_OR_ASK = /我|咱|客服|店长|老板|加|联系|找|私聊|私信|留|号|发给|发您|发你/;
/** Whether the app hit at compact [start, end) is a product's feature (see above). */
export function appFeature(ctx: LintContext, start: number, end: number): boolean {
  if (!FEATURE_BEFORE.test(ctx.before(start, 16)) || !FEATURE_AFTER.test(ctx.after(end, 6))) return false;
  const lead = ctx.before(start, 30, 'hard');
  return PRODUCT.test(lead) && !SHOP_OR_ASK.test(lead + '\u0000' + ctx.after(end, 30, 'hard'));
}
/**
 * Round 38 (t38j): the channel offered, alone or in a list, then a reach-me ask (WeChat或者Telegram都支持，联系我; 微信、QQ都可以，找我就行;
 * Line和WhatsApp都能用，私聊我): the apps as ways to reach the shop. Not a payment list (微信支付宝都支持) nor a product's apps
 * (这款手表WhatsApp和Line都支持 — a device or a feature word before or in the list).
 */
const OFFERED_AFTER = /^(?:(?:或者?|或是|还是|和|跟|及|以及|与|、)?[a-z0-9\u4e00-\u9fff]{1,12}?)?(?:都|也|均|全)(?:支持|可以|行|能用|能加|方便|ok|没问题)(?:的|哈|哦|呢|啊|呀)?(?:您|你|亲)?(?:直接|随时|可以|就)*(?:联系|找|加|私聊|私信|戳|滴滴|dm|私)我/;
const OFFERED_NOT = /支付|付款|支付宝|银行|花呗|云闪付|信用卡|语音|视频|通话|消息|提醒|通知|登录|登陆|小程序|投屏|分享/;
export function channelsOffered(ctx: LintContext, start: number, end: number): boolean {
  const m = OFFERED_AFTER.exec(ctx.after(end, 30, 'hard'));
  return !!m && !OFFERED_NOT.test(m[0]) && !PRODUCT.test(ctx.before(start, 16, 'soft')) && !/付|支付|结算|买单|收款|退款/.test(ctx.before(start, 16, 'soft')) && !/(?:支持|兼容|适配|连接|绑定)[^，。！？]{0,8}$/.test(ctx.before(start, 12, 'soft'));
}
/** The buyer's own wish reported back before a contact act or token (您想加我微信看实拍？, 您说想加我QQ; round 11). */
// (您要加我微信, 您能不能加我微信 are our asks: only 想/希望, or a request the buyer said or asked)
// Round 65 (engfa65): …or bidden in the causative (您让我加个微信私聊，不好意思…; 你叫我们加QQ).
export const BUYER_WISH = /(?:您|你)(?:刚才|之前|刚刚)?(?:(?:说|提到|问)(?:想|想要|要|希望|能不能|可不可以|能否|是不是想)?|想|想要|希望|是不是想|(?:让|叫)(?:我们|我))(?:(?:加|添加|用|通过)(?:我|我们)?(?:的)?(?:个)?)?$/;

/**
 * Round 60 (eng60b): after a command ending in 我 (QQ我, V我, 微我), 们 then what we do or lack (不用, 没有, 这边不加, 平时也不用): 我们 is the
 * subject of a refusal, not the object of an add (QQ我们不用的哈). 有事QQ我们, QQ我们就行 have no predicate of ours and stay adds.
 */
export const WE_SUBJECT_AFTER = /^们(?:这边|这里|店里|家|店|平时|一般|现在|目前|都|也|是|从来|向来|早就|已经|暂时|基本|根本|压根)*(?:不|没|无|停|很少)/;
