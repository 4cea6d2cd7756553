// The banner's layout in real Chromium (UX review round 15): the blocking finding is listed first,
// the buttons and the keyboard hint stay in view however long the list (only the list scrolls, with a
// "more below" line), one English clause title per clause, and never over the composer or Send.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';

type Box = { top: number; bottom: number; left: number; right: number };

/** Boxes of the banner's parts and of the composer with its Send button, in viewport px. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const list = root.querySelector<HTMLElement>('.list');
    const cue = root.querySelector<HTMLElement>('.more-below');
    return {
      vh: innerHeight,
      panel: box(root.querySelector('.panel')),
      list: box(list),
      listScrolls: !!list && list.scrollHeight > list.clientHeight + 2,
      cue: cue && !cue.hidden ? cue.textContent : null,
      firstSeverity: root.querySelector('li.finding')?.getAttribute('data-severity') ?? null,
      blockFix: box(root.querySelector('li.finding[data-severity="block"] button.fix')),
      override: box(root.querySelector('button.override')),
      hint: box(root.querySelector('.hint')),
      en: [...root.querySelectorAll('.en')].map((e) => e.textContent),
      clauses: [...new Set([...root.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-clause')))],
      composer: box(document.querySelector('.SendBox')),
      send: box(document.querySelector('.SendBox-buttonRight .ant-btn-primary')),
    };
  });
}

const inside = (inner: Box | null, outer: Box | null) => !!inner && !!outer && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
const apart = (a: Box | null, b: Box | null) => !a || !b || a.bottom <= b.top + 0.5 || a.top >= b.bottom - 0.5 || a.right <= b.left || a.left >= b.right;

async function blockedDraft(page: Page, text: string) {
  await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 15_000 });
  const editor = page.locator('.SendBox .SendBox-Editor .ql-editor');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-replyguard="banner"] section')).toHaveAttribute('data-mode', 'blocked');
  await page.waitForTimeout(300); // placed in the next frame
}

async function expectActionsInView(page: Page) {
  const g = await layout(page);
  const where = JSON.stringify(g);
  expect(g.firstSeverity, where).toBe('block');
  // The block's fix, 仍要发送 and the hint: inside the panel's visible box and the viewport.
  for (const part of [g.blockFix, g.override, g.hint]) {
    expect(inside(part, g.panel), where).toBe(true);
    expect(part!.top >= 0 && part!.bottom <= g.vh, where).toBe(true);
  }
  expect(inside(g.blockFix, g.list), where).toBe(true);
  expect(apart(g.panel, g.composer), where).toBe(true);
  expect(apart(g.panel, g.send), where).toBe(true);
  return g;
}

test.use({ locale: 'zh-CN' });

test('1280×720: the block first, its fix, 仍要发送 and the hint in view; a long list scrolls under a "more below" line', async ({ openDemo }) => {
  const page = await openDemo('workbench', { auto: 0, buyers: 1, history: 0 });
  await page.setViewportSize({ width: 1280, height: 720 });
  // A suspected hint before the phone number: the block is still listed first.
  await blockedDraft(page, '您好，有问题打我电话 13812345678');
  let g = await expectActionsInView(page);
  expect(g.en).toHaveLength(g.clauses.length);

  await blockedDraft(page, '您好，有问题打我电话 13812345678，或者加我微信 abc12345，QQ 号 12345678，私下联系我，看我主页，邮箱 a@b.cn');
  g = await expectActionsInView(page);
  expect(g.listScrolls, JSON.stringify(g)).toBe(true);
  expect(g.cue).toMatch(/^↓ 下面还有 \d+ 处/);
  // One English clause title per clause, not one per finding.
  expect(g.en).toHaveLength(g.clauses.length);
  // Scrolled to the end, the line goes.
  await page.evaluate(() => {
    const list = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!.querySelector('.list')!;
    list.scrollTop = list.scrollHeight;
  });
  await expect.poll(async () => (await layout(page)).cue).toBeNull();
});

test('200% zoom (640×360): the block, its fix and 仍要发送 in view; keyboard still reaches them', async ({ openDemo }) => {
  const page = await openDemo('workbench', { auto: 0, buyers: 1, history: 0 });
  await page.setViewportSize({ width: 640, height: 360 });
  await blockedDraft(page, '您好，有问题打我电话 13812345678');
  await expectActionsInView(page);
  // Tab from the composer reaches the block's fix first, then on to 仍要发送; Esc goes back.
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.querySelector('[data-replyguard="banner"]')!.shadowRoot!.activeElement?.textContent ?? null);
  await expect.poll(focused).toBe('删除「13812345678」');
  for (let i = 0; i < 4 && (await focused()) !== '仍要发送…'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('仍要发送…');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ql-editor'))).toBe(true);
});
