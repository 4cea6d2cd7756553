// 2.3: e-mail addresses (plain, full-width, spelled 艾特/(at)/点/dot, 一六三 → 163, `2839471023qq.com`),
// a mailbox named by its provider with the @ left out (Gmail账号 swiss.repair, 163邮箱 tokyo.drug), an
// address dictated in pieces (邮箱前缀 lucky88，后缀是QQ的), our mailbox with its address described in words
// (发我们公司邮箱，就是店名全拼，后面跟企鹅那个后缀) and requests to move the talk to e-mail (留个QQ邮箱, 发我邮箱).
// Traps: Gmail账号登录不上 (no mailbox name), outlook 2019 (a version). The platform's own e-invoice mail
// (发票发至您预留的邮箱, 您留的邮箱是平台保存的, 申请发票时填个邮箱，开好了会同步发过去) names no address and asks for none: fine, and so is e-mail named as the
// channel not to use when the same sentence sends the buyer back to this chat (不方便发邮箱的话，直接在这个对话框里发给我).
// Round 11 (t11a): 在 / 小老鼠 / 圈a read as @ before a mail domain (xiaomei_jp 在 一六三 点 com; detect/tight.ts), pieces joined by
// 再加 (lucky再加88，后缀qq的), and a request waved off in its clause (不用在这里告诉我邮箱) is info.

import { defineRule } from '../define-rule';
import { matchesOf, phraseRegex } from '../context';
import { valueAfter } from '../detect/contact';
import { compactRange, denied, hereInstead, Spans, warningContext } from '../detect/cues';
import { endsAsQuestion } from '../detect/cue-rule';
import { emails } from '../detect/emails';
import { firstRunFrom, numberRuns } from '../detect/numbers';
import { assemblies, PIECES_VOCABULARY } from '../detect/pieces';
import { EMAIL_TERMS } from '../lexicon/third-party';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';

// The address the buyer registered with the platform (the e-invoice goes there): not a new channel.
const PLATFORM_MAIL = phraseRegex(['预留', '下单时', '下单填', '绑定', '订单里', '订单上', '订单中', '账户里', '平台', '发票', '开票', '系统'], { suffix: '[^]{0,10}$' });
// (round 36, t36b: …the QQ mailbox by its nickname too — 发到企鹅邮箱, 发球球邮箱)
const REQUEST_BEFORE = /(?:留|留个|留一下|留下|发|发个|发一下|给|给个|给我|告诉|告诉我|提供|提供一下|报|报一下|写|填|加|发我|发到|发至|发送到|寄到|写信到|写信给|发信到|说下|说一下|私信|把)(?:个|一下|下)?(?:您|你)?(?:的)?(?:qq|扣扣|企鹅|球球|🐧)?$/;
const REQUEST_AFTER = /^(?:地址)?(?:发我|发给我|给我|告诉我|留一下|留下|留给我|发一下|是多少|多少|号多少|写一下|报一下|私我|发过来|给一下|呢|吗)/;
// Round 36 (t36b): …in a two-character verb too (发到您填写的邮箱, 您留下的邮箱, 您登记的邮箱).
const BUYER_ON_FILE = /(?:您|你)(?:之前|当时|下单时|下单的时候|开票时|申请时)?(?:自己)?(?:留|填|写|预留|绑定|填写|填入|留下|登记|注册|提交)(?:过)?的$/;
const BUYER_FILED = /(?:您|你)(?:之前|当时|下单时|下单的时候|注册时|注册的时候)?(?:留|填|写|预留|绑定|注册|登记|常用)(?:的|了)/;
const TO_US_ANY = /(?:发|给|告诉|私信|传)(?:给)?我|我的?邮箱|我们的?邮箱|我这边的?邮箱|公司邮箱/g;
// Round 45 (t45e): a send to us waved off (不用发给我, 无需再告诉我, 别发我邮箱) asks for nothing: only a send to us not so waved off counts.
const WAVED_OFF = /(?:不用|不需要|无需|不必|用不着|没必要|别|不要)(?:再|另外|单独|额外|特意)?$/;
const TO_US = {
  test(s: string): boolean {
    TO_US_ANY.lastIndex = 0;
    for (let m = TO_US_ANY.exec(s); m; m = TO_US_ANY.exec(s)) if (!WAVED_OFF.test(s.slice(Math.max(0, m.index - 6), m.index))) return true;
    return false;
  },
};
/** Round 45 (t45g): a send verb to our own mailbox (发我们公司邮箱, 寄到我们售后邮箱, 发给店里的邮箱). */
const OUR_MAIL_SEND = /(?:发|发到|发至|发送到|发给|寄到|寄给|写信到|写信给|投到|传到|发去|转到|抄送)(?:给)?(?:我们|咱们|公司|店里|店铺|本店|我)(?:的)?(?:公司|工作|个人|私人|专用|官方|售后|客服|财务)?(?:的)?$/;
const QQ_MAIL = /^(?:qq|扣扣)?邮箱$/;
const PROVIDER_WORD = /qq|扣扣|163|126|gmail|谷歌|outlook|hotmail|新浪|sina|网易|后缀|结尾/;
// Our own mailbox (我们公司邮箱, 我的工作邮箱) and an address spelled out in words after it (店名全拼, 后缀是企鹅的).
const OUR_MAIL_BEFORE = /(?:我|我们|咱们|公司|店里|店铺)(?:的)?(?:公司|工作|个人|私人|专用|官方)?(?:的)?$/;
const MAIL_DESCRIBED = /拼音|全拼|店名|名字|后缀|结尾|前缀|企鹅|qq|扣扣|163|126|gmail|谷歌|outlook/;
/** Someone else's form the buyer types a mailbox into: the brand's site, an app, customs (round 10, fa10). */
const THIRD_FORM = /(?:品牌|厂家|原厂|官方)(?:的)?(?:官网|网站|app|小程序|页面|保修|会员)|海关|登录[^]{0,8}(?:官网|网站|app)/;
/** …but not our own site (我们官网, 本店网站). */
const OUR_SITE = /(?:我们|本店|店铺|咱家|我家|我的|咱们)(?:的|家)?(?:官网|网站|app|小程序|商城)/;
// A mailbox name told in words: 店名全拼, 店铺名拼音, 名字首字母.
const DESCRIBED_NAME = /全拼|拼音|首字母|缩写|店名|店铺名|名字|前缀/;
/** Round 39 (t39i): a send verb, then a latin mailbox name right before the provider (发到design_hats那个163邮箱; compact view). */
const NAME_BEFORE_PROVIDER = /(?:发|寄|投|传|写信|发送|转)(?:到|至|给|进)(?:我们|我|公司|店里|咱们)?(?:的)?([a-z][a-z0-9]{3,24})(?:那个|这个|的|那|这)?$/;
const MAIL_PROVIDER = /^(?:gmail|outlook|hotmail|yahoo|icloud|foxmail|163邮箱|126邮箱|网易邮箱|新浪邮箱|谷歌邮箱|qq邮箱|扣扣邮箱)$/;

/**
 * Round 48 (t48f): a mailbox dictated in words with its dot-com left out — a send verb, a latin name (its joins said: 杠, 下划线, 点), the
 * at sign said (在, 艾特, 圈a, 小老鼠) and the provider, then the mailbox word (发到 mianmo 杠 kefu 在 一二六 那个邮箱). Not the buyer's own
 * (发到您…: the name must follow the verb), nor a file found in a mailbox (发票pdf在qq邮箱里: no send verb before it).
 */
const NAME_AT_PROVIDER = /(?:发|寄|投|传|写信|发送|转|抄送)(?:到|至|给|进)(?:我们|我|公司|店里|咱们)?(?:的)?[a-z][a-z0-9_.\-]{1,24}(?:(?:杠|横杠|中杠|短横|横线|减号|下划线|下横线|底线|点)[a-z0-9_]{1,24}){0,3}(?:在|艾特|爱特|圈圈a|圈a|小老鼠)(?:qq|扣扣|企鹅|163|126|一六三|幺六三|一二六|幺二六|gmail|谷歌|outlook|hotmail|foxmail|新浪|sina|网易|yahoo|icloud)(?:那个|这个|的|那|这)?(?:的)?(?:qq|163|126|gmail|谷歌|网易|新浪)?(?:邮箱|mail|email|电邮)$/;
/** Round 45 (t45i): the at sign said in words (圈a, 圈圈a, 小老鼠, 艾特, at符号). */
const AT_SPOKEN = /(?:圈圈|圈儿|圈)a|小老鼠|艾特|爱特|at(?:符号|号)|@(?:符号|号)/g;
/** …then the provider named after it (企鹅家的后缀, qq的, 163, gmail). */
const AT_PROVIDER = /^[^，。！？]{0,3}?(?:[^]{0,8}?)(?:qq|扣扣|企鹅|🐧|163|126|gmail|谷歌|outlook|hotmail|新浪|sina|网易|foxmail|icloud|yahoo)/;
/** A mask run (**, ***, ××, ••) right before an address's visible tail. */
const MASKED_BEFORE = /[*＊×●•]{2,}$/;

/** Round 36 (t36g): a delivery to the buyer's mailbox by us or the system (会发到您的, 已发送至您, 推送到你的).
 * Round 39 (t39n): …told as done with no auxiliary too (文件发到您的163邮箱了，请查收): 发到您的 is a delivery to the buyer's own mailbox. */
const DELIVERED_TO_BUYER = /(?:(?:会|将|已|已经|稍后|随后|自动|统一|系统|都)[^]{0,6})?(?:发|发送|推送|寄|同步)(?:到|至|进)(?:您|你)(?:的)?(?:注册|预留|常用|绑定)?(?:的)?(?:qq|扣扣|163|126|网易|新浪|谷歌|gmail|outlook|hotmail)?$/;
/** …unless the mailbox is then asked for (留一下, 告诉我, 是多少). */
const MAIL_ASKED = /留|告诉|提供|多少|发我|给我|写一下|报一下|私信|填一下|填个/;
const NO_NEED = /(?:不用|不需要|无需|不必|用不着|没必要)[^]{0,8}$/;

const rule = defineRule({
  meta: {
    id: 'contact-email',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'info'],
    title: { zh: '电子邮箱', en: 'E-mail address' },
    description: {
      zh: '回复里的邮箱地址（含 艾特、点、dot 拆写），或索要买家邮箱。平台发票发到预留邮箱不算。',
      en: 'An e-mail address (also spelled out) or asking for the buyer\'s e-mail. The platform\'s e-invoice mail is fine.',
    },
    hint: { zh: '删除邮箱地址；文件请通过平台聊天窗口或订单页发送。', en: 'Remove the address; send files through the platform chat or the order page.' },
  },
  terms: EMAIL_TERMS,
  vocabulary: [...PIECES_VOCABULARY, DESCRIBED_NAME.source],
  check(ctx, hits) {
    const reported = new Spans(ctx.compact.length);
    const masked: number[] = [];
    for (const mail of emails(ctx)) {
      const [start, end] = compactRange(ctx, mail.start, mail.end);
      reported.add(start, end);
      // Round 33 (t33e): an address shown masked (l***8@qq.com, ab**@163.com): a stored one read back — the buyer's own on the order —
      // with its name hidden, so no channel is handed over (the mask stops the address before it, so only its tail matched).
      const [o] = ctx.toOriginal(start, start + 1);
      if (MASKED_BEFORE.test(ctx.text.slice(Math.max(0, o - 8), o))) {
        ctx.report(rule, { start, end, severity: 'info', message: '提到邮箱（打码显示的已留邮箱）' });
        masked.push(start);
        continue;
      }
      // (round 69, engfa69: …or the buyer's own address echoed to turn it down — 您说的邮箱abc123@qq.com我们这边不会发邮件的)
      if (denied(ctx, start, 6) || buyerOwnDeclined(ctx, start, end)) ctx.report(rule, { start, end, severity: 'info', message: '提到邮箱（否定语境）' });
      else ctx.report(rule, { start, end, message: '发出了电子邮箱地址（站外联系方式）', fix: '' });
    }
    // 邮箱前缀 lucky88，后缀是QQ的: an address dictated in pieces (detect/pieces.ts).
    for (const a of assemblies(ctx)) {
      if (a.kind !== 'email') continue;
      reported.add(a.start, a.end);
      ctx.report(rule, { start: a.start, end: a.end, severity: denied(ctx, a.start) ? 'info' : 'block', message: `分段报出了电子邮箱（${a.value}）` });
    }
    // Round 45 (t45i): an address told as a riddle with no mail word — the name in words, the at sign said (中间一个圈a, 小老鼠, 艾特) and the
    // provider named (后面跟企鹅家的后缀, 再接163): an e-mail address dictated. Not the buyer's own address checked back.
    for (const m of /圈|老鼠|艾特|爱特|at/.test(ctx.compact) ? matchesOf(AT_SPOKEN, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (reported.overlaps(start, end)) continue;
      const lead = ctx.before(start, 40, 'hard');
      const tail = ctx.after(end, 24, 'hard');
      if (!DESCRIBED_NAME.test(lead) || !AT_PROVIDER.test(tail) || /(?:您|你)(?:的|自己的?)?(?:名字|姓名|全名|昵称|邮箱|账号)/.test(lead)) continue;
      reported.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '用文字描述出了邮箱地址（站外联系方式）' });
    }
    for (const hit of hits) {
      if (reported.overlaps(hit.start, hit.end)) continue;
      const before = ctx.before(hit.start, 10);
      const after = ctx.after(hit.end, 8, 'hard');
      // Round 48 (t48f): a mailbox name, the at sign and the provider said in words before the mailbox word (NAME_AT_PROVIDER).
      if (/邮箱|mail|电邮/.test(hit.key) && NAME_AT_PROVIDER.test(ctx.before(hit.start, 40, 'hard') + hit.key)) {
        const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
        reported.add(hit.start, hit.end);
        ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '用文字报出了邮箱地址（名字、at 和服务商，站外联系方式）' });
        continue;
      }
      // 发到我 QQ 邮箱 3847261950 / 3847261950 的QQ邮箱
      if (QQ_MAIL.test(hit.key) || hit.key === 'qq邮箱') {
        const value = valueAfter(ctx, hit.end, { digitsOnly: true, minDigits: 5 });
        const runs = numberRuns(ctx);
        const prev = runs[firstRunFrom(runs, ctx.norm.compactToFolded[hit.start]!) - 1];
        const near = prev && prev.digits.length >= 5 && prev.digits.length <= 11 && hit.start - ctx.compactIndexOfFolded(prev.end) <= 3;
        if (hit.key !== '邮箱' && (value || near)) {
          const end = value ? value.end : hit.end;
          if (denied(ctx, hit.start)) ctx.report(rule, { start: hit.start, end, severity: 'info', message: '提到QQ邮箱（否定语境）' });
          else ctx.report(rule, { start: hit.start, end, message: '发出了QQ邮箱（站外联系方式）' });
          continue;
        }
      }
      // Gmail账号 swisswatch.repair: a mailbox named by its provider, the @ left out.
      if (MAIL_PROVIDER.test(hit.key)) {
        const value = valueAfter(ctx, hit.end);
        if (value && /[a-z]/.test(value.value)) {
          reported.add(hit.start, value.end);
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: value.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '发出了邮箱账号（省略了 @ 后缀，站外联系方式）' });
          continue;
        }
      }
      // Round 39 (t39i): …or the mailbox name put before its provider, the buyer sent to write there (设计稿发到design_hats那个163邮箱, 寄到
      // shop.tokyo的gmail): a name to type in, the @ left out. Not the buyer's own (发到您的…), nor a file type (发PDF的邮箱).
      if (MAIL_PROVIDER.test(hit.key)) {
        const lead = NAME_BEFORE_PROVIDER.exec(ctx.before(hit.start, 30, 'hard'));
        if (lead && !/^(?:pdf|jpg|png|ai|psd|word|excel|ppt|zip|cdr|dwg|pdf格式)$/.test(lead[1]!)) {
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          reported.add(hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '发出了邮箱账号（名字放在邮箱服务商前，站外联系方式）' });
          continue;
        }
      }
      if (!/邮箱|邮件|mail|电邮/.test(hit.key)) continue;
      // (round 33, t33e: …the word naming that masked address right before it — 发送到的邮箱是 w****n@outlook.com — reads it back too)
      if (masked.some((m) => m >= hit.end && m - hit.end <= 8)) continue;
      // 邮箱是 lucky88 那个QQ的: a mailbox name with its provider said in words.
      if (/邮箱|mail/.test(hit.key)) {
        const value = valueAfter(ctx, hit.end);
        const buyers = /(?:您|你)的?$/.test(before) || PLATFORM_MAIL.test(before) || /发票|开票/.test(ctx.after(hit.end, 40, 'hard'));
        if (value && !buyers && /[a-z]/.test(value.value) && PROVIDER_WORD.test(ctx.after(value.end, 10, 'hard'))) {
          reported.add(hit.start, value.end);
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: value.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '发出了邮箱账号（后缀用文字说明，站外联系方式）' });
          continue;
        }
      }
      // 发我们公司邮箱，就是店名全拼，后面跟企鹅那个后缀: our own mailbox as the channel, its address described in words.
      if (/邮箱|mail/.test(hit.key) && OUR_MAIL_BEFORE.test(before) && /发|寄|联系|写|投|传/.test(ctx.before(hit.start, 14)) && MAIL_DESCRIBED.test(ctx.after(hit.end, 30, 'hard'))) {
        const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
        reported.add(hit.start, hit.end);
        ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '引导买家发到店铺邮箱（地址用文字描述，站外联系方式）' });
        continue;
      }
      // 发我们公司邮箱，就是店名全拼，后面跟企鹅那个后缀: our mailbox spelled out in words, name and provider.
      if (/邮箱|mail/.test(hit.key) && !/(?:您|你)的?$/.test(before) && !PLATFORM_MAIL.test(before)) {
        const told = ctx.after(hit.end, 30, 'hard');
        // (round 36, t36b: …or a QQ mailbox named before it, its name the digits of a shop name or ID — 发到企鹅邮箱…邮箱就是店铺名后面那串数字)
        const qqNamed = /qq|扣扣|企鹅|球球|🐧/.test(ctx.before(hit.start, 30, 'hard')) && /数字|号码|号|id/.test(told);
        if (DESCRIBED_NAME.test(told) && (PROVIDER_WORD.test(told) || /企鹅|🐧/.test(told) || qqNamed)) {
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '用文字描述出了邮箱地址（站外联系方式）' });
          continue;
        }
      }
      // Round 31 (t31b): …or described before the word, the buyer sent to write to it (发一封信到我们店名拼音@那个企鹅图标的邮箱, 寄到店名全拼加163的
      // 那个邮箱): the name and the provider told in words, then the mailbox. Not the buyer's own address checked (您名字拼音加163的邮箱对吗).
      if (/邮箱|mail/.test(hit.key)) {
        const told = ctx.before(hit.start, 24, 'hard');
        if (DESCRIBED_NAME.test(told) && (PROVIDER_WORD.test(told) || /企鹅|🐧/.test(told)) && !/(?:您|你)(?:的|自己的?)?(?:名字|姓名|全名|昵称|手机|账号|拼音)|(?:您|你)(?:留|填|预留|绑定|注册|常用)/.test(told) && /发|寄|写|投|传/.test(ctx.before(hit.start, 34, 'hard')) && !endsAsQuestion(ctx, hit.end)) {
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          reported.add(hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '用文字描述出了邮箱地址（站外联系方式）' });
          continue;
        }
      }
      // 发邮件给品牌方: a referral to a third party's own service, no address and no request.
      if (/邮件/.test(hit.key) && !/(?:发到我|发给我|我发|给您发|发您|发你|我的|到我)/.test(before + after.slice(0, 4))) continue;
      // Round 45 (t45g): the buyer told to send to our own mailbox, no address given (开票的时候填个邮箱，发我们公司邮箱就行; 资料发到我们售后邮箱):
      // the talk moved to e-mail all the same — even beside the invoice, which the platform mails to the buyer, never to us.
      if (/邮箱|mail/.test(hit.key) && OUR_MAIL_SEND.test(before) && !endsAsQuestion(ctx, hit.end)) {
        const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end) || hereInstead(ctx, hit.end) || NO_NEED.test(ctx.before(hit.start, 12)) || WAVED_OFF.test(ctx.before(hit.start, 14).replace(OUR_MAIL_SEND, ''));
        reported.add(hit.start, hit.end);
        ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到邮箱（否定或提醒语境）' : '引导买家发到店铺邮箱（站外联系方式）' });
        continue;
      }
      if (PLATFORM_MAIL.test(before)) continue;
      // 您留的邮箱我们看不到，是平台保存的: the buyer's address on file, nothing asked.
      if (BUYER_ON_FILE.test(before)) continue;
      // 申请发票的时候填个邮箱，开好了会同步发过去 / 开好后会发到您邮箱里: a mailbox filled into the invoice form or the invoice sent to the buyer's, no mailbox of ours and nothing sent to us.
      // (round 37, t37g: the invoice may be named a line or a sentence before — 发票我们帮您开⏎明天发到您邮箱 — as with a comma between)
      const invoiceLead = ctx.compact.slice(Math.max(0, hit.start - 40), hit.start);
      if (/发票|开票/.test(invoiceLead + after) && (/填/.test(before.slice(-4)) || /(?:发到|发至|发送到|推送到|发给|发)(?:您|你)(?:的)?$/.test(before)) && !TO_US.test(invoiceLead + ctx.after(hit.end, 40, 'hard'))) continue;
      // 登录品牌官网填写邮箱注册 / 在海关App里填邮箱: a mailbox typed into someone else's form, nothing sent to us (round 10, fa10).
      if (/(?:填|填写|输入|注册|绑定)(?:个|一下|下)?(?:您|你)?(?:的)?$/.test(before) && THIRD_FORM.test(ctx.before(hit.start, 30, 'hard')) && !OUR_SITE.test(ctx.before(hit.start, 30, 'hard')) && !TO_US.test(ctx.before(hit.start, 40, 'hard') + ctx.after(hit.end, 40, 'hard'))) continue;
      // Round 36 (t36g): something of ours delivered to the buyer's own mailbox (电子保修卡会发到您的邮箱里, 激活码已发送至您邮箱) — the
      // invoice's case for any delivery: no address given, none asked, nothing to be sent to us.
      if (DELIVERED_TO_BUYER.test(before) && !REQUEST_AFTER.test(after) && !MAIL_ASKED.test(ctx.after(hit.end, 24, 'hard')) && !TO_US.test(ctx.before(hit.start, 40, 'hard') + ctx.after(hit.end, 40, 'hard'))) continue;
      const request = REQUEST_BEFORE.test(before) || REQUEST_AFTER.test(after) || /(?:您|你)的?(?:qq|扣扣)?$/.test(before) && /^(?:地址)?(?:是|号)?(?:多少|呢|发|给|告诉)/.test(after);
      if (!request) continue;
      // 您的邮箱是…那个QQ邮箱吗？发票已经发过去了: checking where the e-invoice went (a question, not 邮箱给我).
      const checking = !REQUEST_BEFORE.test(before) && /^(?:吗|呢)/.test(after);
      // Round 31 (t31f): …or the buyer's own address on the order asked back to confirm (您留的是您名字拼音加163的那个邮箱吗, 您填的是QQ邮箱吗):
      // the buyer's leaving or filling it named before it, nothing to be sent to us after it.
      if (checking && BUYER_FILED.test(ctx.before(hit.start, 30, 'hard')) && !TO_US.test(ctx.compact.slice(hit.end, hit.end + 24))) continue;
      if (checking && /发票|开票/.test(ctx.compact.slice(Math.max(0, hit.start - 40), hit.end + 40)) && /您|你/.test(ctx.before(hit.start, 40, 'hard'))) continue;
      // 不方便发邮箱的话，直接在这个对话框里发给我: the buyer is sent back to the platform chat for it.
      // Round 11: the request itself waved off earlier in the clause (不用在这里告诉我邮箱, 无需再发邮箱给我们).
      if (denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end) || hereInstead(ctx, hit.end) || NO_NEED.test(ctx.before(hit.start, 12)) || buyerOwnDeclined(ctx, hit.start, hit.end)) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到邮箱（否定或提醒语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, message: '索要或引导使用电子邮箱（站外联系方式）' });
    }
  },
});

export default rule;
