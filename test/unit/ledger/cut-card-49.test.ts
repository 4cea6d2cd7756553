// @vitest-environment node
// Round 49 (second timers red team rt48b-timers, finding 1): a card cutting the nickname short (「日本直邮爱好者小…」)
// while it counts down is not the buyer of the one full nickname seen when that buyer's chat is answered: another
// buyer whose name starts alike is waiting. Round 48's case (that buyer waiting: one buyer) still holds.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { waitingList } from '@/background/ledger/queries';
import { cutCardAgrees } from '@/utils/buyer-key';
import { chatStateOf, cutCardOwner, type ChatState } from '@/content/watcher/cut-cards';
import { bj, chatEvent as ev } from '../../support/ledger-events';

const FULL = '日本直邮爱好者小王同学';
const CUT = '日本直邮爱好者小…';
const counting = { state: 'countdown', remainingMs: 160_000 } as const;
const none = { state: 'none' } as const;

describe('which buyer a cut card is, on the page (pure)', () => {
  const answered: ChatState = chatStateOf([
    { kind: 'in', text: '保质期到什么时候' },
    { kind: 'out', text: '亲，保质期到2027年5月' },
  ]);
  const waiting: ChatState = chatStateOf([{ kind: 'in', text: '保质期到什么时候' }]);

  it('reads a chat as waiting or answered', () => {
    expect(answered.unanswered).toEqual([]);
    expect(waiting.unanswered).toEqual(['保质期到什么时候']);
    expect(chatStateOf([{ kind: 'in', text: 'a' }, { kind: 'out', text: 'b', failed: true }]).unanswered).toEqual(['a']);
  });

  it('a counting card while that chat is answered: another buyer (a-prefix)', () => {
    const card = { conv: CUT, waiting: counting, lastMessage: '奶粉什么时候发货' };
    expect(cutCardOwner(card, [FULL], new Map([[FULL, answered]]), [card])).toBeNull();
  });

  it('a full-named card of that buyer listed too: the cut one is someone else', () => {
    const card = { conv: CUT, waiting: counting, lastMessage: '保质期到什么时候' };
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [{ conv: FULL }, card])).toBeNull();
  });

  it('a counting card while that chat waits on the message it previews: that buyer (round 48)', () => {
    const card = { conv: CUT, waiting: counting, lastMessage: '保质期到什么时候' };
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [card])).toBe(FULL);
    // A preview cut short, or a placeholder, may be it.
    expect(cutCardOwner({ ...card, lastMessage: '保质期到…' }, [FULL], new Map([[FULL, waiting]]), [card])).toBe(FULL);
    expect(cutCardOwner({ ...card, lastMessage: '[图片]' }, [FULL], new Map([[FULL, waiting]]), [card])).toBe(FULL);
  });

  it('a counting card previewing another message than the one that chat waits on: another buyer', () => {
    const card = { conv: CUT, waiting: counting, lastMessage: '奶粉什么时候发货' };
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [card])).toBeNull();
  });

  it('a chat the page never read: unknown, left under the cut name', () => {
    const card = { conv: CUT, waiting: counting, lastMessage: '在吗' };
    expect(cutCardOwner(card, [FULL], new Map(), [card])).toBeNull();
  });

  it('a card that stopped counting goes where its countdown went; else only to a chat not waiting', () => {
    const card = { conv: CUT, waiting: none, lastMessage: '好的' };
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [card], null)).toBeNull();
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [card], FULL)).toBe(FULL);
    expect(cutCardOwner(card, [FULL], new Map([[FULL, waiting]]), [card])).toBeNull();
    expect(cutCardOwner(card, [FULL], new Map([[FULL, answered]]), [card])).toBe(FULL);
  });
});

describe('cutCardAgrees (pure)', () => {
  const t = bj('2024-05-01 10:00:00');
  it('waiting at the card’s time, or the buyer’s row read up to 2 min after it: agrees', () => {
    expect(cutCardAgrees([{ dir: 'in', ts: t - 60_000 }], t)).toBe(true);
    expect(cutCardAgrees([{ dir: 'in', ts: t + 1_000 }], t)).toBe(true);
  });
  it('answered before the card’s time, or nothing known: another buyer', () => {
    expect(cutCardAgrees([{ dir: 'in', ts: t - 60_000 }, { dir: 'out', ts: t - 30_000 }], t)).toBe(false);
    expect(cutCardAgrees([], t)).toBe(false);
  });
});

describe('ledger: a cut card of another buyer stays apart (round 49)', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`cut-49-${n++}`);
  });
  const add = (events: unknown[]) => addChatEvents(db, events, { now: bj('2024-05-01 12:00:00'), storeText: false });

  it('the full-named buyer answered, the cut card counting: both kept, the cut one waiting; a later reply to the first does not take it in', async () => {
    await add([
      ev('id:9701', '0_9701_m1', 'in', '2024-05-01 10:00:00', { buyerName: FULL }),
      ev('id:9701', '0_9701_m2', 'out', '2024-05-01 10:00:30', { buyerName: FULL }),
    ]);
    await add([ev(CUT, 'card:1', 'in', '2024-05-01 10:00:39', { source: 'card', buyerName: CUT })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00'))).map((w) => w.conv)).toEqual([CUT]);
    await add([ev('id:9701', '0_9701_m3', 'out', '2024-05-01 10:01:10', { buyerName: FULL })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:20'))).map((w) => w.conv)).toEqual([CUT]);
  });

  it('the other buyer’s chat opened later: its card goes to that buyer', async () => {
    await add([
      ev('id:9701', '0_9701_m1', 'in', '2024-05-01 10:00:00', { buyerName: FULL }),
      ev('id:9701', '0_9701_m2', 'out', '2024-05-01 10:00:30', { buyerName: FULL }),
    ]);
    await add([ev(CUT, 'card:1', 'in', '2024-05-01 10:00:39', { source: 'card', buyerName: CUT })]);
    await add([ev('id:9702', '0_9702_m1', 'in', '2024-05-01 10:00:40', { buyerName: '日本直邮爱好者小李' })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00'))).map((w) => w.conv)).toEqual(['id:9702']);
  });
});
