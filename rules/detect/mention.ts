// Words mentioned, not used (round 11, fa11, generic false alarms). Two frames where an anchor word names a thing
// the reply talks ABOUT, said to no one:
//   - a gloss: the word followed by what it means or which language it is in — 收皮在粤语里是“收工”的意思,
//     收皮就是广东话里下班的意思, “A货”是粤语里仿品的说法, 高仿的意思是仿得很像的假货. Not when the meaning is aimed at
//     the buyer (滚的意思就是让你走, 爱买不买的意思你懂吧): a 你 in the sentence, or a 您 in the gloss clause itself.
//   - a depicted work (depicted(), for rules that opt in by skipDepicted): the word tells what happens in a film,
//     a book, a drama or a game the shop sells or mentions — 这部港片讲的是讨债公司泼油漆的故事, 小说里反派往主角家门口
//     泼油漆, 里面有往门上泼油漆的镜头, 这本书讲的是毒品的危害. Not when the buyer or the shop is the actor (跟电影里
//     一样，我们会去你家门口泼油漆): a 你, 您家 or a first person who will act stays a threat.
// Both are checked once per anchor hit of a cue rule (detect/cue-rule.ts), on slices the hit cuts anyway.

import type { LintContext } from '../context';

/** Right after the word (a closing quote is already gone from the compact view): a language, or "means". */
// Round 36 (t36f): …not a school subject's marks or lessons right after the word (我表妹英语不好, 我女儿英语成绩太差): the person's studies,
// no gloss of the word.
const GLOSS_AFTER =
  /^(?:这个词|这词|这个说法|这句话?|一词)?(?:其实|本来|原本|就|也)?(?:是|在|属于|来自)?(?:粤语|广东话|白话|方言|闽南话|东北话|四川话|上海话|台湾话|港台|网络用语|网络流行语|网络梗|流行语|网络词|英文|英语|日语|韩语|谐音|缩写|拼音缩写)(?!成绩|课|老师|水平|不好|太差|很差|差|一般|考试|作业|分数|不及格|补习|辅导|培训|班|题|单词|口语|听力|学习|学得|学不)|^(?:的)?意思(?:是|就是)|^(?:其实|本来|原本)?(?:就)?是[^，。！？]{0,12}的意思|^是什么意思|^(?:其实|本来|原本)?(?:就)?是(?:骂人|粗口|脏话|不礼貌|不好听)的(?:话|词|意思|说法)/;
const TO_BUYER = /你/;
const LANGUAGE_BEFORE = /(?:粤语|广东话|白话|方言|闽南话|东北话|四川话|上海话|台湾话|网络用语|网络流行语|英文|英语|日语|韩语)(?:里|中|里面|当中)?(?:的)?(?:说)?$/;
const GLOSS_AFTER_LANGUAGE = /^(?:是|就是|其实是|指|意思是|的意思是)/;

/** Whether the anchor at compact [start, end) is glossed as a word (see the header). */
export function glossed(ctx: LintContext, start: number, end: number): boolean {
  // Every gloss starts with one of these units right after the word: most hits stop here.
  const next = ctx.compact.charCodeAt(end);
  // 粤语里“扑街”是骂人的话: the language named right before the word, a gloss after it (round 11, after probe 2).
  if (!GLOSS_FIRST.has(next)) return false;
  if (LANGUAGE_BEFORE.test(ctx.before(start, 8)) && GLOSS_AFTER_LANGUAGE.test(ctx.after(end, 16))) return !TO_BUYER.test(ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard'));
  const clause = ctx.after(end, 24, 'soft');
  if (!GLOSS_AFTER.test(clause) || clause.includes('您')) return false;
  const sentence = ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard');
  return !TO_BUYER.test(sentence);
}
const GLOSS_FIRST = new Set([...'这一其本原就也是在属来粤广白方闽东四上台港网流英日韩谐缩拼的意'].map((c) => c.charCodeAt(0)));

/** A work whose content is told: a film, a book, a drama, a game, or its scene. */
// (round 43, t43l: 一大片 is a swath — 河里的鱼麻翻一大片 — no blockbuster)
const WORK =
  /电影|影片|港片|(?<![一整好]|大片)大片(?!大片)|片子|纪录片|电视剧|连续剧|网剧|短剧|剧集|动画|动漫|漫画|小说|绘本|这本书|那本书|书里|书中|本书|剧情|情节|剧本|桥段|镜头|故事|游戏里|游戏中|反派|主角|主人公|男主|女主|角色|演员|导演|主演/;
/** The buyer or the shop as the actor (a threat that only borrows a plot), or the thing on sale or played for money (电影同款…，有货; 游戏里可以充值下注).
 * Round 37 (t37a): …or footage the buyer shoots (飞过去绕基地拍一圈…这种片子在网上特别受欢迎): 片子 of a drone flight is no film's plot.
 * Round 40 (t40a): …or a book's cover as the wrapping of something sent (外面套少年漫画的封皮发) and media sold uncensored (原版不打码): a work
 * as a physical object, no plot told.
 * Round 40 (t40i): …or the shop doing a thing for the buyer (镜头这单给您开两万的发票): a camera lens sold is no film's scene.
 * Round 43 (t43g): …or a batch of goods priced (这批镜头是海上来的…所以便宜两千).
 * Round 43 (t43l): …or a lens housed in a device (小夜灯里面藏了镜头, 内置微型镜头, 镜头藏在插座里): hardware, no film's shot.
 * Round 45 (t45m): …or a copy slipped into the parcel (包裹里偷偷夹了本…的漫画, 随货塞了一册): a comic packed is a thing sent, no plot told.
 * Round 68 (eng27-68): …or copies counted out or sent privately (这本书…台版的还有三本，私发您; 限量几本): the book sold, no plot told. */
const REAL_ACTOR = /你|您家|您的家|您住|送|赠|附|网盘|云盘|合集|资源|链接|下载|无删减|不打码|没打码|txt|pdf|提现|充值|下注|押注|赢钱|[0-9]+元|有货|现货|私发|还有[0-9一两三四五六七八九十几]+本|限量|出售|售卖|代购|下单|拍下|包邮|私聊|私信|渠道|想要的|需要的|要的话|(?:我们|我|咱们|咱|本店|老板|店长)(?:也|就|都|真|会|要|可以|能|去|让|找|给|派|叫)|航拍|飞过去|拍一圈|出片|封皮|书皮|外皮|给(?:您|你)(?:开|寄|发|做|补|改|办|退|刷|装)|这批|便宜(?:了)?[0-9一二两三四五六七八九十百千]|(?:藏|装|内置|嵌|塞|带)(?:了|有|着|进|入)?(?:一)?(?:个|颗)?(?:微型|针孔|隐藏|迷你|小)?镜头|镜头(?:藏|装|嵌|塞)(?:在|进)|(?:包裹|快递|箱子|盒子|袋子|货)里|随(?:单|货|包裹|快递)|(?:夹|塞)(?:了|着|进|在)(?:一)?(?:本|册|套|份)/;

/** Whether the anchor at compact [start, end) tells what happens in a work (see the header). */
export function depicted(ctx: LintContext, start: number, end: number): boolean {
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return WORK.test(sentence) && !REAL_ACTOR.test(sentence);
}

/**
 * Round 16 (t16): a brand's or its founder's past told (创始人年轻时看到巴黎一家药房的学徒招聘, 这个品牌是一对夫妻靠一笔银行贷款开的
 * 小作坊起家的): the job ad or the loan is part of the story, no offer to the buyer. Not when the sentence turns to the buyer or to
 * now (我们品牌创立二十年了，现在在招代理，有兴趣私我).
 */
const HISTORY = /创始人|创办人|创立者|当年|最早|年轻时|早年|起家|创立|创办|成立于|发家|[0-9一二三四五六七八九十几百]+年前|第[二三四五六七八九]代|传到|老字号|一卖就是|一做就是|一开就是/;
const NOW_OR_BUYER = /你|您|(?<![父母双乡])亲(?![戚人友情子手])|有意|兴趣|私|报名|联系|加我|加入|可以|想|需要|欢迎|名额|目前|正在|现在(?:也|还)?(?:在|正|有)|急|额度|利息|放款|到账/;
export function toldHistory(ctx: LintContext, start: number, end: number): boolean {
  const sentence = ctx.before(start, 50, 'hard') + '\u0000' + ctx.after(end, 50, 'hard');
  // (正在 of the past told is no now: 那时候厂里正在招聘)
  return HISTORY.test(sentence) && !NOW_OR_BUYER.test(sentence.replace(/(?:那时候?|当时|那会儿?)[^，。]{0,4}?正在/g, ''));
}

// Round 22 (t22du): the title of a canned reply pasted with it — 【催评模板】亲，收到的宝贝满意的话欢迎评价～, [售后话术] …: the
// label names which template this is in the shop's library, it is said to no one. Only a short label heading the draft (or a
// line) and ending in a template word; the text after it is read as usual.
// Not a label that speaks as the platform or its system (【系统自动回复】, 【平台通知模板】): that label is itself the impersonation.
const TEMPLATE_TITLE = /(?:^|\n)[ \t\u3000]*[【\[［〖]((?:(?!系统|官方|平台|快手|通知|公告)[^【】\[\]［］〖〗\n]){1,12}?(?:模板|模版|话术|范本|范文))[】\]］〗]/g;
/** Whether compact [start, end) lies inside a template's title label (see above). */
export function templateTitle(ctx: LintContext, start: number, end: number): boolean {
  const titles = templateTitles(ctx);
  if (!titles.length) return false;
  const [s, e] = ctx.toOriginal(start, end);
  // The last title opening at or before s (titles ascend and do not overlap): a binary search, so a paste of many
  // templates costs log(titles) per hit.
  let lo = 0;
  let hi = titles.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (titles[mid * 2]! <= s) lo = mid;
    else hi = mid - 1;
  }
  return s >= titles[lo * 2]! && e <= titles[lo * 2 + 1]!;
}

/** The draft's title labels as [from, to) pairs in the original text: found once per draft, not once per hit (a pasted megabyte). */
function templateTitles(ctx: LintContext): number[] {
  return ctx.memo('template-titles', () => {
    const text = ctx.text;
    const out: number[] = [];
    if (!/[【\[［〖]/.test(text)) return out;
    TEMPLATE_TITLE.lastIndex = 0;
    for (let m = TEMPLATE_TITLE.exec(text); m; m = TEMPLATE_TITLE.exec(text)) {
      const open = m.index + m[0].length - m[1]!.length - 1;
      out.push(open, open + m[1]!.length);
    }
    return out;
  });
}
