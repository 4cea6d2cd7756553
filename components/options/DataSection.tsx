// Retention and purge, export (daily CSV, guard-log CSV, JSON) and import (JSON, merged, never
// overwriting; a corrupt or foreign file is refused whole and nothing changes).
import { useState } from 'preact/hooks';
import { ImportError, type ImportResult } from '../../background/ledger/transfer';
import type { Problem } from '../../utils/i18n';
import { looksLikeCsv } from '../../utils/csv';
import { checkInt } from '../../utils/options-validation';
import type { Settings } from '../../utils/settings-schema';
import { downloadText } from '../format';
import { useI18n } from '../i18n';
import { dailyCsvFile, importJson, jsonFile, lintCsvFile, purge } from './data';
import type { Update } from './OptionsApp';
import { ProblemText } from './TermsSection';
import { useSavedNote, useUnsaved } from './unsaved';

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null;

export function DataSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(settings.retentionDays));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [importOutcome, setImportOutcome] = useState<Outcome>(null);
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
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImportOutcome(null);
    let data: unknown;
    const text = await file.text();
    try {
      data = JSON.parse(text);
    } catch {
      input.value = '';
      // The daily or guard-log CSV picked by mistake: say so, and which file to pick.
      return setImportOutcome({ kind: 'error', text: t(looksLikeCsv(text) ? 'importLooksCsv' : 'importNotJson') });
    }
    try {
      const r: ImportResult = await importJson(data, Date.now(), settings.storeText);
      setImportOutcome({ kind: 'ok', text: t('importDone', { ...r.added, duplicates: r.duplicates, invalid: r.invalid }) + (r.problems.length ? ` ${r.problems.join('；')}` : '') });
    } catch (err) {
      setImportOutcome({ kind: 'error', text: t('importRefused', { error: err instanceof ImportError ? err.message : String(err) }) });
    }
    input.value = '';
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
        {t('importJson')} <input type="file" accept=".json,application/json" data-testid="import-json" onChange={(e) => void onImport(e)} />
      </label>
      {importOutcome && (
        <p role={importOutcome.kind === 'error' ? 'alert' : 'status'} class={importOutcome.kind === 'error' ? 'error' : 'good'} data-testid="import-result">
          {importOutcome.text}
        </p>
      )}
    </section>
  );
}
