// Round 62 (engstart62): why round 61's engine injection lost guard-unseen-pages-49b 'finding 4'. That test focuses a composer
// inside a CLOSED shadow root right after the page loaded. The guard finds a composer focused before it started by looking
// into closed roots (attach.ts deepActiveElement); one focused after it started only by the focusin event, and that read
// the event's composed path, which stops at the closed root's host: the composer was never found (「未找到聊天输入框」).
// With import() the engine came after the test's focus; injected (compiled code kept per renderer) it sometimes came before.
// Here the order is forced: the guard has started and reported no composer before the field is focused.
// On the worker's shared browser (fixtures.ts `shared`, via workbenchPagesTest): nothing here needs a fresh profile.
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { bannerSection, expectAttached, redTeamDoc, RED_TEAM_BAD, RT_SCRIPT_END as E, sentOf, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

declare const chrome: typeof import('wxt/browser').browser;

/** A composer (textarea #ta and its 发送) in a shadow root of `mode`, kept on window.__root; the page records each send. */
const shadowComposer = (mode: 'open' | 'closed') =>
  redTeamDoc(
    `${mode} shadow composer`,
    `<x-chat></x-chat><script>var r = document.querySelector('x-chat').attachShadow({ mode: '${mode}' }); window.__root = r;
r.innerHTML = '<div style="margin:300px 40px 0"><textarea id=ta style="width:500px;height:80px" placeholder="请输入消息，按Enter发送"></textarea><button id=send>发送</button></div>';
var ta = r.getElementById('ta');
ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (rec(ta.value)) ta.value = ''; } });
r.getElementById('send').addEventListener('click', function () { if (rec(ta.value)) ta.value = ''; });
${E}`,
  );

const test = workbenchPagesTest({ '/es62/closed': shadowComposer('closed'), '/es62/open': shadowComposer('open') });

/** Waits until the guard in `page` has started and told the background it found no composer (guard.ts, after its grace). */
async function untilReportedNoComposer(worker: Worker, page: Page, since: number): Promise<void> {
  const url = page.url();
  await expect
    .poll(
      () =>
        worker.evaluate(
          async ({ href, since }) => {
            const byTab = ((await chrome.storage.session.get('guard-frames'))['guard-frames'] ?? {}) as Record<string, Record<string, { attached: boolean; reason?: string; url: string; at: number }>>;
            return Object.values(byTab).some((frames) => Object.values(frames).some((s) => s.url === href && s.at >= since && !s.attached && !!s.reason?.includes('未找到聊天输入框')));
          },
          { href: url, since },
        ),
      { message: 'the guard started and reported no composer yet', timeout: 30_000 },
    )
    .toBe(true);
  await expect(page.locator('html'), 'not attached before the focus').not.toHaveAttribute('data-replyguard-attached', /.+/);
}

for (const mode of ['closed', 'open'] as const) {
  test(`a composer in a ${mode} shadow root focused after the guard started is found: attached, and a breach is stopped`, async ({ pg, serviceWorker }) => {
    const since = Date.now();
    await pg.goto(`${WORKBENCH_ORIGIN}/es62/${mode}`);
    await untilReportedNoComposer(serviceWorker, pg, since);
    await pg.evaluate(() => ((window as unknown as { __root: ShadowRoot }).__root.getElementById('ta') as HTMLElement).focus());
    await expectAttached(pg);
    await pg.keyboard.insertText(RED_TEAM_BAD);
    await pg.keyboard.press('Enter');
    await expect(bannerSection(pg), 'the breach was stopped').toHaveAttribute('data-mode', 'blocked');
    expect(await sentOf(pg), 'nothing was sent').toEqual([]);
  });
}
