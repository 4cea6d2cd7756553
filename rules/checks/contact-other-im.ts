// 2.3: other messengers and social accounts as private channels — Telegram/TG/纸飞机/飞机 (加一下我的飞机), WhatsApp, Line,
// KakaoTalk, 钉钉, 飞书, Skype, 小红书号, 抖音号 … A name alone (Line Friends 联名款, 纸飞机发夹) is fine;
// a call to act or an account value is a breach, in English too (DM me on IG, 小飞机上搜 @id); 丁丁/盯盯 (钉钉) as weak names.

import { defineRule } from '../define-rule';
import { ACT_BEFORE, channelsOffered, laterHandle, valueAfter } from '../detect/contact';
import { denied, DENIED_AFTER, Spans, warningContext } from '../detect/cues';
import { OTHER_IM_TERMS } from '../lexicon/third-party';

// A handle or number introduced explicitly: ID: xxx, ：xxx, @xxx, 号 xxx, +852 …
// (round 11: …or 的id是 / 的账号为: line的id是 osaka_mama)
// (fa16: …or the value right after 是/为: 我的tg是abc123)
// (round 47, t47b: …or by English "is" after our own account named — my Line is shop123, our Telegram is amy_88: see check())
const EN_IS = /^\s*(?:id\s*|account\s*|handle\s*|username\s*)?(?:is|=)\s*["“'‘]?(?=[a-z0-9_.]*[0-9_])[a-z0-9_.]{4,}/;
const EN_OURS_BEFORE = /(?:my|our)(?:shop|store|personal|private)?$/;
const INTRODUCED = /^\s*(?:id|号|号码|账号)?\s*[:=@+]|^\s*(?:id|号|号码|账号)\s*\S|^\s*@|^\s*的\s*(?:id|号|号码|账号|帐号)\s*(?:是|为)|^\s*(?:是|为)\s*[:：]?\s*[a-z0-9@_]/;
// Using the messenger to reach the shop (钉钉通知我们仓库 is the shop's own office tool).
// (round 39, t39e: …in Cantonese and chat English too — IG搵我哋, WhatsApp度倾, IG上揾我, FB inbox我, IG pm我)
// (round 39, t39l: …傾 spelt out, not folded — folding it would change the second opinion's training digest)
const IM_ACT_AFTER = /^(?:上聊|里聊|上联系|上找|上加|上搜|里搜|联系我|找我|私聊|频道|群|搜|号|加我|私信|发您|发你|聊|详聊|沟通|留言|上说|id|搵我|揾我|(?:上|度|嗰度|嗰边)(?:搵|揾|倾|傾|聊|pm|dm|inbox)(?!唔|不了|不到)|(?:倾|傾)(?!唔|不了|不到)|pm(?:我|me|us)|dm(?:我|me|us)|inbox(?:我|me|us))/;
// (…the account may be named as ours: 加一下我的飞机)
// (round 12: …follow/like/check/visit our page on it: Follow our FB page, Like our page on FB, check our Instagram)
// (round 41, t41m: …or the agent reached there in other verbs — talk to me on Telegram, reach us on WhatsApp, ping me on Line, hit me up on IG)
const STRONG_ACT_BEFORE = /(?:加|添加|加个|加我|加一下|\+|搜|搜索|私|联系我?|关注|下载)(?:一下|下)?(?:我的?|我们的?)?$|(?:dm|message|text|find|add|follow|chat|contact)(?:me|us|with)?(?:on|via)(?:my|our)?$|(?:talk|speak|write|chat|reach|ping|msg|pm|hit|catch|call|ring|buzz|message)(?:to|with)?(?:me|us)(?:up|out)?(?:on|via|over|through|at)(?:my|our)?$|(?:follow|like|check|visit|join|find|dm|add|message|search)(?:out)?(?:us|me)?(?:on|at)?(?:my|our)(?:page|account|shop|store|group|channel)?(?:on|at)?$/;
// Round 41 (t41m): …not the English act negated right before it (please don't talk to me on Telegram, no need to message us on WhatsApp).
const EN_ACT_NEGATED = /(?:don[’']?t|donot|never|noneedto|nevertry|can[’']?t|cannot|won[’']?t|pleasedont|wedont|idont|dontneedto)(?:please|ever|need(?:to)?|have(?:to)?|try(?:to)?)?(?:dm|message|msg|text|find|add|follow|chat|contact|talk|speak|write|reach|ping|pm|hit|catch|call|ring|buzz)[a-z]{0,12}$/;
// Round 29 (t29d): the English act with the handle between verb and place (search “amy_shop” on IG, add amy88 on Line):
// a handle-shaped token (letters with a digit, _ or . in it) before on/at/via closing right at the name.
const ACT_HANDLE_ON = /(?:search|find|follow|add|look\s*up|look\s*for|dm|message)(?:\s+(?:me|us|for))?\s+["“'‘]?(?=[a-z0-9_.@]*[0-9_.@])[a-z0-9_.@]{3,30}["”'’]?\s+(?:on|at|via|in)(?:\s+the)?\s*$/;
// Round 12 (t12a): our own page there (我们的facebook主页‘…’有更多优惠, our IG page @…): the account named as ours.
const OUR_PAGE = /(?:我们|我|本店|咱们|我家|our|my)(?:的)?(?:官方)?$/;
// …or ours there with a lure or a DM (我们IG上更便宜：@…，直接DM我).
const OURS_THERE = /^(?:上|里)[^]{0,6}?(?:便宜|优惠|福利|折扣|更多|上新|dm|私信|关注|搜)/;
// Round 24 (t24a): the messenger used as a verb with me as its object (你WhatsApp我啦, 您tg我一下, line我就行) — a call to
// reach the agent there, closing its clause; not 我们 (您WhatsApp我们这边没开通) nor a subject before it (我whatsapp不常用).
const IM_AS_VERB_BEFORE = /(?:你|您|亲|直接|可以|麻烦)$/;
const IM_AS_VERB_AFTER = /^我(?:啦|吧|呀|啊|哈|咯|喔|哦|嘛|呗|喇|一下|下)?(?:就行|就好|就可以|即可)?$|^我[0-9]/;
// Round 33 (t33a): a meeting app as a private video line with no meeting number (晚上八点我开个腾讯会议，您进来聊; 我建个钉钉会议带您看):
// the agent opening one with the buyer in the sentence, or the buyer told to enter it — not the shop's own meeting (仓库明天开个钉钉会议),
// nor a product that works with the app (这款摄像头支持腾讯会议).
const MEETING_APP = /会议|zoom|teams|webex/;
const MEETING_OPENED_BEFORE = /(?:开|建|拉|约|发起|预约|预定|订|创建|组)(?:了)?(?:个|一个|一场|场)?$/;
const BUYER_IN_IT = /您|你|亲/;
const MEETING_ENTERED_AFTER = /^(?:的?(?:房间|链接))?(?:您|你|亲)?(?:直接|可以|就|到时|到时候|准时|记得)*(?:进来|进去|进|加入|入会|进入|点进来|上来|参加|参会)/;
const PAGE_AFTER = /^(?:page|主页|专页|账号|帐号|account|群|group|channel|频道|店|shop|store)/;

/** The English act with its handle sits right before the messenger (bounded window of the folded text, which keeps _ . @). */
function actWithHandleBefore(folded: string, foldedStart: number): boolean {
  return ACT_HANDLE_ON.test(folded.slice(Math.max(0, foldedStart - 60), foldedStart));
}

const rule = defineRule({
  meta: {
    id: 'contact-other-im',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'info'],
    title: { zh: '引导到其他通讯工具', en: 'Other messenger contact' },
    description: {
      zh: '引导到 Telegram、WhatsApp、Line、钉钉、飞书等工具，或发出小红书号、抖音号等账号。',
      en: 'Sending the buyer to Telegram, WhatsApp, Line, DingTalk…, or giving a Xiaohongshu/Douyin account.',
    },
    hint: { zh: '删除账号和引导说法，在平台聊天窗口里沟通。', en: 'Remove the account and the invitation; keep talking in the platform chat.' },
  },
  terms: OTHER_IM_TERMS,
  check(ctx, hits) {
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Spans(ctx.compact.length);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const before = ctx.before(hit.start, 8);
      const after = ctx.after(hit.end, 10, 'hard');
      const tail = ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1, ctx.norm.compactToFolded[hit.end - 1]! + 8);
      const value = valueAfter(ctx, hit.end);
      const weak = hit.spec.tag === 'weak';
      const introduced = value && (INTRODUCED.test(tail) || (EN_IS.test(ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1, ctx.norm.compactToFolded[hit.end - 1]! + 40)) && EN_OURS_BEFORE.test(before)));
      const meeting = MEETING_APP.test(ctx.compact.slice(hit.start, hit.end)) && ((MEETING_OPENED_BEFORE.test(ctx.before(hit.start, 8, 'soft')) && BUYER_IN_IT.test(ctx.before(hit.start, 16, 'hard') + after)) || MEETING_ENTERED_AFTER.test(after));
      const act = meeting || (STRONG_ACT_BEFORE.test(ctx.before(hit.start, 24)) && !EN_ACT_NEGATED.test(ctx.before(hit.start, 24))) || actWithHandleBefore(ctx.folded, ctx.norm.compactToFolded[hit.start]!) || (OUR_PAGE.test(before) && (PAGE_AFTER.test(after) || OURS_THERE.test(after))) || (!weak && ACT_BEFORE.test(before)) || IM_ACT_AFTER.test(after) || channelsOffered(ctx, hit.start, hit.end) || (IM_AS_VERB_BEFORE.test(before) && IM_AS_VERB_AFTER.test(ctx.after(hit.end, 8, 'soft')));
      // 您有Line吗？ID 是 tokyo_kaori: the id follows in the next sentence.
      const handle = !value && laterHandle(ctx, hit.end, 40, 1);
      if (!(introduced || (value && !weak) || act || handle)) continue;
      const end = value && (introduced || !weak) ? value.end : hit.end;
      taken.add(hit.start, end);
      if (denied(ctx, hit.start) || DENIED_AFTER.test(after) || (!value && warningContext(ctx, hit.start, hit.end))) {
        ctx.report(rule, { start: hit.start, end, severity: 'info', message: '提到其他通讯工具（否定或提醒语境）' });
      } else {
        ctx.report(rule, { start: hit.start, end, message: value || handle ? '发出了其他通讯工具的账号（站外联系方式）' : '疑似引导买家到其他通讯工具联系' });
      }
    }
  },
});

export default rule;
