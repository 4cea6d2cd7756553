// The compose guard on every editor kind of the demo, against the built extension: a violating draft
// is stopped on Enter and on Send with the clause in the banner, a clean draft is sent unchanged, an
// IME confirm is not a send, a quick fix gives a sendable draft, an override sends and is logged, a
// re-rendered composer is still guarded, and markup in a draft stays text.
import { shared as test, expect } from './fixtures';
import {
  BLOCK_TERM,
  EDITOR_KINDS,
  clearDraft,
  draftText,
  emptyLintLedger,
  expectBannerClear,
  expectFindings,
  holdBackgroundSettings,
  lintEvents,
  openComposer,
  releaseBackgroundSettings,
  sent,
  setSettings,
  typeDraft,
  type Composer,
} from './guard-support';

/**
 * Every editor kind runs on the worker's shared browser (fixtures.ts `shared`): a fresh profile per test was
 * about half of each test. Round 69: a kind's send checks (stop and send, IME, quick fix, override) are steps of one
 * test on one page load, as the re-render and markup checks already were (a load and the engine's start in it are
 * most of a short check): 35 -> 14 page loads. Each step starts from an empty draft and an emptied lint ledger
 * (emptyLintLedger: the events on their way landed first) and reads only what the page sent since it began, so it
 * sees what it did alone. The workbench kind's watcher keeps per-buyer state in the page's content script (rule 2.5
 * holds the sixth send in a row to a buyer): the four steps send five messages in all, one fewer than that.
 */
const VIOLATING = `您好，${BLOCK_TERM}，请稍等`;
const FIXED = '您好，，请稍等';
const CLEAN = '您好，请问有什么可以帮您？';

async function expectBlocked(c: Composer, clause = '2.3'): Promise<void> {
  await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
  await expect(c.banner.locator(`.finding[data-clause="${clause}"]`)).toContainText(`规则 ${clause}`);
}

for (const kind of EDITOR_KINDS) {
  test.describe(`guard on ${kind.id}`, () => {
    test.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

    test('an IME confirm is not a send; a violating draft is stopped on Enter and on Send; a quick fix leaves a sendable draft; 仍要发送 arms an override', async ({ openDemo, serviceWorker, context }) => {
      const c = await openComposer(openDemo, kind);
      /** What the page sent since `from` sends (the steps share the page). */
      const sentSince = async (from: number) => (await sent(c)).slice(from);
      /** A step's start: an empty draft, an emptied lint ledger, and how many sends the page has made so far. */
      const freshStep = async () => {
        await clearDraft(c);
        await emptyLintLedger(serviceWorker);
        return (await sent(c)).length;
      };

      await test.step('an IME confirm Enter (isComposing, keyCode 229, also right after compositionend) is not a send; Enter after a composition sends', async () => {
        // First, on the page as it loaded: a composition in ProseMirror after a draft emptied by select all + Backspace
        // came out as 'n你好' (the first composition update kept), so this step keeps the fresh editor it always had.
        const from = (await sent(c)).length;
        // A real composition through CDP (keydowns, compositionend), then Enter: sent as composed.
        await c.editor.click();
        const cdp = await context.newCDPSession(c.page);
        await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
        await cdp.send('Input.imeSetComposition', { text: '你好', selectionStart: 2, selectionEnd: 2 });
        await cdp.send('Input.insertText', { text: '你好' });
        await cdp.detach();
        await expect.poll(() => draftText(c)).toBe('你好');
        await expectFindings(c, 0);
        await c.page.keyboard.press('Enter');
        await expect.poll(() => sentSince(from)).toEqual(['你好']);

        // The Enter that picks an IME candidate, as Chrome delivers it: inside a composition, keydown
        // with isComposing and keyCode 229. Not a send: the guard neither stops nor logs it.
        await typeDraft(c, VIOLATING);
        await expectFindings(c, 1);
        await c.editor.evaluate((el) => {
          const opts = { bubbles: true, cancelable: true, composed: true };
          el.dispatchEvent(new CompositionEvent('compositionstart', { ...opts, data: '' }));
          el.dispatchEvent(new KeyboardEvent('keydown', { ...opts, key: 'Enter', code: 'Enter', isComposing: true, keyCode: 229 }));
          el.dispatchEvent(new CompositionEvent('compositionend', { ...opts, data: '' }));
        });
        // Safari's order: compositionend first, then the confirming keydown (keyCode 229) in the same task.
        await c.editor.evaluate((el) => {
          const opts = { bubbles: true, cancelable: true, composed: true };
          el.dispatchEvent(new CompositionEvent('compositionstart', { ...opts, data: '' }));
          el.dispatchEvent(new CompositionEvent('compositionend', { ...opts, data: '' }));
          el.dispatchEvent(new KeyboardEvent('keydown', { ...opts, key: 'Enter', code: 'Enter', isComposing: false, keyCode: 229 }));
        });
        await expect(c.banner).toHaveAttribute('data-mode', 'typing');
        expect(await sentSince(from)).toEqual(['你好']);
        expect(await lintEvents(serviceWorker)).toEqual([]);
        // …while the real Enter right after is a send, and stopped.
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        expect(await sentSince(from)).toEqual(['你好']);
      });

      await test.step('stops a violating draft on Enter and on Send (banner names the clause); sends a clean draft unchanged', async () => {
        const from = await freshStep();
        await typeDraft(c, VIOLATING);
        await expectFindings(c, 1);
        await expect(c.banner).toHaveAttribute('data-mode', 'typing');

        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        await expect(c.banner).toContainText(BLOCK_TERM);
        await expect(c.banner).toContainText('4.1');
        await expectBannerClear(c);
        expect(await sentSince(from)).toEqual([]);
        expect(await draftText(c)).toBe(VIOLATING);

        await c.send.click();
        await expectBlocked(c);
        expect(await sentSince(from)).toEqual([]);
        expect(await draftText(c)).toBe(VIOLATING);

        await clearDraft(c);
        await typeDraft(c, CLEAN);
        await expectFindings(c, 0);
        await expect(c.banner).toBeHidden();
        await c.page.keyboard.press('Enter');
        await expect.poll(() => sentSince(from)).toEqual([CLEAN]);

        await typeDraft(c, '好的，马上为您查询。');
        await expectFindings(c, 0);
        await c.send.click();
        await expect.poll(() => sentSince(from)).toEqual([CLEAN, '好的，马上为您查询。']);
      });

      await test.step('a quick fix goes through the editor and leaves a sendable draft', async () => {
        const from = await freshStep();
        await typeDraft(c, VIOLATING);
        await expectFindings(c, 1);
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        // The fix is logged on its way to the background (content script → worker → settings read →
        // IndexedDB), after the draft already reads fixed: the ledger is waited for, not read once. A
        // one-shot read right after the send raced that write (paint2: 177–572 ms between the fix logged
        // and that read at load 16; one Lexical failure with the fix missing). The background is held up
        // here on purpose so the wait is needed on every run: a one-shot read then sees only the block.
        await holdBackgroundSettings(serviceWorker, 1500);
        await c.banner.locator('button.fix').click();
        await expect.poll(() => draftText(c)).toBe(FIXED);
        await expectFindings(c, 0);
        await expect(c.banner).toBeHidden();
        await c.editor.click();
        await c.page.keyboard.press('Enter');
        await expect.poll(() => sentSince(from)).toEqual([FIXED]);
        await expect
          .poll(async () => (await lintEvents(serviceWorker)).map((e) => [e.action, e.clause, e.rule]))
          .toEqual([
            ['block', '2.3', 'custom-deny'],
            ['fix', '2.3', 'custom-deny'],
          ]);
        await releaseBackgroundSettings(serviceWorker);
      });

      await test.step('仍要发送 arms an override; the agent’s own Enter then sends, logged without the text', async () => {
        const from = await freshStep();
        await typeDraft(c, VIOLATING);
        await expectFindings(c, 1);
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        // A second Enter alone is still stopped.
        await c.editor.click();
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        expect(await sentSince(from)).toEqual([]);

        await c.banner.locator('button.override').click();
        await expect(c.banner).toHaveAttribute('data-mode', 'armed');
        expect(await sentSince(from)).toEqual([]); // arming never sends by itself
        await c.page.keyboard.press('Enter');
        await expect.poll(() => sentSince(from)).toEqual([VIOLATING]);
        await expect.poll(async () => (await lintEvents(serviceWorker)).map((e) => e.action)).toEqual(['block', 'block', 'override']);
        const events = await lintEvents(serviceWorker);
        for (const e of events) {
          expect(e).toMatchObject({ clause: '2.3', rule: 'custom-deny', severity: 'block', site: kind.site });
          expect(e).not.toHaveProperty('text');
        }
      });
    });

    // Two checks on one page load (a load and the engine's start in it are most of a short test here: round 60, testcost60);
    // each is its own step, under its old test's name. Neither sends: the second starts from the first's stopped draft.
    test('a re-rendered composer is still guarded; then a draft full of markup is shown as text, never as HTML', async ({ openDemo }) => {
      const c = await openComposer(openDemo, kind);
      await test.step('a re-rendered composer is still guarded', async () => {
        if (kind.site === 'kuaishou') {
          await c.page.evaluate(() => (window as unknown as { demo: { rerenderComposer(): void } }).demo.rerenderComposer());
        } else {
          // The page takes the composer out of the document and puts it back (re-mount, re-parenting).
          await c.editor.evaluate(async (el) => {
            const parent = el.parentElement!;
            const next = el.nextSibling;
            el.remove();
            await new Promise((r) => setTimeout(r, 50));
            parent.insertBefore(el, next);
          });
        }
        await typeDraft(c, VIOLATING);
        await expectFindings(c, 1);
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        await c.send.click();
        expect(await sent(c)).toEqual([]);
      });

      await test.step('a draft full of markup is shown as text, never as HTML', async () => {
        await clearDraft(c);
        const markup = `<img src=x onerror="window.__pwned=1">${BLOCK_TERM}<script>window.__pwned=2</script><b onmouseover=alert(1)>粗</b>`;
        await typeDraft(c, markup);
        await expectFindings(c, 1);
        // The stop above is over: the banner is back to typing before this draft's own Enter.
        await expect(c.banner).toHaveAttribute('data-mode', 'typing');
        await c.page.keyboard.press('Enter');
        await expectBlocked(c);
        await expect(c.banner.locator('.match')).toHaveText(BLOCK_TERM);
        expect(await draftText(c)).toBe(markup);
        const injected = await c.page.evaluate(() => {
          const hosts = [...document.querySelectorAll('[data-replyguard]')];
          return {
            pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
            elements: hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('img, script, iframe, [onerror], [onmouseover]') ?? [])].map((e) => e.localName)),
          };
        });
        const mirror = await c.scope.evaluate(() =>
          [...document.querySelectorAll('[data-replyguard="highlights"]')].map((h) => h.shadowRoot?.querySelector('.mirror')?.textContent ?? '').join(''),
        );
        expect(injected.pwned).toBeNull();
        expect(await c.scope.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
        expect(injected.elements).toEqual([]);
        if (kind.id.includes('textarea')) expect(mirror).toContain('<img src=x onerror=');
        expect(await sent(c)).toEqual([]);
      });
    });
  });
}
