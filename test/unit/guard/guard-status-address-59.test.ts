// Round 59 (rt59 side note): storage.session kept each tab's full address, query string included, and a query can
// carry a buyer's id or phone. The guard status keeps the origin and path only: all its one reader needs (a new page
// in the tab drops the old page's frame reports).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guardStatusItem, recordGuardStatus } from '../../../background/guard-status';
import { pageAddress } from '../../../utils/messages';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.clear();
});

describe('the guard status keeps no query string', () => {
  it('pageAddress: origin and path, no query, no fragment', () => {
    expect(pageAddress('https://im.kwaixiaodian.com/workbench?buyerId=88123&phone=13912345678#c1')).toBe('https://im.kwaixiaodian.com/workbench');
    expect(pageAddress('http://127.0.0.1:5173/demo/workbench.html?auto=0')).toBe('http://127.0.0.1:5173/demo/workbench.html');
    expect(pageAddress('about:srcdoc')).toBe('about:srcdoc');
    expect(pageAddress('not a url')).toBe('');
  });

  it('what a content script sends with a query (an older one still running) is stored without it', async () => {
    const url = 'https://im.kwaixiaodian.com/workbench?buyerId=88123&phone=13912345678';
    expect(await recordGuardStatus(4, 0, { attached: true, site: 'kuaishou', url, at: 1 })).toBe(true);
    const session = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(session).not.toContain('13912345678');
    expect(session).not.toContain('buyerId');
    expect((await guardStatusItem.getValue())['4']?.url).toBe('https://im.kwaixiaodian.com/workbench');
  });

  it('a new page in the tab still drops the old page frames; the same page with another query keeps them', async () => {
    await recordGuardStatus(4, 0, { attached: false, site: 'generic', url: 'https://a.test/chat?x=1', at: 1 });
    await recordGuardStatus(4, 7, { attached: true, site: 'generic', url: 'https://a.test/frame', at: 2 });
    await recordGuardStatus(4, 0, { attached: false, site: 'generic', url: 'https://a.test/chat?x=2', at: 3 });
    expect((await guardStatusItem.getValue())['4']?.attached).toBe(true);
    await recordGuardStatus(4, 0, { attached: false, site: 'generic', url: 'https://a.test/other', at: 4 });
    expect((await guardStatusItem.getValue())['4']).toMatchObject({ attached: false, url: 'https://a.test/other' });
  });
});
