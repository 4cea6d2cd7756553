import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bestStatus, forgetTab, guardStatusItem, recordGuardStatus } from '../../../background/guard-status';
import { toLintRecord } from '../../../background/ledger/ingest';
import type { GuardStatus } from '../../../utils/messages';

const event = { at: 1, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block', text: '加我微信' };
const status = (attached: boolean, at: number, url = 'http://127.0.0.1/x'): GuardStatus => ({ attached, site: 'generic', url, at });

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('lint events for the ledger', () => {
  it('keeps the draft text only when the agent allowed it', () => {
    expect(toLintRecord(event, false)).toEqual({ at: 1, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' });
    expect(toLintRecord(event, true)?.text).toBe('加我微信');
  });

  it.each([
    ['not an object', 'x'],
    ['unknown action', { ...event, action: 'send' }],
    ['unknown clause', { ...event, clause: '9.9' }],
    ['inherited clause name', { ...event, clause: 'toString' }],
    ['bad severity', { ...event, severity: 'fatal' }],
    ['no time', { ...event, at: 'now' }],
    ['empty rule', { ...event, rule: '' }],
  ])('rejects %s', (_n, raw) => {
    expect(toLintRecord(raw, true)).toBeNull();
  });
});

describe('guard status per tab', () => {
  it('an attached frame wins over the top frame that found nothing', () => {
    expect(bestStatus({ '0': status(false, 5), '7': status(true, 3) })).toEqual(status(true, 3));
    expect(bestStatus({ '0': status(false, 5), '7': status(false, 9) })).toEqual(status(false, 5));
    expect(bestStatus({})).toBeUndefined();
  });

  it('records per tab, and a new page in the tab forgets the old frames', async () => {
    await recordGuardStatus(1, 3, status(true, 1));
    await recordGuardStatus(1, 0, status(false, 2));
    expect((await guardStatusItem.getValue())['1']).toEqual(status(true, 1));
    await recordGuardStatus(1, 0, status(false, 3, 'http://127.0.0.1/other'));
    expect((await guardStatusItem.getValue())['1']).toEqual(status(false, 3, 'http://127.0.0.1/other'));
    expect(await recordGuardStatus(1, 0, { attached: 'yes' })).toBe(false);
    await forgetTab(1);
    expect(await guardStatusItem.getValue()).toEqual({});
  });
});
