// @vitest-environment happy-dom
// The lint engine is loaded only where a composer may be (content/guard/engine-loader.ts): the top frame
// at once; a sub-frame once an editable element is in it or gets focus; never after the guard stopped.
// And the engine file (entrypoints/lint-engine.ts) hands the content script a working createLinter.
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_GLOBAL, loadEngine, type LintEngine } from '../../../content/guard/engine-handle';
import { whenComposerPossible } from '../../../content/guard/engine-loader';
import lintEngineScript from '../../../entrypoints/lint-engine';

const settled = async (p: Promise<unknown>, ms = 450) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, ms));
  return done;
};

afterEach(() => {
  document.body.innerHTML = '';
  delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
});

describe('whenComposerPossible', () => {
  it('resolves at once in the top frame, even with no editable element', async () => {
    expect(await settled(whenComposerPossible(document, true, new AbortController().signal), 10)).toBe(true);
  });

  it.each([
    ['a textarea', '<textarea></textarea>'],
    ['a text input', '<input type="text">'],
    ['a bare input', '<input>'],
    ['a contenteditable', '<div contenteditable="true"></div>'],
    ['an empty contenteditable attribute', '<div contenteditable=""></div>'],
    ['a plaintext-only contenteditable', '<div contenteditable="plaintext-only"></div>'],
  ])('resolves at once in a sub-frame that already has %s', async (_name, html) => {
    document.body.innerHTML = html;
    expect(await settled(whenComposerPossible(document, false, new AbortController().signal), 10)).toBe(true);
  });

  it.each([
    ['plain text', '<p>广告位：全场满 199 减 20</p>'],
    ['a checkbox and a button', '<input type="checkbox"><button>发送</button>'],
    ['a contenteditable="false" block', '<div contenteditable="false">x</div>'],
  ])('waits in a sub-frame with %s', async (_name, html) => {
    document.body.innerHTML = html;
    expect(await settled(whenComposerPossible(document, false, new AbortController().signal))).toBe(false);
  });

  it('resolves in a sub-frame when an editor is added later', async () => {
    document.body.innerHTML = '<p>loading…</p>';
    const ready = whenComposerPossible(document, false, new AbortController().signal);
    expect(await settled(ready, 50)).toBe(false);
    document.body.append(Object.assign(document.createElement('textarea'), { rows: 3 }));
    expect(await settled(ready)).toBe(true);
  });

  it('resolves in a sub-frame when an element becomes contenteditable', async () => {
    document.body.innerHTML = '<div id="e">x</div>';
    const ready = whenComposerPossible(document, false, new AbortController().signal);
    document.getElementById('e')!.setAttribute('contenteditable', 'true');
    expect(await settled(ready)).toBe(true);
  });

  it('resolves when an editor inside an open shadow root gets focus (no editable in the document itself)', async () => {
    const host = document.createElement('chat-box');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const editor = document.createElement('textarea');
    root.append(editor);
    const ready = whenComposerPossible(document, false, new AbortController().signal);
    expect(await settled(ready, 50)).toBe(false);
    editor.focus();
    expect(await settled(ready, 50)).toBe(true);
  });

  it('never resolves once the guard has stopped', async () => {
    document.body.innerHTML = '<p>x</p>';
    const ctl = new AbortController();
    const ready = whenComposerPossible(document, false, ctl.signal);
    ctl.abort();
    document.body.append(document.createElement('textarea'));
    expect(await settled(ready)).toBe(false);
    const late = whenComposerPossible(document, true, ctl.signal);
    expect(await settled(late, 20)).toBe(false);
  });
});

describe('the engine file and loadEngine', () => {
  it('the engine file registers a createLinter that lints; loadEngine hands it over without loading again', async () => {
    lintEngineScript.main();
    const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as LintEngine;
    expect(typeof engine.createLinter).toBe('function');
    expect(typeof engine.runGuard).toBe('function'); // the guard's run comes with it (round 49: out of the content script)
    expect(await loadEngine()).toBe(engine);
    const findings = engine.createLinter().lint('加我微信 abc12345 私聊');
    expect(findings.map((f) => f.clause)).toContain('2.3');
    // The agent's settings reach it: a deny term is flagged.
    expect(engine.createLinter({ deny: [{ term: '内部价', clause: '2.3', severity: 'block' }] }).lint('给您内部价').map((f) => f.clause)).toContain('2.3');
    expect(engine.createLinter().lint('亲，已经为您催促仓库发货了')).toEqual([]);
  }, 60_000);
});
