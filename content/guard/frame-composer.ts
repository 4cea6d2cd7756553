// A composer that is its frame (round 60, rt60 F1): TinyMCE's and CKEditor 4's default editing frame is an about:blank
// <iframe> whose <body contenteditable> is the editor, with the 发送 in the parent page under the frame. The body's box is
// only as tall as the text typed so far; the editor the agent sees (and clicks into) is the whole frame. The banner keeps
// clear of the frame, and of the parent's controls beside it, not of the body's box.

/** Share of its frame's viewport, each way, a composer's box must span to stand for the frame. */
const FILLS = 0.8;

/** Whether a composer's box spans its frame's viewport (both ways, at least FILLS of each). */
export function fillsViewport(box: { width: number; height: number }, viewport: { width: number; height: number }): boolean {
  return viewport.width > 0 && viewport.height > 0 && box.width >= viewport.width * FILLS && box.height >= viewport.height * FILLS;
}

/**
 * The frame element (in the parent page) a composer fills: its frame's <body> or <html>, or a box spanning the frame's
 * viewport. Null in the top document, under a cross-origin parent (out of reach: the banner stays in the frame), or
 * for a composer that is only part of its frame (a frame holding a text box and its own 发送).
 */
export function frameFilledBy(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win || win.parent === win) return null;
  let frame: Element | null = null;
  try {
    frame = win.frameElement; // null (no throw) under a cross-origin parent; a throw would be a detached frame
  } catch {
    return null;
  }
  if (!frame) return null;
  if (el === doc.body || el === doc.documentElement) return frame as HTMLElement;
  return fillsViewport(el.getBoundingClientRect(), { width: win.innerWidth, height: win.innerHeight }) ? (frame as HTMLElement) : null;
}
