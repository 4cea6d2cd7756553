// Round 52 (rt51 F6): a settings import whose lists hold a value the settings cannot hold (an empty, blank or
// over-long term, a list past 2,000, a ladder step the schema drops, a site that is no address pattern) was
// "ignored" item by item, and 「替换」 then emptied the agent's list. Now it is refused whole, naming the field and
// why, like a numeric term. A ladder the import sorts and de-duplicates is said in the summary.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../utils/settings-schema';
import { settingsOffer, settingsShapeError } from '../../../utils/settings-transfer';

const validSelector = () => true;
const current = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: ['放行词一'], ruleSeverity: {} },
});
const deny = (term: string, extra: Record<string, unknown> = {}) => ({ term, clause: '2.3', severity: 'block', ...extra });
const terms = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('settings import: values the settings cannot hold refuse the file whole', () => {
  it.each([
    ['empty deny term', { guard: { deny: [deny('')] } }, '禁用词（guard.deny[0].term）是空的 / the file\'s settings are damaged: guard.deny[0].term is empty'],
    ['blank deny term', { guard: { deny: [deny('好词'), deny(' \u3000 ')] } }, '禁用词（guard.deny[1].term）只有空白'],
    ['80-character deny term', { guard: { deny: [deny('长'.repeat(80))] } }, '禁用词（guard.deny[0].term）超过 50 个字（有 80 个）'],
    // Counted as the page counts: 51 emoji are 51 characters (102 UTF-16 units); 50 are fine (next test).
    ['51 emoji', { guard: { deny: [deny('😀'.repeat(51))] } }, 'guard.deny[0].term）超过 50 个字（有 51 个）'],
    ['a term of stacked marks', { guard: { deny: [deny('a' + '\u0301'.repeat(450))] } }, 'guard.deny[0].term）太长（451 个编码单位，最多 400 个）'],
    ['mixed: the first bad entry is named', { guard: { deny: [deny('好词'), deny(''), deny('长'.repeat(80))] } }, 'guard.deny[1].term）是空的'],
    ['note over 200', { guard: { deny: [deny('好词', { note: '注'.repeat(201) })] } }, '禁用词（guard.deny[0].note）超过 200 个字'],
    ['2,001 deny terms', { guard: { deny: terms(2001, '词').map((t) => deny(t)) } }, '禁用词（guard.deny）有 2001 个，最多 2000 个'],
    ['empty allow term', { guard: { allow: ['好', ''] } }, '放行词（guard.allow[1]）是空的'],
    ['blank allow term', { guard: { allow: ['   '] } }, '放行词（guard.allow[0]）只有空白'],
    ['60-character allow term', { guard: { allow: ['放'.repeat(60)] } }, '放行词（guard.allow[0]）超过 50 个字（有 60 个）'],
    ['2,001 allow terms', { guard: { allow: terms(2001, '放') } }, '放行词（guard.allow）有 2001 个，最多 2000 个'],
    ['site that is no address pattern', { sites: [{ match: 'javascript:alert(1)' }] }, '其他聊天工具（网站）（sites[0].match）不是网址格式'],
    ['site given as an origin without /*', { sites: [{ match: 'https://im.example.com' }] }, '（sites[0].match）不是网址格式（应像 https://im.example.com/*）'],
    ['missing term says so', { guard: { deny: [{ clause: '2.3' }] } }, 'guard.deny[0].term）应为文字，而文件里是没有这一项'],
  ])('%s', (_, fields, error) => {
    const message = settingsShapeError({ version: 1, ...fields });
    expect(message).toMatch(/^文件中的设置（settings）已损坏：/);
    expect(message).toContain(error);
  });

  it.each([
    ['50 characters', { guard: { deny: [deny('长'.repeat(50))], allow: ['放'.repeat(50)] } }],
    // (Emoji only could never match: refused since round 53, settings-import-53.)
    ['50 characters with emoji', { guard: { deny: [deny('好' + '😀'.repeat(49))] } }],
    ['a term with spaces around it (trimmed, as the page trims)', { guard: { deny: [deny('  加V  ')], allow: [' 加购 '] } }],
    ['2,000 terms', { guard: { deny: terms(2000, '词').map((t) => deny(t)), allow: terms(2000, '放') } }],
    ['a ladder step after 5:00 (left out by the offer, with why)', { timers: { alertLadder: [180, 600] } }],
    // Round 54: a step under 10 s or past an hour is left out by the offer too, named with the one range 0:10–5:00.
    ['a ladder step under 10 s', { timers: { alertLadder: [5, 180] } }],
    ['a ladder step over an hour', { timers: { alertLadder: [180, 5000] } }],
    ['a 200-character note', { guard: { deny: [deny('好词', { note: '注'.repeat(200) })] } }],
  ])('is not refused: %s', (_, fields) => {
    expect(settingsShapeError({ version: 1, ...fields })).toBeNull();
  });

  it('whatever the shape check passes, the schema reads whole: no entry is dropped quietly', () => {
    const file = {
      version: 1,
      guard: { deny: [deny(' 加V '), deny('好词', { note: '  备注  ' })], allow: [' 加购 '] },
      timers: { alertLadder: [3600, 10] },
      sites: [{ match: 'https://im.example.com/*' }],
    };
    expect(settingsShapeError(file)).toBeNull();
    const { settings, problems } = parseSettings(file);
    expect(problems).toEqual([]);
    expect(settings.guard.deny).toEqual([deny('加V'), deny('好词', { note: '备注' })]);
    expect(settings.guard.allow).toEqual(['加购']);
    expect(settings.timers.alertLadder).toEqual([10, 3600]);
    expect(settings.sites).toHaveLength(1);
  });

  it('stored settings that hold such entries still load; each problem names the entry and why', () => {
    const { settings, problems } = parseSettings({ guard: { deny: [deny(''), deny('好词'), deny('长'.repeat(80)), 7], allow: ['  ', '好'] }, sites: [{ match: 'ftp://x' }] });
    expect(settings.guard.deny.map((d) => d.term)).toEqual(['好词']);
    expect(settings.guard.allow).toEqual(['好']);
    expect(problems).toEqual([
      '忽略了第 1 个禁用词（guard.deny[0]）：是空的 / empty / ignored deny term 1',
      '忽略了第 3 个禁用词（guard.deny[2]）：超过 50 个字 / longer than 50 characters / ignored deny term 3',
      '忽略了第 4 个禁用词（guard.deny[3]）：不是对象 / not an object / ignored deny term 4',
      '忽略了第 1 个放行词（guard.allow[0]）：只有空白 / only blank space / ignored allowed term 1',
      '忽略了第 1 个网站设置（sites[0]）：地址不是网址格式 / ignored site entry 1',
    ]);
  });
});

describe('settings import: a ladder stored otherwise than the file has it', () => {
  it('says what will be stored when the file\'s ladder is sorted or has repeats', () => {
    const replace = settingsOffer({ version: 1, timers: { alertLadder: [300, 180, 180] } }, current(), validSelector, 'replace');
    expect(replace.next.timers.alertLadder).toEqual([180, 300]);
    expect(replace.ladderAsStored).toEqual({ file: [300, 180, 180], stored: [180, 300] });
  });

  it('says nothing when the ladder is stored as written, left out, or the agent\'s own is kept (merge)', () => {
    expect(settingsOffer({ version: 1, timers: { alertLadder: [120, 240] } }, current(), validSelector).ladderAsStored).toBeUndefined();
    expect(settingsOffer({ version: 1, timers: { alertLadder: [600, 180] } }, current(), validSelector).ladderAsStored).toBeUndefined();
    const mine = { ...current(), timers: { ...DEFAULT_SETTINGS.timers, alertLadder: [150] } };
    expect(settingsOffer({ version: 1, timers: { alertLadder: [300, 180] } }, mine, validSelector, 'merge').ladderAsStored).toBeUndefined();
    expect(settingsOffer({ version: 1, timers: { alertLadder: [300, 180] } }, mine, validSelector, 'replace').ladderAsStored).toEqual({ file: [300, 180], stored: [180, 300] });
  });
});
