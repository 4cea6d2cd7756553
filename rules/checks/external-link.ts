// 2.3: links that leave the platform — full URLs, www., bare domains (.cn .com.cn .shop .top .xyz …),
// spelled or spaced forms (www点xx点com, xx。com, w w w . x x . n e t), a domain dictated in pieces
// (网址前半截是 nzmilk-direct，后面接 .co.nz; 店名拼音 xinxilan，后面加点com), IPv4 hosts, short links (t.cn,
// dwz.cn, m.tb.cn …), other platforms' links and share codes (淘口令 ￥Ab3xYz9￥, 复制…打开淘宝).
// The platform's own hosts (kuaishou.com, v.kuaishou.com, kwaixiaodian.com …) and in-app wording
// (小黄车, 3号链接, 店铺主页, 复制此消息打开【快手】) are fine. Something to copy or type into a browser (评论区置顶那条里有
// 我们另一个店的链接，复制到浏览器打开) leaves the app whatever it is; a customs or courier lookup does not count.

import { matchesOf } from '../context';
import { defineRule, terms } from '../define-rule';
import { compactRange, denied, sentence, warningContext } from '../detect/cues';
import { assemblies, PIECES_VOCABULARY } from '../detect/pieces';
import { links } from '../detect/urls';

// Share codes: a token of 6–14 letters/digits between two identical currency-like marks.
const SHARE_MARK = /[¥$€£₤₳¢₴]/;
const SHARE_CODE = /([¥$€£₤₳¢₴])\s*([a-z0-9]{6,14})\s*\1/g;
// www xiaodian com: words for a domain with the dots left out.
const SPACED_WWW = /(?<![a-z0-9])www\s+[a-z0-9-]{2,}\s+(?:com|cn|net|shop|top|vip|xyz|store|cc)(?![a-z0-9])/g;
// WeChat mini-program links: #小程序://店名/xxxx
const MINI_PROGRAM = /#?小程序:\/\/\S+/g;
// "Copy this and open <another app>".
// (round 24, t24a: cloud drives too — 复制这段口令打开夸克)
const OPEN_OTHER_APP = /(?:打开|去|到|上|进)(?:手机)?(?:夸克|百度网盘|百度云|阿里云盘|迅雷|淘宝|天猫|京东|拼多多|抖音|闲鱼|咸鱼|小红书|得物|唯品会|微店|某宝|淘bao|tb|pdd|dy|xhs)(?:app|极速版)?/g;
// Words that make "open <app>" the tail of a share text.
const SHARE_CUE = /复制|口令|粘贴|长按/;

// Round 24 (t24a): a file handed over on an outside cloud drive (说明书传到夸克网盘了，提取码 8x7k; 我把视频放百度云，链接私发您):
// the drive is a channel off the platform once something is put there or fetched from it — not a product's feature (这款NAS
// 支持私有云盘) nor a refusal (不用去网盘找，详情页就有).
const DRIVE_SHARE = /提取码|口令|链接|分享|传到|传在|传了|放到|放在|放了|存到|存在|上传|下载|复制|打开|私发|发(?:您|你|给)/;
const DRIVE_FEATURE = /功能|支持|容量|硬盘|nas|内存|同步备份|自动备份|会员|空间不够/;

// Round 24 (t24a): a link said to be blocked in this chat and so sent another way (那个店的链接在这里发会被屏蔽，我私信里发您; 网址
// 发不出来，我单独发你): dodging the platform's filter is the tell, whatever the link — sent by us (not 您发的链接被屏蔽了，截图发我).
// Gated on a filter word in the draft.
const FILTER_WORD = /屏蔽|被吞|被拦|被过滤|发不出|发不了|不让发|敏感词|违禁词|被和谐/;
const LINK_DODGES_FILTER = /(?:链接|网址|网站|地址)[^。！？]{0,12}?(?:屏蔽|被吞|被拦|被过滤|发不出|发不了|不让发|敏感词|违禁词|被和谐)[^。！？]{0,12}?(?:(?:我|我们)(?:再|用|在|从)?(?:私信|私聊|私下|单独|换个地方|别的地方|小窗|图片|截图)(?:里|上)?(?:再)?(?:发|给|告诉|传)|(?:私信|私聊|私下|单独|小窗)(?:里|上)?(?:再)?(?:发|给|传)(?:给)?(?:您|你))|(?:私信|私聊|私下|单独|小窗)(?:里|上)?(?:发|给)(?:您|你)[^。！？]{0,8}?(?:链接|网址|网站)[^。！？]{0,12}?(?:屏蔽|被吞|被拦|被过滤|发不出|发不了|不让发)/g;

// (round 45, t45i: …or typed into the address bar — 在浏览器地址栏里打…)
const BROWSER_ACT = /复制|粘贴|输入|搜|打开|地址栏(?:里|上|中)?(?:直接)?(?:打|敲|填|输|键入)/;
/** Round 45 (t45i): the platform said unable to carry something (平台这边传不上去, 平台上发不了, 在平台没法放). */
const PLATFORM_CANNOT_CARRY = /(?:在)?平台(?:这边|那边|上|里)?(?:传|发|放|上传)(?:不上去?|不了|不出去?)|(?:在)?平台(?:这边|那边|上|里)?(?:不让|不能|没法|无法)(?:传|发|放|上传)/g;
const BROWSER_OBJECT = /链接|网址|地址|口令|店|网站|这段|这串|那条|那串|我们/;

const MESSAGES = {
  'other-platform': '发出了其他平台的链接',
  short: '发出了第三方短链接',
  external: '发出了站外链接（未经平台许可的网址）',
  'public-service': '站外网址（政府或物流查询网站）：建议引导买家在订单页查看',
} as const;

const rule = defineRule({
  meta: {
    id: 'external-link',
    clause: '2.3',
    severity: 'block',
    title: { zh: '站外链接', en: 'Outside link' },
    description: {
      zh: '站外网址、不带协议头或拆写的域名、IP、短链接、其他平台链接和淘口令。快手自己的域名和站内说法不算。',
      en: 'Outside URLs, bare or spelled-out domains, IPs, short links, other platforms\' links and share codes. Kuaishou\'s own hosts are fine.',
    },
    hint: { zh: '删除链接，改用平台商品链接（如“直播间 3 号链接”“店铺主页”）。', en: 'Remove the link; point to the platform listing instead (e.g. item 3 in the live room, the shop page).' },
  },
  // The buyer told to carry something into a browser (复制到浏览器打开, 浏览器里输入我们店名): that leaves the app whatever it is.
  terms: [...terms(['浏览器'], { tag: 'browser' }), ...terms(['网盘', '云盘', '百度云'], { tag: 'drive' })],
  vocabulary: PIECES_VOCABULARY,
  check(ctx, hits) {
    for (const hit of hits) {
      const s = sentence(ctx, hit.start, hit.end, 30);
      if (hit.spec.tag === 'drive') {
        if (!DRIVE_SHARE.test(s) || DRIVE_FEATURE.test(s) || /快手|平台|详情页|订单页/.test(s)) continue;
        const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
        ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到网盘（否定或提醒语境）' : '引导买家到站外网盘获取内容（站外链接）' });
        continue;
      }
      // (round 45, t45i: the platform named only as what cannot carry it — 视频太长，平台这边传不上去 — is the reason to leave, not the place to go)
      if (!BROWSER_ACT.test(s) || !BROWSER_OBJECT.test(s) || /快手|kuaishou|订单页|平台|海关|官网查|查询|物流/.test(s.replace(PLATFORM_CANNOT_CARRY, ''))) continue;
      const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
      ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到用浏览器打开（否定或提醒语境）' : '引导买家复制内容到浏览器打开（站外链接）' });
    }
    for (const link of links(ctx)) {
      if (link.kind === 'own') continue;
      const [start] = compactRange(ctx, link.start, link.end);
      const info = link.kind === 'public-service' || denied(ctx, start, 6);
      ctx.report(rule, {
        start: link.start,
        end: link.end,
        view: 'folded',
        severity: info ? 'info' : 'block',
        message: denied(ctx, start, 6) ? '提到站外网址（否定语境）' : MESSAGES[link.kind],
        ...(info ? {} : { fix: '' }),
      });
    }
    // 网址前半截是 nzmilk-direct，后面接 .co.nz: a domain dictated in pieces (detect/pieces.ts).
    for (const a of assemblies(ctx)) {
      if (a.kind !== 'link') continue;
      const off = denied(ctx, a.start);
      ctx.report(rule, { start: a.start, end: a.end, severity: off ? 'info' : 'block', message: off ? '提到站外网址（否定语境）' : `分段报出了站外网址（${a.value}）` });
    }
    for (const m of FILTER_WORD.test(ctx.compact) ? matchesOf(LINK_DODGES_FILTER, ctx.compact) : []) {
      const start = m.index!;
      const end = start + m[0].length;
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到链接被屏蔽（否定或提醒语境）' : '称链接在平台会被屏蔽而改用其他方式发送（站外链接）' });
    }
    // Each pattern below runs only when the draft holds what every match of it needs (cheap gates).
    const folded = ctx.folded;
    for (const re of [folded.includes('www') && SPACED_WWW, folded.includes('小程序://') && MINI_PROGRAM]) {
      if (!re) continue;
      for (const m of matchesOf(re, folded)) ctx.report(rule, { start: m.index!, end: m.index! + m[0].length, view: 'folded', message: re === MINI_PROGRAM ? '发出了小程序链接（站外购物渠道）' : '发出了站外网址（空格拆写）', fix: '' });
    }
    for (const m of SHARE_MARK.test(folded) ? matchesOf(SHARE_CODE, folded) : []) {
      const code = m[2]!;
      const original = ctx.text.slice(ctx.norm.folded.start[m.index!]!, ctx.norm.folded.end[m.index! + m[0].length - 1]!);
      const mixedCase = /[a-z]/.test(original) && /[A-Z]/.test(original);
      if (!/[a-z]/.test(code) || !(/\d/.test(code) || mixedCase)) continue;
      ctx.report(rule, { start: m.index!, end: m.index! + m[0].length, view: 'folded', message: '发出了其他平台的口令（如淘口令）', fix: '' });
    }
    // A share text needs its cue (复制, 口令…) within the sentence before: none in the draft, none to find.
    for (const m of SHARE_CUE.test(ctx.compact) ? matchesOf(OPEN_OTHER_APP, ctx.compact) : []) {
      const before = ctx.before(m.index!, 40, 'hard');
      if (!SHARE_CUE.test(before) || denied(ctx, m.index!)) continue;
      ctx.report(rule, { start: m.index!, end: m.index! + m[0].length, message: '引导复制口令到其他平台打开' });
    }
  },
});

export default rule;
