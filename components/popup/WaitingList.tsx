// Buyers awaiting a reply, most urgent first, with a countdown drawn every second from the stored
// deadlines (never a decremented counter). Each row is a button: a click, Enter or Space brings the
// conversation's tab forward. The rows are one Tab stop (roving tabindex; ↑ ↓ Home End move among them).
import { useEffect, useState } from 'preact/hooks';
import type { TimerEntry } from '../../background/timer-state';
import { waitingItem } from '../../utils/waiting';
import { formatDuration } from '../format';
import { useI18n } from '../i18n';
import { focusConversation } from './popup-data';
import { buyerLabel, splitShopKey } from '../../utils/buyer-key';
import { browser } from 'wxt/browser';
import { REPLY_LIMIT_MS } from '../../rules/metrics/reply-rate';

/**
 * Round 46: one buyer may wait in two shops (two conversations). With more than one shop among the waiting buyers,
 * each is labelled with its shop (as its page shows it; a buyer filed without a shop: 店铺未知); with one, nothing.
 */
export function shopLabels(entries: readonly TimerEntry[]): Map<string, string | null> | null {
  const shops = new Set(entries.map((e) => splitShopKey(e.conv).shop).filter((s) => s !== null));
  if (shops.size < 2) return null;
  return new Map(entries.map((e) => {
    const { shop } = splitShopKey(e.conv);
    return [e.conv, shop === null ? null : (e.shop ?? shop.replace(/^(?:id|name):/, ''))] as const;
  }));
}

export function WaitingList() {
  const { t } = useI18n();
  const [entries, setEntries] = useState<TimerEntry[] | null>(null);
  const [now, setNow] = useState(Date.now());
  const [failed, setFailed] = useState<string | null>(null);
  // Round 47: the rows are ONE Tab stop (the last one used, else the most urgent); ↑ ↓, Home and End move among
  // them, Enter or Space opens (as the options page's 删除 buttons). 200 waiting buyers were 200 Tab stops.
  const [activeConv, setActiveConv] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void waitingItem.getValue().then((state) => {
      if (!live) return;
      const list = state?.conversations ?? [];
      setEntries(list);
      // Round 49: a deadline more than 5:00 away means the PC clock stepped back since the worker last looked (its
      // alarm is now that much late): ask it to look again (it re-anchors; background/timers.ts).
      if (list.some((e) => e.deadline - Date.now() > REPLY_LIMIT_MS + 30_000)) void browser.runtime.sendMessage({ type: 'refresh-timers' }).catch(() => undefined);
    });
    const unwatch = waitingItem.watch((state) => setEntries(state?.conversations ?? []));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      live = false;
      unwatch();
      clearInterval(tick);
    };
  }, []);

  const open = async (conv: string, name?: string) => {
    setFailed(null);
    if (await focusConversation(conv, name)) window.close();
    else setFailed(conv);
  };

  const labels = entries ? shopLabels(entries) : null;
  const activeAt = Math.max(0, entries?.findIndex((e) => e.conv === activeConv) ?? 0);
  const onKeyDown = (ev: KeyboardEvent) => {
    if (!entries?.length || !(ev.target instanceof HTMLElement) || !ev.target.classList.contains('waiting-row')) return;
    const last = entries.length - 1;
    const step: Record<string, number> = { ArrowDown: activeAt + 1, ArrowUp: activeAt - 1, Home: 0, End: last };
    const next = step[ev.key];
    if (next === undefined || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    if (next < 0 || next > last) return;
    setActiveConv(entries[next]!.conv);
    (ev.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.waiting-row')[next]?.focus();
  };
  return (
    <section class="card" aria-labelledby="waiting-title">
      <h2 id="waiting-title">
        {t('waitingTitle')} {entries && entries.length > 0 && <span class="count">({entries.length})</span>}
      </h2>
      {entries === null ? (
        <p class="muted">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p class="muted">{t('waitingEmpty')}</p>
      ) : (
        <ul class="waiting" role="list" aria-describedby={entries.length > 1 ? 'waiting-keys-help' : undefined} onKeyDown={onKeyDown}>
          {entries.map((e, pos) => {
            // Round 49: never more than 5:00 left (a PC clock stepped back before the worker re-anchored).
            const left = Math.min(e.deadline - now, REPLY_LIMIT_MS);
            // A buyer whose time is unknown (a 「已超时」 card) may be past 5:00: never shown with time left.
            const status = e.timeUnknown
              ? t('waitingMaybeOver')
              : left >= 0 ? t('waitingLeft', { time: formatDuration(left) }) : t('waitingOver', { time: formatDuration(left) });
            const coarse = e.timeUnknown ? t('waitingMaybeOver') : left >= 0 ? t('waitingLeftCoarse', { n: Math.max(1, Math.ceil(left / 60_000)) }) : t('waitingOverCoarse');
            // Round 49 (timers49d): two buyers sharing a nickname: 「小王（1）」, 「小王（2）」.
            const buyer = buyerLabel(e.buyerName, e.conv, entries);
            const name = labels ? t('waitingInShop', { name: buyer, shop: labels.get(e.conv) ?? t('waitingShopUnknown') }) : buyer;
            const level = e.timeUnknown || left < 0 ? 'breach' : left <= 60_000 ? 'urgent' : left <= 120_000 ? 'warn' : 'ok';
            return (
              <li key={e.conv}>
                <button type="button" class={`waiting-row level-${level}`} data-conv={e.conv} tabIndex={pos === activeAt ? 0 : -1} onFocus={() => setActiveConv(e.conv)} aria-label={t('waitingOpenName', { name })} aria-describedby={`waiting-status-${pos}`} onClick={() => void open(e.conv, e.buyerName)}>
                  <span class="name">{name}</span>
                  <span class="meta muted">
                    {t('waitingCount', { n: e.unanswered })}
                    {!e.counted && !e.timeUnknown && ` · ${t('waitingNotCounted')}`}
                  </span>
                  <span class="countdown" aria-hidden="true">{status}</span>
                  {/* Round 49: the name read on focus stays the same; the time is a description that changes once a minute (or at 已超时). */}
                  <span class="sr-only" id={`waiting-status-${pos}`}>{coarse}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {entries && entries.length > 1 && (
        <p class="muted" id="waiting-keys-help">
          {t('waitingKeysHelp')}
        </p>
      )}
      {entries && entries.some((e) => e.timeUnknown) && (
        <p class="muted" data-testid="waiting-unknown-note">
          {t('waitingUnknownNote', { n: entries.filter((e) => e.timeUnknown).length })}
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          {t('focusFailed')}
        </p>
      )}
    </section>
  );
}
