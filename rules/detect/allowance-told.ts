// Round 40 (t40b, shared by illegal-content and likely-illegal-or-defamation): a cross-border parcel's declaration told for what it is
// and the tax waived by the law's own allowance (报关单写的是个人物品，额度内不用交税).
/**
 * Round 40 (t40b): a cross-border parcel declared for what it is — a personal item (个人物品, 个人自用, 行邮) — and no tax owed because it is
 * within the allowance (额度内, 限额以内, 免征额, 起征点): the law's own exemption told, nothing misdeclared (报关单写的是个人物品，额度内不用交税).
 * Not with the goods declared AS something (报成, 申报成, 按…报, 当…报), split (拆单, 分开报), under-valued (低报, 少报) or the tax dodged
 * in words (逃税, 避税), nor someone else's quota (用别人的额度).
 */
export const ALLOWANCE_TOLD = /^(?![^]*(?:逃税|避税|偷税|漏税|躲税|拆单|拆成|拆开|拆分|分开报|分几单|分多单|少报|低报|瞒报|报低|写低|报成|申报成|写成|按[^]{1,8}报|当[^]{1,6}(?:报|申报)|别人|他人|借|省))(?=[^]*(?:个人物品|个人自用|自用物品|行邮|个人包裹))[^]*(?:额度内|额度以内|额度范围内|限额内|限额以内|免征额|免税额度|起征点)/;

/** Whether the compact sentence tells a personal-item declaration within the allowance, nothing misdeclared or split. */
export function allowanceTold(s: string): boolean {
  return ALLOWANCE_TOLD.test(s);
}
