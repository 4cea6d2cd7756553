// @vitest-environment node
// Round 48 (blind timers red team, finding 3): a session card that cuts the nickname short (「日本直邮爱好者小…」) and
// the chat's full name are one buyer, not two.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { waitingList } from '@/background/ledger/queries';
import { truncatedNamePrefix, truncates, untruncatedName } from '@/utils/buyer-key';
import { bj, chatEvent as ev } from '../../support/ledger-events';

const FULL = '日本直邮爱好者小王同学';
const CUT = '日本直邮爱好者小…';

describe('truncated nicknames (pure)', () => {
  it('reads the shown part of a cut name', () => {
    expect(truncatedNamePrefix(CUT)).toBe('日本直邮爱好者小');
    expect(truncatedNamePrefix('日本直邮爱好者小...')).toBe('日本直邮爱好者小');
    expect(truncatedNamePrefix(FULL)).toBeNull();
    expect(truncatedNamePrefix('小…')).toBeNull(); // too short to tell anyone apart
  });

  it('matches a cut card name to the one full nickname it starts', () => {
    expect(truncates(CUT, FULL)).toBe(true);
    expect(truncates(CUT, '日本直邮')).toBe(false);
    expect(untruncatedName(CUT, ['阿杰', FULL])).toBe(FULL);
    expect(untruncatedName(CUT, ['阿杰'])).toBeNull();
    // Two buyers fit: neither is guessed.
    expect(untruncatedName(CUT, [FULL, '日本直邮爱好者小李'])).toBeNull();
    expect(untruncatedName(FULL, [FULL + '2'])).toBeNull(); // not cut short
  });
});

describe('ledger: a cut card name files under the buyer it stands for', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`trunc-48-${n++}`);
  });
  const add = (events: unknown[]) => addChatEvents(db, events, { now: bj('2024-05-01 12:00:00'), storeText: false });

  it('a card seen after the chat: goes to the buyer id, one waiting buyer', async () => {
    await add([ev('id:9701', '0_9701_m1', 'in', '2024-05-01 10:00:00', { buyerName: FULL })]);
    await add([ev(CUT, 'card:1', 'in', '2024-05-01 10:00:00', { source: 'card', buyerName: CUT })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00'))).map((w) => w.conv)).toEqual(['id:9701']);
  });

  it('a card seen before the chat opened: its record moves to the buyer id', async () => {
    await add([ev(CUT, 'card:1', 'in', '2024-05-01 10:00:00', { source: 'card', buyerName: CUT })]);
    await add([ev('id:9701', '0_9701_m1', 'in', '2024-05-01 10:00:01', { buyerName: FULL })]);
    expect((await db.getAll('messages')).map((m) => m.conv)).toEqual(['id:9701', 'id:9701']);
    expect((await waitingList(db, bj('2024-05-01 10:01:00'))).map((w) => w.conv)).toEqual(['id:9701']);
  });
});
