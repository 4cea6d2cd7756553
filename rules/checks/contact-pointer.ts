// 2.3: implicit pointers to a private channel — 看主页简介, 头像有V, 主页有惊喜, 留个联系方式, 留个号码,
// 您电话多少, 你把手机号留一下 (the number named first, the ask after it), 加个好友, 私我, 签名里有个号, 外面聊, 头像就是我的码(截图去扫) … The channel is not named, so these are
// usually a warning. An id to add after 加 + our named account (加一下我们的售后小助手 ks_help_007) blocks, as does an account id dictated in pieces (前半截 lucky，后半截 wine520，连起来就是我的号).
// The app's own pages (点我们头像进店铺, 店铺主页有新品) and the order's contact details are fine.

import { defineRule } from '../define-rule';
import { matchesOf, phraseRegex } from '../context';
import { compactRange, denied, sentence, Spans, warningContext } from '../detect/cues';
import { assemblies, PIECES_VOCABULARY } from '../detect/pieces';
import { POINTER_TERMS } from '../lexicon/third-party';

// Something hidden on the profile: a V, a contact, a surprise.
const PROFILE_HINT = /(?:有|上有|里有|写着|放了|挂着|留了|看|见|找)(?:个|一个)?(?:我的?)?(?:v|微|薇|vx|wx|联系|方式|号|惊喜|福利|暗号|彩蛋|好礼|q|扣|电话|手机)|联系方式|加我|私我|简介里|简介有|背景图|背景墙|(?:就是|是|有|里有|上有|放着|放了)(?:我的?|我们的?)?(?:码|二维码|名片)/;
// The profile picture is the code: 头像就是我的码，截图去扫.
const PROFILE_CODE = /^(?:里|上)?(?:就是|是|有|放着|放了)(?:我的?|我们的?)?(?:码|二维码|名片)/;
const IN_APP = phraseRegex(['店铺主页', '进店', '进入店铺', '关注', '上新', '全部商品', '商品', '橱窗', '直播', '作品', '快手', '小黄车', '链接', '店铺', '点一下', '点击']);
// The order's own contact data, the courier's call.
const ORDER_CONTACT = phraseRegex(['订单', '收件', '收货', '快递', '派送', '骑手', '物流', '海关', '修改', '正确', '核对', '确认', '只用于', '泄露', '保护', '页面', '填写', '预留',
  '系统', '平台']);
// 加一下这个号 hk_mall88 / 搜 lamer_dg: an account id to add, whatever the app.
const ACCOUNT_ID = /(?<![a-z0-9_.@/-])[a-z][a-z0-9_\-]{4,29}(?![a-z0-9_@.-])/g;
const ADD_BEFORE = /(?:加|添加|搜|搜索|扫)(?:一下|下|我|我的|这个|个|好友|的)*(?:号|账号|帐号|id)?(?:是|为)?$/;
// 加一下我们的售后小助手 ks_help_007: add + our named account + the id.
const ADD_OUR_NAMED = /(?:加|添加)(?:一下|下|上)?(?:我们|我)的?[\u4e00-\u9fff]{1,6}$/;
const TRACKING_LIKE = /^(?:sf|yt|jt|zto|sto|yd|jd|jdva|ea|lb|ems|dhl|ups|ks|lot|sku|no)\d/;
const COURIER_SUBJECT = /快递|骑手|配送员|派送员|司机|海关|物流|驿站|品牌方|厂家/;

const rule = defineRule({
  meta: {
    id: 'contact-pointer',
    clause: '2.3',
    severity: 'warn',
    title: { zh: '暗示站外联系方式', en: 'Hint at an outside contact' },
    description: {
      zh: '“看主页简介”“头像有V”“留个联系方式”“您电话多少”等暗示站外联系的说法。站内页面说法不算。',
      en: 'Hints at an outside contact: see my profile, my avatar has the V, leave your number. In-app pages are fine.',
    },
    hint: { zh: '删除该说法，告诉买家有问题直接在这里留言。', en: 'Remove it; tell the buyer to leave a message here.' },
  },
  terms: POINTER_TERMS,
  vocabulary: [...PIECES_VOCABULARY, PROFILE_CODE.source],
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    // 前半截 lucky，后半截 wine520，连起来就是我的号: an account id dictated in pieces (detect/pieces.ts).
    for (const a of assemblies(ctx)) {
      if (a.kind !== 'account' || /快手|平台|店铺|订单/.test(sentence(ctx, a.start, a.end, 30))) continue;
      taken.add(a.start, a.end);
      const off = denied(ctx, a.start) || warningContext(ctx, a.start, a.end);
      ctx.report(rule, { start: a.start, end: a.end, severity: off ? 'info' : 'block', message: off ? '提到联系方式（否定或提醒语境）' : '分段报出了账号（站外联系方式）' });
    }
    for (const m of matchesOf(ACCOUNT_ID, ctx.folded)) {
      const id = m[0];
      if (!/\d|_/.test(id) || TRACKING_LIKE.test(id)) continue;
      const [start, end] = compactRange(ctx, m.index!, m.index! + id.length);
      const before = ctx.before(start, 10);
      if (!(ADD_BEFORE.test(before) || ADD_OUR_NAMED.test(ctx.before(start, 14))) || /快手|平台|店铺|订单|单号|优惠|券|型号|货号/.test(ctx.before(start, 16, 'hard'))) continue;
      taken.add(start, end);
      ctx.report(rule, { start, end, severity: denied(ctx, start) ? 'info' : 'block', message: '发出让买家添加的账号（站外联系方式）' });
    }
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const tag = hit.spec.tag;
      const s = sentence(ctx, hit.start, hit.end, 30);
      const before = ctx.before(hit.start, 10);
      const after = ctx.after(hit.end, 12, 'hard');
      let severity: 'block' | 'warn' | undefined;
      if (tag === 'profile') {
        if (/朋友圈|pyq|票圈/.test(hit.key)) {
          if (/分享|转发/.test(before)) continue;
          if (/我|我们/.test(before.slice(-3)) || /^(?:里|上)?(?:有|看|发|都有)/.test(after)) severity = 'warn';
        } else if (PROFILE_HINT.test(after) || /看我|去我|我的?$/.test(before) && !IN_APP.test(after)) {
          severity = /v|微|vx|wx|联系|方式|号|电话|q|扣/.test(after.slice(0, 8)) || (PROFILE_CODE.test(after) && /扫|加|识别/.test(s)) ? 'block' : 'warn';
        }
        if (severity && IN_APP.test(s) && !/v|微|vx|联系|号|惊喜|暗号|福利|简介|背景/.test(after)) severity = undefined;
      } else if (tag === 'contact-way') {
        if (ORDER_CONTACT.test(s) || /^(?:是否|有误|不对|变了)/.test(after) || /品牌|厂家|官方|快递|海关|说明书/.test(before)) continue;
        if (/(?:留|留个|留下|给|给个|发|发个|发我|告诉|加|私信|要|换个)(?:一下|个)?(?:您|你)?的?$/.test(before) || /^(?:在|发|给|私|加|是|写|放|留|见|看|详见)/.test(after) || /我的?(?:私人|个人)?$/.test(before)) {
          severity = /主页|头像|简介|私|加/.test(s) ? 'block' : 'warn';
        }
      } else if (tag === 'ask-number') {
        if (ORDER_CONTACT.test(s) && (!/打给您|打给你|联系您|加您|私下/.test(s) || COURIER_SUBJECT.test(s))) continue;
        severity = 'warn';
      } else if (tag === 'number') {
        // 你把手机号留一下，我加你私聊: the buyer's number asked for, the verb after the noun.
        if (!/^(?:留|发|给|报|告诉|写|私)(?:一下|下|个|给我|我|过来|一个|出来)/.test(after)) continue;
        // …fronted by 把 / 您的, or opening the sentence (号码留给我，有货通知您).
        if (!/(?:把|您的?|你的?)$/.test(before) && ctx.before(hit.start, 1, 'hard') !== '') continue;
        if (ORDER_CONTACT.test(s) && !/打给您|打给你|加您|加你|私下|私聊/.test(s)) continue;
        severity = /私聊|加您|加你|私下|微信|vx|外面/.test(s) ? 'block' : 'warn';
      } else if (tag === 'move') {
        if (/电话|打给|打个|来个|回个|电联/.test(hit.key)) {
          // A call from the courier or the customs office is not a private channel.
          if (COURIER_SUBJECT.test(ctx.before(hit.start, 14, 'hard'))) continue;
          if (!/我|我们|客服|老板|店长/.test(s.replace(/您|你/g, '')) || /平台|订单页|快手/.test(s)) continue;
          if (/给您打电话|给你打电话|电话联系您|电话联系你|打给您|打给你/.test(hit.key) && /快递|派送|签收/.test(s)) continue;
        }
        if (/好友/.test(hit.key) && /分享|邀请|推荐给|转发|平台|活动页|快手/.test(s)) continue;
        severity = 'warn';
      }
      if (!severity) continue;
      taken.add(hit.start, hit.end);
      if (denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end)) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到联系方式（否定或提醒语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, severity, message: '疑似暗示买家到站外联系（主页/头像/联系方式/电话）' });
    }
  },
});

export default rule;
