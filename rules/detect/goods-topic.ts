// Round 54 (eng54c): a word that is the subject of goods we sell — a book's or a course's topic (招聘面试类的书, 这本《房贷一本通》讲的是买房
// 贷款的知识), a planner's or a template's page (理财手账有贷款还款记录页) — or a figure a tool works out (detect/tool-computes.ts): the goods are
// described, nothing is offered. Never with an offer, a private channel or terms beside it (找我, 私我, 报名, 日结, 下款, 征信…).
// Shared by checks/loan.ts, checks/recruiting.ts and checks/unrelated-service.ts.
import type { LintContext } from '../context';
import { LENDING_PITCH, toolComputes } from './tool-computes';

const TOPIC_OF_GOODS =
  /[\u4e00-\u9fff]{1,8}类的?(?:书|图书|教材|读物|课程|指南|绘本|杂志|工具书)|(?:这本|那本|本书|这套书|书|教材|指南|读物|绘本|杂志|课程|》)[^，。！？]{0,8}?(?:讲的是|讲的|讲|介绍的?是?|主题是|内容是|是关于|关于|教(?:您|你|大家)?)[^，。！？]{0,16}?(?:知识|方法|技巧|流程|常识|攻略|经验|注意事项|套路|话术|的事|问题)|(?:手账|本子|笔记本|记账本|表格|模板|日程本|计划本)[^，。！？]{0,6}?(?:有|带|自带|附|含)[^，。！？]{0,10}?(?:页|栏|模块|分区|表格?|记录)/;
const TOPIC_OFFER = /找我|私我|私聊|加我|报名|日结|底薪|提成|(?:我们|我|本店)(?:这边)?(?:也|还|正在|在)?(?:招|办|放|借|代办|帮(?:您|你)办)|帮(?:您|你)(?:办|申请|找工作)|下款|放款|征信|口子|渠道|门路|内推/;

/** Compact text (a sentence or a window) describes goods whose subject is the word, or a tool working it out, with nothing offered. */
export function goodsTopicText(s: string): boolean {
  return (TOPIC_OF_GOODS.test(s) && !TOPIC_OFFER.test(s) && !LENDING_PITCH.test(s)) || toolComputes(s);
}

/** The anchor's sentence window (40 units each side, sentence-bounded) reads as goods' subject. */
export function goodsTopicAt(ctx: LintContext, start: number, end: number): boolean {
  return goodsTopicText(ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard'));
}
