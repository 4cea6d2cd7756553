// @vitest-environment happy-dom
// Round 60 (rt60 F1): a composer that is its frame's body (TinyMCE, CKEditor 4) stands for the frame: the banner keeps
// clear of the frame in the parent page, not of the body's box (only as tall as the text typed so far).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillsViewport, frameFilledBy } from '@/content/guard/frame-composer';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const rect = (width: number, height: number) => ({ left: 0, top: 0, right: width, bottom: height, x: 0, y: 0, width, height, toJSON: () => ({}) }) as DOMRect;

/**
 * An editor frame's document (TinyMCE: body contenteditable) in an <iframe> of this document, frame 600×150. happy-dom loads
 * no frame document, so the frame's window is a stand-in with what frameFilledBy reads of it: parent, frameElement (null: a
 * cross-origin parent, `reachable` false), viewport.
 */
function editorFrame(inner: string, reachable = true): { frame: HTMLIFrameElement; doc: Document } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = document.implementation.createHTMLDocument('');
  doc.body.id = 'tinymce';
  doc.body.contentEditable = 'true';
  doc.body.innerHTML = inner;
  Object.defineProperty(doc, 'defaultView', { value: { parent: window, frameElement: reachable ? frame : null, innerWidth: 600, innerHeight: 150 } });
  return { frame, doc };
}

describe('fillsViewport', () => {
  it('takes a box spanning its viewport both ways (80% of each), not one that spans one way only', () => {
    expect(fillsViewport({ width: 600, height: 150 }, { width: 600, height: 150 })).toBe(true);
    expect(fillsViewport({ width: 480, height: 120 }, { width: 600, height: 150 })).toBe(true);
    expect(fillsViewport({ width: 600, height: 40 }, { width: 600, height: 150 }), 'a text box as wide as its frame, one line tall').toBe(false);
    expect(fillsViewport({ width: 200, height: 150 }, { width: 600, height: 150 })).toBe(false);
    expect(fillsViewport({ width: 0, height: 0 }, { width: 0, height: 0 }), 'a frame not laid out').toBe(false);
  });
});

describe('frameFilledBy', () => {
  it('is null for a composer of the top document', () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    expect(frameFilledBy(box)).toBeNull();
    expect(frameFilledBy(document.body)).toBeNull();
  });

  it("is the frame for its document's body or <html> (TinyMCE's editing frame), whatever the body's box", () => {
    const { frame, doc } = editorFrame('<p>亲，您好</p>');
    vi.spyOn(doc.body, 'getBoundingClientRect').mockReturnValue(rect(584, 20));
    expect(frameFilledBy(doc.body)).toBe(frame);
    expect(frameFilledBy(doc.documentElement)).toBe(frame);
  });

  it('is the frame for a box spanning the frame, null for a text box that is only part of it (its own 发送 beside it)', () => {
    const { frame, doc } = editorFrame('<div id="ed" contenteditable="true"></div><textarea id="msg"></textarea><button>发送</button>');
    vi.spyOn(doc.getElementById('ed')!, 'getBoundingClientRect').mockReturnValue(rect(600, 150));
    vi.spyOn(doc.getElementById('msg')!, 'getBoundingClientRect').mockReturnValue(rect(520, 60));
    expect(frameFilledBy(doc.getElementById('ed')!)).toBe(frame);
    expect(frameFilledBy(doc.getElementById('msg')!)).toBeNull();
  });

  it('is null under a parent out of reach (cross-origin: no frameElement), and for a document with no window', () => {
    const { doc } = editorFrame('', false);
    expect(frameFilledBy(doc.body)).toBeNull();
    expect(frameFilledBy(document.implementation.createHTMLDocument('').body)).toBeNull();
  });
});
