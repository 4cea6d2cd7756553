// The demo pages work on their own, in a browser WITHOUT the extension: if one of these fails,
// the extension's e2e tests built on the demo cannot be trusted.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** "M-D HH:mm:ss" in Beijing time, computed independently of the demo's own code. */
function beijingStamp(ts: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Shanghai',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ts))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Seconds left in a card's "X分Y秒后超时" / "N秒后超时" text. */
function secondsLeft(text: string): number {
  const match = /^(?:(\d+)分)?(\d+)秒后超时$/.exec(text);
  if (!match) throw new Error(`not a countdown: ${text}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2]);
}

const card = (page: Page, name: string) => page.locator('.SessionBaseCard').filter({ has: page.locator('.SessionBaseCard-topHeadName', { hasText: name }) });
const group = (page: Page, name: string) => page.locator('.SessionListGroup').filter({ has: page.locator('.SessionListGroupItem-groupName', { hasText: name }) });
const mineRows = (page: Page) => page.locator('.ChatMessageList div[id^="0_"]:has(.kwaishop-cs-LayoutDefaultWrapper__isMine)');

test.describe('workbench', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('a buyer message from the URL shows its Beijing stamp and the platform countdown, whatever the browser zone', async ({ openPlainDemo }) => {
    const t0 = Date.now();
    const page = await openPlainDemo('workbench', { auto: 0, history: 0, buyers: 2, t0, msg: ['1:你好，奶粉是保税仓发货吗？:125', '2:清关要几天:200'] });
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');

    const rows = page.locator('.ChatMessageList div[id^="0_"]');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row.locator('.kwaishop-cs-LayoutDefaultWrapper_lrWrapper')).toHaveClass(/kwaishop-cs-LayoutDefaultWrapper__notMe/);
    await expect(row.locator('.kwaishop-cs-LayoutDefaultWrapper_msgBody')).toHaveText('你好，奶粉是保税仓发货吗？');
    const conversations = await page.evaluate(() => window.demo.conversations());
    await expect(row).toHaveAttribute('id', new RegExp(`^0_${conversations[0]!.id}_\\d+$`));
    const before = await row.locator('.kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody').textContent();
    expect(before).toBe(`${conversations[0]!.name}${beijingStamp(t0 - 125_000)}`);

    // The platform's own 3-minute countdown on the cards.
    const first = card(page, conversations[0]!.name);
    await expect(group(page, '请在3分钟内回复').locator('.SessionBaseCard')).toHaveCount(1);
    const left = secondsLeft((await first.locator('.SessionBaseCard-topHeadTime').textContent()) ?? '');
    expect(left).toBeGreaterThan(45);
    expect(left).toBeLessThanOrEqual(55);
    await expect(group(page, '请在3分钟内回复').locator('.SessionListGroupItem-count')).toHaveText('(1)');
    const second = group(page, '已超时').locator('.SessionBaseCard');
    await expect(second).toHaveCount(1);
    await expect(second.locator('.SessionBaseCard-topHeadTime')).toHaveText('已超时');
  });

  test('Quill composer: Shift+Enter breaks the line, Enter sends as text, the card moves to 已回复', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { auto: 0, history: 0, buyers: 2, msg: '1:面霜有溯源码吗:30' });
    const [buyer] = await page.evaluate(() => window.demo.conversations());
    await expect(group(page, '请在3分钟内回复').locator('.SessionBaseCard')).toHaveCount(1);

    const editor = page.locator('.SendBox .SendBox-Editor .ql-editor');
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await editor.click();
    await page.keyboard.type('您好，有溯源码');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('<img src=x onerror="window.hacked=1">');
    await expect(editor.locator('p')).toHaveCount(2);
    expect(await page.evaluate(() => window.demo.sent())).toEqual([]);

    await page.keyboard.press('Enter');
    const sent = '您好，有溯源码\n<img src=x onerror="window.hacked=1">';
    await expect.poll(() => page.evaluate(() => window.demo.sent())).toEqual([sent]);
    const row = mineRows(page).last();
    await expect(row.locator('.kwaishop-cs-LayoutDefaultWrapper_msgBody')).toHaveText(sent, { useInnerText: true });
    await expect(row.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    await expect(editor).toHaveText('');
    await expect(group(page, '已回复').locator('.SessionBaseCard-topHeadName', { hasText: buyer!.name })).toHaveCount(1);
    await expect(group(page, '请在3分钟内回复').locator('.SessionBaseCard')).toHaveCount(0);

    // Blank drafts are not sent; the 发送 button sends like Enter.
    await page.keyboard.press('Enter');
    await page.keyboard.type('好的');
    await page.locator('.SendBox-buttonRight .ant-btn-primary').click();
    await expect.poll(() => page.evaluate(() => window.demo.sent())).toEqual([sent, '好的']);
  });

  test('switching conversation re-renders the chat pane and mounts a fresh Quill, keeping each draft', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { auto: 0, history: 1, buyers: 3, open: 1 });
    const [a, b] = await page.evaluate(() => window.demo.conversations());
    await expect(page.locator('.LoginUserInfo-mainTitle-text')).toHaveText(a!.name);
    await page.locator('.ql-editor').click();
    await page.keyboard.type('草稿一');
    await page.locator('.ql-editor').evaluate((element) => element.setAttribute('data-old', '1'));
    const firstRow = await page.locator('.ChatMessageList div[id^="0_"]').first().getAttribute('id');
    expect(firstRow).toMatch(new RegExp(`^0_${a!.id}_`));

    await card(page, b!.name).click();
    await expect(page.locator('.LoginUserInfo-mainTitle-text')).toHaveText(b!.name);
    await expect(page.locator('.SessionBaseCard.active .SessionBaseCard-topHeadName')).toHaveText(b!.name);
    await expect(page.locator('.ql-editor')).toHaveCount(1);
    await expect(page.locator('.ql-editor[data-old]')).toHaveCount(0);
    await expect(page.locator('.ql-editor')).toHaveText('');
    await expect(page.locator(`.ChatMessageList div[id^="0_${a!.id}_"]`)).toHaveCount(0);
    await expect(page.locator(`.ChatMessageList div[id^="0_${b!.id}_"]`).first()).toBeAttached();

    await page.keyboard.press('Tab'); // keyboard still usable after the swap
    await card(page, a!.name).click();
    await expect(page.locator('.ql-editor')).toHaveText('草稿一');
    await page.locator('.ql-editor').evaluate((element) => element.setAttribute('data-old', '1'));
    await page.evaluate(() => window.demo.rerenderComposer());
    await expect(page.locator('.ql-editor[data-old]')).toHaveCount(0);
    await expect(page.locator('.ql-editor')).toHaveText('草稿一');
  });

  test('window.demo scripts system rows, cards, invitations and ratings; agentSays is not a composer send', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { auto: 0, history: 0, buyers: 1 });
    await page.evaluate(() => {
      window.demo.buyerSays(1, '在吗', { agoSeconds: 10 });
      window.demo.system(1, '[系统消息] 买家正在查看商品');
      window.demo.card(1, 'order');
      window.demo.card(1, 'notice');
      window.demo.card(1, 'buyerFrom');
      window.demo.agentSays(1, '在的亲');
      window.demo.invite(1);
      window.demo.rate(1, 'neutral');
    });
    const list = page.locator('.ChatMessageList');
    await expect(list.locator('.kwaishop-cs-LayoutMiddleWrapper_msgBody', { hasText: '[系统消息] 买家正在查看商品' })).toHaveCount(1);
    await expect(list.locator('.kwaishop-cs-LayoutDefaultWrapper__notMe .kwaishop-cs-BizOrderCard')).toHaveCount(1);
    await expect(list.locator('.kwaishop-cs-LayoutMiddleWrapper_msgBody .kwaishop-cs-BizNoticeCard')).toContainText('【防诈贴士】');
    await expect(list.locator('.kwaishop-cs-bizBuyerFromCard')).toContainText('当前用户来自');
    await expect(list.locator('.kwaishop-cs-LayoutMiddleWrapper_msgBody .kwaishop-cs-BizTextCard')).toContainText('评价邀请');
    await expect(list.locator('.kwaishop-cs-LayoutMiddleWrapper_msgBody', { hasText: '用户已经评价' })).toHaveText('用户已经评价：一般');
    await expect(list.locator('.kwaishop-cs-LayoutDefaultWrapper__isMine .kwaishop-cs-LayoutDefaultWrapper_msgBody')).toHaveText('在的亲');
    expect(await page.evaluate(() => window.demo.sent())).toEqual([]);
    // Every row has a unique 0_<buyerId>_<seq> id.
    const ids = await list.locator('div[id^="0_"]').evaluateAll((rows) => rows.map((row) => row.id));
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    // Only text bubbles move the platform countdown: the agent's text answered the buyer.
    expect((await page.evaluate(() => window.demo.conversations()))[0]!.group).toBe('replied');
  });

  test('same seed, same scene: history rows and ids are deterministic', async ({ openPlainDemo, demo }) => {
    const read = async (page: Page) => page.locator('.ChatMessageList div[id^="0_"]').evaluateAll((rows) => rows.map((row) => `${row.id} ${row.textContent}`));
    const t0 = Date.now(); // history is placed relative to t0 (default: page load)
    const page = await openPlainDemo('workbench', { auto: 0, seed: 42, open: 2, t0 });
    const first = await read(page);
    expect(first.length).toBeGreaterThan(3);
    await page.goto(`${demo}/workbench?auto=0&seed=42&open=2&t0=${t0}`);
    await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
    expect(await read(page)).toEqual(first);
  });

  test('agent status: 在线 → 挂起 through the menu and its confirmation', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { auto: 0 });
    await expect(page.locator('.statusTag')).toHaveText(/在线/);
    await page.locator('.statusTag').click();
    await page.locator('.ant-menu-item-only-child').nth(1).click();
    await expect(page.locator('.ant-modal')).toContainText('挂起');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect(page.locator('.statusTag')).toHaveText(/挂起/);
    await expect(page.locator('.ant-modal')).toHaveCount(0);
    expect(await page.evaluate(() => window.demo.status())).toBe('busy');
  });

  test('the control panel works from the keyboard: a buyer message "N seconds ago"', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { auto: 0, history: 0, buyers: 2 });
    await page.locator('#demo-controls summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#demo-controls')).toHaveJSProperty('open', true);
    await page.locator('#demo-text').fill('保税仓几天发货');
    await page.locator('#demo-ago').fill('150');
    await page.locator('#demo-ago').press('Enter'); // submits the form
    const row = page.locator('.ChatMessageList .kwaishop-cs-LayoutDefaultWrapper__notMe').last();
    await expect(row.locator('.kwaishop-cs-LayoutDefaultWrapper_msgBody')).toHaveText('保税仓几天发货');
    const left = secondsLeft((await page.locator('.SessionBaseCard.active .SessionBaseCard-topHeadTime').textContent()) ?? '');
    expect(left).toBeGreaterThan(20);
    expect(left).toBeLessThanOrEqual(30);
  });

  test('simulated buyers write on their own when auto is on', async ({ openPlainDemo }) => {
    const page = await openPlainDemo('workbench', { history: 0, buyers: 4 });
    // The opening scene: buyers already waiting, one past the platform's 3 minutes.
    await expect(group(page, '请在3分钟内回复').locator('.SessionBaseCard')).toHaveCount(2);
    await expect(group(page, '已超时').locator('.SessionBaseCard')).toHaveCount(1);
    const rows = async () => (await page.evaluate(() => window.demo.conversations())).reduce((sum, c) => sum + c.rows, 0);
    const before = await rows();
    await page.evaluate(() => window.demo.step());
    expect(await rows()).toBeGreaterThan(before);
  });
});

// Each generic page: Enter sends, the button sends, Shift+Enter keeps a line break.
const GENERIC_PAGES = [
  { page: 'textarea.html', editor: 'textarea#composer' },
  { page: 'react.html', editor: 'textarea#composer' },
  { page: 'contenteditable.html', editor: '#composer[contenteditable="true"]' },
  { page: 'prosemirror.html', editor: '#composer .ProseMirror' },
  { page: 'lexical.html', editor: '#composer[data-lexical-editor="true"]' },
  // Slate draws its placeholder inside the editable: an empty Slate editor shows just that.
  { page: 'slate.html', editor: '#composer[data-slate-editor="true"]', empty: '请输入消息…' },
  { page: 'wangeditor.html', editor: '#wang-editor [data-slate-editor][contenteditable="true"]' },
  { page: 'iframe.html', editor: 'textarea#composer', frame: true },
] as const;

for (const spec of GENERIC_PAGES) {
  test(`generic page ${spec.page} sends on Enter and on its button`, async ({ openPlainDemo }) => {
    const page = await openPlainDemo(spec.page);
    const scope = 'frame' in spec ? page.frameLocator('iframe') : page;
    const editor = scope.locator(spec.editor);
    const button = scope.getByRole('button', { name: /发送|Send/ });
    const sent = () => page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent());

    await editor.click();
    await page.keyboard.type('你好 hello');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('第二行');
    await page.keyboard.press('Enter');
    await expect.poll(sent).toEqual(['你好 hello\n第二行']);
    await expect(page.locator('#sent-list .sent-text')).toHaveText(['你好 hello\n第二行'], { useInnerText: true });
    await expect(editor).toHaveText('empty' in spec ? spec.empty : '');

    await editor.click();
    await page.keyboard.type('再发一条');
    await button.click();
    await expect.poll(sent).toEqual(['你好 hello\n第二行', '再发一条']);
    await expect(page.locator('#sent-list .sent-text')).toHaveCount(2);
  });
}

test('the React page sends its state, not a value set behind React’s back', async ({ openPlainDemo }) => {
  const page = await openPlainDemo('react.html');
  const editor = page.locator('textarea#composer');
  await editor.click();
  await page.keyboard.type('真实输入');
  // Assigning .value directly bypasses React's onChange: React state still holds the typed text.
  await editor.evaluate((element: HTMLTextAreaElement) => (element.value = '偷偷改掉'));
  await page.getByRole('button', { name: '发送' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent())).toEqual(['真实输入']);
});

test('the index page links every demo page', async ({ openPlainDemo, demo, plainPage }) => {
  await plainPage.goto(`${demo}/`);
  const links = await plainPage.locator('a.card').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toEqual(['/workbench', '/textarea.html', '/react.html', '/contenteditable.html', '/prosemirror.html', '/lexical.html', '/slate.html', '/wangeditor.html', '/iframe.html']);
  for (const link of links) await openPlainDemo(link);
});
