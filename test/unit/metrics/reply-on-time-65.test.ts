// Round 65 (timers65): the ledger's on-time test for a reply asks isPastDeadline (reply-rate.ts), as every live surface
// does since round 64 (the chip, badge, alerts and popup rows ask it of the deadline ts + 5:00): a reply at the
// deadline itself is on time, one a millisecond after it is late, and the ledger and the surfaces agree on the
// deadline they compare with, also where ts + 5:00 is rounded (epoch ms crossing 2^41, 2039-09-07, with fractions).
import { describe, expect, it } from 'vitest';
import { isPastDeadline, REPLY_LIMIT_MS, replyStatus } from '@/rules/metrics/reply-rate';

const SENT = Date.parse('2024-05-01T10:00:00+08:00');
const DEADLINE = SENT + REPLY_LIMIT_MS;

describe('a reply around the deadline (round 65)', () => {
  it.each([
    ['a millisecond before the deadline', DEADLINE - 1, 'onTime'],
    ['at the deadline itself', DEADLINE, 'onTime'],
    ['a millisecond after', DEADLINE + 1, 'late'],
  ] as const)('%s (reply at %d): %s', (_what, replyTs, status) => {
    expect(replyStatus(SENT, replyTs, replyTs + 60_000)).toBe(status);
    // The same as the live surfaces said of this buyer at the reply's moment.
    expect(replyStatus(SENT, replyTs, replyTs + 60_000) === 'late').toBe(isPastDeadline(DEADLINE, replyTs));
  });

  it('where ts + 5:00 is rounded (fractional ms past 2^41), the ledger judges the reply against the surfaces’ deadline', () => {
    // Sent 2039-09-07 15:37:35.555 (fractional); the deadline ts + 5:00 is rounded up to the reply's own moment.
    const ts = 2199022955555.6394;
    const replyTs = 2199023255555.6396;
    const deadline = ts + REPLY_LIMIT_MS;
    expect(replyTs).toBe(deadline);
    expect(isPastDeadline(deadline, replyTs)).toBe(false); // the chip at the reply: not late
    // Before: replyTs - ts = 300 000.000244 > 5:00, 'late' where every surface said the buyer was not.
    expect(replyStatus(ts, replyTs, replyTs + 60_000)).toBe('onTime');
  });
});
