// Settings in the JSON export and back (utils/settings-transfer.ts): exported without the keep-text
// choice, refused whole when unreadable, every item re-checked like a typed one, the changes counted.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-schema';
import { settingsForExport, settingsOffer, settingsShapeError } from '../../../utils/settings-transfer';

const validSelector = (s: string) => !/[[(]$/.test(s);
const current = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  storeText: true,
  guard: { enabled: true, deny: [{ term: '私下转账', clause: '2.3', severity: 'block' }, { term: '旧词', clause: '2.4', severity: 'warn' }], allow: ['微信支付'], ruleSeverity: { 'contact-qq': 'off' } },
});

describe('settings export', () => {
  it('carries every setting but the keep-text choice, and no message text', () => {
    const out = settingsForExport(current());
    expect(out).not.toHaveProperty('storeText');
    expect(out.guard.deny).toHaveLength(2);
    expect(out.timers).toEqual(DEFAULT_SETTINGS.timers);
  });
});

describe('settings import', () => {
  it('refuses what cannot be settings at all', () => {
    expect(settingsShapeError([1, 2])).toMatch(/^文件中的设置（settings）已损坏/);
    expect(settingsShapeError('x')).toMatch(/已损坏/);
    expect(settingsShapeError({ version: 2 })).toMatch(/^文件中设置的版本 2 无法识别/);
    expect(settingsShapeError(settingsForExport(current()))).toBeNull();
  });

  it('a round trip changes nothing', () => {
    const s = current();
    const offer = settingsOffer(settingsForExport(s) as unknown as Record<string, unknown>, s, validSelector);
    expect(offer.any).toBe(false);
    expect(offer.rejected).toEqual([]);
    expect(offer.next).toEqual(s);
  });

  it('counts what would change and keeps the keep-text choice', () => {
    const file = {
      version: 1,
      language: 'zh',
      guard: {
        enabled: true,
        deny: [{ term: '私下转账', clause: '2.3', severity: 'warn' }, { term: '新词一', clause: '2.3', severity: 'block' }, { term: '新词二', clause: '2.6', severity: 'block' }],
        allow: ['微信支付', '加购'],
        ruleSeverity: { 'contact-wechat': 'warn', insult: 'info' },
      },
      timers: { alertLadder: [120, 240], notifications: false, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } },
      sites: [{ match: 'https://im.example.com/*', enabled: true }],
      retentionDays: 30,
    };
    const offer = settingsOffer(file, current(), validSelector);
    expect(offer.changes).toEqual({
      deny: { total: 3, added: 2, removed: 1, changed: 1 },
      allow: { total: 2, added: 1, removed: 0 },
      rules: { total: 2, changed: 3 },
      timers: 2,
      sites: { total: 1, added: 1, removed: 0, changed: 0 },
      other: 2,
    });
    expect(offer.any).toBe(true);
    expect(offer.next.storeText).toBe(true);
    expect(offer.next.timers.alertLadder).toEqual([120, 240]);
  });

  it('a section the file lacks keeps its current value', () => {
    const offer = settingsOffer({ version: 1, guard: { deny: [{ term: '代发群', clause: '2.3', severity: 'block' }] } }, current(), validSelector);
    expect(offer.next.guard.deny.map((d) => d.term)).toEqual(['代发群']);
    expect(offer.next.guard.allow).toEqual(['微信支付']);
    expect(offer.next.guard.ruleSeverity).toEqual({ 'contact-qq': 'off' });
    expect(offer.next.timers).toEqual(DEFAULT_SETTINGS.timers);
    expect(offer.changes.rules.changed).toBe(0);
  });

  it('leaves out, with the typed-term reasons, what the options page would refuse', () => {
    const file = {
      version: 1,
      guard: {
        deny: [
          { term: '～～', clause: '2.3', severity: 'block' },
          { term: '加V', clause: '2.3', severity: 'block' },
          { term: '加v', clause: '2.3', severity: 'warn' },
          { term: '加购', clause: '2.3', severity: 'block' },
          { term: '.*返现', clause: '2.7', severity: 'block' },
        ],
        allow: ['加购', '加购'],
        ruleSeverity: { 'no-such-rule': 'off' },
      },
      timers: { alertLadder: [180, 600] },
      sites: [{ match: 'http://localhost/*', enabled: true }, { match: 'https://im.example.com/*', enabled: true, composer: 'div[' }],
    };
    const offer = settingsOffer(file, current(), validSelector);
    expect(offer.rejected.map((r) => [r.what, r.value, r.problem.key])).toEqual([
      ['allow', '加购', 'errTermDuplicate'],
      ['deny', '～～', 'errTermNothing'],
      ['deny', '加v', 'errTermDuplicate'],
      ['deny', '加购', 'errTermInAllow'],
      ['deny', '.*返现', 'errTermRegex'],
      ['rule', 'no-such-rule', 'errUnknownRule'],
      ['site', 'http://localhost/*', 'errSiteDefault'],
      ['site', 'https://im.example.com/*', 'errSelector'],
      ['ladder', '3:00, 10:00', 'errLadderLate'],
    ]);
    expect(offer.next.guard.deny.map((d) => d.term)).toEqual(['加V']);
    expect(offer.next.timers.alertLadder).toEqual(DEFAULT_SETTINGS.timers.alertLadder);
    expect(offer.next.sites).toEqual([]);
  });
});
