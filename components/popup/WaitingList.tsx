// Buyers awaiting a reply, most urgent first, with a countdown drawn every second from the stored
// deadlines (never a decremented counter). Each row is a button: a click, Enter or Space brings the
// conversation's tab forward. The rows are one Tab stop (roving tabindex; ↑ ↓ Home End move among them).
// Round 58 (popup58): a row is drawn when the list changes; each second only the countdowns change, written into
// each row's own text nodes (tickRows), never a redraw of the list (500 rows: 4.3 s of 12 s in long tasks before).
import { Component } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TimerEntry } from '../../background/timer-state';
import { waitingItem } from '../../utils/waiting';
import { useI18n } from '../i18n';
import { focusConversation } from './popup-data';
import { browser } from 'wxt/browser';
import { REPLY_LIMIT_MS } from '../../rules/metrics/reply-rate';
import { keepUnchanged, rowClock, rowDescription, rowNotes, waitingRows, type WaitingRow } from './waiting-rows';

// Moved to waiting-rows.ts (round 58); still exported from here for their tests.
export { distinctLabels, shopLabels } from './waiting-rows';

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

type T = ReturnType<typeof useI18n>['t'];

interface RowProps {
  row: WaitingRow;
  active: boolean;
  t: T;
  onOpen: (conv: string, name?: string) => void;
  onActive: (conv: string) => void;
}

/**
 * Round 59 (ux59): the id of a row's spoken status, from its buyer's key. It was the row's place in the list
 * (waiting-status-<index>), so a buyer who started waiting at the top moved every row below to a new id and each was
 * drawn again (50 rows: 51 draws for one new buyer). encodeURIComponent: a key may hold spaces, which would split the
 * aria-describedby list.
 */
export const statusId = (conv: string) => `waiting-status-${encodeURIComponent(conv)}`;

/**
 * One waiting buyer, redrawn only when a prop changes (its row object or Tab stop; the clock part is tickRows').
 * A class for shouldComponentUpdate: preact/compat's memo would do the same for 4 KB more (as TermsSection notes).
 */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return (Object.keys(next) as (keyof RowProps)[]).some((k) => next[k] !== this.props[k]);
  }

  override render({ row, active, t, onOpen, onActive }: RowProps) {
    const clock = rowClock(row, Date.now(), t);
    const label = t('waitingOpenName', { name: row.name });
    return (
      <li>
        <button type="button" class={`waiting-row level-${clock.level}`} data-conv={row.conv} tabIndex={active ? 0 : -1} onFocus={() => onActive(row.conv)} aria-label={label} aria-describedby={statusId(row.conv)} title={label} onClick={() => onOpen(row.conv, row.buyerName)}>
          <span class="name">
            {/* The shop part (「（店铺：…）」, after the buyer in both languages) on its own line, cut in the middle too. */}
            <MiddleCut text={row.shopPart ? row.buyer : row.name} class="buyer" />
            {row.shopPart && <MiddleCut text={row.shopPart} class="shop" />}
          </span>
          {/* Read out in the description below (the aria-label replaces the row's content), not from here. */}
          <span class="meta muted" aria-hidden="true">
            {rowNotes(row, t).map((note, i) => (
              <span key={note.kind} data-testid={note.kind === 'maybeRecalled' ? 'waiting-maybe-recalled' : undefined}>{i ? ` · ${note.text}` : note.text}</span>
            ))}
          </span>
          <span class="countdown" aria-hidden="true">{clock.status}</span>
          {/* Round 49: the name read on focus stays the same; the description (time, then the second line's notes) changes once a minute (or at 已超时). */}
          <span class="sr-only" id={statusId(row.conv)}>{rowDescription(row, clock, t)}</span>
        </button>
      </li>
    );
  }
}

/** Sets a text node's data only when it differs (the node preact drew stays the node preact knows). */
function writeText(el: Element | null, text: string): void {
  const node = el?.firstChild;
  if (node instanceof Text) {
    if (node.data !== text) node.data = text;
  } else if (el && el.textContent !== text) el.textContent = text;
}

/**
 * The second's work: each drawn row's countdown, spoken minutes and colour level from `now`, written in place where
 * they changed. `rows` are in the order drawn (the list's buttons, one per row).
 */
export function tickRows(list: Element, rows: readonly WaitingRow[], now: number, t: T): void {
  const buttons = list.querySelectorAll<HTMLElement>('.waiting-row');
  buttons.forEach((button, pos) => {
    const row = rows[pos];
    if (!row || button.dataset.conv !== row.conv) return; // drawn from another list: its redraw comes next
    const clock = rowClock(row, now, t);
    writeText(button.querySelector('.countdown'), clock.status);
    writeText(button.querySelector('.sr-only'), rowDescription(row, clock, t));
    const level = `level-${clock.level}`;
    if (!button.classList.contains(level)) button.className = `waiting-row ${level}`;
  });
}

export function WaitingList() {
  const { t } = useI18n();
  const [entries, setEntries] = useState<TimerEntry[] | null>(null);
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
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // The rows that did not change keep their object (keepUnchanged), so their memoised Row is not redrawn.
  const drawn = useRef<WaitingRow[]>([]);
  const rows = useMemo(() => (drawn.current = keepUnchanged(drawn.current, entries ? waitingRows(entries, t) : [])), [entries, t]);
  const listRef = useRef<HTMLUListElement>(null);
  // One interval for the popup's life, reading the rows last drawn: restarted on each list change, it never fired
  // while the worker rewrote the list more often than once a second (alert steps of many buyers), and the
  // countdowns stood still.
  const tickWith = useRef({ rows, t });
  tickWith.current = { rows, t };
  useEffect(() => {
    const tick = setInterval(() => listRef.current && tickRows(listRef.current, tickWith.current.rows, Date.now(), tickWith.current.t), 1000);
    return () => clearInterval(tick);
  }, []);

  const open = useCallback(async (conv: string, name?: string) => {
    setFailed(null);
    if (await focusConversation(conv, name)) window.close();
    else setFailed(conv);
  }, []);
  const onOpen = useCallback((conv: string, name?: string) => void open(conv, name), [open]);

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
        <ul ref={listRef} class="waiting" role="list" aria-describedby={entries.length > 1 ? 'waiting-keys-help' : undefined} onKeyDown={onKeyDown}>
          {rows.map((row, pos) => (
            <Row key={row.conv} row={row} active={pos === activeAt} t={t} onOpen={onOpen} onActive={setActiveConv} />
          ))}
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
