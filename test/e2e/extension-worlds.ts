// Evaluating in the content scripts' isolated worlds of a page (through CDP): where a spec counts what the extension
// calls (hit tests, reads of the session list) by wrapping a DOM method there. Shared by guard-unseen-pages-60 and
// timers-chips-61.
import type { Page } from '@playwright/test';

/** A function that evaluates `expression` in each of the extension's isolated worlds of `page` and sums the numbers. */
export async function inExtensionWorlds(page: Page): Promise<(expression: string) => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  return async (expression: string) => {
    let sum = 0;
    for (const contextId of worlds) sum += Number((await cdp.send('Runtime.evaluate', { contextId, returnByValue: true, expression })).result.value ?? 0);
    return sum;
  };
}
