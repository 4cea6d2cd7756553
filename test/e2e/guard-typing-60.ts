// Round 60 (guard60): issue 4's typing figures on a heavy workbench, measured on the built extension. The page is
// timers59b's workbench (500 waiting buyers' session cards, their platform countdowns rewritten each second) with 2,000
// messages in the open chat; the agent types a 500-character draft key by key. Printed, not asserted (a loaded machine's
// timing): keystroke → highlight (each key's `beforeinput` to the guard's next pass marking the highlights host,
// `data-pass`), every long task while typing (`longtask`, with the long animation frame's scripts as attribution) and,
// with REPLYGUARD_PROFILE=1, a CDP CPU profile's self time inside the longest task.
import type { BrowserContext, Page } from '@playwright/test';
import { workbench, type Buyer } from './timers-workbench';
import { routeWorkbenchPages } from './guard-support';

export const HEAVY_ROWS = 2000;
export const HEAVY_CARDS = 500;
export const DRAFT_LENGTH = 500;

/** A reply of `DRAFT_LENGTH` characters; with `term`, the shop's forbidden term recurs in it (a breach every ~60 characters). */
export function draftOf(term: string | null): string {
  const base = `亲，您好，${term ?? '这款'}这款面霜是保税仓直发的正品，下单后四十八小时内发货，物流信息可以在订单详情里查看，如有问题随时联系我们。`;
  let s = '';
  while (s.length < DRAFT_LENGTH) s += base;
  return s.slice(0, DRAFT_LENGTH);
}

export const heavyBuyers = (n = HEAVY_CARDS): Buyer[] =>
  Array.from({ length: n }, (_, i) => ({ name: `重页买家${i}`, id: String(600_000 + i), timeout: `${Math.floor((170 - (i % 70)) / 60)}分${(170 - (i % 70)) % 60}秒后超时` }));

/** timers59b's workbench with `rows` messages already in the first buyer's chat (the open one), the last a buyer's. */
export const heavyWorkbench = (buyers: readonly Buyer[], rows = HEAVY_ROWS): string =>
  workbench(buyers).replace(
    /render\(\);\n<\/script>$/,
    `for (let k = 0; k < ${rows}; k++) {
  const dir = (${rows} - k) % 2 === 1 ? 'in' : 'out';
  convs[0].msgs.push({ id: 'm' + (++seq), dir, text: dir === 'in' ? '请问第' + k + '件什么时候发货' : '您好，第' + k + '件已为您查询，明天发出', ts: Date.now() - (${rows} - k) * 20_000 });
}
render();
</script>`,
  );

export async function openHeavyWorkbench(context: BrowserContext, { guard = true, buyers = heavyBuyers(), rows = HEAVY_ROWS }: { guard?: boolean; buyers?: readonly Buyer[]; rows?: number } = {}): Promise<Page> {
  await routeWorkbenchPages(context, { '/workbench': heavyWorkbench(buyers, rows) });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  if (guard) await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

/** The same page at a host the extension does not run on: what the page costs by itself (a peer). */
export async function openBareWorkbench(context: BrowserContext, buyers: readonly Buyer[] = heavyBuyers(), rows = HEAVY_ROWS): Promise<Page> {
  await context.route('https://baseline.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: heavyWorkbench(buyers, rows) }));
  const page = await context.newPage();
  await page.goto('https://baseline.invalid/workbench');
  return page;
}

export interface TypingFigures {
  /** keystroke → highlight (ms), one per pass that followed a key. */
  highlight: number[];
  /** Long tasks while typing: duration and what the long animation frame ran (script source, invoker, ms). */
  longTasks: { start: number; duration: number; scripts: string }[];
  passes: number;
  findings: string | null;
}

/** In `page`: the probes (page world), the cards ticking each second. Call `typingFigures` after typing. */
export const startProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __typing: TypingFigures & { stop(): void } };
    const figures: TypingFigures = { highlight: [], longTasks: [], passes: 0, findings: null };
    const frames: { start: number; end: number; scripts: string }[] = [];
    const tasks: { start: number; duration: number }[] = [];
    const lt = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration })));
    lt.observe({ type: 'longtask' });
    const loaf = new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => {
        const scripts = ((e as unknown as { scripts?: { sourceURL: string; invoker: string; duration: number }[] }).scripts ?? [])
          .filter((s) => s.duration >= 5)
          .map((s) => `${s.sourceURL.split('/').pop() || '?'}:${s.invoker} ${Math.round(s.duration)}`)
          .join(', ');
        frames.push({ start: e.startTime, end: e.startTime + e.duration, scripts });
      }),
    );
    try {
      loaf.observe({ type: 'long-animation-frame' });
    } catch {
      /* not in this Chromium */
    }
    let waiting: number | null = null;
    const onKey = (e: Event) => {
      if (waiting === null) waiting = e.timeStamp;
    };
    window.addEventListener('beforeinput', onKey, true);
    // (absent on a peer page where the extension does not run)
    const host = document.querySelector('[data-replyguard="highlights"]');
    const passes = new MutationObserver(() => {
      figures.passes++;
      if (waiting === null) return;
      figures.highlight.push(performance.now() - waiting);
      waiting = null;
    });
    if (host) passes.observe(host, { attributes: true, attributeFilter: ['data-pass'] });
    // The cards' platform countdowns tick each second (timers-support.ts tickCards, here for as long as the typing lasts).
    const times = [...document.querySelectorAll('.SessionBaseCard-topHeadTime')];
    const left = times.map((t) => {
      const m = /(\d+)分(\d+)秒/.exec(t.textContent ?? '');
      return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
    });
    const tick = setInterval(() => {
      times.forEach((t, i) => {
        left[i] = Math.max(0, left[i]! - 1);
        t.textContent = `${Math.floor(left[i]! / 60)}分${left[i]! % 60}秒后超时`;
      });
    }, 1000);
    w.__typing = Object.assign(figures, {
      stop() {
        clearInterval(tick);
        lt.disconnect();
        loaf.disconnect();
        passes.disconnect();
        window.removeEventListener('beforeinput', onKey, true);
        figures.findings = host?.getAttribute('data-findings') ?? null;
        figures.longTasks = tasks.map((t) => ({
          start: Math.round(t.start),
          duration: Math.round(t.duration),
          scripts: frames.filter((f) => f.start <= t.start + t.duration && f.end >= t.start).map((f) => f.scripts).filter(Boolean).join(' | '),
        }));
      },
    });
  });

export const stopProbe = (page: Page): Promise<TypingFigures> =>
  page.evaluate(() => {
    const w = window as unknown as { __typing: TypingFigures & { stop(): void } };
    w.__typing.stop();
    const { highlight, longTasks, passes, findings } = w.__typing;
    return { highlight, longTasks, passes, findings };
  });

const percentile = (xs: readonly number[], p: number): number => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const summarize = (f: TypingFigures): string => {
  const tasks = f.longTasks.map((t) => t.duration);
  const worst = [...f.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 3);
  return (
    (f.highlight.length ? `passes ${f.passes}, findings ${f.findings}; keystroke → highlight p50 ${percentile(f.highlight, 50).toFixed(1)} / p95 ${percentile(f.highlight, 95).toFixed(1)} / max ${Math.max(...f.highlight).toFixed(1)} ms (${f.highlight.length} keys); ` : '') +
    `long tasks ${tasks.length} (> 50 ms), total ${tasks.reduce((a, b) => a + b, 0)} ms, max ${Math.max(0, ...tasks)} ms` +
    worst.map((t) => `\n    ${t.duration} ms at ${t.start}: ${t.scripts || '(no script ≥ 5 ms: rendering)'}`).join('')
  );
};
