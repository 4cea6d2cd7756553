// Round 43: the reply timers' leftover noticed after round 42 (item 5). Two session cards show the same nickname; the buyer
// is filed under the id their rows carry (id:222). Which card is that buyer's was unknown, so neither card got a chip. The
// open conversation's card is the one marked active: while it shows the name the header shows, it gets the chip; the other
// card of that name never does (two different buyers are never taken for one).
import { expect, shared as test } from './fixtures';
import { badgeText, guardOff } from './timers-support';
import { openWorkbench } from './timers-workbench';

test('two cards named alike: the waiting buyer filed under their id gets a chip on the active card, the other card none; switched away, neither card is guessed', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '买家小王', id: '111' },
    { name: '买家小王', id: '222' },
  ]);
  const chipOn = (n: number) => page.locator(`#cards .SessionBaseCard:nth-child(${n}) [data-replyguard="countdown"]`);
  await page.evaluate(() => window.__switch(1));
  await page.evaluate(() => window.__buyer(1, '我的快递到哪了'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect(chipOn(2), 'the active card, the open buyer 222, shows the chip').toHaveCount(1);
  await expect(page.locator('.TargetUserHeader [data-replyguard="countdown"]'), 'and the header').toHaveCount(1);
  await expect(chipOn(1), 'the other 买家小王 (111, not waiting) none').toHaveCount(0);
  await page.evaluate(() => window.__switch(0));
  await expect(page.locator('#cards .SessionBaseCard.active .SessionBaseCard-topHeadName')).toHaveText('买家小王');
  await expect(chipOn(1), 'the open buyer 111 is not waiting: its card gets no chip').toHaveCount(0);
  await expect(chipOn(2), 'and 222 is no longer told from 111 by the active mark').toHaveCount(0);
});
