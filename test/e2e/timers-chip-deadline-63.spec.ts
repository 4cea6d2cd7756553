// Round 63 (guard63): at exactly the deadline the countdown chip was coloured as late (data-level breach, as the badge and the
// notifications say from that moment) while it read 「0:00」 and was named 「剩余回复时间 0:00」. One truth now: from the deadline on it
// says late, 「超时 0:00」 / 「已超时 0:00」; a millisecond before, 0:00 is time left. The extension's isolated world's clock is set to
// those milliseconds through CDP (the chip redraws 4 times a second from Date.now()).
// Round 64 (timers64): the ledger (DESIGN.md) counts a reply at exactly 5:00 as on time: late from the deadline + 1 ms on. At the
// deadline itself the chip says 0:00 left, not coloured late; 1 ms later it says and is coloured late.
import { expect, shared as test } from './fixtures';
import { inExtensionWorlds } from './extension-worlds';
import { open, printed, row, workbench } from './timers-printed-workbench';
import { guardOff } from './timers-support';

test('the countdown chip says late from the deadline + 1 ms, as it is coloured; at the deadline and a millisecond before, 0:00 left', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '小王', rows: row('0_6301_m1', false, '小王', printed(Date.now()), '在吗') }));
  const timer = page.getByRole('timer');
  await expect(timer).toHaveAttribute('aria-label', /^剩余回复时间 [0-4]:\d\d/);
  const host = page.locator('[data-replyguard="countdown"]').first();
  const deadline = Number(await host.getAttribute('data-deadline'));
  expect(deadline).toBeGreaterThan(Date.now());
  const inWorlds = await inExtensionWorlds(page);
  // The clock at `offset` ms from the chip's deadline as the chip has it now: the background may still move the deadline by the
  // printed time's milliseconds (seen: 2 ms) after the first drawing.
  const setClock = (offset: number) =>
    inWorlds(`(() => { Date.now = () => Number(document.querySelector('[data-replyguard="countdown"]').dataset.deadline) + (${offset}); return 0; })()`);

  await setClock(1);
  await expect(host, 'coloured late').toHaveAttribute('data-level', 'breach');
  await expect(timer, 'named late').toHaveAttribute('aria-label', /^已超时 0:00(，不计入回复率)?$/);
  await expect(timer, 'reads late').toContainText('超时 0:00');

  for (const offset of [0, -1]) {
    await setClock(offset);
    await expect(timer, `named with time left at ${offset} ms`).toHaveAttribute('aria-label', /^剩余回复时间 0:00(，不计入回复率)?$/);
    await expect(host, `not coloured late at ${offset} ms`).not.toHaveAttribute('data-level', 'breach');
    await expect(timer).not.toContainText('超时');
  }
  await page.close();
});
