// A lint event the background did not take (a worker stopping or starting) is sent again: the agent saw the
// stop, so the log must have it (utils/messages.ts deliverToBackground). It gives up once the extension is gone.
import { describe, expect, it, vi } from 'vitest';
import { deliverToBackground, isTaken, type ToBackground } from '../../../utils/messages';

const event: ToBackground = { type: 'lint-event', event: { at: 1, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' } };
const noWait = async () => undefined;

describe('deliverToBackground', () => {
  it('sends once when the background takes it', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    expect(await deliverToBackground(event, { send, wait: noWait, gone: () => false })).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends again after an unreachable worker (undefined) or a refusal, until taken', async () => {
    const replies: unknown[] = [undefined, { ok: false, error: 'transaction failed' }, { ok: true, added: 1 }];
    const send = vi.fn(async () => replies.shift());
    const waits: number[] = [];
    expect(await deliverToBackground(event, { send, wait: async (ms) => void waits.push(ms), gone: () => false, delaysMs: [10, 20, 30] })).toBe(true);
    expect(send).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([10, 20]);
  });

  it('gives up after the last delay, and at once when the extension is gone', async () => {
    const send = vi.fn(async () => undefined);
    expect(await deliverToBackground(event, { send, wait: noWait, gone: () => false, delaysMs: [1, 1] })).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
    const again = vi.fn(async () => undefined);
    expect(await deliverToBackground(event, { send: again, wait: noWait, gone: () => true })).toBe(false);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('isTaken: only { ok: true }', () => {
    expect(isTaken({ ok: true })).toBe(true);
    expect(isTaken({ ok: false })).toBe(false);
    expect(isTaken(undefined)).toBe(false);
    expect(isTaken('ok')).toBe(false);
  });
});
