// Settings in the JSON export and back: what an agent carries to a new machine or a shop lead hands
// to the team. Pure (no browser API): the import worker checks the shape before any write, the
// options page re-checks every term and site through the options validation, shows what would
// change, and applies only when the agent confirms.
import { RULE_LIST } from '../rules/rule-list.generated';
import type { Problem } from './i18n';
import { checkDenyTerm, checkSite, checkTerm, formatLadder, LADDER_FAR_S, LADDER_MAX_S, LADDER_MIN_S, MAX_TERM_LENGTH, MAX_TERMS, splitLadder, TermIndex, termKey } from './options-validation';
import type { ClauseId, Severity } from '../rules/types';
import { charCount, CLAUSE_IDS, DEFAULT_SETTINGS, isMatchPattern, MAX_NOTE_UNITS, MAX_TERM_UNITS, parseSettings, SEVERITIES, termTooLong, type Settings } from './settings-schema';

/**
 * The settings as exported: everything but `storeText`, which stays each machine's own choice (turning on
 * kept message text is not something a file handed round should do), and the guard's on/off: a lead who
 * exports while the guard is paused must not turn ten agents' guards off. No message text is in settings.
 */
export type ExportedSettings = Omit<Settings, 'storeText' | 'guard'> & { guard: Omit<Settings['guard'], 'enabled' | 'offSince' | 'offUntil'> };

export function settingsForExport(settings: Settings): ExportedSettings {
  const { storeText: _kept, guard, ...rest } = structuredClone(settings);
  const { enabled: _on, offSince: _since, offUntil: _until, ...terms } = guard;
  return { ...rest, guard: terms };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field's name as the agent knows it (Chinese first), for the refusal. */
const FIELD_NAMES: Record<string, string> = {
  language: '语言', retentionDays: '保留天数', guard: '检查设置', 'guard.deny': '禁用词', 'guard.allow': '放行词', 'guard.ruleSeverity': '规则级别',
  timers: '提醒设置', 'timers.alertLadder': '提醒时间', 'timers.notifications': '通知', 'timers.sound': '提示音', 'timers.frequency': '频繁联系提醒',
  sites: '其他聊天工具（网站）',
};
/** The nearest named field above `path` (guard.deny[3].term → 禁用词). */
function fieldName(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const name = FIELD_NAMES[parts.slice(0, n).join('.')];
    if (name) return name;
  }
  return '';
}
const kindOf = (v: unknown) =>
  v === undefined ? '没有这一项' : v === null ? '空值 null' : Array.isArray(v) ? '列表' : typeof v === 'string' ? '文字' : typeof v === 'number' ? '数字' : typeof v === 'boolean' ? '是/否' : typeof v === 'object' ? '对象' : typeof v;

/** One wrong field: what it should be, Chinese first (`zh` / `en`), naming the field and what it holds instead. */
function damaged(path: string, zh: string, en: string, v: unknown): string {
  const name = fieldName(path);
  return `文件中的设置（settings）已损坏：${name ? `${name}（${path}）` : path}应为${zh}，而文件里是${kindOf(v)} / the file's settings are damaged: ${path} must be ${en}`;
}

/**
 * An alert time that is no whole number. A number (120.5, 1e400) read 「应为整数秒…，而文件里是数字」, "should be
 * seconds, but it is a number": a number is named with its value and what is wrong with it.
 */
function ladderStepError(i: number, v: unknown): string {
  const path = `timers.alertLadder[${i}]`;
  if (typeof v !== 'number') return damaged(path, `整数秒（${LADDER_RANGE_ZH}）`, `whole seconds (${LADDER_RANGE_EN})`, v);
  const [zh, en] = Number.isFinite(v) && !Number.isInteger(v) ? ['不是整数', 'is not a whole number'] : ['数字太大', 'is too large'];
  return unusable(path, `${zh}（${v}）：应为整数秒（${LADDER_RANGE_ZH}）`, `${en} (${v}): must be whole seconds (${LADDER_RANGE_EN})`);
}

/**
 * A value of the right type that the settings cannot hold (settings-schema would drop it when reading): refused,
 * saying what is wrong with it. An empty term read as "ignored" made 「替换」 empty the agent's deny list.
 */
function unusable(path: string, zh: string, en: string): string {
  const name = fieldName(path);
  return `文件中的设置（settings）已损坏：${name ? `${name}（${path}）` : path}${zh} / the file's settings are damaged: ${path} ${en}`;
}

/** What makes a term one the options page could never have stored (counted as the page counts), or null. */
function termError(path: string, term: string): string | null {
  const t = term.trim();
  if (!term) return unusable(path, '是空的', 'is empty');
  if (!t) return unusable(path, '只有空白', 'is only blank space');
  if (termTooLong(t)) {
    const n = charCount(t);
    return n > MAX_TERM_LENGTH
      ? unusable(path, `超过 ${MAX_TERM_LENGTH} 个字（有 ${n} 个）`, `is longer than ${MAX_TERM_LENGTH} characters (${n})`)
      : unusable(path, `太长（${t.length} 个编码单位，最多 ${MAX_TERM_UNITS} 个）`, `is too long (${t.length} UTF-16 units, at most ${MAX_TERM_UNITS})`);
  }
  // Like a blank one: a term of only invisible characters (a zero-width space copied from a web page or IM), emoji or
  // punctuation folds to nothing and could never match. Left out by the offer, it made 「替换」 empty the agent's list.
  if (!termKey(t)) {
    return unusable(path, '只有标点、表情或不可见字符，没有文字或数字，检查时永远不会命中', 'has no letter, digit or Chinese character (only punctuation, emoji or invisible characters): it could never match');
  }
  return null;
}

/** A list longer than the options page lets a list grow: the schema would keep only the first MAX_TERMS. */
const tooMany = (path: string, list: unknown[]) =>
  list.length > MAX_TERMS ? unusable(path, `有 ${list.length} 个，最多 ${MAX_TERMS} 个`, `has ${list.length} items, at most ${MAX_TERMS}`) : null;

const LADDER_RANGE_ZH = `0:10–5:00，即 ${LADDER_MIN_S}–${LADDER_MAX_S} 秒`;
const LADDER_RANGE_EN = `0:10–5:00, i.e. ${LADDER_MIN_S}–${LADDER_MAX_S} s`;
const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Every field the import reads, of the right type (absent is fine: the section stays as it is). A damaged field
 * is not read as empty or default: a `deny: "abc"` read as no terms made 「替换」 delete the agent's whole list.
 * Nor is a value the settings cannot hold (an empty, blank or over-long term, a list past 2,000, a ladder step
 * outside what settings-schema reads, a site that is no address pattern): the schema would drop it quietly; nor a
 * term that folds to nothing (invisible, emoji or punctuation only), which can never match, as a blank one cannot.
 * What the options page refuses of a value it could hold (a term listed twice, an
 * unknown rule, a ladder step after 5:00, a bad selector) is not damage: the offer lists that item as left out, with why.
 */
function fieldError(raw: Record<string, unknown>): string | null {
  const has = (o: Record<string, unknown>, k: string) => o[k] !== undefined;
  if (has(raw, 'language') && !['auto', 'zh', 'en'].includes(raw.language as string)) return damaged('language', ' auto、zh 或 en', '"auto", "zh" or "en"', raw.language);
  if (has(raw, 'retentionDays') && !isInt(raw.retentionDays, 1, 3650)) return damaged('retentionDays', ' 1–3650 的整数', 'a whole number from 1 to 3650', raw.retentionDays);
  if (has(raw, 'guard')) {
    const g = raw.guard;
    if (!isObject(g)) return damaged('guard', '对象', 'an object', g);
    if (has(g, 'deny')) {
      if (!Array.isArray(g.deny)) return damaged('guard.deny', '列表', 'a list', g.deny);
      for (const [i, d] of g.deny.entries()) {
        const at = `guard.deny[${i}]`;
        if (!isObject(d)) return damaged(at, '对象（含 term）', 'an object with a term', d);
        if (typeof d.term !== 'string') return damaged(`${at}.term`, '文字', 'text', d.term);
        const bad = termError(`${at}.term`, d.term);
        if (bad) return bad;
        if (has(d, 'clause') && !CLAUSE_IDS.includes(d.clause as ClauseId)) return damaged(`${at}.clause`, `条款编号（${CLAUSE_IDS.join('、')}）`, `a clause (${CLAUSE_IDS.join(', ')})`, d.clause);
        if (has(d, 'severity') && !SEVERITIES.includes(d.severity as Severity)) return damaged(`${at}.severity`, ' block、warn 或 info', 'block, warn or info', d.severity);
        if (has(d, 'note') && typeof d.note !== 'string') return damaged(`${at}.note`, '文字', 'text', d.note);
        if (typeof d.note === 'string' && d.note.trim().length > MAX_NOTE_UNITS) return unusable(`${at}.note`, `超过 ${MAX_NOTE_UNITS} 个字`, `is longer than ${MAX_NOTE_UNITS} characters`);
      }
      const many = tooMany('guard.deny', g.deny);
      if (many) return many;
    }
    if (has(g, 'allow')) {
      if (!Array.isArray(g.allow)) return damaged('guard.allow', '列表', 'a list', g.allow);
      for (const [i, a] of g.allow.entries()) {
        if (typeof a !== 'string') return damaged(`guard.allow[${i}]`, '文字', 'text', a);
        const bad = termError(`guard.allow[${i}]`, a);
        if (bad) return bad;
      }
      const many = tooMany('guard.allow', g.allow);
      if (many) return many;
    }
    if (has(g, 'ruleSeverity')) {
      if (!isObject(g.ruleSeverity)) return damaged('guard.ruleSeverity', '对象（规则 → 级别）', 'an object (rule → level)', g.ruleSeverity);
      for (const [id, level] of Object.entries(g.ruleSeverity)) {
        if (level !== 'off' && !SEVERITIES.includes(level as Severity)) return damaged(`guard.ruleSeverity.${id}`, ' block、warn、info 或 off', 'block, warn, info or off', level);
      }
    }
  }
  if (has(raw, 'timers')) {
    const t = raw.timers;
    if (!isObject(t)) return damaged('timers', '对象', 'an object', t);
    if (has(t, 'alertLadder')) {
      // Only the shape is refused here; a time outside 0:10–5:00 is left out by the offer, by name, keeping the rest
      // (one range in every message: this check once said 10–3600 s while the review said 0:10–5:00).
      if (!Array.isArray(t.alertLadder)) return damaged('timers.alertLadder', '秒数的列表', 'a list of seconds', t.alertLadder);
      if (!t.alertLadder.length) return unusable('timers.alertLadder', `是空的列表：至少要有一个提醒时间（${LADDER_RANGE_ZH}）`, `is an empty list: at least one alert time is needed (${LADDER_RANGE_EN})`);
      const i = t.alertLadder.findIndex((x) => !Number.isSafeInteger(x));
      if (i >= 0) return ladderStepError(i, t.alertLadder[i]);
    }
    for (const k of ['notifications', 'sound'] as const) if (has(t, k) && typeof t[k] !== 'boolean') return damaged(`timers.${k}`, ' true 或 false', 'true or false', t[k]);
    if (has(t, 'frequency')) {
      const f = t.frequency;
      if (!isObject(f)) return damaged('timers.frequency', '对象', 'an object', f);
      if (has(f, 'maxMessages') && !isInt(f.maxMessages, 2, 100)) return damaged('timers.frequency.maxMessages', ' 2–100 的整数', 'a whole number from 2 to 100', f.maxMessages);
      if (has(f, 'windowMinutes') && !isInt(f.windowMinutes, 1, 240)) return damaged('timers.frequency.windowMinutes', ' 1–240 的整数', 'a whole number from 1 to 240', f.windowMinutes);
    }
  }
  if (has(raw, 'sites')) {
    if (!Array.isArray(raw.sites)) return damaged('sites', '列表', 'a list', raw.sites);
    for (const [i, site] of raw.sites.entries()) {
      const at = `sites[${i}]`;
      if (!isObject(site)) return damaged(at, '对象（含 match）', 'an object with a match', site);
      if (typeof site.match !== 'string') return damaged(`${at}.match`, '文字', 'text', site.match);
      if (!isMatchPattern(site.match)) return unusable(`${at}.match`, '不是网址格式（应像 https://im.example.com/*）', 'is not a site pattern (like https://im.example.com/*)');
      if (has(site, 'enabled') && typeof site.enabled !== 'boolean') return damaged(`${at}.enabled`, ' true 或 false', 'true or false', site.enabled);
      for (const k of ['composer', 'send'] as const) if (has(site, k) && typeof site[k] !== 'string') return damaged(`${at}.${k}`, '文字', 'text', site[k]);
      if (has(site, 'watch')) {
        if (!isObject(site.watch)) return damaged(`${at}.watch`, '对象', 'an object', site.watch);
        for (const [k, v] of Object.entries(site.watch)) if (typeof v !== 'string') return damaged(`${at}.watch.${k}`, '文字', 'text', v);
      }
    }
  }
  return null;
}

/**
 * Whether a file's `settings` can be read (before the import writes anything): an object of this settings
 * version whose every field has its type. Returns the refusal's text (Chinese first, naming the field), or null.
 */
export function settingsShapeError(raw: unknown): string | null {
  if (!isObject(raw)) return '文件中的设置（settings）已损坏：不是对象 / the file\'s "settings" is not an object';
  if (raw.version !== 1) return `文件中设置的版本 ${String(raw.version)} 无法识别，可能来自更新的版本 / unknown settings version`;
  return fieldError(raw);
}

/** One item of the file's settings that was left out, with why (an i18n problem, as the options page shows it). */
export interface RejectedItem {
  what: 'deny' | 'allow' | 'site' | 'rule' | 'ladder';
  value: string;
  /** An alert time's seconds, for the page to say it readably (ladderText). */
  seconds?: number;
  problem: Problem;
}

/** How a file's settings are applied: merge keeps everything the agent set and adds the file's; replace makes them the file's. */
export type OfferMode = 'merge' | 'replace';

export interface SettingsChanges {
  deny: { total: number; added: number; removed: number; changed: number };
  allow: { total: number; added: number; removed: number };
  /** Rules whose level would differ; `total` = rules with a level of their own in the result. */
  rules: { total: number; changed: number };
  /** Alert ladder, notifications, sound, 2.5 frequency. */
  timers: number;
  sites: { total: number; added: number; removed: number; changed: number };
  /** Language, retention. */
  other: number;
}

/** Merge only: what the file has differently and the agent's own value keeps (a term's clause/level/note, a rule's level…). */
export interface KeptOwn {
  deny: number;
  rules: number;
  timers: number;
  sites: number;
  other: number;
}

export interface SettingsOffer {
  mode: OfferMode;
  /** What the settings would be once applied (`storeText` and the guard's on/off kept from the current ones). */
  next: Settings;
  changes: SettingsChanges;
  /** Whether anything at all would change. */
  any: boolean;
  rejected: RejectedItem[];
  /** Fields the schema could not read (fell back), Chinese first. */
  problems: string[];
  kept: KeptOwn;
  /** The file's alert ladder when applying stores it otherwise (sorted, repeats dropped): the summary says so. */
  ladderAsStored?: { file: number[]; stored: number[] };
  /** The file's times that will be applied when some were left out (outside 0:10–5:00): the summary names both. */
  ladderPartial?: { stored: number[]; dropped: number[] };
  /** The alert times that will be stored when they change and neither line above says so: the summary always lists them. */
  ladderSet?: number[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function listChanges<T>(before: readonly T[], after: readonly T[], key: (x: T) => string) {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  let added = 0, changed = 0;
  for (const [k, x] of now) {
    if (!old.has(k)) added++;
    else if (!same(old.get(k), x)) changed++;
  }
  const removed = [...old.keys()].filter((k) => !now.has(k)).length;
  return { total: after.length, added, removed, changed };
}

const TIMER_FIELDS = ['alertLadder', 'notifications', 'sound', 'frequency'] as const;

/**
 * The file's settings as an offer against the current ones, in one of two modes.
 *
 * - replace: a section the file has becomes the file's (a lead's file with only terms changes only terms);
 *   a section it lacks keeps its current value.
 * - merge: nothing the agent set is changed or removed. Terms and sites the agent does not have are added
 *   (a term the agent has keeps the agent's clause, level and note). Rule levels, each alert setting,
 *   the language and the retention: the agent's own value stays where it differs from the default, and
 *   the file's is taken where the agent still has the default (the agent never chose otherwise).
 *
 * Either way `storeText` and the guard's on/off stay this machine's. Each added term goes through the same
 * checks as a typed one (folds to nothing, duplicate, in both lists, too long, pattern syntax, list full),
 * each site through the site checks (selectors parsed by `isValidSelector`), the ladder through the
 * ladder's; what fails is left out and listed with its reason.
 */
export function settingsOffer(raw: Record<string, unknown>, current: Settings, isValidSelector: (selector: string) => boolean, mode: OfferMode = 'replace'): SettingsOffer {
  const guard = isObject(raw.guard) ? raw.guard : {};
  const timers = isObject(raw.timers) ? raw.timers : {};
  const merged = {
    ...current,
    ...raw,
    guard: { ...current.guard, ...guard },
    timers: { ...current.timers, ...timers, frequency: { ...current.timers.frequency, ...(isObject(timers.frequency) ? timers.frequency : {}) } },
    storeText: current.storeText,
  };
  const { settings: parsed, problems } = parseSettings(merged);
  const rejected: RejectedItem[] = [];
  const merge = mode === 'merge';
  const kept: KeptOwn = { deny: 0, rules: 0, timers: 0, sites: 0, other: 0 };
  // A term the agent has, as the guard reads it (ＶＸ号 is vx号): merge keeps the agent's and adds no second one.
  const lower = (t: string) => termKey(t) || t.toLowerCase();

  // Merge starts from the agent's own lists (as they are, not checked again) and skips what they already hold.
  // The lists so far are indexed as they grow (checked one by one against arrays, 2,000 + 2,000 took seconds).
  const allow: string[] = merge ? [...current.guard.allow] : [];
  const allowIndex = new TermIndex(allow);
  const ownAllow = new Set(allow.map(lower));
  const ownDenyTerms = merge ? { terms: new TermIndex(current.guard.deny.map((d) => d.term)), key: 'errTermInDeny' as const } : null;
  for (const term of parsed.guard.allow) {
    if (merge && ownAllow.has(lower(term))) continue;
    const c = checkTerm(term, allowIndex, ownDenyTerms);
    if (c.ok) {
      allow.push(c.value);
      allowIndex.add(c.value);
    } else rejected.push({ what: 'allow', value: term, problem: c.problem });
  }
  const deny: Settings['guard']['deny'] = merge ? [...current.guard.deny] : [];
  const denyIndex = new TermIndex(deny.map((d) => d.term));
  const ownDeny = new Map(current.guard.deny.map((d) => [lower(d.term), d]));
  for (const d of parsed.guard.deny) {
    const own = merge ? ownDeny.get(lower(d.term)) : undefined;
    if (own) {
      if (!same(own, d)) kept.deny++;
      continue;
    }
    const c = checkDenyTerm(d, denyIndex, allowIndex);
    if (c.ok) {
      deny.push(c.value);
      denyIndex.add(c.value.term);
    } else rejected.push({ what: 'deny', value: d.term, problem: c.problem });
  }
  const known = new Set(RULE_LIST.map((r) => r.id));
  const fileRules: Settings['guard']['ruleSeverity'] = {};
  for (const [id, level] of Object.entries(parsed.guard.ruleSeverity)) {
    if (known.has(id)) fileRules[id] = level;
    else rejected.push({ what: 'rule', value: id, problem: { key: 'errUnknownRule', params: { rule: id } } });
  }
  const own = current.guard.ruleSeverity;
  if (merge) kept.rules = Object.keys(fileRules).filter((id) => id in own && own[id] !== fileRules[id]).length;
  const ruleSeverity = merge ? { ...fileRules, ...own } : fileRules;

  const sites: Settings['sites'] = merge ? [...current.sites] : [];
  const ownSites = new Map(current.sites.map((s) => [s.match, s]));
  for (const s of parsed.sites) {
    const mine = merge ? ownSites.get(s.match) : undefined;
    if (mine) {
      if (!same(mine, s)) kept.sites++;
      continue;
    }
    const c = checkSite({ origin: s.match, composer: s.composer, send: s.send, watch: s.watch }, sites, isValidSelector);
    if (c.ok) sites.push({ ...c.value, enabled: s.enabled });
    else rejected.push({ what: 'site', value: s.match, problem: c.problem });
  }
  // The options page allows 10 s–5:00 (an alert after the deadline helps no one). The file's own list is read (the
  // schema drops steps past an hour unseen); each time outside the range is left out by name, the others are applied.
  // A file without a ladder leaves the agent's as it is (even an older one past 5:00), named nowhere.
  const fileSteps = Array.isArray(timers.alertLadder) ? (timers.alertLadder as unknown[]).filter((x): x is number => Number.isSafeInteger(x)) : [];
  // The page's own field goes by the same rule (splitLadder), so both say the same of the same list.
  const { stored: inRange, dropped } = splitLadder(fileSteps);
  for (const x of dropped) {
    // Past an hour the time is said in seconds (「超过 1 小时（1000000000000 秒）」), not as 16666666666:40.
    const far = Math.abs(x) >= LADDER_FAR_S;
    const key = x > LADDER_MAX_S ? (far ? 'errLadderLateFar' : 'errLadderLate') : far ? 'errLadderRangeFar' : 'errLadderRange';
    rejected.push({ what: 'ladder', value: formatLadder([x]), seconds: x, problem: { key, params: far ? { s: x } : { item: formatLadder([x]) } } });
  }
  const ladder = inRange.length ? { ok: true as const, value: inRange } : null;
  const fileTimers = { ...parsed.timers, alertLadder: ladder?.ok ? ladder.value : current.timers.alertLadder };

  // Merge: a value the agent changed from the default is theirs; the file fills in the rest.
  const pick = <T,>(mine: T, file: T, dflt: T, bucket: 'timers' | 'other'): T => {
    if (!merge || same(mine, dflt)) return file;
    if (!same(mine, file)) kept[bucket]++;
    return mine;
  };
  const d = DEFAULT_SETTINGS;
  const nextTimers = { ...fileTimers };
  for (const k of TIMER_FIELDS) (nextTimers as Record<string, unknown>)[k] = pick(current.timers[k], fileTimers[k], d.timers[k], 'timers');

  const { enabled: _e, offSince: _s, offUntil: _u, ...fileGuard } = parsed.guard;
  const { deny: _d, allow: _a, ruleSeverity: _r, ...onOff } = current.guard;
  const next: Settings = {
    ...parsed,
    language: pick(current.language, parsed.language, d.language, 'other'),
    retentionDays: pick(current.retentionDays, parsed.retentionDays, d.retentionDays, 'other'),
    guard: { ...fileGuard, ...onOff, allow, deny, ruleSeverity },
    timers: nextTimers,
    sites,
  };
  const rulesChanged = new Set([...Object.keys(current.guard.ruleSeverity), ...Object.keys(ruleSeverity)]);
  const changes: SettingsChanges = {
    deny: listChanges(current.guard.deny, next.guard.deny, (x) => x.term),
    allow: (({ total, added, removed }) => ({ total, added, removed }))(listChanges(current.guard.allow, next.guard.allow, (a) => a)),
    rules: { total: Object.keys(ruleSeverity).length, changed: [...rulesChanged].filter((id) => current.guard.ruleSeverity[id] !== ruleSeverity[id]).length },
    timers: TIMER_FIELDS.filter((k) => !same(current.timers[k], next.timers[k])).length,
    sites: listChanges(current.sites, next.sites, (x) => x.match),
    other: [current.language !== next.language, current.retentionDays !== next.retentionDays].filter(Boolean).length,
  };
  const c = changes;
  const any = !same(current.guard.deny, next.guard.deny) || !same(current.guard.allow, next.guard.allow) || c.rules.changed + c.timers + c.other > 0 || !same(current.sites, next.sites);
  // [300, 180, 180] is stored as [180, 300]: harmless, but the summary says what will be stored rather than doing it silently.
  const fileLadder = Array.isArray(timers.alertLadder) ? (timers.alertLadder as number[]) : undefined;
  const applied = fileLadder && ladder?.ok && same(next.timers.alertLadder, ladder.value) ? ladder.value : undefined;
  const ladderAsStored = applied && !dropped.length && !same(fileLadder, applied) ? { file: fileLadder!, stored: applied } : undefined;
  const ladderPartial = applied && dropped.length ? { stored: applied, dropped } : undefined;
  // 「提醒时间与通知：1 项改变」 alone did not say to what: the new times are listed whenever they change.
  const ladderSet = !ladderAsStored && !ladderPartial && !same(current.timers.alertLadder, next.timers.alertLadder) ? next.timers.alertLadder : undefined;
  return { mode, next, changes, any, rejected, problems, kept, ...(ladderAsStored ? { ladderAsStored } : {}), ...(ladderPartial ? { ladderPartial } : {}), ...(ladderSet ? { ladderSet } : {}) };
}
