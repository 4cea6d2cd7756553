// 2.3: phone numbers as a private channel — mobiles in any dress (spaced, dashed, full-width, circled,
// keycaps, 幺三八 洞洞幺…, mixed), landlines, international numbers, and mobiles dictated in pieces in any
// order (尾号3372，前面是152 0918，拼起来 — detect/pieces.ts). Order, tracking, customs and batch
// numbers, barcodes, dates, money, specs, masked numbers (138****1234), 尾号 and public hotlines
// (95338, 12315) are not contacts (detect/numbers.ts classifies them). A mobile-length number in Chinese
// numerals right after 手机/电话 with a digit too many or too few (手机 17七5 五0二零 9九9三) is a warning.
// The buyer's own number read back from the order is advice only.
// Round 11 (t11a): digits split by emoji or symbols (1🌸3🌸9…; detect/numbers.ts), an order word said after its piece
// (一三五开头，…最后3344; detect/pieces.ts), and only the head of a mobile told with the rest pointed elsewhere (前三位是186，
// 后八位跟店铺ID一样，打过来: a warning).

import type { LintContext } from '../context';
import { defineRule } from '../define-rule';
import { matchesOf, phraseRegex } from '../context';
import { compactRange, denied, Spans } from '../detect/cues';
import { buyerQuoted } from '../detect/quoted';
import { CN_DIGITS, digitOf, digitValue, firstRunFrom, isMobile, numberRuns } from '../detect/numbers';
import { assemblies, PIECES_VOCABULARY } from '../detect/pieces';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';

// The buyer's own number read back from the order (您留的电话是…, 收件人…).
// Round 46 (t46j): a code said right after to be a phone line or to be dialled (其实就是…的电话, 直接拨这个).
const CODE_IS_PHONE = /^[^。！？]{0,6}?(?:其实|实际上|也|就|正好)*(?:就是|是)[^，。！？]{0,10}?(?:电话|手机|手机号|老板的号码|我的号码|私人号码|联系方式|微信)|(?:直接|可以|随时)?(?:拨|打|call|致电)(?:这个|这串|这个号|它|过去)/;
/** Round 37 (t37c): a quote-reply's speaker label (「买家：…」). */
const SPEAKER_LABEL = /[「“『"‘]\s*买家\s*[：:]/;
const BUYER_OWN = phraseRegex(['您的', '您留的', '您填的', '您填写的', '您预留的', '您下单', '您订单', '您的手机', '您的电话', '收件人', '收货人', '订单上', '订单里',
  '订单中', '下单时', '下单留', '预留', '填写的', '绑定的', '注册的', '买家', '您提供的', '您登记的', '您是', '您那个'], { suffix: '[^]{0,10}$' });
// A return address that includes the shop's after-sales receiver (退货地址：…  0571-…) is the platform's return flow.
const RETURN_ADDRESS = phraseRegex(['退货地址', '退货请寄', '退货寄到', '寄回地址', '退回地址', '换货地址', '退换货地址', '退货收件', '寄回到', '寄回至', '退回至', '退回到']);
// …unless the shop points to its own line: 打我电话, 我手机, 联系我.
const SHOP_OWN = /打|拨|致电|call|联系我|找我|我的|我电话|我手机|我们|咨询|私人|加我/;
const CALL_VERB = /(?:打|拨|致电|呼|call|联系|找|咨询)[^]{0,6}$/;
// 400 numbers of a brand or carrier (品牌售后热线 400-…) are public service lines.
const PUBLIC_OWNER = phraseRegex(['品牌', '厂家', '官方', '快递', '顺丰', '物流', '邮政', '海关', '售后中心', '总部', '客服中心', '航空', '银行', '中通', '圆通',
  '申通', '韵达', '京东物流', '德邦', '极兔', 'ems']);

// Round 34 (t34a): the courier's number, owned by the courier right before it and said to be shown in the parcel's own tracking
// (快递小哥电话 135…，就是物流详情里显示的那个派件员号码): the platform already shows it to the buyer, no channel of the shop's.
const COURIER_OWNER = /(?:快递员|快递小哥|派件员|派送员|配送员|骑手|快递师傅|送货师傅|派件师傅|驿站)(?:的)?(?:电话|手机|手机号|号码|联系方式|联系电话)?(?:是|为)?(?:(?:平台|系统|物流|订单页)(?:上)?(?:显示|提供|给出)的)?$/;
// Round 56 (eng56a): …or said shown by the platform itself right after the owner (快递员电话是平台显示的 138…).
const TRACKING_SHOWN = /(?:平台|系统|订单页)(?:上)?(?:显示|提供|给出)的|(?:物流详情|物流信息|物流页面|快递详情|物流轨迹|面单|派件信息|配送信息|订单页(?:的)?物流)(?:里|上|中|页)?(?:面)?(?:也|都|就)?(?:显示|能看到|可以看到|看得到|可见|能查到|查得到|有写|写着|写的|有显示)/;
/** …not when the number is then said to be ours after all (其实是我们老板的, 微信同号). */
const NOT_THE_COURIERS = /其实是|也是(?:我|我们|老板|店)|就是(?:我|我们|老板|店)|老板的|店长的|店主的|我的|私人|个人|微信|vx|同号/;
// A mobile told in pieces: 电话一三九，中间一二三四，尾号五六七八 (compact view; gaps of a few words).
const DIGIT_CLASS = `[0-9${Object.keys(CN_DIGITS).join('')}]`;
const SPLIT_NUMBER = new RegExp(`(${DIGIT_CLASS}{3,4})[^0-9${Object.keys(CN_DIGITS).join('')}]{1,8}?(${DIGIT_CLASS}{4})[^0-9${Object.keys(CN_DIGITS).join('')}]{1,8}?(${DIGIT_CLASS}{4})`, 'g');
const PHONE_CUE = /电话|手机|号码|打|拨|call|tel|联系/;
const PHONE_WORD_BEFORE = /(?:电话|手机|手机号|号码|电联|tel|call|打|拨|联系)(?:号|是|为|就是|号码|号是)?$/;

// ---- round 47 (t47b) ----
// A plain run of phone length (7–12 digits, a North American 555-123-4567 is no Chinese mobile) given right after an English ask to call
// or text us, or after our own number named (text me at 5551234567, call us on 020 7946 0018, my cell is 4155550199): the words make it a
// phone whatever its shape. Not negated right before (don't text me at…), not an order or tracking number (no my/our phone word).
const EN_CALL_BEFORE = /(?:text|txt|sms|call|ring|phone|dial|reach|contact|whatsapp|message|msg)(?:me|us)(?:up)?(?:at|on|via|to)?$|(?:my|our)(?:personal|private|direct|work|shop|store)?(?:cell|cellphone|mobile|phone|number|tel|telephone|line)(?:number|no)?(?:is|:|=)?$/;
const EN_CALL_NEGATED = /(?:don't|dont|donot|never|cannot|can't|cant|won't|wont|no(?:need)?to)(?:please)?$/;
// A number read out digit by digit in words of another script — pinyin (yao san ba ling…), English (one three eight zero…) or Russian
// (один-восемь-девять…), as a voice note or a dodge writes it: folded view, digit words split by spaces, dashes or commas. Only a phone's
// shape counts (a Chinese mobile, or 7–12 digits with a phone word or a call ask in the sentence), so a phrase of a few numerals never does.
const SPELLED_DIGIT: Record<string, string> = {
  ling: '0', dong: '0', yao: '1', yi: '1', er: '2', liang: '2', san: '3', si: '4', wu: '5', liu: '6', qi: '7', ba: '8', jiu: '9',
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ноль: '0', нуль: '0', один: '1', два: '2', три: '3', четыре: '4', пять: '5', шесть: '6', семь: '7', восемь: '8', девять: '9',
};
const SPELLED_WORD = Object.keys(SPELLED_DIGIT).sort((a, b) => b.length - a.length).join('|');
const SPELLED_NUMBER = new RegExp(`(?<![a-zа-яё])(?:${SPELLED_WORD})(?:[\\s,，、\\-‐–—.·]{1,3}(?:${SPELLED_WORD})){6,13}(?![a-zа-яё])`, 'g');
const SPELLED_CUE = /电话|手机|号码|打给|打我|拨|联系|call|text|phone|number|cell|mobile|tel|звон|телефон|номер/;
// ---- end round 47 (t47b) ----

/**
 * Round 45 (t45e): a number read out in Korean (Sino-Korean) numerals in Hangul (공일공 사팔이일 칠칠삼육 = 010 4821 7736): folded view,
 * groups of numeral syllables split by spaces or dashes. Only a phone's shape counts — a leading 0 (every Korean mobile and landline) or
 * a Chinese mobile, 9–12 digits — so Korean words made of numeral syllables (사이, 오이, 이사) never add up to one.
 */
const HANGUL_DIGIT: Record<string, string> = { 공: '0', 영: '0', 일: '1', 이: '2', 삼: '3', 사: '4', 오: '5', 육: '6', 륙: '6', 칠: '7', 팔: '8', 구: '9' };
const HANGUL_NUMBER = /[공영일이삼사오육륙칠팔구]{2,4}(?:[\s\-‐–—.·]{0,3}[공영일이삼사오육륙칠팔구]{2,4}){1,4}/g;
const HANGUL_PHONE = /^(?:0\d{8,11}|1[3-9]\d{9})$/;

// ---- round 56 (eng56a) ----
// A mobile dictated in sound-alike characters (要酒爸爸 三拔 死死死 七酒零 舞六 = 19888 3844 4790 56; 要散吧 灵灵…): each character read
// as the digit it sounds like, mixed with real digits and numerals. The phenomenon is the reading, not a word list: any run of
// digit-like characters is decoded, and only a whole Chinese mobile (1[3-9] + 9 digits) filling the run (a particle or two of slack at
// either end) with a call or phone word in the sentence counts — ordinary prose seldom strings eleven such characters, and the decode
// must then be a mobile.
const SOUND_DIGIT: Record<string, string> = {};
for (const [d, chars] of [
  ['0', '灵铃玲另令领龄凌'], ['1', '要腰妖邀依衣医'], ['2', '尔耳儿饵'], ['3', '散伞山杉仨衫'], ['4', '死思寺似丝斯司'],
  ['5', '舞午武吾呜捂'], ['6', '溜留流遛刘柳'], ['7', '期妻齐漆欺琪'], ['8', '吧爸巴把拔扒疤芭'], ['9', '酒久旧韭灸'],
] as const) for (const c of chars) SOUND_DIGIT[c] = d;
function soundDigit(c: string): string | undefined {
  return (c >= '0' && c <= '9') ? c : CN_DIGITS[c] ?? SOUND_DIGIT[c];
}
/**
 * Round 58 (speed58): soundDigit per UTF-16 unit, for the scan over every unit of the draft (every key above is one BMP unit): 0 for none,
 * else 1 + the digit, plus SOUND_ALIKE for the sound-alikes proper (SOUND_DIGIT). The scan used to cut a one-character string and look
 * it up in two objects per unit, ~4% of a 500-character lint.
 */
const SOUND_DIGIT_OF_UNIT = new Uint8Array(0x10000);
const SOUND_ALIKE = 0x10;
for (const c of [...'0123456789', ...Object.keys(CN_DIGITS), ...Object.keys(SOUND_DIGIT)]) {
  if (c.length !== 1) throw new Error(`contact-phone: digit key ${c} is not one UTF-16 unit`);
  SOUND_DIGIT_OF_UNIT[c.charCodeAt(0)] = (1 + Number(soundDigit(c))) | (SOUND_DIGIT[c] !== undefined ? SOUND_ALIKE : 0);
}
const SOUND_CUE = /电话|手机|号码|这个号|打给|打我|打这|拨|联系|找我|存一下|存下|记一下|记下|call|tel/;
/** Units of slack a sound-alike run may carry around the mobile (加我吧 / …找我吧). */
const SOUND_SLACK = 2;
// ---- end round 56 (eng56a) ----

/**
 * Whether `compact` has the digit runs SPLIT_NUMBER needs: three consecutive runs of ≥ 3, exactly 4 and
 * ≥ 4 digits, 1–8 units apart. A cheap gate: the regex itself is slow on numeral-rich Chinese (一下, 三天…).
 */
function maySplitNumber(compact: string): boolean {
  // One read of the imported binding per draft, not one per unit (the loop visits every unit).
  const valueOf = digitValue;
  let s1 = -1, e1 = -1, s2 = -1, e2 = -1; // the two previous runs
  for (let i = 0; i < compact.length; ) {
    if (valueOf(compact.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < compact.length && valueOf(compact.charCodeAt(i)) >= 0) i++;
    if (s1 >= 0 && e1 - s1 >= 3 && e2 - s2 === 4 && i - start >= 4 && s2 - e1 <= 8 && start - e2 <= 8) return true;
    s1 = s2; e1 = e2;
    s2 = start; e2 = i;
  }
  return false;
}

/**
 * Round 14 (fa14b): a masked number read back with its tail repeated (159****3721，尾号3721对吗) — the head, a mask, the last
 * four, then the same four again — is never a whole number, though its three digit runs look like one. A mask then a
 * DIFFERENT middle (159****3721，中间是8888) is an unmasking and stays caught.
 */
const MASKED_READ_BACK = /^[^0-9]{0,2}([0-9]{3,4})\s*(?:[*＊xX×●•·]\s*){3,}([0-9]{4})[^0-9]{1,10}([0-9]{4})[^0-9]{0,3}$/;
function maskedTailRepeated(ctx: LintContext, start: number, end: number): boolean {
  const m = MASKED_READ_BACK.exec(ctx.text.slice(...ctx.toOriginal(start, end)));
  return m !== null && m[2] === m[3];
}

const rule = defineRule({
  meta: {
    id: 'contact-phone',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '发出电话号码', en: 'Phone number' },
    description: {
      zh: '回复里的手机号、座机号（含拆分、全角、圈号、中文数字写法）。订单号、运单号、批号、条码、打码号码、公共热线不算。',
      en: 'Mobile or landline numbers in any disguise. Order, tracking and batch numbers, barcodes, masked numbers and public hotlines are not contacts.',
    },
    hint: { zh: '删除电话号码，请买家在平台聊天窗口联系。', en: 'Remove the number; ask the buyer to use the platform chat.' },
  },
  vocabulary: PIECES_VOCABULARY,
  check(ctx) {
    const reported = new Spans(ctx.compact.length);
    // 尾号3372，前面是152 0918，拼起来打: the pieces put in the order the words name (detect/pieces.ts).
    for (const a of assemblies(ctx)) {
      if (a.kind === 'mobile-head') {
        // 前三位是186，后八位跟店铺ID一样，打过来: the head of a mobile, the rest pointed elsewhere.
        if (denied(ctx, a.start) || (BUYER_OWN.test(ctx.before(a.start, 24, 'hard')) && !SHOP_OWN.test(ctx.before(a.start, 16)))) continue;
        reported.add(a.start, a.end);
        ctx.report(rule, { start: a.start, end: a.end, severity: 'warn', message: '报出手机号开头、其余指向别处（站外联系方式）' });
        continue;
      }
      if (a.kind !== 'mobile' || maskedTailRepeated(ctx, a.start, a.end)) continue;
      reported.add(a.start, a.end);
      const buyers = BUYER_OWN.test(ctx.before(a.start, 24, 'hard')) && !SHOP_OWN.test(ctx.before(a.start, 16));
      ctx.report(rule, { start: a.start, end: a.end, severity: denied(ctx, a.start) || buyers ? 'info' : 'block', message: buyers ? '买家本人的号码：核对信息时建议打码' : '分段报出了手机号码（站外联系方式）' });
    }
    for (const m of maySplitNumber(ctx.compact) ? matchesOf(SPLIT_NUMBER, ctx.compact) : []) {
      const digits = [...(m[1]! + m[2]! + m[3]!)].map((c) => digitOf(c)).join('');
      const start = m.index!;
      const end = start + m[0].length;
      if (reported.overlaps(start, end)) continue;
      if (!isMobile(digits) || !PHONE_CUE.test(ctx.before(start, 12, 'hard')) || ctx.spansHardBreak(start, end)) continue;
      if (maskedTailRepeated(ctx, start, end)) continue;
      const runs = numberRuns(ctx);
      const inside = runs[firstRunFrom(runs, ctx.norm.compactToFolded[start]!)];
      if (inside && inside.kind === 'mobile' && ctx.compactIndexOfFolded(inside.start) < end) continue;
      reported.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start) ? 'info' : 'block', message: '分段报出了手机号码（站外联系方式）' });
    }
    // Round 56 (eng56a): a mobile dictated in sound-alike characters (SOUND_DIGIT).
    const compact = ctx.compact;
    for (let i = 0; i < compact.length; ) {
      if (SOUND_DIGIT_OF_UNIT[compact.charCodeAt(i)] === 0) { i++; continue; }
      const start = i;
      let sounds = 0;
      while (i < compact.length && SOUND_DIGIT_OF_UNIT[compact.charCodeAt(i)] !== 0 && (i === start || !ctx.spansHardBreak(i - 1, i + 1))) {
        if (SOUND_DIGIT_OF_UNIT[compact.charCodeAt(i)]! & SOUND_ALIKE) sounds++;
        i++;
      }
      if (i - start < 10 || i - start > 11 + 2 * SOUND_SLACK || sounds < 2) continue;
      const digits = [...ctx.compact.slice(start, i)].map(soundDigit).join('');
      let found = false;
      for (let k = 0; k <= Math.min(SOUND_SLACK, digits.length - 11) && !found; k++) {
        if (digits.length - 11 - k > SOUND_SLACK || !isMobile(digits.slice(k, k + 11))) continue;
        found = true;
        const [s, e] = [start + k, start + k + 11];
        if (reported.overlaps(s, e) || !SOUND_CUE.test(ctx.before(s, 20, 'hard') + ctx.after(e, 20, 'hard'))) break;
        reported.add(s, e);
        ctx.report(rule, { start: s, end: e, severity: denied(ctx, s, 6) ? 'info' : 'block', message: '发出了手机号码（谐音字写法）（站外联系方式）', fix: '' });
      }
      // 要酒爸爸 三拔 死死死 七酒零 舞六，打这个号找我: a mobile's head and about its length, a digit or three off (a slip or a decoy),
      // with a call asked for — still a number to dial: a warning.
      if (!found && /^1[3-9]\d{8,12}$/.test(digits) && SOUND_CUE.test(ctx.before(start, 20, 'hard') + ctx.after(i, 20, 'hard')) && !reported.overlaps(start, i) && !denied(ctx, start, 6)) {
        reported.add(start, i);
        ctx.report(rule, { start, end: i, severity: 'warn', message: '疑似发出手机号码（谐音字写法，位数不符）（站外联系方式）' });
      }
    }
    for (const m of /[공영일]/.test(ctx.folded) ? matchesOf(HANGUL_NUMBER, ctx.folded) : []) {
      const digits = [...m[0]].map((c) => HANGUL_DIGIT[c] ?? '').join('');
      if (!HANGUL_PHONE.test(digits)) continue;
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      if (reported.overlaps(start, end)) continue;
      reported.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start, 6) ? 'info' : 'block', message: '发出了电话号码（韩文数字写法）（站外联系方式）' });
    }
    // Round 47 (t47b): a number spelled digit by digit in pinyin, English or Russian words (SPELLED_NUMBER).
    for (const m of /[a-zа-я]{2}/.test(ctx.folded) ? matchesOf(SPELLED_NUMBER, ctx.folded) : []) {
      const digits = m[0].split(/[\s,，、\-‐–—.·]+/).map((w) => SPELLED_DIGIT[w] ?? '').join('');
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      if (reported.overlaps(start, end)) continue;
      if (!isMobile(digits) && !(digits.length >= 7 && digits.length <= 12 && SPELLED_CUE.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard')))) continue;
      reported.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start, 6) ? 'info' : 'block', message: '发出了电话号码（逐位拼读写法）（站外联系方式）', fix: '' });
    }
    for (const run of numberRuns(ctx)) {
      // 老板手机 17七5 五0二零 9九9三: a mobile-length number disguised in Chinese numerals right after a phone
      // word, a digit too many or too few (a slip or a decoy), is still a number to call.
      if (run.kind === 'plain' && run.chinese && /^1[3-9]\d{8,10}$/.test(run.digits)) {
        const [start, end] = compactRange(ctx, run.start, run.end);
        if (!PHONE_WORD_BEFORE.test(ctx.before(start, 8)) || reported.overlaps(start, end) || denied(ctx, start, 6)) continue;
        ctx.report(rule, { start, end, severity: 'warn', message: '疑似发出手机号码（中文数字写法，位数不符）（站外联系方式）' });
        continue;
      }
      // Round 46 (t46j): a mobile dressed as a code (脚环编号 KS-139·0571·6622，其实就是老板的电话; 型号 A-13905716622 直接拨这个) — read as a
      // code by its letter prefix, then said right after to be a phone or to be called: the disguise undone by the reply itself.
      if (!['mobile', 'international', 'landline', 'service'].includes(run.kind) && /^1[3-9]\d{9}$/.test(run.digits)) {
        const [start, end] = compactRange(ctx, run.start, run.end);
        if (reported.overlaps(start, end) || denied(ctx, start, 6) || !CODE_IS_PHONE.test(ctx.after(end, 30, 'hard'))) continue;
        reported.add(start, end);
        ctx.report(rule, { start, end, severity: 'block', message: '把手机号码伪装成编号发出（站外联系方式）' });
        continue;
      }
      // Round 47 (t47b): a plain phone-length run after an English ask to call or text us (EN_CALL_BEFORE).
      if (run.kind === 'plain' && /^\d{7,12}$/.test(run.digits)) {
        const [start, end] = compactRange(ctx, run.start, run.end);
        const lead = ctx.before(start, 24);
        const ask = EN_CALL_BEFORE.exec(lead);
        if (!ask || reported.overlaps(start, end) || EN_CALL_NEGATED.test(lead.slice(0, lead.length - ask[0].length)) || denied(ctx, start, 6)) continue;
        reported.add(start, end);
        ctx.report(rule, { start, end, message: '发出了电话号码（英文“打给我/发短信”之后）（站外联系方式）', fix: '' });
        continue;
      }
      if (!['mobile', 'international', 'landline', 'service'].includes(run.kind)) continue;
      const [start, end] = compactRange(ctx, run.start, run.end);
      const before = ctx.before(start, 60, 'hard');
      const clause = ctx.before(start, 16);
      const fix = '';
      // Round 37 (t37c): …or inside the buyer's own message quoted with its label (「买家：我手机138…你打给我」 我们不外呼…), unless a bare yes adopts it.
      // (the quote's speaker label 买家： is no owner for a number after the quote: 「买家：你们电话多少」 139… is ours)
      // (once per lint: a search of the whole text per number made a 1 MB paste quadratic — 32% of its time in round 37)
      const ownerLead = ctx.memo('contact-phone:speaker-label', () => SPEAKER_LABEL.test(ctx.text)) ? before.slice(-24).replace(/买家/g, '') : before.slice(-24);
      // (round 69, engfa69: …or one the buyer sent, echoed to turn it down — 您发的号码159…我们客服不会打)
      if ((BUYER_OWN.test(ownerLead) && !SHOP_OWN.test(clause)) || buyerQuoted(ctx, start, end) || buyerOwnDeclined(ctx, start, end)) {
        ctx.report(rule, { start, end, severity: 'info', message: '买家本人的号码：核对信息时建议打码' });
        continue;
      }
      if (denied(ctx, start, 6)) {
        ctx.report(rule, { start, end, severity: 'info', message: '提到电话号码（否定语境）' });
        continue;
      }
      if (COURIER_OWNER.test(clause) && !SHOP_OWN.test(clause) && TRACKING_SHOWN.test(before + ctx.after(end, 40, 'hard')) && !NOT_THE_COURIERS.test(ctx.after(end, 40, 'hard'))) {
        ctx.report(rule, { start, end, severity: 'info', message: '快递员的号码（物流信息里可见）' });
        continue;
      }
      if (RETURN_ADDRESS.test(before) && !CALL_VERB.test(clause)) {
        ctx.report(rule, { start, end, severity: 'info', message: '退货地址中的收件电话：建议使用平台退货地址功能' });
        continue;
      }
      if (run.kind === 'service') {
        const publicLine = PUBLIC_OWNER.test(before);
        ctx.report(rule, { start, end, severity: publicLine ? 'info' : 'warn', message: publicLine ? '品牌或物流的公共热线' : '疑似发出店铺的 400 电话（站外联系方式）', fix });
        continue;
      }
      const how = run.chinese ? '（中文数字写法）' : run.groups > 3 ? '（拆分写法）' : '';
      const what = run.kind === 'landline' ? '座机号码' : run.kind === 'international' ? '境外电话号码' : '手机号码';
      ctx.report(rule, { start, end, message: `发出了${what}${how}（站外联系方式）`, fix });
    }
  },
});

export default rule;
