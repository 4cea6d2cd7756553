// Per tab, whether the guard found the composer (the popup shows it and why not). Each frame
// reports for itself (a composer may live in an iframe); the tab shows its best frame. Session
// storage: gone with the browser. Lint events themselves go to the ledger (background/ledger).
import { sessionItem } from '../utils/local-item';
import { pageAddress, type GuardStatus } from '../utils/messages';
import { serialQueue } from '../utils/serial-queue';

/** Per tab: the guard status the popup shows (the best of the tab's frames). */
export const guardStatusItem = sessionItem<Record<string, GuardStatus>>('guard-status', {});
/** Per tab and frame: each frame's own report (a composer may live in an iframe). */
const guardFramesItem = sessionItem<Record<string, Record<string, GuardStatus>>>('guard-frames', {});
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

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
    // Origin and path only, whatever a content script of an older version sent (rt59: a query can carry a buyer's phone).
    url: pageAddress(raw.url).slice(0, 2000),
    at: typeof raw.at === 'number' ? raw.at : Date.now(),
  };
}

// Storage writes are read-modify-write: one at a time, or two quick events would lose one.
const serially = serialQueue();

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

/** Round 47: a tab discarded by the memory saver comes back under a new id (tabs.onReplaced): its status goes with it. */
export function replaceTab(addedTabId: number, removedTabId: number): Promise<void> {
  return serially(async () => {
    const from = String(removedTabId);
    const to = String(addedTabId);
    const frames = { ...(await guardFramesItem.getValue()) };
    const byTab = { ...(await guardStatusItem.getValue()) };
    if (!(from in frames) && !(from in byTab)) return;
    if (from in frames) {
      frames[to] = frames[from]!;
      delete frames[from];
    }
    if (from in byTab) {
      byTab[to] = byTab[from]!;
      delete byTab[from];
    }
    await guardFramesItem.setValue(frames);
    await guardStatusItem.setValue(byTab);
  });
}
