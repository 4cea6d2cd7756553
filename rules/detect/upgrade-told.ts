// Round 39 (t39n): a part inside told as swapped for an upgrade (外壳是原厂的，里面的电调我们换成了升级版; 车壳是原厂的，舵机升级成了金属齿的
// 高配款): an honest modification disclosed, the rest left the maker's — not a genuine shell around contents from elsewhere. Shared by the
// counterfeit rules (the shell cue) and the 2.8 second opinion. Not with another origin, a maker of ours, a cheap copy or a wink named
// (国产, 深圳, 组装, 配的, 仿, 便宜, 懂).

/** Another origin, a maker of ours, a copy word or a wink: the upgrade talk may hide a copy's insides. */
const ELSEWHERE = /国产|国内|深圳|东莞|华强北|广州|莆田|义乌|仿|组装|工厂|厂里|副厂|杂牌|山寨|便宜|另|不是|并非|配的|调的|灌|假|a货|高版|一比一|1比1|看不出|懂|意会|私下/;
const UPGRADE = /升级版|升级款|升级的|升级了|升级成|加强版|高配|性能版|竞速版|竞赛版/;

/** Compact text tells a part upgraded, with no other origin, copy word or wink. */
export function upgradeToldText(s: string): boolean {
  return UPGRADE.test(s) && !ELSEWHERE.test(s);
}
/** The same test as a regex (a cue's notSentence): the sentence names an upgrade and nothing of the above. */
export const UPGRADE_TOLD = new RegExp(`^(?![^]*(?:${ELSEWHERE.source}))[^]*(?:${UPGRADE.source})`);
