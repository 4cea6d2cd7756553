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
    // Nor the guard's on/off: a lead exporting while paused must not turn the team's guards off.
    expect(out.guard).not.toHaveProperty('enabled');
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

  // Round 51 (ux51a): a field of the wrong type was read as empty (deny: "abc" → no terms) and 「替换」 deleted the agent's list.
  it.each([
    [{ guard: { deny: 'abc', allow: 5 } }, /^文件中的设置（settings）已损坏：禁用词（guard\.deny）应为列表，而文件里是文字 \/ .*guard\.deny must be a list$/],
    [{ guard: { allow: 5 } }, /放行词（guard\.allow）应为列表，而文件里是数字/],
    [{ guard: { allow: ['好', 3] } }, /放行词（guard\.allow\[1\]）应为文字/],
    [{ guard: 'x' }, /检查设置（guard）应为对象/],
    [{ guard: { deny: [{ clause: '2.3' }] } }, /禁用词（guard\.deny\[0\]\.term）应为文字，而文件里是/],
    [{ guard: { deny: ['拉群'] } }, /禁用词（guard\.deny\[0\]）应为对象/],
    [{ guard: { deny: [{ term: '拉群', clause: '9.9' }] } }, /guard\.deny\[0\]\.clause）应为条款编号/],
    [{ guard: { deny: [{ term: '拉群', severity: 'high' }] } }, /guard\.deny\[0\]\.severity/],
    [{ guard: { ruleSeverity: [] } }, /规则级别（guard\.ruleSeverity）应为对象/],
    [{ guard: { ruleSeverity: { spam: 'loud' } } }, /规则级别（guard\.ruleSeverity\.spam）应为 block、warn、info 或 off/],
    [{ timers: { alertLadder: 'x' } }, /提醒时间（timers\.alertLadder）应为秒数的列表，而文件里是文字/],
    [{ timers: { alertLadder: [180, '4:00'] } }, /timers\.alertLadder\[1\]/],
    [{ timers: { sound: 'yes' } }, /提示音（timers\.sound）/],
    [{ timers: { frequency: { maxMessages: 0 } } }, /timers\.frequency\.maxMessages/],
    [{ sites: {} }, /（sites）应为列表/],
    [{ sites: [{ match: 5 }] }, /sites\[0\]\.match/],
    [{ language: 'fr' }, /语言（language）/],
    [{ retentionDays: '90' }, /保留天数（retentionDays）应为 1–3650 的整数，而文件里是文字/],
    [{ guard: { deny: null } }, /guard\.deny）应为列表，而文件里是空值 null/],
  ])('refuses a damaged field, naming it: %j', (fields, error) => {
    expect(settingsShapeError({ version: 1, ...fields })).toMatch(error);
  });

  it('a field left out is not damage (that section stays as it is); item values are checked by the offer, not refused here', () => {
    expect(settingsShapeError({ version: 1 })).toBeNull();
    // (An empty, blank or over-long term, a ladder step the settings drop, a site that is no pattern: refused, settings-import-52.)
    // (A term that folds to nothing, 「～～」, is refused too since round 53: settings-import-53.)
    expect(settingsShapeError({ version: 1, guard: { deny: [{ term: '.*返现', clause: '2.4', severity: 'info', note: '' }], ruleSeverity: { 'no-such-rule': 'off' } }, timers: { alertLadder: [600] }, sites: [{ match: 'http://localhost/*' }] })).toBeNull();
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
      ['deny', '加v', 'errTermDuplicate'],
      ['deny', '加购', 'errTermInAllow'],
      ['deny', '.*返现', 'errTermRegex'],
      ['rule', 'no-such-rule', 'errUnknownRule'],
      ['site', 'http://localhost/*', 'errSiteDefault'],
      ['site', 'https://im.example.com/*', 'errSelector'],
      ['ladder', '10:00', 'errLadderLate'],
    ]);
    expect(offer.next.guard.deny.map((d) => d.term)).toEqual(['加V']);
    // Round 54: only the time past 5:00 is left out; 3:00 is applied.
    expect(offer.next.timers.alertLadder).toEqual([180]);
    expect(offer.next.sites).toEqual([]);
  });
});

describe('settings import: merge or replace', () => {
  // A shop lead's file sent to an agent who has terms, rule levels and an alert setting of their own.
  const agent = (): Settings => ({
    ...structuredClone(DEFAULT_SETTINGS),
    storeText: true,
    guard: {
      enabled: false,
      offSince: 1_000,
      deny: [{ term: '私下转账', clause: '2.3', severity: 'block' }, { term: '代拍', clause: '2.3', severity: 'warn', note: '我的' }],
      allow: ['微信支付'],
      ruleSeverity: { 'contact-qq': 'off' },
    },
    timers: { ...DEFAULT_SETTINGS.timers, alertLadder: [150, 240] },
    sites: [{ match: 'https://im.mine.com/*', enabled: true }],
  });
  const lead = {
    version: 1,
    language: 'en',
    retentionDays: 30,
    guard: {
      enabled: false,
      deny: [{ term: '代拍', clause: '2.3', severity: 'block' }, { term: '拉群', clause: '2.3', severity: 'block' }, { term: '微信支付', clause: '2.3', severity: 'block' }],
      allow: ['加购', '私下转账'],
      ruleSeverity: { 'contact-qq': 'block', insult: 'warn' },
    },
    timers: { alertLadder: [120, 240], notifications: false, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } },
    sites: [{ match: 'https://im.mine.com/*', enabled: true, composer: 'textarea' }, { match: 'https://im.lead.com/*', enabled: true }],
  };

  it('merge keeps every term, level and setting of the agent and adds what they lack', () => {
    const offer = settingsOffer(lead, agent(), validSelector, 'merge');
    expect(offer.next.guard.deny).toEqual([...agent().guard.deny, { term: '拉群', clause: '2.3', severity: 'block' }]);
    expect(offer.next.guard.allow).toEqual(['微信支付', '加购']);
    // The agent's own level for contact-qq stays; insult was at its default, so the lead's level is used.
    expect(offer.next.guard.ruleSeverity).toEqual({ insult: 'warn', 'contact-qq': 'off' });
    // The ladder was the agent's own; notifications were default: the lead's.
    expect(offer.next.timers).toEqual({ ...DEFAULT_SETTINGS.timers, alertLadder: [150, 240], notifications: false });
    expect(offer.next.sites).toEqual([{ match: 'https://im.mine.com/*', enabled: true }, { match: 'https://im.lead.com/*', enabled: true }]);
    expect([offer.next.language, offer.next.retentionDays]).toEqual(['en', 30]);
    // The keep-text choice and the guard's on/off (and its pause) are this machine's in either mode.
    expect(offer.next.storeText).toBe(true);
    expect(offer.next.guard).toMatchObject({ enabled: false, offSince: 1_000 });
    // What conflicts with the agent's own lists is refused with the typed-term reason, not forced in.
    expect(offer.rejected.map((r) => [r.what, r.value, r.problem.key])).toEqual([
      ['allow', '私下转账', 'errTermInDeny'],
      ['deny', '微信支付', 'errTermInAllow'],
    ]);
    expect(offer.changes).toEqual({
      deny: { total: 3, added: 1, removed: 0, changed: 0 },
      allow: { total: 2, added: 1, removed: 0 },
      rules: { total: 2, changed: 1 },
      timers: 1,
      sites: { total: 2, added: 1, removed: 0, changed: 0 },
      other: 2,
    });
    // 代拍's level, contact-qq's level, the ladder, the site's selector: the lead's differ, the agent's stay.
    expect(offer.kept).toEqual({ deny: 1, rules: 1, timers: 1, sites: 1, other: 0 });
  });

  it('replace makes each section the file has the file\'s, and still never touches the guard switch', () => {
    const offer = settingsOffer(lead, agent(), validSelector, 'replace');
    expect(offer.next.guard.deny.map((d) => d.term)).toEqual(['代拍', '拉群', '微信支付']);
    expect(offer.next.guard.allow).toEqual(['加购', '私下转账']);
    expect(offer.next.guard.ruleSeverity).toEqual({ 'contact-qq': 'block', insult: 'warn' });
    expect(offer.next.timers.alertLadder).toEqual([120, 240]);
    expect(offer.next.guard).toMatchObject({ enabled: false, offSince: 1_000 });
    expect(offer.changes.deny).toEqual({ total: 3, added: 2, removed: 1, changed: 1 });
    expect(offer.kept).toEqual({ deny: 0, rules: 0, timers: 0, sites: 0, other: 0 });
  });

  it('a file that only adds what the agent has is no change under merge', () => {
    const mine = agent();
    const offer = settingsOffer({ version: 1, guard: { deny: [{ term: '私下转账', clause: '2.3', severity: 'block' }] } }, mine, validSelector, 'merge');
    expect(offer.any).toBe(false);
    expect(offer.next).toEqual(mine);
  });

  it('merge into a full list says why the rest is left out', () => {
    const mine = agent();
    mine.guard.deny = Array.from({ length: 2000 }, (_, i) => ({ term: `词${i}`, clause: '2.3' as const, severity: 'block' as const }));
    const offer = settingsOffer({ version: 1, guard: { deny: [{ term: '新来的', clause: '2.3', severity: 'block' }] } }, mine, validSelector, 'merge');
    expect(offer.rejected.map((r) => r.problem.key)).toEqual(['errTermsFull']);
    expect(offer.next.guard.deny).toHaveLength(2000);
  });
});

describe('settings import at the lists\' size', () => {
  // Each summary is worked out again when the settings change while the offer waits: it must stay quick at
  // 2,000 + 2,000 terms each side (it took 5–15 s a summary when each term was checked by scanning the lists).
  it('works out both summaries for 2,000 + 2,000 terms against 2,000 + 2,000 quickly (under 3 s on a loaded machine; 15 s when each term scanned the lists)', () => {
    const mine: Settings = { ...current(), guard: { enabled: true, deny: Array.from({ length: 2000 }, (_, i) => ({ term: `禁用词${i}`, clause: '2.3', severity: 'block' })), allow: Array.from({ length: 2000 }, (_, i) => `放行词${i}`), ruleSeverity: {} } };
    const file = { version: 1, guard: { deny: Array.from({ length: 2000 }, (_, i) => ({ term: i < 1000 ? `禁用词${i}` : `新词${i}`, clause: '2.3', severity: 'block' })), allow: Array.from({ length: 2000 }, (_, i) => (i < 1000 ? `放行词${i}` : `新放行${i}`)), ruleSeverity: {} } };
    const t0 = performance.now();
    const merge = settingsOffer(file, mine, validSelector, 'merge');
    const replace = settingsOffer(file, mine, validSelector, 'replace');
    const ms = performance.now() - t0;
    console.log(`settings offer, 2,000 + 2,000 terms each side: both summaries ${ms.toFixed(0)} ms`);
    expect(replace.changes.deny).toEqual({ total: 2000, added: 1000, removed: 1000, changed: 0 });
    // Merge: the lists are full, so the file's new terms are listed as left out, each with why.
    expect(merge.rejected.filter((r) => r.what === 'deny' && r.problem.key === 'errTermsFull')).toHaveLength(1000);
    expect(ms).toBeLessThan(3000);
  });
});
