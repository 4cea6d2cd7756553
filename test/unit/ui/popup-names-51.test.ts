// Round 51 (rt50-ux findings 9 and 16, popup part): waiting buyers' names are cut in the middle, keeping the end that
// tells them apart, and no two rows end up with the same label.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { distinctLabels, splitTail } from '@/components/popup/WaitingList';

const STEM = '超长昵称的海外代购小仙女' + '喵'.repeat(40);

describe('splitTail (middle cut)', () => {
  it('keeps a short trailing bracketed part whole, with the 6 characters before it', () => {
    expect(splitTail(`${STEM}（日本直邮）`)).toEqual([STEM.slice(0, -6), '喵喵喵喵喵喵（日本直邮）']);
    expect(splitTail(`${STEM}（日本直邮）（2）`)[1]).toBe('（日本直邮）（2）');
    expect(splitTail('Little Wang the long-named buyer (2)')[1]).toBe('buyer (2)');
  });
  it('head + tail is the text; a short name is not cut', () => {
    for (const s of [`${STEM}（韩国直邮）`, '小王', '小王（1）', '', 'abcdefgh']) expect(splitTail(s).join('')).toBe(s);
    expect(splitTail('小王（1）')).toEqual(['', '小王（1）']);
    expect(splitTail('一二三四五六七')).toEqual(['', '一二三四五六七']);
  });
  it('never splits a character made of several code units', () => {
    const name = '𠮷野家'.repeat(5) + '👨‍👩‍👧';
    const [head, tail] = splitTail(name);
    expect(head + tail).toBe(name);
    expect(tail).toBe('野家𠮷野家👨‍👩‍👧');
  });
});

describe('distinctLabels', () => {
  it('two buyer ids sharing a nickname get their ids; others stay as they are', () => {
    expect(distinctLabels([{ conv: 'id:3001', label: '小王' }, { conv: 'id:3002', label: '小王' }, { conv: 'id:4', label: '小李' }])).toEqual(['小王（ID 3001）', '小王（ID 3002）', '小李']);
  });
  it('alike only within one shop; a key without an id gets its place among them by key', () => {
    const rows = [
      { conv: 'shop:id%3A1|id:3001', label: '小王', shop: '店A' },
      { conv: 'shop:id%3A2|id:3001', label: '小王', shop: '店B' },
      { conv: 'b-key', label: '小张' },
      { conv: 'a-key', label: '小张' },
    ];
    expect(distinctLabels(rows)).toEqual(['小王', '小王', '小张（2）', '小张（1）']);
  });
});
