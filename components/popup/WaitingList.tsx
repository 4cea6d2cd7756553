// Buyers awaiting a reply, most urgent first, with a countdown drawn every second from the stored
// deadlines (never a decremented counter). Each row is a button: a click, Enter or Space brings the
// conversation's tab forward. The rows are one Tab stop (roving tabindex; ↑ ↓ Home End move among them).
import { useEffect, useState } from 'preact/hooks';
import type { TimerEntry } from '../../background/timer-state';
import { waitingItem } from '../../utils/waiting';
import { formatDuration } from '../format';
import { useI18n } from '../i18n';
import { focusConversation } from './popup-data';
import { BUYER_ID_KEY, buyerLabel, isBuyerIdKey, splitShopKey } from '../../utils/buyer-key';
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

/** The user-perceived characters of `text` (an emoji or 𠮷 is one, never split). */
const graphemes = (text: string): string[] =>
  typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter().segment(text), (s) => s.segment) : Array.from(text);

/**
 * Round 51 (rt50-ux finding 9): a long name is cut in the MIDDLE, not at its end. Buyers whose long names differ only
 * at the end (…（日本直邮） / …（韩国直邮）), or by the （n） that tells two same-named buyers apart, stay told apart on
 * screen: the tail (a short trailing bracketed part plus the last `keep` characters before it) shrinks last, the head
 * takes the ellipsis. Head + tail is the text unchanged.
 */
export function splitTail(text: string, keep = 6): [head: string, tail: string] {
  const chars = graphemes(text);
  // A trailing bracketed part (（2）, （日本直邮）, （ID 111）) stays whole when short.
  const bracket = /(?:（[^（）]{1,12}）|\([^()]{1,12}\))$/.exec(text)?.[0] ?? '';
  const cut = chars.length - graphemes(bracket).length - keep;
  // Too short to be worth cutting: the whole text is the tail.
  if (cut < 2) return ['', text];
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

/**
 * Round 51 (rt50-ux finding 16, popup part): two waiting buyers that are still labelled alike — two buyer ids with one
 * nickname (小王 as id:111 and id:222; the （n） numbering is for nickname keys), in one shop — would be two rows and
 * two controls with the same name. Each then gets its buyer id (stable as the list re-sorts), or failing that its
 * place among them by key. Labels already distinct are left as they are.
 */
export function distinctLabels(rows: readonly { conv: string; label: string; shop?: string | null }[]): string[] {
  // Alike = the same label in the same shop (the shop is shown next to the name when several are waiting).
  const same = (r: (typeof rows)[number]) => JSON.stringify([r.shop ?? null, r.label]);
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(same(r), (seen.get(same(r)) ?? 0) + 1);
  return rows.map((r) => {
    if (seen.get(same(r))! < 2) return r.label;
    const key = splitShopKey(r.conv).key;
    if (isBuyerIdKey(r.conv)) return `${r.label}（ID ${key.slice(BUYER_ID_KEY.length)}）`;
    const alike = rows.filter((o) => same(o) === same(r)).map((o) => o.conv).sort();
    return `${r.label}（${alike.indexOf(r.conv) + 1}）`;
  });
}

/**
 * A name cut in the middle (splitTail); the full name is in the row's title and aria-label, 「打开与 {name} 的会话」 (Chinese first,
 * like every title the popup adds).
 */
function MiddleCut(props: { text: string; class?: string }) {
  const [head, tail] = splitTail(props.text);
  return (
    <span class={`middle-cut ${props.class ?? ''}`}>
      {head && <span class="head">{head}</span>}
      <span class="tail">{tail}</span>
    </span>
  );
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
  // Round 49 (timers49d): two buyers sharing a nickname: 「小王（1）」, 「小王（2）」; round 51: any still alike get their id.
  const buyers = entries ? distinctLabels(entries.map((e) => ({ conv: e.conv, label: buyerLabel(e.buyerName, e.conv, entries), shop: labels?.get(e.conv) }))) : [];
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
            const buyer = buyers[pos]!;
            const name = labels ? t('waitingInShop', { name: buyer, shop: labels.get(e.conv) ?? t('waitingShopUnknown') }) : buyer;
            // The shop part (「（店铺：…）」, after the buyer in both languages) on its own line, cut in the middle too.
            const shopPart = name.startsWith(buyer) ? name.slice(buyer.length) : '';
            const level = e.timeUnknown || left < 0 ? 'breach' : left <= 60_000 ? 'urgent' : left <= 120_000 ? 'warn' : 'ok';
            return (
              <li key={e.conv}>
                <button type="button" class={`waiting-row level-${level}`} data-conv={e.conv} tabIndex={pos === activeAt ? 0 : -1} onFocus={() => setActiveConv(e.conv)} aria-label={t('waitingOpenName', { name })} aria-describedby={`waiting-status-${pos}`} title={t('waitingOpenName', { name })} onClick={() => void open(e.conv, e.buyerName)}>
                  <span class="name">
                    <MiddleCut text={shopPart ? buyer : name} class="buyer" />
                    {shopPart && <MiddleCut text={shopPart} class="shop" />}
                  </span>
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
