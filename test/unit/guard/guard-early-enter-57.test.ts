// @vitest-environment happy-dom
// Round 57 (guard57): an Enter pressed right after a long paste, before the exact lint of the draft is done, is stopped at once
// (「正在检查…」) instead of linting the whole draft in the key's task; the send is decided when the stepwise lint is done: a breach is
// blocked and logged, a warning held, a clean draft is not sent by that Enter (the banner says it was checked) and the next Enter sends
// it; an auto-repeat of that Enter sends nothing; a stepwise lint that throws leaves the next send to the whole lint (fail open).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKING_NOTICE, runGuard, type GuardDeps } from '../../../content/guard/guard';
import { LONG_DRAFT_CHARS } from '../../../content/guard/long-draft';
import { HOLD_READ_MS } from '../../../content/guard/send-policy';
import { createLinter, type Linter } from '../../../rules/engine';
import type { LintEvent } from '../../../utils/messages';

const linter = createLinter({ rules: [], deny: [{ term: '禁词甲', clause: '2.3', severity: 'block' }, { term: '提醒词乙', clause: '2.7', severity: 'warn' }] });
const CLEAN = '亲，这款奶粉是澳洲原装进口，保税仓发货，请您放心。'.repeat(Math.ceil((LONG_DRAFT_CHARS * 3) / 25));

let ctl: AbortController;
let field: HTMLTextAreaElement;
let sent: string[];
let logged: LintEvent[];
let deps: GuardDeps;
/** Whole-draft lints (linter.lint of the whole text) and stepwise ones started. */
let whole: number;
let stepped: number;

/** Stepwise lints that ran to their end (or threw), and the waits for a count of them. */
let ended: number;
let endWaits: { n: number; resolve: () => void }[];
/** `steps`, counted when they end: the guard decides in the task that ends them. */
function* counted<T>(steps: Generator<void, T, void>): Generator<void, T, void> {
  try {
    return yield* steps;
  } finally {
    ended++;
    for (const wait of endWaits.filter((w) => w.n <= ended)) wait.resolve();
    endWaits = endWaits.filter((w) => w.n > ended);
  }
}
const nextTask = () => new Promise((r) => setTimeout(r, 0));
/**
 * Once `n` stepwise lints have ended and the task that ended the last one is over (its decision made). A state to wait
 * for, not a time: on a loaded machine the lint of a 60,000-character draft took longer than vi.waitFor's second.
 */
const lintsEnded = (n: number) => new Promise<void>((resolve) => (ended >= n ? resolve() : endWaits.push({ n, resolve }))).then(nextTask);
/** Task turns enough for a dropped job to have run to its end had it gone on (a few slices and steps, each its own task), at any machine speed. */
async function jobTurns() {
  for (let i = 0; i < 50; i++) await nextTask();
}

let clockOffset = 0;
const realNow = performance.now.bind(performance);
vi.spyOn(performance, 'now').mockImplementation(() => realNow() + clockOffset);
function enter(repeat = false): KeyboardEvent {
  clockOffset += HOLD_READ_MS;
  const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, repeat });
  field.dispatchEvent(e);
  return e;
}
const paste = (text: string) => {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
const shadow = () => document.querySelector('[data-replyguard="banner"]')?.shadowRoot;
const bannerMode = () => shadow()?.querySelector('.rg')?.getAttribute('data-mode') ?? null;
const bannerTitle = () => shadow()?.querySelector('.title')?.textContent ?? '';
const bannerNotice = () => shadow()?.querySelector('.notice')?.textContent ?? '';
const listed = () => shadow()?.querySelectorAll('li').length ?? 0;

beforeEach(() => {
  document.body.innerHTML = '<div class="chat"><textarea></textarea><button id="send">发送</button></div>';
  field = document.querySelector('textarea')!;
  sent = [];
  field.addEventListener('keydown', (e) => e.key === 'Enter' && !e.defaultPrevented && sent.push(field.value));
  logged = [];
  whole = 0;
  stepped = 0;
  ended = 0;
  endWaits = [];
  ctl = new AbortController();
  const spy: Linter = {
    ...linter,
    lint: (text) => (text.length > LONG_DRAFT_CHARS && whole++, linter.lint(text)),
    lintInSteps: (text) => (stepped++, counted(linter.lintInSteps(text))),
  };
  // Every typing pass right after its input, whatever the machine's speed: slow passes (a loaded machine) would switch the
  // scheduler to its debounce (scheduler.ts, tested on its own), and a dropped draft's slices ran on for its 150 ms.
  const scheduler = { slowMs: Number.POSITIVE_INFINITY };
  deps = { doc: document, adapters: [], linter: () => spy, storeText: () => false, log: (e) => logged.push(e), report: () => undefined, isTopFrame: true, scheduler };
});
afterEach(() => ctl.abort());

describe('round 57: an Enter before a long draft is checked', () => {
  it('a breach: stopped at once (「正在检查…」, nothing listed or logged yet), no whole lint in the key’s task; blocked and logged when checked', async () => {
    runGuard(deps, ctl.signal);
    paste(CLEAN + '您好禁词甲');
    const e = enter();
    expect(e.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    expect(whole).toBe(0);
    expect(bannerMode()).toBe('checking');
    expect(bannerTitle()).toContain('正在检查');
    expect(bannerNotice()).toBe(CHECKING_NOTICE);
    expect(listed()).toBe(0);
    expect(logged).toEqual([]);
    // A second press while the check runs: still stopped, still checking, no second lint started.
    expect(enter().defaultPrevented).toBe(true);
    expect(bannerMode()).toBe('checking');
    await lintsEnded(1);
    expect(bannerMode()).toBe('blocked');
    expect(stepped).toBe(1); // the decision waited for one stepwise lint, no slices first
    expect(whole).toBe(0);
    expect(listed()).toBe(1);
    expect(logged.map((l) => [l.action, l.clause])).toEqual([['block', '2.3']]);
    expect(sent).toEqual([]);
    // The next Enter is decided on the exact lint, at once.
    expect(enter().defaultPrevented).toBe(true);
    expect(whole).toBe(0);
  });

  it('a clean draft: the waiting Enter sends nothing, the banner says it was checked, an auto-repeat sends nothing, the next press sends', async () => {
    runGuard(deps, ctl.signal);
    paste(CLEAN);
    expect(enter().defaultPrevented).toBe(true);
    expect(bannerMode()).toBe('checking');
    await lintsEnded(1);
    expect(bannerNotice()).toContain('检查完成，未发现问题');
    expect(bannerNotice()).toContain('按 Enter');
    expect(bannerMode()).toBe('typing');
    expect(sent).toEqual([]);
    expect(enter(true).defaultPrevented, 'an auto-repeat of the waiting Enter').toBe(true);
    expect(sent).toEqual([]);
    expect(enter().defaultPrevented).toBe(false);
    expect(sent).toEqual([CLEAN]);
    expect(whole).toBe(0);
    expect(logged).toEqual([]);
  });

  it('a warning: held when checked (logged once), and the next Enter sends', async () => {
    runGuard(deps, ctl.signal);
    paste(CLEAN + '提醒词乙');
    expect(enter().defaultPrevented).toBe(true);
    await lintsEnded(1);
    expect(bannerMode()).toBe('held');
    expect(logged.map((l) => l.action)).toEqual(['warn']);
    expect(enter().defaultPrevented).toBe(false);
    expect(sent).toEqual([CLEAN + '提醒词乙']);
  });

  it('the draft changed while it was checked: no decision for the old one, the new one is judged at its own send', async () => {
    runGuard(deps, ctl.signal);
    paste(CLEAN + '禁词甲');
    expect(enter().defaultPrevented).toBe(true);
    paste('亲，您好');
    await jobTurns();
    expect(bannerMode()).not.toBe('blocked');
    expect(logged).toEqual([]);
    expect(enter().defaultPrevented).toBe(false);
    expect(sent).toEqual(['亲，您好']);
  });

  it('a stepwise lint that throws: the waiting send is not kept waiting, and the next Enter lints whole (and blocks a breach)', async () => {
    deps.linter = () => ({
      ...linter,
      lint: (text) => (text.length > LONG_DRAFT_CHARS && whole++, linter.lint(text)),
      lintInSteps: () =>
        counted(
          (function* () {
            yield;
            throw new Error('boom');
          })(),
        ),
    });
    runGuard(deps, ctl.signal);
    paste(CLEAN + '禁词甲');
    expect(enter().defaultPrevented).toBe(true);
    expect(bannerMode()).toBe('checking');
    // The failure decides the waiting send by the whole lint (the old way, once), which blocks the breach.
    await lintsEnded(1);
    expect(bannerMode()).toBe('blocked');
    expect(whole).toBe(1);
    expect(enter().defaultPrevented).toBe(true);
  });

  it('a long draft pasted back while another is linted: its exact findings are shown again, the other draft’s job is dropped', async () => {
    runGuard(deps, ctl.signal);
    paste(CLEAN + '禁词甲');
    await lintsEnded(1);
    expect(stepped).toBe(1);
    expect(listed()).toBe(1);
    paste(CLEAN + '您好'); // clean: its lint starts
    await Promise.resolve(); // the after-input pass: its slices are scheduled
    paste(CLEAN + '禁词甲'); // back before they are done
    await jobTurns(); // turns enough for the dropped job to have finished, had it run on
    expect(stepped).toBe(1);
    expect(listed()).toBe(1);
    expect(enter().defaultPrevented).toBe(true);
    expect(bannerMode()).toBe('blocked');
  });
});
