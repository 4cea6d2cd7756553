// @vitest-environment happy-dom
// Round 59 (guard59, item 2): a click that opens a confirm popup of a buyer-facing field (a review box's 更多, whose popover's 确定
// saves the reply) heard before the guard started was not replayed: round 58 replayed only a row's 回复 (noteReplyOpener), so the
// popover's 确定 committed a breaking reply unjudged. The early listeners now keep, with such a click, the popups shown at that
// moment (dialogsShownAtClick), and the guard takes a popup shown since (shownPopups, not among them) as that click's (attach.ts
// noteConfirmOpener(path, early)).
import { afterEach, describe, expect, it } from 'vitest';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { isConfirmPopupShape } from '../../../sites/generic';
import { confirmOpenerField, dialogsShownAtClick, shownPopups } from '../../../sites/own-send';

const BOXES = `<div class="box"><h4>评价回复</h4><textarea id="r1" rows="1" placeholder="回复买家评价"></textarea><button type="button" id="o1">更多</button></div>
<div class="box"><h4>内部备注</h4><label for="n1">备注（仅内部可见）</label><textarea id="n1" rows="1"></textarea><button type="button" id="o3">⋯</button></div>
<div class="box"><span>买家 小王</span> <button type="button" id="look">查看</button></div>`;
/** The page's in-house popover: no role, no popup class, a fixed position, 确定 and 取消. */
const POPOVER = (id: string) =>
  `<div class="pp" id="${id}" style="position:fixed;right:10px;top:10px"><div class="x-pop">确定要发布吗？<button type="button" class="cancel">取消</button><button type="button" class="ok">确定</button></div></div>`;
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;

let ctl: AbortController;
afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
});

/** A page at load: the early listeners first (document_start), the boxes, a popover shown already, each opener's own handler. */
function loadPage() {
  document.body.innerHTML = BOXES + POPOVER('old');
  ctl = new AbortController();
  const capture = installEarlyCapture(window, ctl.signal, null, dialogsShownAtClick);
  for (const id of ['o1', 'o3']) $(`#${id}`).addEventListener('click', () => document.body.insertAdjacentHTML('beforeend', POPOVER(`pop-${id}`)));
  return capture;
}

describe('round 59: a confirm popup’s opener clicked before the guard started keeps the popups shown then', () => {
  it('a review box’s 更多: the popover shown before the click is kept as not its; the one shown since is found and shaped as a confirm', () => {
    const capture = loadPage();
    expect(confirmOpenerField($('#o1'))).toBe($('#r1'));
    $('#o1').click();
    const [early] = capture.takeEarlyClicks();
    expect(early!.shown).toContain($('#old'));
    expect(early!.shown).not.toContain($('#pop-o1'));
    const since = shownPopups(document).filter((p) => !early!.shown.includes(p));
    expect(since).toContain($('#pop-o1'));
    expect(since.filter(isConfirmPopupShape)).toEqual([$('#pop-o1')]);
  });

  it('an internal note’s ⋯ and a 查看 are no confirm openers: their clicks keep nothing (no document-wide query)', () => {
    const capture = loadPage();
    expect(confirmOpenerField($('#o3'))).toBeNull();
    $('#o3').click();
    $('#look').click();
    expect(capture.takeEarlyClicks().map((c) => c.shown)).toEqual([[], []]);
  });
});
