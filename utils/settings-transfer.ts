// Settings in the JSON export and back: what an agent carries to a new machine or a shop lead hands
// to the team. Pure (no browser API): the import worker checks the shape before any write, the
// options page re-checks every term and site through the options validation, shows what would
// change, and applies only when the agent confirms.
import { RULE_LIST } from '../rules/rule-list.generated';
import type { Problem } from './i18n';
import { checkDenyTerm, checkSite, checkTerm, formatLadder, parseLadder, TermIndex } from './options-validation';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

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

/**
 * Whether a file's `settings` can be read at all (before the import writes anything): an object of this
 * settings version. Returns the refusal's text (Chinese first), or null.
 */
export function settingsShapeError(raw: unknown): string | null {
  if (!isObject(raw)) return '文件中的设置（settings）已损坏：不是对象 / the file\'s "settings" is not an object';
  if (raw.version !== 1) return `文件中设置的版本 ${String(raw.version)} 无法识别，可能来自更新的版本 / unknown settings version`;
  return null;
}

/** One item of the file's settings that was left out, with why (an i18n problem, as the options page shows it). */
export interface RejectedItem {
  what: 'deny' | 'allow' | 'site' | 'rule' | 'ladder';
  value: string;
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
  const lower = (t: string) => t.toLowerCase();

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
  // The options page allows 10 s–5:00 (an alert after the deadline helps no one); the schema reads up to an hour.
  const ladder = parseLadder(formatLadder(parsed.timers.alertLadder));
  if (!ladder.ok) rejected.push({ what: 'ladder', value: formatLadder(parsed.timers.alertLadder), problem: ladder.problem });
  const fileTimers = { ...parsed.timers, alertLadder: ladder.ok ? ladder.value : current.timers.alertLadder };

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
  return { mode, next, changes, any, rejected, problems, kept };
}
