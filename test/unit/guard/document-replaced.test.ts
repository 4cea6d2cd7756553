// @vitest-environment happy-dom
// A document rewritten under the content script (document.open/write by a parent frame) gets a new root
// element: runPerDocument starts the content again on a fresh signal and ends the old run.
import { describe, expect, it } from 'vitest';
import { onDocumentReplaced, runPerDocument } from '../../../content/document-replaced';

const flush = () => new Promise((r) => setTimeout(r, 0));
const replaceRoot = () => {
  const html = document.createElement('html');
  html.append(document.createElement('head'), document.createElement('body'));
  // What document.open() then the parser do: the old root goes, a new one comes.
  document.documentElement.remove();
  document.append(html);
};

describe('onDocumentReplaced', () => {
  it('calls back once per new root element; not for changes inside the document; not after abort', async () => {
    const ctl = new AbortController();
    let calls = 0;
    onDocumentReplaced(document, () => calls++, ctl.signal);
    document.body.append(document.createElement('textarea'));
    document.documentElement.setAttribute('data-x', '1');
    await flush();
    expect(calls).toBe(0);
    replaceRoot();
    await flush();
    expect(calls).toBe(1);
    replaceRoot();
    await flush();
    expect(calls).toBe(2);
    ctl.abort();
    replaceRoot();
    await flush();
    expect(calls).toBe(2);
  });
});

describe('runPerDocument', () => {
  it('starts at once, again on a fresh signal for each new document (the old run aborted), and ends with the outer signal', async () => {
    const outer = new AbortController();
    const runs: AbortSignal[] = [];
    runPerDocument(document, (signal) => runs.push(signal), outer.signal);
    expect(runs).toHaveLength(1);
    replaceRoot();
    await flush();
    expect(runs).toHaveLength(2);
    expect(runs[0]!.aborted).toBe(true);
    expect(runs[1]!.aborted).toBe(false);
    outer.abort();
    expect(runs[1]!.aborted).toBe(true);
    replaceRoot();
    await flush();
    expect(runs).toHaveLength(2);
  });
});
