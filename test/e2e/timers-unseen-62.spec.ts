// Round 62 (timers62): the countdown and the reply rate, audited in the browser.
// 1. Round 61 left: a recall notice (「你撤回了一条消息」) brought in by scrolling back, on a chat whose rows carry no
//    workbench id, was never placed (round 61 placed only those drawn when a pane opens): the reply it stands for, filed
//    before a reload, still answered the buyer (on time, nobody waiting) though the platform counts no reply.
import { expect, shared as test } from './fixtures';
import { printed, settled, workbench } from './timers-printed-workbench';
import { guardOff, inReplyWindow, openAt, storedMessages, waitingConversations, waitingName, type SwGlobal } from './timers-support';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** A chat row as the workbench draws it, without an id of its own (ids are then derived from the row). Test text only. */
const bare = (mine: boolean, name: string, stamp: string, body: string) =>
  `<div><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__${mine ? 'isMine' : 'notMe'}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody"><span>${name}</span><span>${stamp}</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${body}</div></div></div></div>`;
const notice = '<div class="kwaishop-cs-LayoutMiddleWrapper"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody">你撤回了一条消息</div></div>';

/** The figures of the Beijing day of `ts`, judged at `now`. */
const dayFigures = (sw: Parameters<typeof storedMessages>[0], ts: number, now: number) =>
  sw.evaluate(async ([at, judged]) => {
    const g = globalThis as unknown as SwGlobal;
    const day = Math.floor((at + 8 * 3_600_000) / 86_400_000);
    return (await g.replyguard.queries.dailyFigures((await g.replyguard.ledger()) as never, day, day, judged))[0]!;
  }, [ts, now] as const);

const recordsOf = async (sw: Parameters<typeof storedMessages>[0], name: string) =>
  (await storedMessages(sw)).filter((m) => m.buyerName === name || m.conv.endsWith(name)).map((m) => `${m.dir} ${m.ts}`).sort();

test('a recall notice brought in by scrolling back after a reload: the recalled reply is withdrawn, the first question late', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const name = '回看撤回';
  // 小王 asked 8 min ago and was answered 30 s later (that reply is recalled later); asked again 100 s ago, answered 80 s ago.
  const t = Math.floor((Date.now() - 480_000) / 1000) * 1000;
  const q1 = bare(false, name, printed(t), '发什么快递');
  const a1 = bare(true, '客服小美', printed(t + 30_000), '顺丰的亲');
  const q2 = bare(false, name, printed(t + 380_000), '今天能发吗');
  const a2 = bare(true, '客服小美', printed(t + 400_000), '下午发');
  const first = await openAt(context, URL, workbench({ buyer: name, rows: q1 + a1 + q2 + a2 }));
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${t}`, `in ${t + 380_000}`, `out ${t + 30_000}`, `out ${t + 400_000}`]);
  await settled(first);
  const counted = inReplyWindow(t) ? 1 : 0;
  const before = await dayFigures(sw, t, t + 460_000);
  await first.close();
  // Reloaded: the pane opens on its latest rows; once it settled the agent scrolls back, and the notice stands where the
  // recalled reply was (the workbench loads older rows above).
  const again = await openAt(context, URL, workbench({ buyer: name, rows: q2 + a2 }));
  await settled(again);
  await again.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('afterbegin', h), q1 + notice);
  // Before: the recalled reply stayed recorded and answered the first question on time.
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${t}`, `in ${t + 380_000}`, `out ${t + 400_000}`]);
  // The first question's first reply is now the one 400 s after it: late (the second question stays answered on time).
  const after = await dayFigures(sw, t, t + 460_000);
  expect([after.onTime, after.late]).toEqual([before.onTime - counted, before.late + counted]);
  expect((await waitingConversations(sw)).filter((w) => waitingName(w) === name)).toEqual([]);
  await again.close();
});
