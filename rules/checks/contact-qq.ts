// 2.3: QQ as a private channel — QQ 扣扣 企鹅(号) 球球 🐧 Q号 Q群 加Q 扣我 …, with or without the number.
// QQ糖, Q弹, QQ星, Q10, 扣款/扣除 are products and words, never a finding. QQ offered as one way to add (得加个好友，扣扣也行)
// and the number spelled as a recipe after a colon (🐧：店名拼音首字母+0801) are breaches.
// Round 8 (t8-283): 口口 whose first 口 ends another word (进口口岸, 出口口碑) is no QQ.
// Round 8 (fa8): a token read across two words (进口口岸 is 进口 + 口岸, not 口口; detect/straddle.ts) is no token unless a
// number follows it.
// Round 11 (t11a): the buyer's wish reported back (您说想加我QQ发图片) or the buyer sent to this chat's own tool is info.
// Round 22 (t22by): …and so are the buyer's words quoted (您备注里写了“加我QQ发图”), as in contact-wechat.
// Round 31 (t31g): QQ的邮箱 is a QQ mailbox like QQ邮箱 (您填的是拼音加QQ的邮箱吗): the e-mail rule's, not an add.

import type { LintContext } from '../context';
import { defineRule } from '../define-rule';
import { ACT_AFTER, ACT_BEFORE, BUYER_WISH, channelsOffered, valueAfter, WE_SUBJECT_AFTER } from '../detect/contact';
import { denied, hereInstead, Spans, warningContext } from '../detect/cues';
import { straddles } from '../detect/straddle';
import { buyerQuoted, quotedSpeech } from '../detect/quoted';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';
import { QQ_TERMS } from '../lexicon/third-party';

const PRODUCT_AFTER = /^(?:糖|弹|星|软糖|版|萌|音乐|飞车|币)/;
// 扣我… as in "平台扣我保证金" is a deduction, not "QQ me".
const NOT_COMMAND_AFTER = /^(?:的|钱|分|款|保证金|工资|积分|运费|费|了|们)/;
// Round 32 (t32f): …and so is 扣我 with the thing deducted named before it (绩效要扣我也认, 工资被扣我也没话说, 这个月奖金扣
// 我也没关系) or with 被/罚 right before: the staff's own pay or score docked, not "QQ me" (有事扣我 stays an add).
const DEDUCTED_BEFORE = /(?:绩效|工资|奖金|提成|薪水|薪资|底薪|全勤|考核分?|分数|积分|保证金|押金|佣金|罚款|钱)(?:都|也|就|要是|要|会|得|还|又|该|被|给|直接|照样|肯定|真|再)*$|(?:被|罚|要被|会被)$/;
// One of the ways to add: 加个好友，扣扣也行 / 扣扣或者微信都可以.
const OPTION_AFTER = /^(?:也行|也可以|也成|都行|都可以|或者|或|还是)/;
const ADD_NEARBY = /加(?:个|一下|下|我|上)?(?:好友|我)|加的时候|得加|要加|可以加/;
// The value after a colon, spelled as a recipe with digits: ：店名拼音首字母+0801.
const FORMULA = /^\s*[:=]\s*[^。!?\n]{0,16}?\d{3,}/;

// The number given as a riddle (round 11, t11d): digit counts (五个七两个八), or digits strung out to be put together (七七八 自己拼).
const RIDDLE = /^(?:号)?[^。!?]{0,6}?(?:[一二三四五六七八九两几\d]个[零一二三四五六七八九\d]){2,}|^(?:号)?[^。!?]{0,4}?(?:[零一二三四五六七八九幺\d][^。!?零一二三四五六七八九幺\d]{0,2}){4,}[^。!?]{0,6}?(?:自己拼|拼起来|连起来|倒过来|倒着)/;
/**
 * Round 36 (t36b): the number told as an edit of another one the buyer can see (群号就是咱店铺ID去掉前头俩数, Q号是订单号倒过来, 企鹅就是店名后面
 * 那串数字再加个8): a riddle that hands the number over. Not the platform's own fan group (快手粉丝群号就是…).
 */
const DERIVED = /^(?:号|号码)?(?:就|也|其实)?(?:是|为)[^。!?]{0,8}?(?:店铺|店名|订单|快手号|主页|简介|公告|手机|电话|id)[^。!?]{0,12}?(?:去掉|去了|删掉|加上|加个|再加|倒过来|倒着|反过来|前头|后头|前面|后面|前[一二三四五六七八九两几\d]位|后[一二三四五六七八九两几\d]位|末[一二三四五六七八九两几\d]位|换成|拼上|连起来|那串)/;
const IN_APP_GROUP = /快手|粉丝群|平台|直播间|小店/;
/** Round 38 (t38h): the buyer's QQ (您的QQ, 你QQ) and the ask around it (备注, 留, 发我, 告诉我, 写上, 填). */
const BUYER_QQ_BEFORE = /(?:您|你)(?:的)?$/;
const BUYER_QQ_ASK = /备注|留(?:一下|下|个|给我)|发(?:给)?我|发一下|发下|告诉我|报(?:一下|下)|写(?:上|一下|下|在)|填(?:上|一下|下|写)|多少|是多少|私信我/;
const PRODUCT_NEAR = /造型|玩偶|公仔|拼图|积木|图案|款|毛绒|奶瓶|杯|睡衣/;
// ---- round 49 (t49d) ----
// Round 49 (t49d, 2.3 red team): a bare Q as a list item of its own, its number the next item (- Q⏎- 3326177845, 1. Q⏎2. 3326177845):
// the item names the channel as Q：… does. Only a Q alone on its line (a marker before it at most), so Q版⏎- 12345678 stays.
function qAloneItem(ctx: LintContext, start: number, end: number): boolean {
  const f = ctx.folded;
  const fs = ctx.norm.compactToFolded[start]!;
  const fe = ctx.norm.compactToFolded[end - 1]! + 1;
  const lineStart = f.lastIndexOf('\n', fs - 1) + 1;
  const lineEnd = f.indexOf('\n', fe);
  return lineEnd >= 0 && /^[\s\-–—*·•▪●◆■‧∙・]*(?:\(?\d{1,2}[.、)）]?|[一二三四五六七八九十]{1,2}[、.])?[\s\-–—*·•▪●◆■‧∙・]*$/.test(f.slice(lineStart, fs)) && /^[\s:：]*$/.test(f.slice(fe, lineEnd));
}
// ---- end round 49 (t49d) ----

const rule = defineRule({
  meta: {
    id: 'contact-qq',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'info'],
    title: { zh: '引导添加QQ', en: 'QQ contact' },
    description: {
      zh: '发出QQ号、QQ群或引导加QQ（扣扣、企鹅、🐧 等写法）。QQ糖、Q弹等商品词不算。',
      en: 'A QQ number or group, or asking to add QQ (扣扣, 企鹅, 🐧…). Product words like QQ糖 are fine.',
    },
    hint: { zh: '删除QQ号和加QQ的说法，在平台聊天窗口里继续沟通。', en: 'Remove the QQ number and invitation; keep talking in the platform chat.' },
  },
  terms: QQ_TERMS,
  vocabulary: [BUYER_QQ_ASK.source],
  check(ctx, hits) {
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Spans(ctx.compact.length);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const tag = hit.spec.tag;
      const before = ctx.before(hit.start, 8);
      const after = ctx.after(hit.end, 10, 'hard');
      // QQ邮箱: the e-mail rule; so is QQ的邮箱 (名字拼音加QQ的邮箱: 加 is "plus" in the mailbox's spelling; round 31, t31g).
      // (in the clause: 加个QQ，邮箱也发您 is two channels, the add still an ask)
      if (PRODUCT_AFTER.test(after) || /^(?:的)?(?:邮箱|mail|邮件|email)/.test(ctx.after(hit.end, 6, 'soft'))) continue;
      const value = valueAfter(ctx, hit.end, { digitsOnly: true, minDigits: 5 });
      // 进口口岸, 出口口碑: the first 口 ends another word (round 8).
      if (hit.key === '口口' && !value && /[进出入路港门窗胸渡关接开伤户缺]$/.test(before)) continue;
      if (!value && straddles(ctx, hit.start, hit.end)) continue;
      // Round 11: the buyer's own wish reported (您说想加我QQ发图片) with the buyer sent back to this chat's tools.
      // Round 37 (t37c): the buyer's own number inside their labelled quote (「买家：我QQ是…你加我」 我们不会加的): theirs, not ours.
      const defused = (value !== undefined && value !== null && buyerQuoted(ctx, hit.start, hit.end)) || denied(ctx, hit.start) || (!value && (warningContext(ctx, hit.start, hit.end) || hereInstead(ctx, hit.end) || BUYER_WISH.test(before) || quotedSpeech(ctx, hit.start, hit.end)));
      let severity: 'block' | 'info' | undefined;
      if (tag === 'command') {
        // Round 60 (eng60b): 我们 after the QQ word, then what we do or lack, is the subject of a refusal (QQ我们不用的哈, Q我们这边没有): the
        // token then 我们, no "QQ me" — the token is judged on its own below. (有事QQ我们, QQ我们就行 stay adds: no predicate of ours follows.)
        if (hit.key.endsWith('我') && !value && WE_SUBJECT_AFTER.test(after)) continue;
        if (hit.key.startsWith('扣') && !value && (NOT_COMMAND_AFTER.test(after) || DEDUCTED_BEFORE.test(ctx.before(hit.start, 8, 'hard')))) continue;
        severity = 'block';
      } else if (tag === 'weak') {
        // A bare Q needs an introduced number: Q：2239418876, Q号 …
        const tail = ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1, ctx.norm.compactToFolded[hit.end - 1]! + 4);
        if (!(value && value.value.length >= 6 && (/^\s*[:=号]/.test(tail) || qAloneItem(ctx, hit.start, hit.end))) && !/(?:加|\+)$/.test(before)) continue;
        severity = 'block';
      } else if (BUYER_QQ_BEFORE.test(before) && BUYER_QQ_ASK.test(ctx.before(hit.start, 16, 'hard') + ctx.after(hit.end, 12, 'hard'))) {
        // Round 38 (t38h): the buyer's own QQ asked for (下单后备注一下您的QQ, 把你QQ留给我, 您的扣扣发我一下): we would reach out there.
        severity = 'block';
      } else if (value || ACT_BEFORE.test(before) || ACT_AFTER.test(after) || /^(?:私发|私信发|单独发|私下发)/.test(after) || channelsOffered(ctx, hit.start, hit.end)) {
        severity = 'block';
      } else if (OPTION_AFTER.test(after) && ADD_NEARBY.test(ctx.before(hit.start, 24, 'hard'))) {
        // 得加个好友，扣扣也行薇也行: QQ offered as one way to add.
        severity = 'block';
      } else if (!PRODUCT_NEAR.test(ctx.after(hit.end, 24, 'hard')) && RIDDLE.test(ctx.after(hit.end, 24, 'hard'))) {
        // 企鹅 五个七两个八 自己拼: the number given as a riddle of digit counts or digits to be put together (round 11, t11d).
        severity = 'block';
      } else if (DERIVED.test(ctx.after(hit.end, 30, 'hard')) && !IN_APP_GROUP.test(ctx.before(hit.start, 20, 'hard') + ctx.after(hit.end, 30, 'hard'))) {
        // 群号就是咱店铺ID去掉前头俩数: the number told as an edit of one the buyer can see (round 36, t36b).
        severity = 'block';
      } else if (FORMULA.test(ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1, ctx.norm.compactToFolded[hit.end - 1]! + 24))) {
        // 🐧：店名拼音首字母+0801: the number given as a formula.
        severity = 'block';
      }
      const end = value ? value.end : hit.end;
      if (!severity) {
        ctx.report(rule, { start: hit.start, end, severity: 'info', message: '提到QQ：请勿引导买家到站外沟通' });
        continue;
      }
      taken.add(hit.start, end);
      // (round 69, engfa69: …or the buyer's own QQ echoed to turn it down — 您刚才发的QQ号码我们不会添加的)
      if (defused || buyerOwnDeclined(ctx, hit.start, hit.end)) ctx.report(rule, { start: hit.start, end, severity: 'info', message: '提到QQ（否定或提醒语境）' });
      else ctx.report(rule, { start: hit.start, end, message: value ? '发出了QQ号（站外联系方式）' : '疑似引导买家添加QQ（站外联系方式）' });
    }
  },
});

export default rule;
