// @vitest-environment happy-dom
// Round 40, U1: a page whose framework removes every foreign child of <body> took the banner and the mirror away.
import { describe, expect, it } from 'vitest';
import { unpurgedParent, watchPurge } from '../../../content/shadow-host';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('hosts on a page that purges foreign children of <body>', () => {
  it('go back into the app root holding the anchor; a move of ours or a torn-down host is no purge', async () => {
    // happy-dom computes no initial values: the app root states them (a fixed host in it is placed by the viewport).
    document.body.innerHTML = '<div id="app" style="transform:none;filter:none;perspective:none;backdrop-filter:none"><div id="box"><textarea id="c"></textarea></div></div>'; // fixture markup
    const anchor = document.getElementById('c')!;
    const app = document.getElementById('app')!;
    const purge = new MutationObserver((ms) => {
      for (const m of ms) for (const n of m.addedNodes) if (n.parentNode === document.body && n !== app) (n as Element).remove();
    });
    purge.observe(document.body, { childList: true });
    const host = document.createElement('div');
    const controller = new AbortController();
    let reattached = 0;
    const place = () => {
      const parent = unpurgedParent(document.body, anchor);
      if (parent && host.parentNode !== parent) {
        parent.append(host);
        watch(parent);
      }
    };
    const watch = watchPurge(host, () => (reattached++, place()), controller.signal);
    expect(unpurgedParent(document.body, anchor)).toBe(document.body);
    place();
    await settle();
    expect(reattached).toBe(1);
    expect(host.parentNode).toBe(app);
    // Without an anchor there is nowhere else to go yet: the host waits (no fight with the page).
    expect(unpurgedParent(document.body, null)).toBeNull();
    // Moved by us (into the composer's box) and taken out at teardown: no further reattach.
    document.getElementById('box')!.append(host);
    await settle();
    controller.abort();
    host.remove();
    await settle();
    expect(reattached).toBe(1);
    purge.disconnect();
  });
});
