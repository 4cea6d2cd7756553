// The ledger's figures (what the popup shows) equal `replyguard stats` over the ledger's export,
// after a session on the workbench: on-time and late replies, a pending message, history at load,
// a conversation seen only in the session list, and a satisfaction result shown in the chat.
import { execFileSync } from 'node:child_process';
import { badgeText, expect, exportStatsJsonl, messageCount, test, wb, type SwGlobal } from './timers-support';

test('popup/ledger figures = stats CLI for the same events', async ({ context, sw, baseURL }) => {
  const page = await context.newPage();
  // Two conversations at the latest Beijing noon, so something is counted whatever the hour the
  // test runs: one answered in 1:00, one in 6:40.
  const t0 = Date.now();
  const noon = Math.floor((t0 + 8 * 3_600_000 - 12 * 3_600_000) / 86_400_000) * 86_400_000 + 12 * 3_600_000 - 8 * 3_600_000;
  const ago = Math.round((t0 - noon) / 1000);
  const seeded = [`午间:有货吗:${ago}`, `午间:有的:${ago - 60}:out`, `午后:能退吗:${ago - 30}`, `午后:可以:${ago - 430}:out`, '历史:昨天的问题:900', '乙:发货了吗:400'];
  await page.goto(`${baseURL}/workbench-lite.html?t0=${t0}&${seeded.map((m) => `msg=${encodeURIComponent(m)}`).join('&')}&open=甲`);
  await page.waitForTimeout(1800);
  // An agent's pace: each step on screen for a moment.
  const step = async (call: Parameters<typeof wb>[1], settle = 400) => {
    await wb(page, call);
    await page.waitForTimeout(settle);
  };
  await step((w) => w.buyerSays('甲', '在吗', 100));
  await step((w) => w.agentSays('甲', '在的'));
  await step((w) => w.buyerSays('丙', '包邮吗', 20)); // not open: seen on its session card only
  await step((w) => w.open('乙'), 1800); // opened late: its question (6:40 ago) is history
  await step((w) => w.agentSays('乙', '今天发'));
  await step((w) => w.system('乙', '用户已经评价：满意'));
  await step((w) => w.open('午间'), 1800);
  await step((w) => w.open('午后'), 1800);
  await step((w) => w.open('丁'), 1800);
  await step((w) => w.buyerSays('丁', '能便宜点吗', 5));
  // 历史 (never opened, its card says 已超时), 丙 (card only) and 丁 wait; 甲 and 乙 were answered.
  await expect.poll(() => badgeText(sw)).toBe('3');
  // 甲 ×2, 乙 ×2 (+ its card, superseded), 历史 card, 丙 card, 丁, 午间 ×2, 午后 ×2.
  await expect.poll(() => messageCount(sw)).toBe(12);

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
  const noonDay = new Date(noon + 8 * 3_600_000).toISOString().slice(0, 10);
  // At least 午间 on time and 午后 late (more when the test runs after noon: 甲 on time, 乙 late).
  const noonFigures = cli.days[noonDay] as { onTime: number; late: number };
  expect(noonFigures.onTime).toBeGreaterThanOrEqual(1);
  expect(noonFigures.late).toBeGreaterThanOrEqual(1);
  const { month, ...satisfaction } = ledger.month;
  expect(satisfaction).toEqual(cli.months[month]);
  expect(satisfaction).toMatchObject({ satisfied: 1, neutral: 0, disappointed: 0 });
  // The export carries no message text.
  expect(jsonl).not.toMatch(/在吗|发货|包邮/);
});
