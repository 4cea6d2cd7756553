// The demo workbench's composer toolbar: 表情 opens an emoji panel, 快捷短语 a list of the shop's saved replies,
// and a pick goes in at the caret through Quill's own API (insertText as the user), not through typing. The
// guard must lint text that arrives that way: the saved reply that breaks rule 2.3 is stopped with the clause
// in the banner, a clean one (with an emoji) sends as it reads; the panels close on a pick, on Esc and on a
// press elsewhere, and the banner gives way to an open panel.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { EDITOR_KINDS, draftText, expectFindings, openComposer, sent, setSettings, type Composer } from './guard-support';

const WORKBENCH = EDITOR_KINDS.find((k) => k.id === 'quill-workbench')!;
const BREACH = '亲，加我微信 abc12345，私下给您优惠';
const CLEAN = '亲，已为您催促仓库尽快发货，请耐心等待。';

const tool = (c: Composer, label: string) => c.page.locator(`.SendBox .SendBox-tool[aria-label="${label}"]`);
const quickPanel = (c: Composer) => c.page.locator('.SendBox .SendBox-quick');
const emojiPanel = (c: Composer) => c.page.locator('.SendBox .SendBox-emoji');

test.describe('the demo workbench’s 表情 and 快捷短语 panels, guarded', () => {
  test.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

  test('a saved reply that breaks 2.3, picked from 快捷短语, is stopped with the clause; a clean one with an emoji sends as it reads', async ({ openDemo }) => {
    const c = await openComposer(openDemo, WORKBENCH);
    await c.editor.click();
    await tool(c, '快捷短语').click();
    await expect(quickPanel(c)).toBeVisible();
    await expect(tool(c, '快捷短语')).toHaveAttribute('aria-expanded', 'true');
    await quickPanel(c).getByRole('menuitem', { name: BREACH }).click();
    await expect(quickPanel(c), 'a pick closes the panel').toBeHidden();
    await expect.poll(() => draftText(c)).toBe(BREACH);
    await expect(c.banner).toHaveAttribute('data-mode', 'typing');
    await expect(c.banner.locator('.finding[data-clause="2.3"]').first()).toContainText('规则 2.3');
    await expect(c.banner.locator('.match').first()).toHaveText('加我微信 abc12345');

    await c.page.keyboard.press('Enter');
    await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
    await c.send.click();
    await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
    expect(await sent(c)).toEqual([]);

    // The agent empties the draft, picks the clean reply and adds an emoji at the caret (after the reply).
    await c.editor.click();
    await c.page.keyboard.press('ControlOrMeta+A');
    await c.page.keyboard.press('Backspace');
    await expect.poll(() => draftText(c)).toBe('');
    await tool(c, '快捷短语').click();
    await quickPanel(c).getByRole('menuitem', { name: CLEAN }).click();
    await tool(c, '表情').click();
    await expect(emojiPanel(c)).toBeVisible();
    await emojiPanel(c).getByRole('menuitem', { name: '🙏' }).click();
    await expect(emojiPanel(c)).toBeHidden();
    await expect.poll(() => draftText(c)).toBe(`${CLEAN}🙏`);
    await expectFindings(c, 0);
    await expect(c.banner).toBeHidden();
    await c.page.keyboard.press('Enter');
    await expect.poll(() => sent(c)).toEqual([`${CLEAN}🙏`]);
  });

  test('an emoji goes in at the caret, not at the end; Esc and a press elsewhere close a panel', async ({ openDemo }) => {
    const c = await openComposer(openDemo, WORKBENCH);
    await c.editor.click();
    await c.page.keyboard.insertText('您好请稍等');
    await c.page.keyboard.press('Home');
    await c.page.keyboard.press('ArrowRight');
    await c.page.keyboard.press('ArrowRight');
    await tool(c, '表情').click();
    await emojiPanel(c).getByRole('menuitem', { name: '😊' }).click();
    await expect.poll(() => draftText(c)).toBe('您好😊请稍等');
    // Typing goes on at the caret after the emoji.
    await c.page.keyboard.insertText('，');
    await expect.poll(() => draftText(c)).toBe('您好😊，请稍等');

    await tool(c, '快捷短语').click();
    await expect(quickPanel(c)).toBeVisible();
    await c.page.keyboard.press('Escape');
    await expect(quickPanel(c)).toBeHidden();
    await tool(c, '表情').click();
    await expect(emojiPanel(c)).toBeVisible();
    await c.page.locator('.ChatMessageList').click({ position: { x: 20, y: 20 } });
    await expect(emojiPanel(c)).toBeHidden();
    expect(await sent(c)).toEqual([]);
  });

  test('a breaching reply stopped, then the 快捷短语 panel opened: the banner gives way to it, and comes back when it closes', async ({ openDemo }) => {
    const c = await openComposer(openDemo, WORKBENCH);
    await c.editor.click();
    await tool(c, '快捷短语').click();
    await quickPanel(c).getByRole('menuitem', { name: BREACH }).click();
    await c.page.keyboard.press('Enter');
    await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
    await tool(c, '快捷短语').click();
    await expect(quickPanel(c)).toBeVisible();
    // Every reply of the panel is the page's to click (nothing of ours over it).
    await expect
      .poll(() =>
        c.page.locator('.SendBox-quick .SendBox-pick').evaluateAll((items) =>
          items.every((el) => {
            const r = el.getBoundingClientRect();
            return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
          }),
        ),
      )
      .toBe(true);
    await tool(c, '快捷短语').click();
    await expect(quickPanel(c)).toBeHidden();
    await expect(c.page.locator('[data-replyguard="banner"] .panel')).toBeVisible();
    await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
  });
});
