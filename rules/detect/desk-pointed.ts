// Round 39 (t39n): the platform's desk named as a heading over where to find it (快手官方客服中心：在APP「我的-客服」里可以找到; 平台客服：入口在
// 订单详情页右上角): the shop points the buyer to the platform's own help desk, the platform does not speak. Shared by the 2.9 rules that read
// a platform office or persona as a header (fake-system-notice, impersonate-platform). Not over a sanction, the buyer's account or order,
// a deadline or the buyer told to forgo a complaint (快手官方客服中心：您的订单已冻结，请在APP里找到解冻入口).

/** Where the desk is found: a place or a path, then a verb of finding or reaching (在…里可以找到, 入口在…, 打开快手点…就能进). */
const DESK_WHERE = /^[\s「『“"]*(?:入口|路径|位置|方法)?(?:就)?(?:在|从|于|打开|进入|点击?|点开)[^。！？!?]{0,30}?(?:找到|找|进入|进去|进|打开|看到|联系|咨询|入口)/;
/** What a notice says and a pointer does not: a sanction, the buyer's own things, a deadline, a complaint waved off. */
// (…or the persona speaking itself after all: 在这里联系我就行, 找我处理)
const NOTICE_WORDS = /这里|这儿|这边|此处|本对话|对话(?:框|里)|联系我|找我|问我|我来|我帮|我们|帮您|为您|给您|您的|你的|閣下|阁下|冻结|凍結|限制|封|违规|違規|风险|風險|异常|異常|处罚|處罰|扣除|扣分|驳回|駁回|关闭|關閉|验证|驗證|解冻|解凍|注销|註銷|失效|删除|刪除|拒绝|拒絕|审核|審核|小时内|天内|日内|逾期|请勿|請勿|不要|无需|無需|不必|撤销|撤銷|介入|投诉|投訴|申诉|申訴/;

/** The text right after a platform office's header tells only where the desk is found. */
export function deskPointed(body: string): boolean {
  const head = body.slice(0, 60);
  return DESK_WHERE.test(head) && !NOTICE_WORDS.test(head);
}
