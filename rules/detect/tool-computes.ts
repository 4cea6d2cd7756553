// Round 54 (eng54c): a loan's figures worked out by a tool or by the goods (这款计算器能算房贷月供和利息, 表格里自带贷款计算, 这个 app 可以
// 测算车贷利息): the goods' function described, nothing lent. The tool or the goods named in the sentence, a computing verb before the loan
// word, and never a lending offer near (找我, 帮您办, 下款, 征信, 口子…) — 我们能帮您算贷款额度，当天下款 stays a pitch.
// Shared by checks/loan.ts (its cues) and checks/likely-off-topic.ts (the model's gate).

const CALC_VERB = /(?:能|可以|可|会|用来|用于|支持|方便|自动|一键|直接)(?:直接)?(?:算|计算|换算|核算|测算)(?:出)?|计算器|计算功能|测算功能|[贷息](?:的)?(?:计算|测算)/;
const CALC_TOOL = /计算器|计算机|这款|这台|这个|该款|app|软件|小程序|表格|模板|功能|按键|函数|型号|机器/;
/** A lending offer or its terms: what turns a computing tool back into a pitch. */
export const LENDING_PITCH = /找我|私我|私聊|加我|帮(?:您|你)(?:办|申请|弄|搞|下)|(?:我们|我这边?|这边)(?:可以|能|也能|也可以)(?:办|放|借|下|帮)|办理?(?:贷|借|一笔)|下款|放款|征信|周转|抵押|秒批|到账|渠道|口子|门路|不看|黑户|白户|急用|缺钱|借(?:给|您|你)|额度/;

/** The sentence (compact text) describes a tool or goods computing loan figures, with no lending offered in it. */
export function toolComputes(s: string): boolean {
  return CALC_VERB.test(s) && CALC_TOOL.test(s) && !LENDING_PITCH.test(s);
}
