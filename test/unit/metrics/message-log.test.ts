// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/rules/metrics/events';
import { MessageLog } from '@/rules/metrics/message-log';
import { indexConversations } from '@/rules/metrics/conversations';

const m = (conv: string, id: string, dir: 'in' | 'out', ts: number): ChatMessage => ({ conv, id, dir, ts });

describe('MessageLog', () => {
  it('drops a repeated (conv, id), first occurrence wins, whatever the direction or time', () => {
    const log = new MessageLog();
    expect(log.add(m('c1', 'a', 'in', 10))).toBe(true);
    expect(log.add(m('c1', 'a', 'out', 20))).toBe(false);
    expect(log.add(m('c1', 'a', 'in', 30))).toBe(false);
    expect(log.add(m('c2', 'a', 'out', 40))).toBe(true); // same id, other conversation
    expect(log.length).toBe(2);
    expect(log.messageAt(0)).toEqual(m('c1', 'a', 'in', 10));
    expect(log.messageAt(1)).toEqual(m('c2', 'a', 'out', 40));
  });

  it('keeps deduplicating once a conversation outgrows the linear scan', () => {
    const log = new MessageLog();
    for (let i = 0; i < 40; i++) expect(log.add(m('big', `id${i}`, 'in', i))).toBe(true);
    for (let i = 0; i < 40; i++) expect(log.add(m('big', `id${i}`, 'out', i))).toBe(false);
    expect(log.add(m('big', 'id40', 'out', 99))).toBe(true);
    expect(log.length).toBe(41);
  });

  it('grows past its initial capacity without losing data', () => {
    const messages = Array.from({ length: 5000 }, (_, i) => m(`c${i % 7}`, `m${i}`, i % 3 ? 'in' : 'out', 1_000 * i));
    const log = MessageLog.from(messages);
    expect(log.length).toBe(5000);
    expect(log.messageAt(4999)).toEqual(messages[4999]);
    const columns = log.columns();
    expect(columns.ts[1234]).toBe(1_234_000);
    expect(columns.convIds).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });
});

describe('indexConversations', () => {
  it('groups buyer messages in input order and sorts reply times per conversation', () => {
    const index = indexConversations([
      m('c1', 'b1', 'in', 50),
      m('c2', 'r1', 'out', 7),
      m('c1', 'r1', 'out', 90),
      m('c1', 'r2', 'out', 60),
      m('c1', 'b2', 'in', 40),
      m('c2', 'b1', 'in', 5),
    ]);
    expect(index.conversations).toBe(2);
    const { ts } = index.columns;
    const buyerTimes = (c: number) => [...index.buyer.subarray(index.buyerStart[c], index.buyerStart[c + 1])].map((i) => ts[i]);
    expect(buyerTimes(0)).toEqual([50, 40]);
    expect(buyerTimes(1)).toEqual([5]);
    expect([...index.replyTimes.subarray(index.replyStart[0], index.replyStart[1])]).toEqual([60, 90]);
    expect([...index.replyTimes.subarray(index.replyStart[1], index.replyStart[2])]).toEqual([7]);
  });

  it('sorts long reply runs too', () => {
    const times = Array.from({ length: 100 }, (_, i) => (i * 7919) % 1000);
    const index = indexConversations(times.map((t, i) => m('c', `r${i}`, 'out', t)));
    expect([...index.replyTimes]).toEqual([...times].sort((a, b) => a - b));
  });
});
