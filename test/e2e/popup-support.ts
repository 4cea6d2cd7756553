// Helpers for the popup/options e2e specs: a seeded day of chat, lint and rating events; the
// `stats` CLI over them; exports; and a contrast check of every text on a page.
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import type { ChatEvent, LintEvent, RatingEvent } from '../../utils/messages';

export interface SeededDay {
  events: ChatEvent[];
  lint: LintEvent[];
  ratings: RatingEvent[];
}

const MIN = 60_000;

/**
 * A Beijing day of traffic: `conversations` buyers from 07:30 (before the counted window) to late
 * evening, answered in 1:00, 3:20, exactly 5:00 (on time), 5:01, 7:00 (late), or not at all
 * (late once 5:00 pass, pending before). Message ids are unique per day.
 */
export function seedDay(day: string, conversations: number, now: number): SeededDay {
  const start = Date.parse(`${day}T00:00:00+08:00`);
  const delays = [60_000, 200_000, 300_000, 301_000, 420_000, null];
  const events: ChatEvent[] = [];
  const message = (conv: string, id: string, dir: 'in' | 'out', ts: number): ChatEvent => ({ site: 'kuaishou', conv, id, dir, ts, tsSource: 'page', history: false });
  for (let c = 0; c < conversations; c++) {
    const conv = `买家${c}`;
    const ts = start + 7.5 * 60 * MIN + c * Math.floor((16 * 60 * MIN) / conversations) + ((c * 7919) % 10) * MIN;
    if (ts > now) continue;
    events.push(message(conv, `${day}-${c}-q`, 'in', ts));
    const delay = delays[c % delays.length]!;
    if (delay !== null && ts + delay <= now) events.push(message(conv, `${day}-${c}-a`, 'out', ts + delay));
  }
  // The last minutes of "today": a buyer still waiting (pending).
  if (now - start < 86_400_000 && now - start > 0) events.push(message('等待中', `${day}-late-q`, 'in', now - 2 * MIN));
  const at = (h: number) => start + h * 60 * MIN;
  const lint = (h: number, action: LintEvent['action'], clause: LintEvent['clause'], rule: string, severity: LintEvent['severity']): LintEvent => ({ at: at(h), site: 'kuaishou', action, clause, rule, severity });
  return {
    events,
    lint: [
      lint(9, 'block', '2.3', 'contact-wechat', 'block'),
      lint(10, 'block', '2.3', 'contact-phone', 'block'),
      lint(10.5, 'fix', '2.3', 'contact-phone', 'block'),
      lint(11, 'warn', '2.8', 'custom-deny', 'warn'),
      lint(11.1, 'override', '2.8', 'custom-deny', 'warn'),
      lint(15, 'block', '2.4', 'custom-deny', 'block'),
    ].filter((e) => e.at <= now),
    ratings: (['satisfied', 'satisfied', 'neutral'] as const).map((rating, i) => ({ site: 'kuaishou', conv: `买家${i}`, at: at(12 + i), rating, source: 'page', id: `${day}-rating-${i}` })),
  };
}

export interface CliStats {
  days: Record<string, { eligible: number; onTime: number; late: number; pending: number; rate: number | null; compliant: boolean | null }>;
  months: Record<string, { satisfied: number; neutral: number; disappointed: number; rate: number | null; compliant: boolean | null }>;
}

/** `replyguard stats --now` over JSONL. */
export function cliStats(jsonl: string, now: number): CliStats {
  return JSON.parse(execFileSync('node', ['bin/replyguard.mjs', 'stats', '--now', String(now)], { input: jsonl, encoding: 'utf8' })) as CliStats;
}

/** The CLI over the seeded events themselves. */
export function statsOf(days: readonly SeededDay[], now: number): CliStats {
  const lines = days.flatMap((d) => [
    ...d.events.map((e) => JSON.stringify({ conv: e.conv, id: e.id, dir: e.dir, ts: e.ts })),
    ...d.ratings.map((r) => JSON.stringify({ type: 'rating', ts: r.at, rating: r.rating })),
  ]);
  return cliStats(lines.join('\n') + '\n', now);
}

/**
 * Every visible text on the page whose colour against its effective background is below WCAG AA
 * (4.5:1, 3:1 for large text). Returns "text: ratio" lines.
 */
export function contrastProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1]!.split(/[\s,/]+/).filter(Boolean);
      return { r: Number(r), g: Number(g), b: Number(b), a: Number(a) };
    };
    const lum = (c: { r: number; g: number; b: number }) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const background = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !el.checkVisibility?.()) continue;
      if (el.closest('svg')) continue; // chart labels: checked through their fill below
      const style = getComputedStyle(el);
      const fg = parse(style.color)!;
      const bg = background(el);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`${n.textContent.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
    }
    for (const t of document.querySelectorAll('svg text')) {
      const fg = parse(getComputedStyle(t).fill)!;
      const bg = background(t.closest('section'));
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      if (ratio < 4.5) problems.push(`svg ${t.textContent}: ${ratio.toFixed(2)}`);
    }
    return problems;
  });
}

/** The extension's options page in `page`, once its heading is drawn. */
export async function openOptions(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

declare const chrome: typeof import('wxt/browser').browser;

/** The options page in Chinese over `settings`, stored before it loads (a new page in `context`). */
export async function optionsWith(context: BrowserContext, extensionId: string, settings: Record<string, unknown> = {}): Promise<Page> {
  const page = await openOptions(await context.newPage(), extensionId);
  await page.evaluate((s) => chrome.storage.local.set({ settings: { version: 1, language: 'zh', ...s } }), settings);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '回复卫士设置' }).waitFor();
  return page;
}

/** The settings as stored now, read through the extension page `page`. */
export const storedSettings = <T>(page: Page): Promise<T> => page.evaluate(async () => (await chrome.storage.local.get('settings')).settings) as Promise<T>;

/** Picks a JSON file named `name` holding `text` in the options page's import field. */
export const pickImport = (page: Page, name: string, text: string) =>
  page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
