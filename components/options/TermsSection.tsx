// The agent's own deny terms (with clause and severity) and allowed terms. Plain words only.
import { useState } from 'preact/hooks';
import { CLAUSES } from '../../rules/clauses';
import type { ClauseId, Severity } from '../../rules/types';
import type { MessageKey, Problem } from '../../utils/i18n';
import { checkDenyTerm, checkTerm } from '../../utils/options-validation';
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

export function TermsSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t, lang } = useI18n();
  const [term, setTerm] = useState('');
  const [clause, setClause] = useState<ClauseId>('2.3');
  const [severity, setSeverity] = useState<Severity>('block');
  const [note, setNote] = useState('');
  const [denyProblem, setDenyProblem] = useState<Problem | null>(null);
  const [allowTerm, setAllowTerm] = useState('');
  const [allowProblem, setAllowProblem] = useState<Problem | null>(null);
  const denySaved = useSavedNote('deny-saved');
  const allowSaved = useSavedNote('allow-saved');
  useUnsaved('deny', !!(term.trim() || note.trim()));
  useUnsaved('allow', !!allowTerm.trim());

  const addDeny = (e: Event) => {
    e.preventDefault();
    const checked = checkDenyTerm({ term, clause, severity, note }, settings.guard.deny, settings.guard.allow);
    if (!checked.ok) return setDenyProblem(checked.problem);
    setDenyProblem(null);
    setTerm('');
    setNote('');
    void update((s) => void s.guard.deny.push(checked.value)).then(denySaved.flash);
  };
  const addAllow = (e: Event) => {
    e.preventDefault();
    const checked = checkTerm(allowTerm, settings.guard.allow, { terms: settings.guard.deny.map((d) => d.term), key: 'errTermInDeny' });
    if (!checked.ok) return setAllowProblem(checked.problem);
    setAllowProblem(null);
    setAllowTerm('');
    void update((s) => void s.guard.allow.push(checked.value)).then(allowSaved.flash);
  };

  return (
    <section class="card" id="sectionTerms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('sectionTerms')}</h2>
      <label class="row">
        <input type="checkbox" checked={settings.guard.enabled} onChange={(e) => void update((s) => (s.guard.enabled = (e.currentTarget as HTMLInputElement).checked))} />
        {t('guardEnabled')}
      </label>
      <p class="muted">{t('termsHelp')}</p>

      <h3>{t('denyTitle')}</h3>
      <form class="row" onSubmit={addDeny} data-testid="deny-form">
        <label>
          {t('termLabel')} <input value={term} maxLength={60} aria-describedby="deny-error" data-testid="deny-term" onInput={(e) => setTerm((e.currentTarget as HTMLInputElement).value)} />
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
                  <button type="button" aria-label={t('removeTerm', { term: d.term })} onClick={() => void update((s) => void s.guard.deny.splice(i, 1))}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('allowTitle')}</h3>
      <form class="row" onSubmit={addAllow}>
        <label>
          {t('termLabel')} <input value={allowTerm} maxLength={60} aria-describedby="allow-error" data-testid="allow-term" onInput={(e) => setAllowTerm((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('add')}</button>
        {allowSaved.note}
      </form>
      <ProblemText problem={allowProblem} id="allow-error" />
      <ul class="chips" data-testid="allow-list">
        {settings.guard.allow.map((a, i) => (
          <li key={a}>
            {a}{' '}
            <button type="button" aria-label={t('removeTerm', { term: a })} onClick={() => void update((s) => void s.guard.allow.splice(i, 1))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
