// The guard's side of the background: lint events (block / warn / override / fix) and, per tab,
// whether the guard found the composer (the popup shows it). Kept in extension storage for now; the
// ledger (issue 5) may move lint events into IndexedDB — the message types stay the same.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ClauseId, Severity } from '../rules/types';
import type { GuardStatus, LintAction, LintEvent, ToBackground } from '../utils/messages';
import { loadSettings } from '../utils/settings';

/** Per tab: the guard status the popup shows (the best of the tab's frames). */
export const guardStatusItem = storage.defineItem<Record<string, GuardStatus>>('session:guard-status', { fallback: {} });
/** Per tab and frame: each frame's own report (a composer may live in an iframe). */
const guardFramesItem = storage.defineItem<Record<string, Record<string, GuardStatus>>>('session:guard-frames', { fallback: {} });
/** Newest last, at most MAX_LINT_EVENTS. */
export const lintEventsItem = storage.defineItem<LintEvent[]>('local:lint-events', { fallback: [] });
export const MAX_LINT_EVENTS = 5000;

const ACTIONS: readonly LintAction[] = ['block', 'warn', 'override', 'fix'];
const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const CLAUSES: readonly ClauseId[] = ['2.1', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A valid lint event from a message, or null. The draft text is kept only when the agent allowed it. */
export function sanitizeLintEvent(raw: unknown, storeText: boolean): LintEvent | null {
  if (!isObject(raw)) return null;
  const { at, site, action, clause, rule, severity, conv, text } = raw;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (!shortString(site, 100) || !shortString(rule, 100)) return null;
  if (!ACTIONS.includes(action as LintAction) || !SEVERITIES.includes(severity as Severity) || !CLAUSES.includes(clause as ClauseId)) return null;
  return {
    at,
    site,
    action: action as LintAction,
    clause: clause as ClauseId,
    rule,
    severity: severity as Severity,
    ...(shortString(conv, 200) ? { conv } : {}),
    ...(storeText && typeof text === 'string' ? { text: text.slice(0, 5000) } : {}),
  };
}

/** The status to show for a tab: an attached frame wins, else the top frame's, else the latest. */
export function bestStatus(frames: Record<string, GuardStatus>): GuardStatus | undefined {
  const all = Object.entries(frames);
  const attached = all.filter(([, s]) => s.attached).sort((a, b) => b[1].at - a[1].at)[0];
  if (attached) return attached[1];
  return frames['0'] ?? all.sort((a, b) => b[1].at - a[1].at)[0]?.[1];
}

function sanitizeStatus(raw: unknown): GuardStatus | null {
  if (!isObject(raw) || typeof raw.attached !== 'boolean' || !shortString(raw.site, 100) || typeof raw.url !== 'string') return null;
  return {
    attached: raw.attached,
    site: raw.site,
    ...(shortString(raw.reason, 300) ? { reason: raw.reason } : {}),
    url: raw.url.slice(0, 2000),
    at: typeof raw.at === 'number' ? raw.at : Date.now(),
  };
}

// Storage writes are read-modify-write: one at a time, or two quick events would lose one.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

export function recordLintEvent(raw: unknown, storeText: boolean): Promise<boolean> {
  const event = sanitizeLintEvent(raw, storeText);
  if (!event) return Promise.resolve(false);
  return serially(async () => {
    // Copies: the stored value may be the item's shared fallback object.
    const events = [...(await lintEventsItem.getValue()), event];
    await lintEventsItem.setValue(events.length > MAX_LINT_EVENTS ? events.slice(-MAX_LINT_EVENTS) : events);
    return true;
  });
}

export function recordGuardStatus(tabId: number, frameId: number, raw: unknown): Promise<boolean> {
  const status = sanitizeStatus(raw);
  if (!status) return Promise.resolve(false);
  return serially(async () => {
    const allFrames = { ...(await guardFramesItem.getValue()) };
    const tab = String(tabId);
    let frames = { ...allFrames[tab] };
    // A new page in the tab: forget the old page's frames.
    if (frameId === 0 && frames['0'] && frames['0'].url !== status.url) frames = {};
    frames[String(frameId)] = status;
    allFrames[tab] = frames;
    await guardFramesItem.setValue(allFrames);
    const best = bestStatus(frames);
    const byTab = { ...(await guardStatusItem.getValue()) };
    if (best) byTab[tab] = best;
    await guardStatusItem.setValue(byTab);
    return true;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    const tab = String(tabId);
    const frames = { ...(await guardFramesItem.getValue()) };
    const byTab = { ...(await guardStatusItem.getValue()) };
    if (!(tab in frames) && !(tab in byTab)) return;
    delete frames[tab];
    delete byTab[tab];
    await guardFramesItem.setValue(frames);
    await guardStatusItem.setValue(byTab);
  });
}

/** Handles the guard's messages; other messages are left to other listeners (returns undefined). */
export function handleGuardMessage(message: ToBackground, sender: { id?: string; tab?: { id?: number }; frameId?: number }): Promise<{ ok: boolean }> | undefined {
  if (message?.type === 'lint-event') {
    return loadSettings().then((s) => recordLintEvent(message.event, s.storeText)).then((ok) => ({ ok }));
  }
  if (message?.type === 'guard-status') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ ok: false });
    return recordGuardStatus(tabId, sender.frameId ?? 0, message.status).then((ok) => ({ ok }));
  }
  return undefined;
}

/** Registers the listeners; call synchronously from the worker's main. */
export function listenForGuardMessages(): void {
  browser.runtime.onMessage.addListener((message: ToBackground, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reply = handleGuardMessage(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
