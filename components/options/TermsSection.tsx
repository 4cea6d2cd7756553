// The agent's own deny terms (with clause and severity) and allowed terms. Plain words only, one or
// many at a time (pasted one a line or separated by 、，, ;): the valid ones are added, the refused ones
// stay in the field, each listed with why.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLAUSES } from '../../rules/clauses';
import type { CustomTerm } from '../../rules/engine';
import type { ClauseId, Severity } from '../../rules/types';
import type { MessageKey, Problem } from '../../utils/i18n';
import { checkDenyTerm, checkTerm, checkTermBatch, splitTerms, type Checked, type TermBatch } from '../../utils/options-validation';
import type { Settings } from '../../utils/settings-schema';
import { useI18n } from '../i18n';
import type { Update } from './OptionsApp';
import { useSavedNote, useUnsaved } from './unsaved';

export const CLAUSE_IDS: readonly ClauseId[] = ['2.1', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9'];
export const SEVERITY_KEYS: Record<Severity | 'off', MessageKey> = { block: 'sevBlock', warn: 'sevWarn', info: 'sevInfo', off: 'sevOff' };

export function ProblemText(props: { problem: Problem | null; id: string }) {
  const { t } = useI18n();
  return (
    <p class="error" id={props.id} role="alert" aria-live="assertive">
      {props.problem ? t(props.problem.key, props.problem.params) : ''}
    </p>
  );
}

/** The outcome of a paste of several terms: how many were added, and each refused one with why. */
function BatchText(props: { batch: TermBatch<unknown> | null; testId: string }) {
  const { t } = useI18n();
  const { batch } = props;
  return (
    <div role="status" aria-live="polite" data-testid={props.testId}>
      {batch && (
        <>
          <p class={batch.rejected.length ? 'error' : 'good'}>
            {batch.rejected.length ? t('termsBatchRejected', { added: batch.accepted.length, rejected: batch.rejected.length }) : t('termsBatchAdded', { added: batch.accepted.length })}
          </p>
          {batch.rejected.length > 0 && (
            <ul class="error">
              {batch.rejected.map((r, i) => <li key={i}>{`「${r.term}」：${t(r.problem.key, r.problem.params)}`}</li>)}
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
function TermField(props: { value: string; onInput: (v: string) => void; testId: string; describedBy: string; id: string }) {
  const rows = Math.min(6, props.value.split('\n').length);
  return (
    <textarea
      class="term-field"
      id={props.id}
      rows={rows}
      value={props.value}
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
 * One term as before (its error under the field), or several: the valid ones to add, the refused ones
 * back in the field (nothing typed is lost) and listed with why.
 */
function addTerms<T>(text: string, check: (term: string, accepted: readonly T[]) => Checked<T>): { single: Checked<T> } | { batch: TermBatch<T> } {
  const pieces = splitTerms(text);
  return pieces.length <= 1 ? { single: check(pieces[0] ?? text, []) } : { batch: checkTermBatch(text, check) };
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
  const denySaved = useSavedNote('deny-saved');
  const allowSaved = useSavedNote('allow-saved');
  useUnsaved('deny', !!(term.trim() || note.trim()));
  useUnsaved('allow', !!allowTerm.trim());

  const addDeny = (e: Event) => {
    e.preventDefault();
    const r = addTerms<CustomTerm>(term, (one, accepted) => checkDenyTerm({ term: one, clause, severity, note }, [...settings.guard.deny, ...accepted], settings.guard.allow));
    const added = 'single' in r ? (r.single.ok ? [r.single.value] : []) : r.batch.accepted;
    setDenyProblem('single' in r && !r.single.ok ? r.single.problem : null);
    setDenyBatch('batch' in r ? r.batch : null);
    if ('single' in r && !r.single.ok) return;
    const left = 'batch' in r ? r.batch.rejected.map((x) => x.term).join('\n') : '';
    setTerm(left);
    if (!left) setNote('');
    if (added.length) void update((s) => void s.guard.deny.push(...added)).then(denySaved.flash);
  };
  const addAllow = (e: Event) => {
    e.preventDefault();
    const deny = { terms: settings.guard.deny.map((d) => d.term), key: 'errTermInDeny' } as const;
    const r = addTerms<string>(allowTerm, (one, accepted) => checkTerm(one, [...settings.guard.allow, ...accepted], deny));
    const added = 'single' in r ? (r.single.ok ? [r.single.value] : []) : r.batch.accepted;
    setAllowProblem('single' in r && !r.single.ok ? r.single.problem : null);
    setAllowBatch('batch' in r ? r.batch : null);
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
          {t('termRemoved', { term: removed.list === 'deny' ? removed.item.term : removed.item })}
          <button type="button" ref={undoButton} onClick={undoRemove}>{t('undo')}</button>
        </>
      )}
    </p>
  );

  return (
    <section class="card" id="sectionTerms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('sectionTerms')}</h2>
      <label class="row">
        <input type="checkbox" checked={settings.guard.enabled} onChange={(e) => void update((s) => (s.guard.enabled = (e.currentTarget as HTMLInputElement).checked))} />
        {t('guardEnabled')}
      </label>
      <p class="muted">{t('termsHelp')}</p>
      <p class="muted" id="terms-paste-help">{t('termsPasteHelp')}</p>

      <h3>{t('denyTitle')}</h3>
      <form class="row" onSubmit={addDeny} data-testid="deny-form">
        <label>
          {t('termLabel')} <TermField value={term} onInput={setTerm} testId="deny-term" id="deny-term" describedBy="deny-error terms-paste-help" />
        </label>
        <label>
          {t('clauseLabel')}{' '}
          <select value={clause} onChange={(e) => setClause((e.currentTarget as HTMLSelectElement).value as ClauseId)} data-testid="deny-clause">
            {CLAUSE_IDS.map((c) => <option key={c} value={c}>{`${c} ${CLAUSES[c].title[lang].slice(0, 16)}`}</option>)}
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
        <button type="submit" class="primary">{t('add')}</button>
        {denySaved.note}
      </form>
      <ProblemText problem={denyProblem} id="deny-error" />
      <BatchText batch={denyBatch} testId="deny-batch" />
      {settings.guard.deny.length === 0 ? (
        <p class="muted">{t('termsEmpty')}</p>
      ) : (
        <table data-testid="deny-list">
          <thead>
            <tr><th scope="col">{t('termLabel')}</th><th scope="col">{t('clauseLabel')}</th><th scope="col">{t('severityLabel')}</th><th scope="col">{t('noteLabel')}</th><th /></tr>
          </thead>
          <tbody>
            {settings.guard.deny.map((d, i) => (
              <tr key={d.term}>
                <td>{d.term}</td>
                <td>{d.clause}</td>
                <td>{t(SEVERITY_KEYS[d.severity])}</td>
                <td>{d.note ?? ''}</td>
                <td>
                  <button type="button" aria-label={t('removeTerm', { term: d.term })} onClick={() => removeDeny(i)}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removedNote('deny')}

      <h3>{t('allowTitle')}</h3>
      <form class="row" onSubmit={addAllow}>
        <label>
          {t('termLabel')} <TermField value={allowTerm} onInput={setAllowTerm} testId="allow-term" id="allow-term" describedBy="allow-error terms-paste-help" />
        </label>
        <button type="submit">{t('add')}</button>
        {allowSaved.note}
      </form>
      <ProblemText problem={allowProblem} id="allow-error" />
      <BatchText batch={allowBatch} testId="allow-batch" />
      <ul class="chips" data-testid="allow-list">
        {settings.guard.allow.map((a, i) => (
          <li key={a}>
            {a}{' '}
            <button type="button" aria-label={t('removeTerm', { term: a })} onClick={() => removeAllow(i)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {removedNote('allow')}
    </section>
  );
}
