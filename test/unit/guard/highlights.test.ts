// @vitest-environment happy-dom
// Issue 4: Chromium repaints the whole page on any change to a registered CSS highlight (with
// 2,000 chat rows, 50–100 ms of paint per keystroke). The highlighter sets the highlights only
// when the marks change; the same marks over the same text are left alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '@/content/guard/highlights';
import type { Draft, EditorHandle } from '@/content/guard/editor';
import type { Finding } from '@/rules/types';

let changes: number;
let controller: AbortController;

class FakeHighlight {
  readonly ranges = new Set<AbstractRange>();
  add(r: AbstractRange) {
    changes++;
    this.ranges.add(r);
  }
  clear() {
    changes++;
    this.ranges.clear();
  }
}

beforeEach(() => {
  changes = 0;
  controller = new AbortController();
  const w = window as unknown as { CSS: object; Highlight: unknown };
  w.CSS = { ...(w.CSS ?? {}), highlights: new Map() };
  w.Highlight = FakeHighlight;
});
afterEach(() => controller.abort());

function editor(p: HTMLElement): EditorHandle {
  return {
    element: p,
    kind: 'contenteditable',
    isField: false,
    read: () => ({ text: p.textContent ?? '', map: null }),
    range: (_draft: Draft, start: number, end: number) => {
      const r = document.createRange();
      r.setStart(p.firstChild!, start);
      r.setEnd(p.firstChild!, end);
      return r;
    },
    replace: async () => false,
    saveSelection() {},
    restoreFocus() {},
  } as unknown as EditorHandle;
}

const finding = (start: number, end: number): Finding => ({ clause: '2.3', rule: 'custom', severity: 'block', start, end, match: '', message: '' }) as unknown as Finding;

describe('createHighlighter (Highlight API)', () => {
  it('typing after a mark does not touch the highlights; a new or moved mark does', () => {
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = '亲，禁词甲';
    const ed = editor(p);
    const h = createHighlighter(document, controller.signal);
    h.show(ed, ed.read(), [finding(2, 5)]);
    const afterFirst = changes;
    expect(afterFirst).toBeGreaterThan(0);
    for (const ch of '这款面霜是正品') {
      (p.firstChild as Text).appendData(ch);
      h.show(ed, ed.read(), [finding(2, 5)]);
    }
    expect(changes).toBe(afterFirst);
    (p.firstChild as Text).appendData('禁词甲');
    const end = p.textContent!.length;
    h.show(ed, ed.read(), [finding(2, 5), finding(end - 3, end)]);
    expect(changes).toBeGreaterThan(afterFirst);
    const registry = (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
    const ranges = [...registry.values()].flatMap((x) => [...x.ranges]);
    expect(ranges.map((r) => [r.startOffset, r.endOffset])).toEqual([
      [2, 5],
      [end - 3, end],
    ]);
    h.show(ed, ed.read(), []);
    expect([...registry.values()].flatMap((x) => [...x.ranges])).toEqual([]);
  });

  it('a pass over the same marks changes nothing in the page: no attribute of the host or the mirror is set again', () => {
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = '亲，禁词甲';
    const ed = editor(p);
    const h = createHighlighter(document, controller.signal);
    h.show(ed, ed.read(), [finding(2, 5)]);
    const records: string[] = [];
    const observer = new MutationObserver((rs) => rs.forEach((r) => records.push(`${(r.target as Element).localName ?? r.target.nodeName}.${r.attributeName}`)));
    observer.observe(h.host, { attributes: true, attributeFilter: ['data-findings', 'hidden'] });
    observer.observe(h.host.shadowRoot!, { attributes: true, subtree: true, childList: true });
    for (const ch of '这款面霜是正品') {
      (p.firstChild as Text).appendData(ch);
      h.show(ed, ed.read(), [finding(2, 5)]);
    }
    records.push(...observer.takeRecords().map((r) => `${(r.target as Element).localName}.${r.attributeName}`));
    observer.disconnect();
    expect(records).toEqual([]);
  });

  it('keeps the mirror and the banner panel contained: their redraws do not lay out or paint the page', async () => {
    const { readFileSync } = await import('node:fs');
    const rule = (file: string, selector: string) => new RegExp(`\\${selector}\\s*\\{([^}]*)\\}`).exec(readFileSync(`content/guard/${file}`, 'utf8'))?.[1] ?? '';
    expect(rule('mirror.css', '.mirror')).toMatch(/contain:\s*strict/);
    expect(rule('banner.css', '.panel')).toMatch(/contain:\s*layout paint style/);
  });
});
