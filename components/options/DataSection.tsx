// Retention and purge, export (daily CSV, guard-log CSV, JSON) and import (JSON, merged, never
// overwriting; a corrupt or foreign file is refused whole and nothing changes).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportProgress } from '../../background/ledger/transfer';
import type { Problem } from '../../utils/i18n';
import { checkInt } from '../../utils/options-validation';
import type { Settings } from '../../utils/settings-schema';
import { downloadText } from '../format';
import { useI18n } from '../i18n';
import { dailyCsvFile, importFile, jsonFile, lintCsvFile, purge } from './data';
import type { Update } from './OptionsApp';
import { ProblemText } from './TermsSection';
import { useSavedNote, useUnsaved } from './unsaved';

type Outcome = { kind: 'ok'; text: string; longestBatchMs?: number } | { kind: 'error'; text: string } | null;
type Progress = ImportProgress | { phase: 'read' };

const count = (n: number) => n.toLocaleString('en-US');
/** The screen-reader announcement changes at most at each quarter, not at every batch. */
const quarter = (p: Progress) => (p.phase === 'read' ? 'read' : `${p.phase}:${p.total ? Math.floor((4 * p.done) / p.total) : 4}`);

export function DataSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(settings.retentionDays));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [importOutcome, setImportOutcome] = useState<Outcome>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [announce, setAnnounce] = useState('');
  const lastQuarter = useRef('');
  const importInput = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  // The input was disabled while the import ran (focus fell to the page): once it is enabled again, give it back.
  useEffect(() => {
    if (progress || !refocus.current) return;
    refocus.current = false;
    if (document.activeElement === document.body || document.activeElement === null) importInput.current?.focus();
  }, [progress]);
  // Closing the page mid-import stops it after the batch being written: ask first.
  useUnsaved('import', progress !== null);
  const retentionSaved = useSavedNote('retention-saved');
  useUnsaved('retention', days.trim() !== String(settings.retentionDays));

  const saveRetention = (e: Event) => {
    e.preventDefault();
    const n = checkInt(days, 1, 3650);
    if (!n.ok) return setProblem(n.problem);
    setProblem(null);
    setDays(String(n.value));
    void update((s) => (s.retentionDays = n.value)).then(retentionSaved.flash);
  };
  const purgeNow = async () => {
    if (!confirm(t('purgeConfirm', { days: settings.retentionDays }))) return;
    const n = await purge(Date.now(), settings.retentionDays);
    setOutcome({ kind: 'ok', text: t('purgeDone', { n }) });
  };
  const download = async (make: (now: number) => Promise<{ name: string; text: string }>, type: string) => {
    const file = await make(Date.now());
    downloadText(file.name, file.text, type);
  };
  const progressText = (p: Progress) =>
    p.phase === 'read' ? t('importReading') : t(p.phase === 'check' ? 'importChecking' : 'importWriting', { done: count(p.done), total: count(p.total) });
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImportOutcome(null);
    const show = (p: Progress) => {
      setProgress(p);
      const q = quarter(p);
      if (q !== lastQuarter.current) {
        lastQuarter.current = q;
        setAnnounce(progressText(p));
      }
    };
    show({ phase: 'read' });
    // Read, parsed, checked and written in a worker: this page stays responsive whatever the size.
    const r = await importFile(file, Date.now(), settings.storeText, show);
    refocus.current = true;
    setProgress(null);
    setAnnounce('');
    lastQuarter.current = '';
    input.value = '';
    if (r.type === 'done') {
      setImportOutcome({ kind: 'ok', longestBatchMs: r.longestBatchMs, text: t('importDone', { ...r.result.added, duplicates: r.result.duplicates, invalid: r.result.invalid }) + (r.result.problems.length ? ` ${r.result.problems.join('；')}` : '') });
    } else if (r.kind === 'refused') {
      setImportOutcome({ kind: 'error', text: t('importRefused', { error: r.message }) });
    } else if (r.kind === 'failed') {
      setImportOutcome({ kind: 'error', text: t('importFailed', { error: r.message }) });
    } else {
      // The daily or guard-log CSV picked by mistake: say so, and which file to pick.
      setImportOutcome({ kind: 'error', text: t(r.kind === 'csv' ? 'importLooksCsv' : 'importNotJson') });
    }
  };

  return (
    <section class="card" id="sectionData" aria-labelledby="data-title">
      <h2 id="data-title">{t('sectionData')}</h2>
      <form class="row" onSubmit={saveRetention} noValidate>
        <label>
          {t('retentionLabel')} <input type="number" min={1} max={3650} value={days} data-testid="retention" aria-describedby="retention-help" onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('save')}</button>
        {retentionSaved.note}
        <button type="button" data-testid="purge" onClick={() => void purgeNow()}>{t('purgeNow')}</button>
      </form>
      <p class="muted small" id="retention-help">{t('retentionHelp')}</p>
      <ProblemText problem={problem} id="retention-error" />
      {outcome && <p role="status" data-testid="purge-result">{outcome.text}</p>}
      <label class="row">
        <input type="checkbox" checked={settings.storeText} onChange={(e) => void update((s) => (s.storeText = (e.currentTarget as HTMLInputElement).checked))} />
        {t('storeText')}
      </label>
      <div class="row">
        <button type="button" data-testid="export-csv" onClick={() => void download(dailyCsvFile, 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
        <button type="button" data-testid="export-lint-csv" onClick={() => void download(lintCsvFile, 'text/csv;charset=utf-8')}>{t('exportLintCsv')}</button>
        <button type="button" data-testid="export-json" onClick={() => void download(jsonFile, 'application/json')}>{t('exportJson')}</button>
      </div>
      <label class="row">
        {t('importJson')}{' '}
        <input ref={importInput} type="file" accept=".json,application/json" data-testid="import-json" disabled={progress !== null} onChange={(e) => void onImport(e)} />
      </label>
      {progress && (
        <div class="row" data-testid="import-progress-row">
          <progress
            data-testid="import-progress"
            aria-label={t('importProgressName')}
            aria-describedby="import-progress-text"
            {...(progress.phase === 'read' ? {} : { max: Math.max(1, progress.total), value: progress.done })}
          />
          <span id="import-progress-text" data-testid="import-progress-text">{progressText(progress)}</span>
        </div>
      )}
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="import-announce">{announce}</p>
      {importOutcome && (
        <p role={importOutcome.kind === 'error' ? 'alert' : 'status'} class={importOutcome.kind === 'error' ? 'error' : 'good'} data-testid="import-result"
          // The longest single write transaction, for measurement (README, e2e).
          data-longest-batch-ms={importOutcome.kind === 'ok' ? importOutcome.longestBatchMs : undefined}>
          {importOutcome.text}
        </p>
      )}
    </section>
  );
}
