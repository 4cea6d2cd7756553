// Settings in the JSON export and back: what an agent carries to a new machine or a shop lead hands
// to the team. Pure (no browser API): the import worker checks the shape before any write, the
// options page re-checks every term and site through the options validation, shows what would
// change, and applies only when the agent confirms.
import { RULE_LIST } from '../rules/rule-list.generated';
import type { Problem } from './i18n';
import { checkDenyTerm, checkSite, checkTerm, formatLadder, parseLadder } from './options-validation';
import { parseSettings, type Settings } from './settings-schema';

/**
 * The settings as exported: everything but `storeText`, which stays each machine's own choice (turning on
 * kept message text is not something a file handed round should do). No message text is in settings.
 */
export type ExportedSettings = Omit<Settings, 'storeText'>;

export function settingsForExport(settings: Settings): ExportedSettings {
  const { storeText: _kept, ...rest } = structuredClone(settings);
  return rest;
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

export interface SettingsChanges {
  deny: { total: number; added: number; removed: number; changed: number };
  allow: { total: number; added: number; removed: number };
  /** Rules whose level would differ; `total` = rules with a level of their own in the file. */
  rules: { total: number; changed: number };
  /** Alert ladder, notifications, sound, 2.5 frequency. */
  timers: number;
  sites: { total: number; added: number; removed: number; changed: number };
  /** Language, retention, the guard's on/off. */
  other: number;
}

export interface SettingsOffer {
  /** What the settings would be once applied (`storeText` kept from the current ones). */
  next: Settings;
  changes: SettingsChanges;
  /** Whether anything at all would change. */
  any: boolean;
  rejected: RejectedItem[];
  /** Fields the schema could not read (fell back), Chinese first. */
  problems: string[];
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

/**
 * The file's settings as an offer against the current ones. A section the file does not have keeps its
 * current value (a lead's file with only terms changes only terms). Each term goes through the same
 * checks as a typed one (folds to nothing, duplicate, in both lists, too long, pattern syntax), each site
 * through the site checks (selectors parsed by `isValidSelector`), the ladder through the ladder's; what
 * fails is left out and listed with its reason.
 */
export function settingsOffer(raw: Record<string, unknown>, current: Settings, isValidSelector: (selector: string) => boolean): SettingsOffer {
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

  const allow: string[] = [];
  for (const term of parsed.guard.allow) {
    const c = checkTerm(term, allow);
    if (c.ok) allow.push(c.value);
    else rejected.push({ what: 'allow', value: term, problem: c.problem });
  }
  const deny: Settings['guard']['deny'] = [];
  for (const d of parsed.guard.deny) {
    const c = checkDenyTerm(d, deny, allow);
    if (c.ok) deny.push(c.value);
    else rejected.push({ what: 'deny', value: d.term, problem: c.problem });
  }
  const known = new Set(RULE_LIST.map((r) => r.id));
  const ruleSeverity: Settings['guard']['ruleSeverity'] = {};
  for (const [id, level] of Object.entries(parsed.guard.ruleSeverity)) {
    if (known.has(id)) ruleSeverity[id] = level;
    else rejected.push({ what: 'rule', value: id, problem: { key: 'errUnknownRule', params: { rule: id } } });
  }
  const sites: Settings['sites'] = [];
  for (const s of parsed.sites) {
    const c = checkSite({ origin: s.match, composer: s.composer, send: s.send, watch: s.watch }, sites, isValidSelector);
    if (c.ok) sites.push({ ...c.value, enabled: s.enabled });
    else rejected.push({ what: 'site', value: s.match, problem: c.problem });
  }
  // The options page allows 10 s–5:00 (an alert after the deadline helps no one); the schema reads up to an hour.
  const ladder = parseLadder(formatLadder(parsed.timers.alertLadder));
  if (!ladder.ok) rejected.push({ what: 'ladder', value: formatLadder(parsed.timers.alertLadder), problem: ladder.problem });

  const next: Settings = {
    ...parsed,
    guard: { ...parsed.guard, allow, deny, ruleSeverity },
    timers: { ...parsed.timers, alertLadder: ladder.ok ? ladder.value : current.timers.alertLadder },
    sites,
  };
  const rulesChanged = new Set([...Object.keys(current.guard.ruleSeverity), ...Object.keys(ruleSeverity)]);
  const changes: SettingsChanges = {
    deny: listChanges(current.guard.deny, next.guard.deny, (d) => d.term),
    allow: (({ total, added, removed }) => ({ total, added, removed }))(listChanges(current.guard.allow, next.guard.allow, (a) => a)),
    rules: { total: Object.keys(ruleSeverity).length, changed: [...rulesChanged].filter((id) => current.guard.ruleSeverity[id] !== ruleSeverity[id]).length },
    timers: (['alertLadder', 'notifications', 'sound', 'frequency'] as const).filter((k) => !same(current.timers[k], next.timers[k])).length,
    sites: listChanges(current.sites, next.sites, (s) => s.match),
    other: [current.language !== next.language, current.retentionDays !== next.retentionDays, current.guard.enabled !== next.guard.enabled].filter(Boolean).length,
  };
  const c = changes;
  const any = !same(current.guard.deny, next.guard.deny) || !same(current.guard.allow, next.guard.allow) || c.rules.changed + c.timers + c.other > 0 || !same(current.sites, next.sites);
  return { next, changes, any, rejected, problems };
}
