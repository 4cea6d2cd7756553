// The agent's own deny terms (with clause and severity) and allowed terms. Plain words only, one or
// many at a time (pasted one a line or separated by 、，, ;): the valid ones are added, the refused ones
// stay in the field, each listed with why.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CLAUSES } from '../../rules/clauses';
import type { CustomTerm } from '../../rules/engine';
import type { ClauseId, Severity } from '../../rules/types';
import type { MessageKey, Problem } from '../../utils/i18n';
import { checkDenyTerm, checkTerm, checkTermBatch, MAX_TERMS, showTerm, splitTerms, TermIndex, withoutFull, type Checked, type TermBatch } from '../../utils/options-validation';
import { filterIndices, filterKeys } from '../../utils/term-filter';
import { endOfBeijingDay, withGuard, type Settings } from '../../utils/settings-schema';
import { beijingClockLabel } from '../GuardOffNotice';
import { useI18n } from '../i18n';
import type { Update } from './OptionsApp';
import { useSavedNote, useUnsaved } from './unsaved';

export const CLAUSE_IDS: readonly ClauseId[] = ['2.1', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9'];
export const SEVERITY_KEYS: Record<Severity | 'off', MessageKey> = { block: 'sevBlock', warn: 'sevWarn', info: 'sevInfo', off: 'sevOff' };

/**
 * A message with each text parameter (a term, a site, a typed value) in a <bdi>, its bidi controls written out:
 * a term holding U+202E reversed the message around it (「“中表列在已”词向反」).
 */
export function Message(props: { problem: Problem }) {
  const { t } = useI18n();
  const { key, params } = props.problem;
  if (!params) return <>{t(key)}</>;
  const texts: string[] = [];
  const marked = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? `\u0000${texts.push(v) - 1}\u0000` : v]));
  return <>{t(key, marked).split('\u0000').map((part, i) => (i % 2 ? <bdi key={i}>{showTerm(texts[Number(part)]!)}</bdi> : part))}</>;
}

/** A term in a list or a message line: isolated, its bidi controls written out. */
export const Term = (props: { text: string }) => <bdi>{showTerm(props.text)}</bdi>;

export function ProblemText(props: { problem: Problem | null; id: string }) {
  return (
    <p class="error" id={props.id} role="alert" aria-live="assertive">
      {props.problem ? <Message problem={props.problem} /> : ''}
    </p>
  );
}

/** The outcome of a paste of several terms: how many were added, and each refused one with why. */
function BatchText(props: { batch: TermBatch<unknown> | null; testId: string; id: string }) {
  const { t } = useI18n();
  const { batch } = props;
  const { rest, full } = withoutFull(batch?.rejected ?? []);
  return (
    <div role="status" aria-live="polite" data-testid={props.testId} id={props.id}>
      {batch && (
        <>
          <p class={batch.rejected.length ? 'error' : 'good'}>
            {batch.rejected.length ? t('termsBatchRejected', { added: batch.accepted.length, rejected: batch.rejected.length }) : t('termsBatchAdded', { added: batch.accepted.length })}
          </p>
          {batch.rejected.length > 0 && (
            <ul class="error">
              {rest.map((r, i) => <li key={i}>「<Term text={r.term} />」：<Message problem={r.problem} /></li>)}
              {full > 0 && <li data-testid={`${props.testId}-full`}>{t('termsFullLeft', { max: MAX_TERMS, n: full })}</li>}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/**
 * A term field that takes a pasted list: a textarea (an input would drop the line breaks), Enter adds,
 * Shift+Enter or an IME's confirming Enter does not. Grows with the lines, up to six.
 */
function TermField(props: { value: string; onInput: (v: string) => void; testId: string; describedBy: string; id: string; name: string; invalid: boolean }) {
  const rows = Math.min(6, props.value.split('\n').length);
  return (
    <textarea
      class="term-field"
      id={props.id}
      rows={rows}
      value={props.value}
      // Its list in its name: two fields named 词语 sounded the same in a screen reader's list of fields.
      aria-label={props.name}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      data-testid={props.testId}
      onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
        e.preventDefault();
        (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
      }}
    />
  );
}

/**
 * A clause's title as a choice: up to its first bracket or clause break, whole words only (a cut at 16 characters
 * read 「不得发布第三方信息（站外链接、联」). The full title is the option's tooltip.
 */
export function clauseShort(title: string): string {
  return title.split(/[（(，,;；]/)[0]!.trim();
}

/** How full a term list is, beside its field: the 2,000 limit is seen before a paste runs into it. */
function TermCount(props: { id: string; n: number }) {
  const { t } = useI18n();
  return (
    <p class={`muted small${props.n >= MAX_TERMS ? ' error' : ''}`} id={props.id} data-testid={props.id}>
      {t('termsCount', { n: props.n, max: MAX_TERMS })}
    </p>
  );
}

/** A list this long gets a filter box (a short one is read at a glance). */
export const FILTER_FROM = 10;

/**
 * The indices of `items` whose text holds `query`, compared folded as the guard folds a term (case, width,
 * spaces and punctuation: 「加 V」 finds 加v) and also as typed (a note's wording). Keys are built once per
 * list, so a keystroke over 5,000 terms is a scan of short strings (well under a millisecond).
 */
export function useFilter<T>(items: readonly T[], text: (item: T) => string, query: string): number[] | null {
  // Built only while a query is typed: a page showing the whole list does no folding at all.
  const filtering = query.trim() !== '';
  const keys = useMemo(() => (filtering ? filterKeys(items, text) : []), [items, filtering]);
  return useMemo(() => filterIndices(keys, query), [keys, query]);
}

/** At most this many rows are drawn at once (2,000 table rows cost a long task a keystroke); the rest on request. */
export const ROWS_MAX = 200;

/** The filter box over a list: Esc clears it (and only then goes on to the page), the count is announced. */
function FilterBox(props: { id: string; label: string; value: string; onInput: (v: string) => void; onFocus: () => void; total: number; matched: number; shown: number; onShowAll: () => void }) {
  const { t } = useI18n();
  return (
    <div class="row filter">
      <label for={props.id}>{props.label}</label>
      <input
        type="search"
        id={props.id}
        data-testid={props.id}
        value={props.value}
        autocomplete="off"
        aria-describedby={`${props.id}-count`}
        aria-controls={`${props.id}-list`}
        onFocus={props.onFocus}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && props.value) {
            e.preventDefault();
            e.stopPropagation();
            props.onInput('');
          }
        }}
      />
      <span class="muted" id={`${props.id}-count`} role="status" data-testid={`${props.id}-count`}>
        {props.shown < props.matched
          ? t('filterCountCapped', { total: props.total, matched: props.matched, shown: props.shown })
          : t('filterCount', { total: props.total, shown: props.shown })}
      </span>
      {props.shown < props.matched && (
        <button type="button" data-testid={`${props.id}-all`} onClick={props.onShowAll}>{t('filterShowAll', { n: props.matched })}</button>
      )}
    </div>
  );
}

/** The rows of the deny list for `indices` (kept as an element by useMemo below: typing elsewhere draws nothing here). */
function DenyRows(props: { deny: Settings['guard']['deny']; indices: readonly number[]; onRemove: (i: number) => void }) {
  const { t } = useI18n();
  const roving = useRoving(props.indices.length);
  return (
    // Round 62 (ux62): in English at 200% zoom in a 640 px window the Remove column ended at 337 CSS px of 320: the
    // table scrolls in its own box, never the page.
    <div class="table-scroll">
      <table data-testid="deny-list" id="deny-filter-list" aria-describedby="list-keys-help" onKeyDown={roving.onKeyDown}>
        <thead>
          <tr><th scope="col">{t('termLabel')}</th><th scope="col">{t('clauseLabel')}</th><th scope="col">{t('severityLabel')}</th><th scope="col">{t('noteLabel')}</th><th scope="col"><span class="sr-only">{t('remove')}</span></th></tr>
        </thead>
        <tbody>
          {props.indices.map((i, pos) => {
            const d = props.deny[i]!;
            return (
              <tr key={d.term}>
                <td><Term text={d.term} /></td>
                <td>{d.clause}</td>
                <td>{t(SEVERITY_KEYS[d.severity])}</td>
                <td>{d.note ?? ''}</td>
                <td>
                  <button type="button" data-remove tabIndex={roving.tabIndex(pos)} onFocus={() => roving.onFocus(pos)} aria-label={t('removeTerm', { term: showTerm(d.term) })} onClick={() => props.onRemove(i)}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AllowChips(props: { allow: readonly string[]; indices: readonly number[]; onRemove: (i: number) => void }) {
  const { t } = useI18n();
  const roving = useRoving(props.indices.length);
  return (
    <ul class="chips" data-testid="allow-list" id="allow-filter-list" aria-describedby="list-keys-help" onKeyDown={roving.onKeyDown}>
      {props.indices.map((i, pos) => {
        const a = props.allow[i]!;
        return (
          <li key={a}>
            <Term text={a} />{' '}
            <button type="button" data-remove tabIndex={roving.tabIndex(pos)} onFocus={() => roving.onFocus(pos)} aria-label={t('removeTerm', { term: showTerm(a) })} onClick={() => props.onRemove(i)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A list's 删除 buttons as one Tab stop (the last one used, else the first); ↑ ↓ (← →), Home and End move
 * among them. Fifty terms added were fifty Tabs between the term field and the rest of the page.
 */
function useRoving(count: number) {
  const [active, setActive] = useState(0);
  const at = Math.min(active, Math.max(0, count - 1));
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.target instanceof HTMLElement) || !e.target.hasAttribute('data-remove')) return;
    const step: Record<string, number> = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: count - 1 };
    const next = step[e.key];
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    if (next < 0 || next >= count) return;
    setActive(next);
    (e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[data-remove]')[next]?.focus();
  };
  return { tabIndex: (pos: number) => (pos === at ? 0 : -1), onFocus: setActive, onKeyDown };
}

/** The indices to draw: the matches (or all), the first ROWS_MAX of them unless all were asked for. */
function useRows(length: number, matches: number[] | null, all: boolean): { matched: number; rows: number[] } {
  return useMemo(() => {
    const matched = matches ? matches.length : length;
    const n = all ? matched : Math.min(matched, ROWS_MAX);
    return { matched, rows: matches ? matches.slice(0, n) : Array.from({ length: n }, (_, i) => i) };
  }, [length, matches, all]);
}

/** A callback that keeps its identity across renders and calls the latest `fn` (for memo'd lists). */
function useStable<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  ref.current = fn;
  return useCallback((...args: A) => ref.current(...args), []);
}

/**
 * One term as before (its error under the field), or several: the valid ones to add, the refused ones
 * back in the field (nothing typed is lost) and listed with why.
 */
function addTerms<T>(text: string, check: (term: string, accepted: readonly T[]) => Checked<T>): { single: Checked<T> } | { batch: TermBatch<T> } {
  const pieces = splitTerms(text);
  return pieces.length <= 1 ? { single: check(pieces[0] ?? text, []) } : { batch: checkTermBatch(text, check) };
}

/**
 * The guard's on/off. On is one click; off asks for how long first (1 hour, the rest of the Beijing day, or
 * until turned on by hand), so a stray click changes nothing and a pause ends by itself. Esc or 取消 keeps it on.
 */
function GuardSwitch({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) first.current?.focus();
  }, [asking]);
  const now = Date.now();
  const turnOff = (until: number | null) => {
    setAsking(false);
    box.current?.focus();
    void update((s) => (s.guard = withGuard(s.guard, false, Date.now(), until)));
  };
  const cancel = () => {
    setAsking(false);
    box.current?.focus();
  };
  const hour = now + 3_600_000;
  return (
    <>
      <label class="row">
        <input
          type="checkbox"
          ref={box}
          data-testid="guard-enabled"
          checked={settings.guard.enabled}
          aria-expanded={settings.guard.enabled ? asking : undefined}
          aria-controls={asking ? 'guard-off-ask' : undefined}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            if (input.checked) {
              setAsking(false);
              void update((s) => (s.guard = withGuard(s.guard, true, Date.now())));
            } else {
              // Still on until a duration is picked.
              input.checked = true;
              setAsking(true);
            }
          }}
        />
        {t('guardEnabled')}
      </label>
      {asking && (
        <div
          class="offer"
          role="group"
          id="guard-off-ask"
          aria-labelledby="guard-off-ask-title"
          data-testid="guard-off-ask"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            cancel();
          }}
        >
          <p id="guard-off-ask-title">{t('guardOffAsk')}</p>
          <div class="row">
            <button type="button" ref={first} data-testid="guard-off-hour" onClick={() => turnOff(Date.now() + 3_600_000)}>
              {t('guardOffHour', { time: beijingClockLabel(hour, now, t) })}
            </button>
            <button type="button" data-testid="guard-off-today" onClick={() => turnOff(endOfBeijingDay(Date.now()))}>{t('guardOffToday')}</button>
            <button type="button" data-testid="guard-off-always" onClick={() => turnOff(null)}>{t('guardOffAlways')}</button>
            <button type="button" class="primary" data-testid="guard-off-cancel" onClick={cancel}>{t('guardOffCancel')}</button>
          </div>
        </div>
      )}
    </>
  );
}

export function TermsSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t, lang } = useI18n();
  const [term, setTerm] = useState('');
  const [clause, setClause] = useState<ClauseId>('2.3');
  const [severity, setSeverity] = useState<Severity>('block');
  const [note, setNote] = useState('');
  const [denyProblem, setDenyProblem] = useState<Problem | null>(null);
  const [allowTerm, setAllowTerm] = useState('');
  const [allowProblem, setAllowProblem] = useState<Problem | null>(null);
  const [denyBatch, setDenyBatch] = useState<TermBatch<unknown> | null>(null);
  const [allowBatch, setAllowBatch] = useState<TermBatch<unknown> | null>(null);
  // The last term removed, until undone or another is removed: a 删除 is one click, its undo one more.
  const [removed, setRemoved] = useState<{ list: 'deny'; item: CustomTerm; index: number } | { list: 'allow'; item: string; index: number } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The removed row's button is gone with it: focus goes to the undo, not to the page.
  useEffect(() => undoButton.current?.focus(), [removed]);
  const [denyQuery, setDenyQuery] = useState('');
  const [allowQuery, setAllowQuery] = useState('');
  const denyText = (d: CustomTerm) => `${d.term}\u0000${d.note ?? ''}`;
  const denyShown = useFilter(settings.guard.deny, denyText, denyQuery);
  const allowShown = useFilter(settings.guard.allow, (a) => a, allowQuery);
  const [denyAll, setDenyAll] = useState(false);
  const [allowAll, setAllowAll] = useState(false);
  const denyRows = useRows(settings.guard.deny.length, denyShown, denyAll);
  const allowRows = useRows(settings.guard.allow.length, allowShown, allowAll);
  const denySaved = useSavedNote('deny-saved');
  const allowSaved = useSavedNote('allow-saved');
  useUnsaved('deny', !!(term.trim() || note.trim()));
  useUnsaved('allow', !!allowTerm.trim());

  const addDeny = (e: Event) => {
    e.preventDefault();
    // Indexed by the guard's key once, each accepted term added: a 500-term paste into 2,000 is not 500 scans of folds.
    const listed = new TermIndex(settings.guard.deny.map((d) => d.term));
    const allow = new TermIndex(settings.guard.allow);
    const r = addTerms<CustomTerm>(term, (one) => {
      const c = checkDenyTerm({ term: one, clause, severity, note }, listed, allow);
      if (c.ok) listed.add(c.value.term);
      return c;
    });
    const added = 'single' in r ? (r.single.ok ? [r.single.value] : []) : r.batch.accepted;
    setDenyProblem('single' in r && !r.single.ok ? r.single.problem : null);
    setDenyBatch('batch' in r ? r.batch : null);
    if (!added.length) denySaved.clear();
    if ('single' in r && !r.single.ok) return;
    const left = 'batch' in r ? r.batch.rejected.map((x) => x.term).join('\n') : '';
    setTerm(left);
    if (!left) setNote('');
    if (added.length) void update((s) => void s.guard.deny.push(...added)).then(denySaved.flash);
  };
  const addAllow = (e: Event) => {
    e.preventDefault();
    const deny = { terms: new TermIndex(settings.guard.deny.map((d) => d.term)), key: 'errTermInDeny' } as const;
    const listed = new TermIndex(settings.guard.allow);
    const r = addTerms<string>(allowTerm, (one) => {
      const c = checkTerm(one, listed, deny);
      if (c.ok) listed.add(c.value);
      return c;
    });
    const added = 'single' in r ? (r.single.ok ? [r.single.value] : []) : r.batch.accepted;
    setAllowProblem('single' in r && !r.single.ok ? r.single.problem : null);
    setAllowBatch('batch' in r ? r.batch : null);
    if (!added.length) allowSaved.clear();
    if ('single' in r && !r.single.ok) return;
    setAllowTerm('batch' in r ? r.batch.rejected.map((x) => x.term).join('\n') : '');
    if (added.length) void update((s) => void s.guard.allow.push(...added)).then(allowSaved.flash);
  };

  const removeDeny = (i: number) => {
    setRemoved({ list: 'deny', item: settings.guard.deny[i]!, index: i });
    void update((s) => void s.guard.deny.splice(i, 1));
  };
  const removeAllow = (i: number) => {
    setRemoved({ list: 'allow', item: settings.guard.allow[i]!, index: i });
    void update((s) => void s.guard.allow.splice(i, 1));
  };
  const onRemoveDeny = useStable(removeDeny);
  const onRemoveAllow = useStable(removeAllow);
  // The lists as elements, made again only when their inputs change: preact skips an element it is handed
  // again, so a key typed in a field or in the other list's filter draws no row (preact/compat's memo did
  // the same for 4 KB more).
  const denyList = useMemo(() => <DenyRows deny={settings.guard.deny} indices={denyRows.rows} onRemove={onRemoveDeny} />, [settings.guard.deny, denyRows.rows, onRemoveDeny]);
  const allowList = useMemo(() => <AllowChips allow={settings.guard.allow} indices={allowRows.rows} onRemove={onRemoveAllow} />, [settings.guard.allow, allowRows.rows, onRemoveAllow]);
  const undoRemove = () => {
    const r = removed;
    if (!r) return;
    setRemoved(null);
    // The undo goes with its note: focus to the list's term field rather than the page.
    document.getElementById(`${r.list}-term`)?.focus();
    // Back where it was, unless the same term was added again meanwhile.
    void update((s) => {
      if (r.list === 'deny') {
        if (!s.guard.deny.some((d) => d.term === r.item.term)) s.guard.deny.splice(Math.min(r.index, s.guard.deny.length), 0, r.item);
      } else if (!s.guard.allow.includes(r.item)) s.guard.allow.splice(Math.min(r.index, s.guard.allow.length), 0, r.item);
    });
  };
  const removedNote = (list: 'deny' | 'allow') => (
    <p class="row" role="status" data-testid={`${list}-removed`}>
      {removed?.list === list && (
        <>
          <Message problem={{ key: 'termRemoved', params: { term: removed.list === 'deny' ? removed.item.term : removed.item } }} />
          <button type="button" ref={undoButton} onClick={undoRemove}>{t('undo')}</button>
        </>
      )}
    </p>
  );

  return (
    <section class="card" id="sectionTerms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('sectionTerms')}</h2>
      <GuardSwitch settings={settings} update={update} />
      <p class="muted">{t('termsHelp')}</p>
      <p class="muted" id="terms-paste-help">{t('termsPasteHelp')}</p>
      <p class="muted small" id="list-keys-help">{t('listKeysHelp')}</p>

      <h3>{t('denyTitle')}</h3>
      <form class="row" onSubmit={addDeny} data-testid="deny-form">
        <label>
          {t('termLabel')}{' '}
          <TermField value={term} onInput={setTerm} testId="deny-term" id="deny-term" name={t('denyTermName')} invalid={!!denyProblem || !!denyBatch?.rejected.length}
            describedBy="deny-error deny-batch deny-count terms-paste-help" />
        </label>
        <label>
          {t('clauseLabel')}{' '}
          <select value={clause} onChange={(e) => setClause((e.currentTarget as HTMLSelectElement).value as ClauseId)} data-testid="deny-clause">
            {CLAUSE_IDS.map((c) => <option key={c} value={c} title={CLAUSES[c].title[lang]}>{`${c} ${clauseShort(CLAUSES[c].title[lang])}`}</option>)}
          </select>
        </label>
        <label>
          {t('severityLabel')}{' '}
          <select value={severity} onChange={(e) => setSeverity((e.currentTarget as HTMLSelectElement).value as Severity)} data-testid="deny-severity">
            {(['block', 'warn', 'info'] as const).map((s) => <option key={s} value={s}>{t(SEVERITY_KEYS[s])}</option>)}
          </select>
        </label>
        <label>
          {t('noteLabel')} <input value={note} maxLength={200} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" aria-label={t('addDenyName')}>{t('add')}</button>
        {denySaved.note}
      </form>
      <TermCount id="deny-count" n={settings.guard.deny.length} />
      <ProblemText problem={denyProblem} id="deny-error" />
      <BatchText batch={denyBatch} testId="deny-batch" id="deny-batch" />
      {settings.guard.deny.length >= FILTER_FROM && (
        <FilterBox
          id="deny-filter" label={t('filterDeny')} value={denyQuery} onInput={setDenyQuery}
          // Folding the terms before the first key, not on it.
          onFocus={() => void filterKeys(settings.guard.deny, denyText)}
          total={settings.guard.deny.length} matched={denyRows.matched} shown={denyRows.rows.length} onShowAll={() => setDenyAll(true)}
        />
      )}
      {settings.guard.deny.length === 0 ? (
        <p class="muted">{t('termsEmpty')}</p>
      ) : denyShown?.length === 0 ? (
        <p class="muted" data-testid="deny-none">{t('filterNone', { query: denyQuery.trim() })}</p>
      ) : (
        denyList
      )}
      {removedNote('deny')}

      <h3>{t('allowTitle')}</h3>
      <form class="row" onSubmit={addAllow}>
        <label>
          {t('termLabel')}{' '}
          <TermField value={allowTerm} onInput={setAllowTerm} testId="allow-term" id="allow-term" name={t('allowTermName')} invalid={!!allowProblem || !!allowBatch?.rejected.length}
            describedBy="allow-error allow-batch allow-count terms-paste-help" />
        </label>
        <button type="submit" aria-label={t('addAllowName')}>{t('add')}</button>
        {allowSaved.note}
      </form>
      <TermCount id="allow-count" n={settings.guard.allow.length} />
      <ProblemText problem={allowProblem} id="allow-error" />
      <BatchText batch={allowBatch} testId="allow-batch" id="allow-batch" />
      {settings.guard.allow.length >= FILTER_FROM && (
        <FilterBox
          id="allow-filter" label={t('filterAllow')} value={allowQuery} onInput={setAllowQuery}
          onFocus={() => void filterKeys(settings.guard.allow, (a) => a)}
          total={settings.guard.allow.length} matched={allowRows.matched} shown={allowRows.rows.length} onShowAll={() => setAllowAll(true)}
        />
      )}
      {allowShown?.length === 0 && <p class="muted" data-testid="allow-none">{t('filterNone', { query: allowQuery.trim() })}</p>}
      {allowList}
      {removedNote('allow')}
    </section>
  );
}
