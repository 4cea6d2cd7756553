// Round 62 (ux62): the popup and the options page by keyboard only and at 200% zoom, in the built extension.
// Zoom is the browser's own page zoom (chrome.tabs.setZoom at 2, scoped to the tab so the shared browser's other
// pages keep 100%), not deviceScaleFactor: page zoom halves the CSS width the page lays out in, as an agent's Ctrl + +
// does. A 640 px window at 200% lays out in 320 CSS px; 1280 px in 640. The popup is opened in a tab of its real size at
// 200%: Chrome sizes a popup to its content (body 380 CSS px = 760 device px) up to 800 × 600 device px, so 760 × 600.
// 1. At 640 px / 200%, the rules table (a select per rule, 「默认（拦截、提醒或提示，视内容而定）」 223 CSS px wide) made
//    the whole page 403 CSS px wide in a 320 px view: every section scrolled sideways by 83 px, and the selects' right
//    ends were out of view. The table scrolls in its own box now; the page does not.
// 2. The keyboard walk: the focus order of each page as a list of accessible names, a visible focus ring on each stop
//    in both colour schemes, and the keyboard tasks (disclosure, rating and undo, skip link, the purge dialog).
import type { Page, TestInfo } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith } from './popup-support';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

declare const chrome: typeof import('wxt/browser').browser;

/** The browser's page zoom for this tab only (per-tab scope: the extension origin's other pages stay at 100%). */
async function zoomTab(page: Page, factor: number): Promise<void> {
  await page.evaluate(async (f) => {
    const tab = await chrome.tabs.getCurrent();
    await chrome.tabs.setZoomSettings(tab!.id!, { scope: 'per-tab' });
    await chrome.tabs.setZoom(tab!.id!, f);
  }, factor);
}

/**
 * What is wrong with the layout as the agent sees it: the page scrolling sideways, a visible control neither inside the
 * view nor reachable by scrolling its own scroll box, two controls overlapping, text cut by its box.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const shown = (e: Element) => e.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
    const name = (e: Element) => `${e.tagName.toLowerCase()} "${((e as HTMLInputElement).labels?.[0]?.textContent ?? e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 24)}"`;
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]')].filter(shown);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      let box = c.parentElement;
      while (box && box !== document.body && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      const limit = box && box !== document.body ? box.getBoundingClientRect() : { left: 0, right: root.clientWidth };
      const scrollable = box && box !== document.body ? box.scrollWidth - box.clientWidth : 0;
      // Inside the view, or inside a scroll box that scrolls far enough to show it.
      if (r.left < limit.left - scrollable - 0.5 || r.right > limit.right + scrollable + 0.5) problems.push(`out of reach: ${name(c)} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) problems.push(`overlap: ${name(a)} / ${name(b)}`);
      }
    }
    for (const e of document.querySelectorAll('body *')) {
      if (!shown(e)) continue;
      const s = getComputedStyle(e);
      // A deliberate middle cut (long buyer names, clause titles under the number) is drawn with an ellipsis and read whole.
      if (e.closest('.middle-cut, .clause-title')) continue;
      if (/hidden|clip/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1) problems.push(`text cut: ${name(e)} ${e.scrollWidth} > ${e.clientWidth}`);
    }
    return problems;
  });
}

async function keepShot(page: Page, info: TestInfo, name: string): Promise<void> {
  // The view as the agent sees it (a full-page capture resizes the view, which page zoom does not follow), once drawn.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

// A term list with a long term and note, so the lists' tables are drawn too.
const SEEDED = {
  guard: {
    enabled: true,
    deny: [{ term: '一个很长的禁用词语用来看换行是否正常', clause: '2.3', severity: 'block', note: 'a long note that must wrap at narrow widths, pushing nothing out of view' }],
    allow: ['很长的放行词语很长的放行词语'],
    ruleSeverity: {},
  },
};

for (const language of ['zh', 'en'] as const) {
  test(`200% zoom (${language}): the options page at 640 px and 1280 px — nothing out of reach, cut or overlapping, no sideways page`, async ({ context, extensionId }, info) => {
    test.setTimeout(120_000);
    const page = await optionsWith(context, extensionId, SEEDED);
    if (language === 'en') {
      await page.evaluate(async () => chrome.storage.local.set({ settings: { ...((await chrome.storage.local.get('settings')).settings as object), language: 'en' } }));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'ReplyGuard settings' }).waitFor();
    }
    for (const [width, css] of [[640, 320], [1280, 640]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await zoomTab(page, 2);
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(css);
      await expect(page.getByTestId('deny-list')).toBeVisible();
      expect(await layoutProblems(page), `options (${language}) at ${width} px, 200%`).toEqual([]);
      // (Taken at the top of the page: a capture after the focus scrolled the zoomed page came out blank.)
      await keepShot(page, info, `options-${language}-${width}px-200pct`);
      // The rule selects at the far end of the table are still reachable: focusing one brings it into view.
      const last = page.getByTestId('rules').locator('select').last();
      await last.focus();
      const box = (await last.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(css);
      await zoomTab(page, 1);
    }
    await page.close();
  });
}

test('200% zoom: the popup at its real size (380 CSS px, 760 × 600 device px) — nothing out of reach, cut or overlapping', async ({ context, extensionId }, info) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 760, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await zoomTab(page, 2);
  await expect.poll(() => page.evaluate(() => innerWidth)).toBe(380);
  await expect(page.getByTestId('chart-summary')).toBeVisible({ timeout: 30_000 });
  expect(await layoutProblems(page), 'popup at 200%').toEqual([]);
  await keepShot(page, info, 'popup-380px-200pct');
  await page.close();
});

/** The focused element's ring as drawn: outline style, width and colour (through open shadow roots). */
const ringOf = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  });

/**
 * Presses `key` once per expected name: the focus lands on a control of that accessible name, shown by the page's
 * focus ring (3 px, the scheme's --focus colour) under :focus-visible.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', names: readonly (string | RegExp)[], ring: string): Promise<void> {
  for (const [step, name] of names.entries()) {
    await page.keyboard.press(key);
    await expect(page.locator(':focus'), `${key} #${step + 1}`).toHaveAccessibleName(name);
    expect(await ringOf(page), `${key} #${step + 1}: ${name}`).toEqual({ visible: true, style: 'solid', width: 3, color: ring });
  }
}

const RING = { light: 'rgb(9, 88, 217)', dark: 'rgb(145, 202, 255)' } as const;
const POPUP_ORDER = ['设置与导出', '查看表格', '记录一条“满意”评价', '记录一条“一般”评价', '记录一条“失望”评价'] as const;

test('keyboard only: the popup, in both colour schemes — focus order, rings, the table disclosure, a rating and its undo', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('chart-summary')).toBeVisible({ timeout: 30_000 });
    await walk(page, 'Tab', POPUP_ORDER, RING[scheme]);
    // Back the same way: nothing traps the focus, nothing is skipped.
    await walk(page, 'Shift+Tab', [...POPUP_ORDER].reverse().slice(1), RING[scheme]);
  }
  // The 30-day table: a disclosure, opened and closed by Enter.
  await page.locator('summary').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details').first()).toHaveAttribute('open', '');
  await expect(page.locator('.days-table')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('details').first()).not.toHaveAttribute('open', '');
  // A rating by Space, its undo reached by Tab and pressed by Enter; focus goes back to the rating button.
  await page.getByRole('button', { name: '记录一条“满意”评价' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('sat-undo')).toBeVisible();
  await walk(page, 'Tab', ['记录一条“一般”评价', '记录一条“失望”评价', /撤销/], RING.dark);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sat-added')).toContainText('已撤销');
  await expect(page.locator(':focus')).toHaveAccessibleName('记录一条“满意”评价');
  await page.close();
});

const OPTIONS_START = ['语言', '自定义词语', '规则级别', '回复提醒', '其他聊天工具', '数据', '团队视图（店铺汇总）', '语言', '启用发送前检查', '词语（禁用词）', '条款', '级别', '备注（可选）', '添加禁用词', '词语（放行词）', '添加放行词', /^跳过规则表（\d+ 条规则）/] as const;

test('keyboard only: the options page, in both colour schemes — focus order, the skip link, a term added and removed, the purge dialog (Esc)', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { level: 1, name: '回复卫士设置' }).waitFor();
    await walk(page, 'Tab', OPTIONS_START, RING[scheme]);
    // The skip link passes the 40 rule selects: the next Tab is in 回复提醒, Shift+Tab from there is the way back up.
    await page.keyboard.press('Enter');
    await walk(page, 'Tab', ['提醒时间（分:秒，用逗号分隔）', '保存提醒时间', '桌面通知', '提醒声音'], RING[scheme]);
    await walk(page, 'Shift+Tab', ['桌面通知', '保存提醒时间', '提醒时间（分:秒，用逗号分隔）', '↑ 回到规则表顶部'], RING[scheme]);
  }
  // A forbidden term typed and added with Enter, then removed from its row by keyboard: focus never falls to the page.
  await page.getByLabel('词语（禁用词）').focus();
  await page.keyboard.type('键盘测试词');
  await page.keyboard.press('Enter');
  const row = page.getByRole('row', { name: /键盘测试词/ });
  await expect(row).toBeVisible();
  await row.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(0);
  expect(await ringOf(page)).not.toBeNull();
  // The purge asks in the page: focus on its confirm button, Tab to cancel, Esc closes it, focus back on the button.
  const purge = page.getByTestId('purge');
  await purge.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('purge-ask')).toBeVisible();
  await expect(page.getByTestId('purge-confirm')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('purge-cancel')).toBeFocused();
  expect((await ringOf(page))?.style).toBe('solid');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('purge-ask')).toBeHidden();
  await expect(purge).toBeFocused();
  await expect(page.getByTestId('purge-result')).toHaveCount(0);
  await page.close();
});
