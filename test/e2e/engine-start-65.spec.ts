// Round 65 (enginestart65): the registered rules' terms come prebuilt (rules/term-tables.generated.ts, made in Node at
// build time) and the engine decodes them at start, unless a probe finds that this browser folds a term otherwise
// (NFKC, case and Unicode properties come with the JavaScript engine). Checked in the built engine in Chromium, in the
// content scripts' world of the workbench: the table is used (the probe agreed), for default settings and for the
// agent's own terms and levels, and a linter on it finds what a linter built in this browser at run time finds, on a
// draft made of each probed term and of every 20th lexicon term.
import { expect, shared as test } from './fixtures';
import { EDITOR_KINDS, setSettings, TEST_SETTINGS } from './guard-support';

const WORKBENCH = EDITOR_KINDS.find((k) => k.id === 'quill-workbench')!;

test('the engine decodes the prebuilt terms in Chromium and lints as a run-time build does', async ({ openDemo, serviceWorker }) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, TEST_SETTINGS);
  const page = await openDemo('workbench', WORKBENCH.params);
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou', { timeout: 20_000 });
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  // The top frame's content-script world: the one that holds the engine.
  let result: { value?: unknown } | undefined;
  for (const id of worlds) {
    const reply = await cdp.send('Runtime.evaluate', {
      contextId: id,
      returnByValue: true,
      expression: `(() => {
        const engine = globalThis.__replyguardLintEngine;
        if (!engine || location.href !== ${JSON.stringify(frameTree.frame.url)}) return null;
        const agent = { deny: [{ term: '测试禁用词', clause: '2.3', severity: 'block' }, { term: '高仿', clause: '2.3', severity: 'warn' }], allow: ['快手小店'], severity: { 'contact-wechat': 'warn', insult: 'off' } };
        const byDefault = engine.createLinter({});
        const withAgent = engine.createLinter(agent);
        // The registered rules as copies: not registered rules, so this linter folds and builds every term here, at run time.
        const copies = (linter) => linter.rules.filter((r) => r.meta.id !== 'custom-deny').map((r) => ({ ...r }));
        const builtDefault = engine.createLinter({ rules: copies(byDefault) });
        const builtAgent = engine.createLinter({ ...agent, rules: copies(withAgent) });
        const terms = byDefault.rules.flatMap((r) => (r.terms || []).map((t) => t.term));
        const drafts = terms.filter((t, i) => i % 20 === 0 || /[^\\x00-\\x7f\\u3400-\\u4db5\\u4e00-\\u9fa5]/u.test(t)).map((t) => '您好，' + t + '，加我微信');
        let differ = 0;
        for (const d of drafts) {
          if (JSON.stringify(byDefault.lint(d)) !== JSON.stringify(builtDefault.lint(d))) differ++;
          if (JSON.stringify(withAgent.lint(d)) !== JSON.stringify(builtAgent.lint(d))) differ++;
        }
        return { prebuilt: [byDefault.prebuilt, withAgent.prebuilt, builtDefault.prebuilt], termCount: [byDefault.termCount, builtDefault.termCount, withAgent.termCount, builtAgent.termCount], drafts: drafts.length, differ };
      })()`,
    });
    if (reply.result.value) result = reply.result;
  }
  await cdp.detach();
  const value = result?.value as { prebuilt: boolean[]; termCount: number[]; drafts: number; differ: number } | undefined;
  expect(value, 'the engine is in the top frame\'s content-script world').toBeDefined();
  expect(value!.prebuilt, 'default and agent linters on the prebuilt table; the copies built at run time').toEqual([true, true, false]);
  expect(value!.termCount[0]).toBe(value!.termCount[1]);
  expect(value!.termCount[2]).toBe(value!.termCount[3]);
  expect(value!.drafts).toBeGreaterThan(1000);
  expect(value!.differ, 'drafts whose findings differ between the prebuilt and the run-time build').toBe(0);
});
