// Round 69 (timers69 item 2): SuspicionReporter.tick skipped a send while one was in flight. A suspicion found (or
// grown) during that flight was told only at the next tick — the shop check a second later — or never if the page
// unloaded first (a reload right after the switch: the worker never heard of it). Now the latest is owed and sent as
// soon as the flight ends; still one send at a time, so an older report never lands after a newer one.
import { describe, expect, it } from 'vitest';
import { SuspicionReporter, type SuspicionSource } from '@/content/watcher/shop-suspect';
import type { ToBackground } from '@/utils/messages';
import type { FiledRef } from '@/utils/shop-suspect';

const shop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' as const };
const flush = () => new Promise((r) => setTimeout(r, 0));

/** A reporter whose sends the test answers one by one. */
function reporterWithHeldSends() {
  const source: SuspicionSource = { shop, suspected: null };
  const filed: FiledRef[] = [];
  const sent: Extract<ToBackground, { type: 'shop-suspect' }>['suspect'][] = [];
  const answers: ((reply: unknown) => void)[] = [];
  let inFlight = 0;
  let most = 0;
  const send = (m: ToBackground) => {
    sent.push((m as Extract<ToBackground, { type: 'shop-suspect' }>).suspect);
    most = Math.max(most, ++inFlight);
    return new Promise<unknown>((resolve) => answers.push((reply) => (inFlight--, resolve(reply))));
  };
  const reporter = new SuspicionReporter(source, () => filed, send as never);
  return { source, filed, sent, reporter, answer: async (reply: unknown = { ok: true }) => (answers.shift()!(reply), flush()), most: () => most };
}

describe('a suspicion found while a report is in flight', () => {
  it('is sent as soon as that flight ends, not a tick later', async () => {
    const r = reporterWithHeldSends();
    r.source.suspected = { since: 1000, buyers: new Set(['card:小王']) };
    r.reporter.tick();
    expect(r.sent).toHaveLength(1);
    // Meanwhile the watcher files a buyer under the suspected shop and the page ticks again (before each filing).
    r.filed.push({ conv: 'shop:name:日本直邮馆\u0001小王', id: 'row:b1', kind: 'message' });
    r.reporter.tick();
    expect(r.sent).toHaveLength(1); // one at a time
    await r.answer();
    // Before: still 1 (the record told only at the next shop check, or never if the page unloaded first).
    expect(r.sent).toHaveLength(2);
    expect(r.sent[1]!.records).toEqual([{ conv: 'shop:name:日本直邮馆\u0001小王', id: 'row:b1', kind: 'message' }]);
    await r.answer();
    // Told, nothing owed: no more sends.
    r.reporter.tick();
    expect(r.sent).toHaveLength(2);
    expect(r.most()).toBe(1);
  });

  it('the suspicion ending during the flight: the end is told after it (the latest, not every tick)', async () => {
    const r = reporterWithHeldSends();
    r.source.suspected = { since: 1000, buyers: new Set(['card:小王']) };
    r.reporter.tick();
    r.source.suspected = { since: 1000, buyers: new Set(['card:小王', 'card:阿美']) };
    r.reporter.tick();
    r.source.suspected = null;
    r.reporter.tick();
    await r.answer();
    // Before: [suspect] only. The two ticks in flight make one send, of what holds when it ends: no suspicion.
    expect(r.sent.map((s) => s?.since ?? null)).toEqual([1000, null]);
    await r.answer();
    expect(r.sent).toHaveLength(2);
  });

  it('a flight the worker did not take, a tick owed: sent again at once with the latest', async () => {
    const r = reporterWithHeldSends();
    r.source.suspected = { since: 1000, buyers: new Set(['card:小王']) };
    r.reporter.tick();
    r.reporter.tick();
    await r.answer({ ok: false, error: 'stopping' }); // the worker did not take it
    expect(r.sent).toHaveLength(2);
    expect(r.sent[1]).toEqual(r.sent[0]);
    await r.answer();
    r.reporter.tick();
    expect(r.sent).toHaveLength(2);
  });
});
