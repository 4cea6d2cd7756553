// @vitest-environment happy-dom
// Round 61 (chips61): the agent typing re-renders the composer's paragraphs (Quill, ProseMirror: each keystroke can add
// or replace nodes). The countdown's observer took each such change as a reason to read every session card again 50 ms
// later (500 cards on a busy workbench), though no chip is in the composer. Counted here: card-list reads caused by the
// composer changing (none), by one of our hosts coming (none), and a card added still gets its chip at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCountdown } from '@/content/countdown/index';
import { createShadowHost } from '@/content/shadow-host';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';
import { sessionCard, waitingFor } from '../../support/session-card';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const CARD = kuaishou.sessions!.card;

const card = (name: string) => sessionCard(name, '2分10秒后超时');

const waiting = (...names: string[]) => waitingFor(T0, ...names);

// Fake timers: past the observer's 50 ms, never reaching the 1-s read (a loaded machine's real clock did: 1 read counted).
const settle = () => vi.advanceTimersByTimeAsync(150);

describe('countdown: card reads caused by the composer and by our own hosts (round 61, chips61)', () => {
  let controller: AbortController;
  let cardReads: () => number;
  let editor: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    document.body.insertAdjacentHTML('beforeend', '<div class=SendBox><div class=SendBox-Editor><div class=ql-editor contenteditable=true><p><br></p></div></div></div>');
    editor = document.querySelector('.ql-editor')!;
    for (let i = 0; i < 20; i++) card(`买家${i}`);
    await waitingItem.setValue(waiting(...Array.from({ length: 20 }, (_, i) => `买家${i}`), '新买家'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    controller = new AbortController();
    startCountdown(kuaishou, controller.signal, () => T0);
    await vi.advanceTimersByTimeAsync(30);
    const spy = vi.spyOn(document, 'querySelectorAll');
    cardReads = () => spy.mock.calls.filter(([selector]) => selector === CARD).length;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('the editor re-rendering its paragraphs as the agent types: the cards are not read again', async () => {
    for (const text of ['亲', '亲，您', '亲，您好']) {
      const p = document.createElement('p');
      p.textContent = text;
      editor.replaceChildren(p); // what an editor's render does on a keystroke
      await Promise.resolve(); // each its own observer callback
    }
    editor.firstChild!.firstChild!.appendChild(document.createTextNode('，在的')); // a text node added in a paragraph
    await settle();
    expect(cardReads()).toBe(0);
  });

  it('one of our hosts (a banner) added beside the composer: the cards are not read again', async () => {
    document.querySelector('.SendBox')!.after(createShadowHost(document, 'div', 'banner', '').host);
    await settle();
    expect(cardReads()).toBe(0);
  });

  it('a card added while the agent types: read again at once, the card gets its chip', async () => {
    editor.replaceChildren(Object.assign(document.createElement('p'), { textContent: '亲' }));
    const added = card('新买家');
    await settle();
    expect(cardReads()).toBeGreaterThan(0);
    expect(added.querySelector('[data-replyguard="countdown"]')).not.toBeNull();
  });
});
