// The ledger's figures (what the popup shows) equal `replyguard stats` over the ledger's export,
// after a session on the demo workbench: its seeded buyers and answered history, replies on time
// and late, a pending question, a conversation seen only in the session list, and a rating.
import { execFileSync } from 'node:child_process';
import { expect, shared as test } from './fixtures';
import { badgeText, demo, exportStatsJsonl, guardOff, replyInComposer, storedMessages, type SwGlobal } from './timers-support';

test('popup/ledger figures = stats CLI for the same events', async ({ openDemo, serviceWorker: sw }) => {
  // Two exchanges at the latest Beijing noon (so something is counted whatever the hour the test
  // runs): one answered in 1:00, one in 6:40.
  const t0 = Date.now();
  const noon = Math.floor((t0 + 8 * 3_600_000 - 12 * 3_600_000) / 86_400_000) * 86_400_000 + 12 * 3_600_000 - 8 * 3_600_000;
  const ago = Math.round((t0 - noon) / 1000);
  const msg = [`午间:有货吗:${ago}`, `午间:有的:${ago - 60}:out`, `午后:能退吗:${ago - 30}`, `午后:可以:${ago - 430}:out`, '乙:发货了吗:400'];
  await guardOff(sw);
  const page = await openDemo('workbench', { auto: 0, buyers: 3, seed: 5, t0, msg, open: '午间' });
  const step = async (call: Parameters<typeof demo>[1], settle = 400) => {
    await demo(page, call);
    await page.waitForTimeout(settle); // an agent's pace: each step on screen for a moment
  };
  await page.waitForTimeout(1800);
  await step((d) => d.open('午后'), 1800);
  await step((d) => d.open('乙'), 1800); // 乙's question (6:40 ago) is history on screen
  await replyInComposer(page, '今天发货');
  await page.waitForTimeout(400);
  await step((d) => d.rate('乙', 'satisfied'));
  await step((d) => d.buyerSays('丙', '包邮吗', { agoSeconds: 20 })); // not open: its session card only
  await step((d) => d.buyerSays('乙', '几天到'));
  await expect.poll(async () => Number(await badgeText(sw))).toBeGreaterThanOrEqual(2); // at least 丙 and 乙

  const now = Date.now();
  const ledger = await sw.evaluate(async (at) => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as never;
    return { days: await g.replyguard.queries.lastDays(db, 2, at), month: await g.replyguard.queries.monthSatisfaction(db, at) };
  }, now);
  const jsonl = await exportStatsJsonl(sw);
  const cli = JSON.parse(execFileSync('node', ['bin/replyguard.mjs', 'stats', '--now', String(now)], { input: jsonl, encoding: 'utf8' })) as {
    days: Record<string, unknown>;
    months: Record<string, unknown>;
  };
  const empty = { eligible: 0, onTime: 0, late: 0, pending: 0, rate: null, compliant: null };
  for (const { day, ...figures } of ledger.days) expect(figures, day).toEqual(cli.days[day] ?? empty);
  expect(Object.keys(cli.days).every((d) => ledger.days.some((l) => l.day === d))).toBe(true);
  // 午间 on time and 午后 late at least (more when the test runs after noon).
  const noonDay = new Date(noon + 8 * 3_600_000).toISOString().slice(0, 10);
  const noonFigures = cli.days[noonDay] as { onTime: number; late: number };
  expect(noonFigures.onTime).toBeGreaterThanOrEqual(1);
  expect(noonFigures.late).toBeGreaterThanOrEqual(1);
  const { month, ...satisfaction } = ledger.month;
  expect(satisfaction).toEqual(cli.months[month]);
  expect(satisfaction).toMatchObject({ satisfied: 1, neutral: 0, disappointed: 0 });
  // 丙 was seen on its card only: one record, from the card.
  expect((await storedMessages(sw)).filter((m) => m.conv === '丙').map((m) => m.source)).toEqual(['card']);
  // The export carries no message text.
  expect(jsonl).not.toMatch(/有货|发货|包邮|几天/);
});
