// 2.3: bank accounts — card numbers (16–19 digits with a card prefix and Luhn, or printed in groups;
// also in Chinese numerals, 六二二五 八八零一 …), account numbers given with 账号/对公账户/户口 or a bank abroad
// (HSBC香港户口：808-…), checksum-valid IBANs (型号 DE89… is too short to be one), and requests such as
// 把银行卡号和开户行发我, money sent to the agent's own card (把钱打我银行卡). Paying by bank card in the platform checkout (可以换银行卡支付) and refunds to
// the card the buyer paid with are fine; an order number is not a card (detect/numbers.ts). A warning about what others may ask
// (如果有人…让您报银行卡号…请直接挂掉) is info (detect/cues.ts warningContext).
// Round 12 (t12a): the card sent as a picture for the buyer to pay into (银行卡号我拍照发您，转好截图回我).
// Round 10: money to an account told by its tail number (付200到这个账户：工商 尾号4471 李*明); not the buyer's card, a phone, a refund.

import { defineRule } from '../define-rule';
import type { LintContext } from '../context';
import { matchesOf, phraseRegex } from '../context';
import { compactRange, denied, sentence, Spans, warningContext } from '../detect/cues';
import { numberRuns } from '../detect/numbers';
import { BANK_TERMS } from '../lexicon/third-party';

/** A payment into an account or a card (付到这个账户, 转到这张卡, 打进我们账户, 汇到这个账号), for an account told by its tail number. */
const TAIL_PAYMENT = /(?:付|转|打|汇|存)[^，。]{0,8}(?:到|进|入)[^，。]{0,4}(?:账户|帐户|账号|帐号|卡|户头)|(?:收款人|户名|开户)/;
/** The buyer's own card or phone, a refund, the platform checkout: service around a tail number. */
const TAIL_SERVICE = /手机|电话|订单|快递|运单|物流|退款|退回|原路|收银台|平台|快手|绑定|核对|验证码/;
const BANK_CONTEXT = phraseRegex(['卡', '银行', '户名', '开户', '账号', '帐号', '账户', '帐户', '转账', '转', '汇', '打款', '对公', '收款', '工行', '建行', '农行',
  '中行', '招行', '交行', '邮储', '储蓄', '支行', '分行']);
const ACCOUNT_BEFORE = phraseRegex(['账号', '帐号', '账户', '帐户', '卡号', '对公', '公户', '开户', '收款', '汇款', '户名', '银行', '户口', 'hsbc', '汇丰', '恒生',
  '中银', '渣打', '花旗', 'citibank', '星展', 'dbs', 'ocbc', 'commonwealth', 'anz', 'westpac', 'barclays', 'lloyds', 'chase', 'bsb'], { suffix: '[^]{0,14}$' });
// IBAN: country code, two check digits, then the account; valid when mod 97 of the rearranged number is 1.
const IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{1,4}){3,8}(?![a-z0-9])/g;
const IBAN_MATERIAL = /[a-z]{2}\d{2}/;
// Each country's IBAN has a fixed length (ISO 13616 registry), so a courier number like SF1638204719352 that
// passes mod 97 by chance (1 in 97) is not taken for one.
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  ad: 24, ae: 23, al: 28, at: 20, az: 28, ba: 20, be: 16, bg: 22, bh: 22, br: 29, by: 28, ch: 21, cr: 22, cy: 28, cz: 24, de: 22, dk: 18, do: 28,
  ee: 20, eg: 29, es: 24, fi: 18, fo: 18, fr: 27, gb: 22, ge: 22, gi: 23, gl: 18, gr: 27, gt: 28, hr: 21, hu: 28, ie: 22, il: 23, iq: 23, is: 26,
  it: 27, jo: 30, kw: 30, kz: 20, lb: 28, li: 21, lt: 20, lu: 20, lv: 21, mc: 27, md: 24, me: 22, mk: 19, mr: 27, mt: 31, mu: 30, nl: 18, no: 15,
  pk: 24, pl: 28, ps: 29, pt: 25, qa: 29, ro: 24, rs: 22, sa: 24, se: 24, si: 19, sk: 24, sm: 27, tn: 24, tr: 26, ua: 29, vg: 24, xk: 20,
};
function ibanValid(s: string): boolean {
  if (IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 87;
    rest = (rest * (v > 9 ? 100 : 10) + v) % 97;
  }
  return rest === 1;
}
// Issuer prefixes of the cards a Chinese buyer would be asked to pay into: UnionPay 62, Visa 4, Mastercard 5/2, Amex/JCB 3.
const CARD_PREFIX = /^(?:62|4|5[1-5]|2[2-7]|3[47]|35)/;
const REQUEST = /(?:发|发给|发我|给|给我|告诉|告诉我|提供|提供一下|报|报一下|留|留个|填|写|私信|说|把)(?:我)?(?:一个|个|一下|下)?(?:您|你)?(?:的)?(?:收款)?$/;
const REQUEST_AFTER = /^(?:[和及跟、]|发我|发给我|给我|告诉我|发一下|报一下|是多少|多少|发过来|私我|提供|留一下|写一下|给一下)/;
const CARD_INFO_REQUEST = /^(?:的)?(?:信息|号|号码|账号|资料|照片|正面)(?:和[^，。]{0,6})?(?:发我|发给我|给我|告诉我|发一下|拍照发我|发过来|私信我|留一下)/;
// Round 24 (t24a): the card named, then the sending refused in its clause (银行卡号和验证码都不用发给我们, 卡号不需要告诉我们): a reassurance.
const SEND_REFUSED_AFTER = /^[^，。！？]{0,8}?(?:都|也|完全|真的)?(?:不用|不需要|无需|不必|不要|别|不会让您|不会要您)(?:再|单独|另外|给我们|告诉我们)?(?:发|提供|告诉|给|报|填|留|私信|透露|说)/;
// Round 29 (t29a): the invoice's own fields filled into the platform's invoice form (专票还要填开户行、账号…填在发票申请页面里): the
// buyer's company details on the platform page, nothing sent to us — not when the sentence asks them sent (发我, 私信).
const INVOICE_FIELD = /发票|专票|普票|开票|抬头|税号/;
const FORM_HERE = /页面|订单页|申请|订单详情|系统里|后台/;
const FILLED = /(?:填|填写|写)(?:上|好|一下|下)?(?:您|你)?(?:的)?(?:公司)?(?:的)?$/;
const SENT_TO_US = /发我|发给我|给我|告诉我|私信|发过来|微信|支付宝|转/;
const OURS = /(?:我们|我|公司|本店|店铺|咱们)(?:的|家)?(?:香港|澳洲|日本|海外)?(?:[\u4e00-\u9fff]{1,4}银行|hsbc|汇丰|恒生|中银|渣打|花旗|星展|dbs|ocbc|commonwealth|anz|westpac)?(?:的)?$/;
// Round 12 (t12a): a card sent as a picture, the buyer paying into it.
const PHOTO_HANDOVER = /拍(?:个|张)?(?:照|照片)?(?:发|给)(?:您|你)|拍给(?:您|你)|(?:照片|图片|截图|图)(?:里|上|中)|(?:发|给)(?:您|你)(?:一张|张|个)?[^，。]{0,6}(?:照片|图片)|拍照发/;
const BUYER_PAYS = /转|汇|打款|打钱|付款|付钱/;
// Round 38 (t38j): …or the card number sent to the buyer as a picture on its own (卡号我用图片发您, 银行账号我截图发你): our account handed
// over, the payment left unsaid. A picture sent TO the buyer — not one the buyer sent, read in a picture, or a card of a service
// (保修卡号, 充值卡号, 会员卡号) or an order's tracking.
const SENT_AS_PICTURE = /(?:用|以|拿|做成|转成)?(?:照片|图片|截图|截个图|图|相片)(?:的)?(?:形式|方式)?(?:发|给|传|私)(?:给)?(?:您|你)|截(?:个)?图(?:发|给|传)(?:给)?(?:您|你)|拍(?:个|张)?(?:照|照片)?(?:发|给|传)(?:给)?(?:您|你)|拍给(?:您|你)|(?:发|给|传)(?:给)?(?:您|你)(?:一张|张|个)?[^，。]{0,6}(?:照片|图片|截图)/;
const OWN_CARD_KEYS = /^(?:卡号|银行卡号|银行账号|银行帐号|银行账户|收款账户|汇款账户|对公账户|对公账号|公司账户|公司账号)$/;
const SERVICE_CARD = /保修|激活|充值|点卡|兑换|提货|会员|礼品|购物|储值|优惠|积分|快递|物流|单号|订单|身份证|sim|手机卡|流量|电话卡|门禁|房卡|游戏/;
function ownCardPictured(ctx: LintContext, key: string, start: number, w: string): boolean {
  return OWN_CARD_KEYS.test(key) && SENT_AS_PICTURE.test(w) && !SERVICE_CARD.test(w) && !/(?:您|你)(?:的|发的|那张)?$/.test(ctx.before(start, 4));
}
const NOT_OURS_PHOTO = /(?:您|你)(?:的)?(?:银行卡|卡|账户|卡号)|退款|原路|绑定|订单页|收银台|平台|快手|会员卡|礼品卡|购物卡/;
// 户口本, 户口所在地: the household register, not a (Hong Kong) bank account.
const HOUSEHOLD = /^(?:本|簿|所在地|迁|登记|页|性质|地址)/;
const NOT_BANK_CARD = /(?:会员|礼品|购物|储值|优惠|积分|身份|电话|sim|手机|流量|门|房)$/;

const ICCID = /^89[0-9]{17,18}$/;
const ICCID_BANK = /银行|开户|户名|对公|公户|转账|转到|转给|汇款|汇到|打款|收款|付款|工行|建行|农行|中行|招行|交行|邮储|支行|分行/;

const rule = defineRule({
  meta: {
    id: 'bank-account',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '银行账号', en: 'Bank account' },
    description: {
      zh: '银行卡号、对公账号（含分组、中文数字写法），或索要卡号、开户行以便站外打款。收银台用银行卡付款不算。',
      en: 'Card or account numbers (grouped or in Chinese numerals), or asking for card details to pay outside. Card payment at checkout is fine.',
    },
    hint: { zh: '删除卡号；收款和退款都走平台订单（原路退回）。', en: 'Remove the account; payments and refunds go through the platform order.' },
  },
  terms: BANK_TERMS,
  vocabulary: [INVOICE_FIELD.source, FORM_HERE.source, FILLED.source, SENT_TO_US.source, OURS.source, HOUSEHOLD.source, PHOTO_HANDOVER.source],
  check(ctx, hits) {
    const reported = new Spans(ctx.compact.length);
    for (const run of numberRuns(ctx)) {
      const [start, end] = compactRange(ctx, run.start, run.end);
      const around = sentence(ctx, start, end, 30);
      const before = ctx.before(start, 20, 'hard');
      const card = run.kind === 'bank-card';
      const account = (run.kind === 'plain' || run.kind === 'bank-card' || run.kind === 'landline') && run.digits.length >= 10 && run.digits.length <= 25 && ACCOUNT_BEFORE.test(before);
      if (!card && !account) continue;
      // Round 36 (t36d): a SIM card's ICCID read out (卡托上印着8986…那串, SIM卡号是8986…): 19–20 digits under the telecom prefix 89 (ISO/IEC
      // 7812 MII 8; 8986 for China) — no bank issues under it — with no bank or payment word around.
      if (ICCID.test(run.digits) && !ICCID_BANK.test(around)) continue;
      reported.add(start, end);
      if (denied(ctx, start, 6)) {
        ctx.report(rule, { start, end, severity: 'info', message: '提到银行账号（否定语境）' });
        continue;
      }
      const sure = account || BANK_CONTEXT.test(around);
      ctx.report(rule, { start, end, severity: sure ? 'block' : 'warn', message: sure ? '发出了银行账号（站外收款）' : '疑似银行卡号', fix: '' });
    }
    // 卡号我拆开发：6228 4800，后面是 1234 5678 911 — a card told in pieces: consecutive plain runs of one sentence,
    // after a bank word, that together make a 16–19-digit number with a card prefix.
    const runs = numberRuns(ctx);
    for (let i = 0; i < runs.length; i++) {
      const first = runs[i]!;
      if (first.kind !== 'plain' || first.digits.length < 3) continue;
      const [start] = compactRange(ctx, first.start, first.end);
      if (reported.overlaps(start, start + 1) || !BANK_CONTEXT.test(ctx.before(start, 20, 'hard'))) continue;
      let digits = first.digits;
      let j = i;
      while (digits.length < 16 && j + 1 < runs.length && runs[j + 1]!.kind === 'plain' && runs[j + 1]!.start - runs[j]!.end <= 10) {
        const gap = compactRange(ctx, runs[j]!.end - 1, runs[j + 1]!.start + 1);
        if (ctx.spansHardBreak(gap[0], gap[1])) break;
        j++;
        digits += runs[j]!.digits;
      }
      if (j === i || digits.length < 16 || digits.length > 19 || !CARD_PREFIX.test(digits)) continue;
      const end = compactRange(ctx, runs[j]!.start, runs[j]!.end)[1];
      reported.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start, 6) ? 'info' : 'block', message: '分段发出了银行卡号（站外收款）', fix: '' });
      i = j;
    }
    // IBAN：DE89 3704 0044 0532 0130 00 — a foreign account, checksum-valid (so a random code is not one).
    for (const m of IBAN_MATERIAL.test(ctx.folded) ? matchesOf(IBAN, ctx.folded) : []) {
      if (!ibanValid(m[0].replace(/ /g, ''))) continue;
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      if (reported.overlaps(start, end)) continue;
      reported.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start, 6) ? 'info' : 'block', message: '发出了境外银行账号（IBAN，站外收款）', fix: '' });
    }
    for (const hit of hits) {
      if (reported.overlaps(hit.start, hit.end)) continue;
      if (hit.spec.tag === 'tail') {
        // Round 10: money to an account told by its tail number (定金您先付200到这个账户：工商 尾号4471 李*明 / 运费转到这张卡，
        // 建行尾号5520，户名陈*): a payment verb into an account or card, the tail digits, no buyer's own card or phone around it.
        if (!/^[0-9]{3,4}/.test(ctx.after(hit.end, 6, 'hard'))) continue;
        const s = sentence(ctx, hit.start, hit.end, 30);
        if (!TAIL_PAYMENT.test(s) || TAIL_SERVICE.test(s) || /(?:你|您)[^]{0,3}$/.test(ctx.before(hit.start, 4))) continue;
        if (denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end)) continue;
        ctx.report(rule, { start: hit.start, end: hit.end, message: '引导向银行账户付款（站外收款）' });
        continue;
      }
      // Round 12 (t12a): the card handed over as a picture for the buyer to pay into (银行卡号我拍照发您，转好截图回我; 卡号在图片里，
      // 工行的，汇完款告诉我; 我发您一张银行卡照片，钱转那里): a card word, a picture sent to the buyer, a payment — not the buyer's card.
      if (!/卡号/.test(hit.key) || !NOT_BANK_CARD.test(ctx.before(hit.start, 10))) {
        const w = sentence(ctx, hit.start, hit.end, 40);
        if (((PHOTO_HANDOVER.test(w) && BUYER_PAYS.test(w)) || ownCardPictured(ctx, hit.key, hit.start, w)) && !NOT_OURS_PHOTO.test(w) && !denied(ctx, hit.start) && !warningContext(ctx, hit.start, hit.end)) {
          reported.add(hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: hit.end, message: '以图片发出银行卡号让买家转账（站外收款）' });
          continue;
        }
      }
      if (hit.spec.tag === 'bank') {
        // 把钱打我银行卡, 转到我的建行卡: money sent to the agent's own card.
        if (/(?:打|转|汇|付|存|打款|转账)(?:到|进|给)?(?:我|我们)(?:的|家)?(?:这张|那张)?$/.test(ctx.before(hit.start, 8)) && !denied(ctx, hit.start) && !warningContext(ctx, hit.start, hit.end)) {
          ctx.report(rule, { start: hit.start, end: hit.end, message: '引导买家把钱打到个人银行卡（站外收款）' });
          continue;
        }
        // 把银行卡信息发我: asking for the buyer's card outside the checkout.
        if (!/银行卡|储蓄卡|借记卡/.test(hit.key) || !CARD_INFO_REQUEST.test(ctx.after(hit.end, 10, 'hard')) || denied(ctx, hit.start)) continue;
        ctx.report(rule, { start: hit.start, end: hit.end, message: '索要银行卡信息（站外打款）' });
        continue;
      }
      const before = ctx.before(hit.start, 10);
      const after = ctx.after(hit.end, 10, 'hard');
      if (hit.key === '卡号' && NOT_BANK_CARD.test(before)) continue;
      if (hit.key === '户口' && HOUSEHOLD.test(ctx.after(hit.end, 4))) continue;
      const s = sentence(ctx, hit.start, hit.end, 30);
      const request = REQUEST.test(before) || REQUEST_AFTER.test(after);
      const ours = OURS.test(before) && /转|汇|打款|付|打到|存/.test(s);
      // (对公转账…走平台的企业采购 / 订单页开票: the platform's own corporate checkout)
      // (round 42, t42k: …or the account handed over with the money to arrive in it — 我给您个对公账户，款到了安排发货)
      const corporate = /对公|公户|公司账/.test(hit.key) && /转|汇|打|付|账号|\d|款到|钱到|到账|(?:给|发)(?:您|你)(?:个|一个)?(?:对公|公户|公司账)/.test(s) && !/平台|订单页|收银台|快手|企业采购/.test(s);
      if (!request && !ours && !corporate) continue;
      if (request && FILLED.test(before) && INVOICE_FIELD.test(s) && FORM_HERE.test(s) && !SENT_TO_US.test(s)) continue;
      if (denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end) || SEND_REFUSED_AFTER.test(ctx.after(hit.end, 16, 'soft'))) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到银行账户（否定或提醒语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, message: request ? '索要银行账户信息（站外打款）' : '引导向银行账户付款（站外收款）' });
    }
  },
});

export default rule;
