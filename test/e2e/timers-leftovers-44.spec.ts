// Round 44 (timers44a): the leftover of round 43. On a page whose rows carry no buyer id, the chat header shows the
// buyer's numeric id and the nickname only 4 s later, past the watcher's 3-second wait: the buyer's rows were filed
// under the number, then again under the nickname (two conversations: two countdowns, badge 2, each buyer message
// counted twice, or an answered one left waiting). Now the pane is re-keyed (content and ledger), with the service
// worker stopped between the two headers: one buyer, one countdown, badge 1, the reply answers it, counted once.
// A fresh browser: the test stops the extension's worker (fixtures.ts `shared`).
import { expect, test } from './fixtures';
import { routeWorkbenchPages } from './guard-support';
import { badgeText, extensionWorker, guardOff, inReplyWindow, replyInComposer, storedMessages, todayFigures } from './timers-support';
import { workbench } from './timers-workbench';

/** The workbench's layout with rows that carry no id at all (found by their parts), the header showing a numeric id first. */
const noIdWorkbench = (numericHeader: string) =>
  workbench([{ name: '买家小王', id: '5829301177' }, { name: '阿梅', id: '333' }])
    .replace("el.id = '0_' + c.id + '_' + m.id;", '')
    .replace(/render\(\);\n<\/script>/, `render(); window.__header(${JSON.stringify(numericHeader)});\n</script>`);

test('a numeric header that turns into the nickname after 4 s, the worker stopped in between: one buyer, one countdown, badge 1, counted once', async ({ context, serviceWorker, stopServiceWorker }) => {
  await guardOff(serviceWorker);
  await routeWorkbenchPages(context, { '/workbench': noIdWorkbench('5829301177') });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  const shownAt = Date.now();
  await expect(page.locator('#hdr')).toHaveText('5829301177');
  await page.waitForTimeout(1800); // past the settle time: what comes now is live
  await page.evaluate(() => window.__buyer(0, '你好，什么时候发货？'));
  // Past the 3-second wait the row is filed under the number the header shows.
  await expect.poll(async () => (await storedMessages(serviceWorker)).map((m) => [m.conv, m.dir])).toEqual([['5829301177', 'in']]);
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  await stopServiceWorker();
  await page.waitForTimeout(Math.max(0, shownAt + 4200 - Date.now()));
  await page.evaluate(() => window.__header('买家小王')); // the nickname, 4 s and more after the number
  const sw = await extensionWorker(context);
  // The ledger moved the row to the nickname: one conversation, one buyer message.
  await expect.poll(async () => (await storedMessages(sw)).map((m) => [m.conv, m.dir]), { timeout: 15_000 }).toEqual([['买家小王', 'in']]);
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect(page.locator('.TargetUserHeader [data-replyguard="countdown"]'), 'one countdown, on the open pane').toHaveCount(1);
  expect(await page.locator('[data-replyguard="countdown"]').count(), 'no second countdown for the number').toBeLessThanOrEqual(2);

  await replyInComposer(page, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => badgeText(sw)).toBe('');
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.conv, m.dir]).sort()).toEqual([['买家小王', 'in'], ['买家小王', 'out']]);
  expect(stored.every((m) => (m as { text?: string }).text === undefined), 'no message text stored').toBe(true);
  const buyerTs = stored.find((m) => m.dir === 'in')!.ts;
  const counted = inReplyWindow(buyerTs) ? 1 : 0;
  expect(await todayFigures(sw)).toMatchObject({ eligible: counted, onTime: counted, late: 0, pending: 0 });
  await expect(page.locator('[data-replyguard="countdown"]')).toHaveCount(0);
});
