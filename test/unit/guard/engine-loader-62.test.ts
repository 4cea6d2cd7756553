// @vitest-environment happy-dom
// Round 62 (engstart62): a sub-frame loads the engine once a field there gets focus (engine-loader.ts whenComposerPossible). A
// field inside a closed shadow root is seen neither by the document's querySelector nor on the focusin's composed path (that
// stops at the root's host): such a frame never loaded the engine, and its composer went unguarded. Now the focusin is read
// through deepPath, into closed roots, as the tracker reads it (attach.ts).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { whenComposerPossible } from '../../../content/guard/engine-loader';
import { closedShadowRoot, installClosedRootApi } from '../../support/closed-shadow';

let ctl: AbortController;
beforeEach(() => {
  ctl = new AbortController();
  installClosedRootApi(ctl.signal);
});
afterEach(() => {
  ctl.abort();
  document.body.innerHTML = '';
});

const settled = async (p: Promise<unknown>, ms: number) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, ms));
  return done;
};

it('a sub-frame whose only field sits in a closed shadow root: not before it is focused, at once when it is', async () => {
  const root = closedShadowRoot(document.body.appendChild(document.createElement('x-chat')));
  root.innerHTML = '<textarea></textarea>'; // fixture markup
  const possible = whenComposerPossible(document, false, ctl.signal);
  expect(await settled(possible, 450), 'no editable element the frame can see yet').toBe(false);
  root.querySelector('textarea')!.focus();
  expect(await settled(possible, 10), 'its focus says a composer may be here').toBe(true);
});
