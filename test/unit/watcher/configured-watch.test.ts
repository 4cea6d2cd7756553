// @vitest-environment happy-dom
// A configured site's watcher selectors (options page → settings.sites[].watch): validated on the
// form, normalized when stored, turned into the adapter the watcher and the countdown read.
import { describe, expect, it } from 'vitest';
import { readCurrentConversation, readRows } from '../../../content/watcher/rows';
import { readSessionCards } from '../../../content/watcher/sessions';
import { configuredAdapters, parsesAsSelector, watchSelectors } from '../../../sites/configured';
import { checkSite, checkWatch } from '../../../utils/options-validation';
import { parseSettings } from '../../../utils/settings-schema';

const valid = parsesAsSelector(document);
const WATCH = { currentBuyer: 'h3.peer', row: '.thread > .msg', mine: '.from-me', notMe: '.from-buyer', card: '.conv-list > li', cardName: '.conv-name' };

describe('checkWatch', () => {
  it('takes complete groups, trimmed; nothing filled is no watch at all', () => {
    expect(checkWatch({ ...WATCH, row: '  .thread > .msg ' }, valid)).toEqual({ ok: true, value: WATCH });
    expect(checkWatch({ card: '.c', cardName: '.n' }, valid)).toEqual({ ok: true, value: { card: '.c', cardName: '.n' } });
    expect(checkWatch({ row: '  ' }, valid)).toEqual({ ok: true, value: undefined });
  });
  it('refuses a half-filled group, naming what is missing, and a selector that does not parse', () => {
    expect(checkWatch({ row: '.msg', stamp: '.t' }, valid)).toEqual({ ok: false, problem: { key: 'errWatchIncomplete', params: { fields: 'currentBuyer, mine, notMe' } } });
    expect(checkWatch({ cardTimeout: '.due' }, valid)).toEqual({ ok: false, problem: { key: 'errWatchIncomplete', params: { fields: 'card, cardName' } } });
    expect(checkWatch({ ...WATCH, mine: '.me[' }, valid)).toEqual({ ok: false, problem: { key: 'errSelector', params: { selector: '.me[' } } });
    expect(checkWatch({ ...WATCH, body: 'x'.repeat(201) }, valid)).toMatchObject({ ok: false, problem: { key: 'errSelectorLong' } });
  });
  it('is part of the site entry the form stores', () => {
    expect(checkSite({ origin: 'https://im.example.com', watch: WATCH }, [], valid)).toEqual({ ok: true, value: { match: 'https://im.example.com/*', enabled: true, watch: WATCH } });
  });
});

describe('stored watch selectors', () => {
  it('keeps only known, non-empty strings (an import or an older version)', () => {
    const { settings } = parseSettings({ version: 1, sites: [{ match: 'https://im.example.com/*', enabled: true, watch: { row: ' .msg ', evil: '.x', mine: 3, notMe: '' } }] });
    expect(settings.sites[0]!.watch).toEqual({ row: '.msg' });
  });
});

describe('the adapter from watch selectors', () => {
  it('has chat and sessions only when their required selectors parse; optional ones match nothing when empty or broken', () => {
    expect(watchSelectors({ ...WATCH, currentBuyer: 'h3[' }, valid).chat).toBeUndefined();
    const w = watchSelectors({ ...WATCH, stamp: '.t[' }, valid);
    expect(w.chat).toMatchObject({ row: '.thread > .msg', stamp: ':not(*)', body: ':not(*)', system: ':not(*)' });
    expect(w.sessions).toEqual({ card: '.conv-list > li', name: '.conv-name', timeout: ':not(*)', lastMessage: ':not(*)', active: ':not(*)' });
    // Watch selectors alone make an adapter (the composer is found the generic way).
    const [adapter] = configuredAdapters([{ match: 'https://im.example.com/*', enabled: true, watch: WATCH }], valid);
    expect(adapter).toMatchObject({ id: 'site:im.example.com', chat: { mine: '.from-me' }, sessions: { name: '.conv-name' } });
    expect(configuredAdapters([{ match: 'https://im.example.com/*', enabled: true, watch: { row: '.msg' } }], valid)).toEqual([]);
  });

  it('reads rows and cards of such a page through the watcher', () => {
    document.body.innerHTML = `
      <ul class="conv-list"><li><span class="conv-name">王五</span><span class="due">2分30秒后超时</span></li></ul>
      <h3 class="peer">王五</h3>
      <div class="thread"><div class="msg from-buyer" id="m1">在吗</div><div class="msg from-me" id="m2">在的</div></div>`;
    const [adapter] = configuredAdapters([{ match: 'https://im.example.com/*', enabled: true, watch: { ...WATCH, cardTimeout: '.due' } }], valid);
    expect(readCurrentConversation(document, adapter!)).toBe('王五');
    expect(readRows(document, adapter!, '王五', Date.now()).map((r) => [r.id, r.kind, r.text])).toEqual([
      ['m1', 'in', '在吗'],
      ['m2', 'out', '在的'],
    ]);
    expect(readSessionCards(document, adapter!)).toMatchObject([{ conv: '王五', waiting: { state: 'countdown', remainingMs: 150_000 } }]);
  });
});
