// @vitest-environment happy-dom
// Round 56 (paste56): a textarea's draft past MIRROR_MAX_CHARS gets no mirror (its layout held the page for
// seconds on a 300,000-character paste); the highlighter says the marks were withheld, and keeps the count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter, MARKS_WITHHELD_NOTICE, MIRROR_MAX_CHARS, mirrorDrawsMarks } from '@/content/guard/highlights';
import type { EditorHandle } from '@/content/guard/editor';
import type { Finding } from '@/rules/types';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

function field(textarea: HTMLTextAreaElement): EditorHandle {
  return {
    element: textarea,
    kind: 'textarea',
    isField: true,
    read: () => ({ text: textarea.value, map: null }),
    range: () => null,
  } as unknown as EditorHandle;
}

const block = (start: number, end: number): Finding => ({ clause: '2.3', rule: 'custom', severity: 'block', start, end, match: '', message: '' }) as unknown as Finding;

describe('the mirror past MIRROR_MAX_CHARS', () => {
  it('draws marks up to the limit and none past it', () => {
    expect(MIRROR_MAX_CHARS).toBe(100_000);
    expect(mirrorDrawsMarks(MIRROR_MAX_CHARS)).toBe(true);
    expect(mirrorDrawsMarks(MIRROR_MAX_CHARS + 1)).toBe(false);
    expect(MARKS_WITHHELD_NOTICE).toMatch(/^草稿过长，输入框内不标出问题词/);
  });

  it('a field draft one character past the limit: mirror emptied and hidden, marks withheld, findings still counted; back under it, marked again', () => {
    const textarea = document.body.appendChild(document.createElement('textarea'));
    const ed = field(textarea);
    const h = createHighlighter(document, controller.signal);
    const mirror = h.host.shadowRoot!.querySelector<HTMLElement>('.mirror')!;

    textarea.value = '好'.repeat(MIRROR_MAX_CHARS - 3) + '禁词甲';
    h.show(ed, ed.read(), [block(MIRROR_MAX_CHARS - 3, MIRROR_MAX_CHARS)]);
    expect(h.marksWithheld).toBe(false);
    expect(mirror.querySelectorAll('mark')).toHaveLength(1);

    textarea.value += '。';
    h.show(ed, ed.read(), [block(MIRROR_MAX_CHARS - 3, MIRROR_MAX_CHARS)]);
    expect(h.marksWithheld).toBe(true);
    expect(mirror.textContent).toBe('');
    expect(mirror.hidden).toBe(true);
    expect(h.host.getAttribute('data-findings')).toBe('1');

    // No findings: nothing to withhold.
    h.show(ed, ed.read(), []);
    expect(h.marksWithheld).toBe(false);

    textarea.value = textarea.value.slice(0, MIRROR_MAX_CHARS);
    h.show(ed, ed.read(), [block(MIRROR_MAX_CHARS - 3, MIRROR_MAX_CHARS)]);
    expect(h.marksWithheld).toBe(false);
    expect(mirror.querySelector('mark')?.textContent).toBe('禁词甲');
  });
});
