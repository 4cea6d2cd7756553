// Buyers awaiting a reply, most urgent first, with a countdown drawn every second from the stored
// deadlines (never a decremented counter). Each row is a button: a click, Enter or Space brings the
// conversation's tab forward.
import { useEffect, useState } from 'preact/hooks';
import type { TimerEntry } from '../../background/timer-state';
import { waitingItem } from '../../utils/waiting';
import { formatDuration } from '../format';
import { useI18n } from '../i18n';
import { focusConversation } from './popup-data';
import { splitShopKey } from '../../utils/buyer-key';

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

  useEffect(() => {
    let live = true;
    void waitingItem.getValue().then((state) => live && setEntries(state?.conversations ?? []));
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
        <ul class="waiting" role="list">
          {entries.map((e) => {
            const left = e.deadline - now;
            // A buyer whose time is unknown (a 「已超时」 card) may be past 5:00: never shown with time left.
            const status = e.timeUnknown
              ? t('waitingMaybeOver')
              : left >= 0 ? t('waitingLeft', { time: formatDuration(left) }) : t('waitingOver', { time: formatDuration(left) });
            const buyer = e.buyerName ?? splitShopKey(e.conv).key;
            const name = labels ? t('waitingInShop', { name: buyer, shop: labels.get(e.conv) ?? t('waitingShopUnknown') }) : buyer;
            const level = e.timeUnknown || left < 0 ? 'breach' : left <= 60_000 ? 'urgent' : left <= 120_000 ? 'warn' : 'ok';
            return (
              <li key={e.conv}>
                <button type="button" class={`waiting-row level-${level}`} data-conv={e.conv} aria-label={t('waitingOpen', { name, status })} onClick={() => void open(e.conv, e.buyerName)}>
                  <span class="name">{name}</span>
                  <span class="meta muted">
                    {t('waitingCount', { n: e.unanswered })}
                    {!e.counted && !e.timeUnknown && ` · ${t('waitingNotCounted')}`}
                  </span>
                  <span class="countdown" aria-hidden="true">{status}</span>
                </button>
              </li>
            );
          })}
        </ul>
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
