// The demo workbench's pure parts: Beijing stamps, the platform countdown text, URL scripting and
// the conversation model. The e2e tests check the same behaviour in a browser.
import { describe, expect, it } from 'vitest';
import { clockTime, messageStamp, platformCountdown } from '../../../demo/src/workbench/time';
import { parseDemoParams, parseScriptedMessage } from '../../../demo/src/workbench/params';
import { buyerIdFor, groupOf, previewText, waitingSince, WorkbenchStore } from '../../../demo/src/workbench/model';

describe('messageStamp (Beijing "M-D HH:mm:ss")', () => {
  it.each([
    [Date.UTC(2026, 1, 22, 10, 55, 20), '2-22 18:55:20'],
    [Date.UTC(2026, 1, 22, 15, 59, 59), '2-22 23:59:59'],
    [Date.UTC(2026, 1, 22, 16, 0, 0), '2-23 00:00:00'], // Beijing midnight is 16:00 UTC
    [Date.UTC(2026, 11, 31, 16, 0, 5), '1-1 00:00:05'], // new year in Beijing, still Dec 31 in UTC
    [Date.UTC(2026, 6, 1, 0, 0, 0), '7-1 08:00:00'], // no DST in summer
  ])('%d → %s', (ts, stamp) => {
    expect(messageStamp(ts)).toBe(stamp);
  });

  it('clockTime is Beijing HH:mm', () => {
    expect(clockTime(Date.UTC(2026, 1, 22, 1, 5, 0))).toBe('09:05');
  });
});

describe('platformCountdown (the platform’s 3-minute card text)', () => {
  const deadline = 1_000_000;
  it.each([
    [180_000, '3分0秒后超时'],
    [125_000, '2分5秒后超时'],
    [60_000, '1分0秒后超时'],
    [59_000, '59秒后超时'],
    [59_001, '1分0秒后超时'], // seconds round up
    [1, '1秒后超时'],
    [0, '已超时'],
    [-5_000, '已超时'],
  ])('%d ms left → %s', (left, text) => {
    expect(platformCountdown(deadline, deadline - left)).toBe(text);
  });
});

describe('parseScriptedMessage (?msg=<conv>:<text>:<agoSeconds>[:out])', () => {
  it.each([
    ['1:你好:30', { conv: '1', text: '你好', agoSeconds: 30, side: 'buyer' }],
    ['张女士:在吗', { conv: '张女士', text: '在吗', agoSeconds: 0, side: 'buyer' }],
    ['2:时间 10:30 可以吗:5', { conv: '2', text: '时间 10:30 可以吗', agoSeconds: 5, side: 'buyer' }],
    ['2:好的:12:out', { conv: '2', text: '好的', agoSeconds: 12, side: 'agent' }],
    ['2:好的:out', { conv: '2', text: '好的', agoSeconds: 0, side: 'agent' }],
    ['2:好的:1.5', { conv: '2', text: '好的', agoSeconds: 1.5, side: 'buyer' }],
  ])('%s', (spec, expected) => {
    expect(parseScriptedMessage(spec)).toEqual(expected);
  });

  it.each(['', '在吗', ':在吗:3', '1:', '1::3'])('rejects %j', (spec) => {
    expect(parseScriptedMessage(spec)).toBeNull();
  });
});

describe('parseDemoParams', () => {
  it('has live defaults', () => {
    expect(parseDemoParams('')).toEqual({ auto: true, seed: 1, buyers: 6, history: true, messages: [], t0: null, open: null, rowIds: true, panel: false, jankMs: 0 });
  });

  it('reads flags, clamps numbers and repeats msg', () => {
    const params = parseDemoParams('?auto=0&history=false&buyers=99&seed=-3&t0=1700000000000&ids=0&panel=1&open=2&msg=1:a:3&msg=bad&msg=2:b');
    expect(params).toMatchObject({ auto: false, history: false, buyers: 30, seed: 0, t0: 1_700_000_000_000, rowIds: false, panel: true, open: '2' });
    expect(params.messages.map((m) => m.text)).toEqual(['a', 'b']);
    expect(parseDemoParams('?buyers=abc&t0=soon').buyers).toBe(6);
    expect(parseDemoParams('?t0=soon').t0).toBeNull();
    expect([parseDemoParams('?jank=1500').jankMs, parseDemoParams('?jank=99999').jankMs, parseDemoParams('?jank=-1').jankMs]).toEqual([1500, 5000, 0]);
  });
});

describe('WorkbenchStore and the waiting state', () => {
  const now = Date.UTC(2026, 1, 22, 10, 0, 0);

  it('gives deterministic 10-digit buyer ids per seed and position', () => {
    expect(buyerIdFor(1, 1)).toMatch(/^21\d{8}$/);
    expect(buyerIdFor(1, 1)).toBe(buyerIdFor(1, 1));
    expect(new Set([1, 2, 3, 4, 5].map((i) => buyerIdFor(1, i))).size).toBe(5);
    expect(new WorkbenchStore(9).addBuyer(undefined, now).id).toBe(new WorkbenchStore(9).addBuyer(undefined, now).id);
  });

  it('finds conversations by id, nickname or position, and creates named buyers', () => {
    const store = new WorkbenchStore(1);
    const a = store.addBuyer(undefined, now);
    const b = store.addBuyer('北京李先生', now);
    expect(store.find(a.id)).toBe(a);
    expect(store.find('北京李先生')).toBe(b);
    expect(store.find('2')).toBe(b);
    expect(store.find(3)).toBeUndefined();
    const c = store.findOrCreate('新买家', now);
    expect(c.index).toBe(3);
    expect(store.findOrCreate('新买家', now)).toBe(c);
    expect(() => store.findOrCreate('7', now)).toThrow(/第 7 个会话/);
  });

  it('counts the wait from the oldest unanswered buyer text; cards and system rows change nothing', () => {
    const store = new WorkbenchStore(1);
    const conversation = store.addBuyer(undefined, now);
    expect(groupOf(conversation, now)).toBe('replied');
    store.add(conversation, { kind: 'text', side: 'buyer', text: '在吗', ts: now - 100_000 });
    store.add(conversation, { kind: 'text', side: 'buyer', text: '？？', ts: now - 20_000 });
    store.add(conversation, { kind: 'system', side: 'middle', text: '[系统消息] x', ts: now - 10_000 });
    store.add(conversation, { kind: 'textCard', side: 'agent', text: '核对地址', ts: now - 5_000 });
    expect(waitingSince(conversation)).toBe(now - 100_000);
    expect(groupOf(conversation, now)).toBe('pending');
    expect(groupOf(conversation, now + 80_000)).toBe('timeout'); // 180 s after the first message
    store.add(conversation, { kind: 'text', side: 'agent', text: '在的', ts: now });
    expect(waitingSince(conversation)).toBeNull();
    expect(groupOf(conversation, now + 80_000)).toBe('replied');
  });

  it('keeps rows in time order and numbers them uniquely', () => {
    const store = new WorkbenchStore(1);
    const conversation = store.addBuyer(undefined, now);
    store.add(conversation, { kind: 'text', side: 'buyer', text: 'second', ts: now });
    store.add(conversation, { kind: 'text', side: 'buyer', text: 'first', ts: now - 60_000 });
    expect(conversation.messages.map((m) => m.text)).toEqual(['first', 'second']);
    expect(new Set(conversation.messages.map((m) => m.seq)).size).toBe(2);
  });

  it('previews cards as bracketed labels and text on one line', () => {
    const base = { seq: 1, side: 'buyer' as const, ts: now };
    expect(previewText({ ...base, kind: 'text', text: '第一行\n第二行' })).toBe('第一行 第二行');
    expect(previewText({ ...base, kind: 'order', text: '' })).toBe('[订单]');
    expect(previewText(undefined)).toBe('');
  });
});
