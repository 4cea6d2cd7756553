// The textarea mirror's marks: overlapping findings become non-overlapping spans, the most severe
// colouring each overlap, so a whole-draft finding (2.5 repetition) does not hide the words inside it.
import { describe, expect, it } from 'vitest';
import { mirrorSpans } from '../../../content/guard/highlights';
import type { Finding, Severity } from '../../../rules/types';

const f = (start: number, end: number, severity: Severity): Finding =>
  ({ start, end, severity, clause: '2.3', rule: 'test', message: '', match: '' }) as unknown as Finding;

describe('mirrorSpans', () => {
  it('keeps separate findings as they are', () => {
    expect(mirrorSpans([f(0, 2, 'block'), f(5, 7, 'warn')])).toEqual([
      { start: 0, end: 2, severity: 'block' },
      { start: 5, end: 7, severity: 'warn' },
    ]);
  });

  it('shows a block inside a whole-draft warn instead of hiding it', () => {
    expect(mirrorSpans([f(0, 20, 'warn'), f(5, 8, 'block')])).toEqual([
      { start: 0, end: 5, severity: 'warn' },
      { start: 5, end: 8, severity: 'block' },
      { start: 8, end: 20, severity: 'warn' },
    ]);
  });

  it('lets the more severe of two overlapping findings colour the overlap, whatever the order', () => {
    const expected = [
      { start: 0, end: 3, severity: 'info' },
      { start: 3, end: 9, severity: 'block' },
    ];
    expect(mirrorSpans([f(0, 6, 'info'), f(3, 9, 'block')])).toEqual(expected);
    expect(mirrorSpans([f(3, 9, 'block'), f(0, 6, 'info')])).toEqual(expected);
  });

  it('merges touching or nested spans of one severity into one mark', () => {
    expect(mirrorSpans([f(0, 4, 'block'), f(4, 6, 'block'), f(1, 2, 'block')])).toEqual([{ start: 0, end: 6, severity: 'block' }]);
  });

  it('ignores empty spans and returns nothing for no findings', () => {
    expect(mirrorSpans([])).toEqual([]);
    expect(mirrorSpans([f(3, 3, 'block')])).toEqual([]);
  });

  it('covers exactly the union of the findings (random cases)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const severities: Severity[] = ['info', 'warn', 'block'];
    for (let round = 0; round < 200; round++) {
      const findings = Array.from({ length: 1 + rand(6) }, () => {
        const start = rand(30);
        return f(start, start + 1 + rand(10), severities[rand(3)]!);
      });
      const spans = mirrorSpans(findings);
      for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
      for (let at = 0; at < 45; at++) {
        const covering = findings.filter((x) => x.start <= at && at < x.end);
        const span = spans.find((s) => s.start <= at && at < s.end);
        const want = covering.length ? severities[Math.max(...covering.map((x) => severities.indexOf(x.severity)))] : undefined;
        expect(span?.severity).toBe(want);
      }
    }
  });
});
