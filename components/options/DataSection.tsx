// Retention and purge, export (daily CSV, guard-log CSV, JSON with the settings, the settings alone) and
// import (JSON, merged, never overwriting; a corrupt or foreign file is refused whole and nothing changes;
// a file's settings are offered with what they would change and applied only when the agent confirms).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportProgress } from '../../background/ledger/transfer';
import type { Problem } from '../../utils/i18n';
import { checkInt, formatLadder, ladderText, MAX_TERMS, withoutFull } from '../../utils/options-validation';
import type { Settings } from '../../utils/settings-schema';
import { downloadText } from '../format';
import { useI18n } from '../i18n';
import { syncSiteScripts } from '../../utils/site-scripts';
import { absentSections, settingsOffer, type OfferMode, type SettingsOffer } from '../../utils/settings-transfer';
import { dailyCsvFile, importFile, jsonFile, lintCsvFile, loadImportUndo, purge, saveImportUndo, settingsFile, type ImportUndo } from './data';
import type { Update } from './OptionsApp';
import { ConfirmDialog } from './ConfirmDialog';
import { KeptText } from './KeptText';
import { isValidSelector } from './SitesSection';
import { Message, ProblemText, Term } from './TermsSection';
import { useSavedNote, useUnsaved } from './unsaved';

type Outcome = { kind: 'ok'; text: string; longestBatchMs?: number } | { kind: 'error'; text: string } | null;
type Progress = ImportProgress | { phase: 'read' };

/** The part of the settings an import sets (not the keep-text choice, not the guard's on/off), to see whether it changed since. */
const importable = (s: Settings) => JSON.stringify([s.language, s.retentionDays, s.guard.deny, s.guard.allow, s.guard.ruleSeverity, s.timers, s.sites]);
const count = (n: number) => n.toLocaleString('en-US');
type Offers = Record<OfferMode, SettingsOffer>;
const bothOffers = (raw: Record<string, unknown>, settings: Settings): Offers => {
  // Counted by the e2e: how many times a change makes the page work the offer out.
  performance.mark('rg:settings-offer');
  return { merge: settingsOffer(raw, settings, isValidSelector, 'merge'), replace: settingsOffer(raw, settings, isValidSelector, 'replace') };
};
/** The screen-reader announcement changes at most at each quarter, not at every batch. */
const quarter = (p: Progress) => (p.phase === 'read' ? 'read' : `${p.phase}:${p.total ? Math.floor((4 * p.done) / p.total) : 4}`);

export function DataSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t, lang } = useI18n();
  const [days, setDays] = useState(String(settings.retentionDays));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [importOutcome, setImportOutcome] = useState<Outcome>(null);
  // A file's settings while offered; what they would change is worked out against the settings as they are
  // now (an edit made meanwhile, here or in another tab, is in the summary and is what applying replaces).
  const [offerRaw, setOfferRaw] = useState<Record<string, unknown> | null>(null);
  // Merge by default: a lead's file sent round must not wipe the terms an agent built up.
  const [mode, setMode] = useState<OfferMode>('merge');
  // Worked out when the file or the settings change, not on other renders; the import's own check is reused
  // when the settings are still those it was checked against (each takes ~0.1 s at 2,000 + 2,000 terms).
  const checked = useRef<{ raw: Record<string, unknown>; against: Settings; offers: Offers } | null>(null);
  const offers = useMemo(() => {
    if (!offerRaw) return null;
    const c = checked.current;
    return c && c.raw === offerRaw && c.against === settings ? c.offers : bothOffers(offerRaw, settings);
  }, [offerRaw, settings]);
  // One step back after applying: the settings as they were (kept in storage.local, so a reload keeps it too).
  const [undoable, setUndoableNow] = useState<ImportUndo | null>(null);
  const setUndoable = (undo: ImportUndo | null) => {
    setUndoableNow(undo);
    return saveImportUndo(undo);
  };
  useEffect(() => void loadImportUndo().then((u) => u && setUndoableNow(u)), []);
  const [settingsOutcome, setSettingsOutcome] = useState<Outcome>(null);
  // How the last picked file was read when not as plain UTF-8 (round 58: 「已按 GBK 编码读取」), with any outcome.
  const [readNote, setReadNote] = useState<string | null>(null);
  const offerBox = useRef<HTMLDivElement>(null);
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
  // Settings read from a file and not applied or declined yet.
  useUnsaved('settings-offer', offerRaw !== null);
  // The offer takes focus when it appears, so the keyboard and a screen reader are at its summary and buttons.
  useEffect(() => offerBox.current?.focus(), [offerRaw]);
  const retentionSaved = useSavedNote('retention-saved');
  useUnsaved('retention', days.trim() !== String(settings.retentionDays));

  const saveRetention = (e: Event) => {
    e.preventDefault();
    const n = checkInt(days, 1, 3650);
    if (!n.ok) {
      retentionSaved.clear();
      return setProblem(n.problem);
    }
    setProblem(null);
    setDays(String(n.value));
    void update((s) => (s.retentionDays = n.value)).then(retentionSaved.flash);
  };
  // Round 60 (ux60): the purge asked with window.confirm, a blocking native box with the browser's buttons (English in
  // an English browser) that Playwright's keyboard flow cannot reach; it asks in the page now, as the kept-text
  // deletion does: Enter deletes, Esc cancels, focus goes back to the button.
  const [askingPurge, setAskingPurge] = useState(false);
  const purgeButton = useRef<HTMLButtonElement>(null);
  const closePurge = () => {
    setAskingPurge(false);
    requestAnimationFrame(() => purgeButton.current?.focus());
  };
  const purgeNow = async () => {
    closePurge();
    try {
      const n = await purge(Date.now(), settings.retentionDays);
      setOutcome({ kind: 'ok', text: t('purgeDone', { n }) });
    } catch (e) {
      setOutcome({ kind: 'error', text: t('purgeFailed', { error: String(e) }) });
    }
  };
  const download = async (make: (now: number, settings: Settings) => Promise<{ name: string; text: string }> | { name: string; text: string }, type: string) => {
    const file = await make(Date.now(), settings);
    downloadText(file.name, file.text, type);
  };
  const progressText = (p: Progress) =>
    p.phase === 'read' ? t('importReading') : t(p.phase === 'check' ? 'importChecking' : 'importWriting', { done: count(p.done), total: count(p.total) });
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImportOutcome(null);
    setOfferRaw(null);
    setSettingsOutcome(null);
    setReadNote(null);
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
    setReadNote(r.note ?? null);
    if (r.type === 'done') {
      // The next import is done: the previous one's undo ends (a refused file keeps it).
      if (undoable) await setUndoable(null);
      const { added, duplicates, invalid } = r.result;
      // A settings-only file has no records to report.
      const records = added.messages + added.ratings + added.lint + duplicates + invalid > 0 || !r.settings;
      if (records) setImportOutcome({ kind: 'ok', longestBatchMs: r.longestBatchMs, text: t('importDone', { ...added, duplicates, invalid }) + (r.result.problems.length ? ` ${r.result.problems.join('；')}` : '') });
      if (r.settings) {
        const both = bothOffers(r.settings, settings);
        // A file whose only differences were left out (an alert time after 5:00…) is shown with them, never as "the same" (rt52 F8).
        if (both.merge.any || both.replace.any || both.merge.rejected.length > 0 || both.replace.rejected.length > 0) {
          checked.current = { raw: r.settings, against: settings, offers: both };
          setMode('merge');
          setOfferRaw(r.settings);
        } else setSettingsOutcome({ kind: 'ok', text: sameText(r.settings) });
      }
    } else if (r.kind === 'refused') {
      setImportOutcome({ kind: 'error', text: t('importRefused', { error: r.message }) });
    } else if (r.kind === 'failed') {
      setImportOutcome({ kind: 'error', text: t('importFailed', { error: r.message }) });
    } else {
      // The daily or guard-log CSV picked by mistake, or a file with nothing in it: say so, and which file to pick.
      setImportOutcome({ kind: 'error', text: t(r.kind === 'csv' ? 'importLooksCsv' : r.kind === 'empty' ? 'importEmpty' : 'importNotJson') });
    }
  };

  // 「与本机相同」 only for what the file has: the fields it lacks are said to be kept (rt55 F11).
  const sameText = (raw: unknown) => {
    const absent = absentSections(raw);
    return absent.zh.length ? t('settingsSameAbsent', { fields: (lang === 'zh' ? absent.zh : absent.en).join(lang === 'zh' ? '、' : ', ') }) : t('settingsSame');
  };
  // Under a refused file, the undo still offered is the earlier import's, and says so (rt55 F11: 「仍可撤销」 read as this file's).
  const undoText = (u: NonNullable<typeof undoable>) =>
    t(importOutcome?.kind === 'error' ? 'settingsUndoEarlier' : 'settingsUndoPending', {
      when: new Date(u.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
      mode: t(u.mode === 'merge' ? 'settingsModeMergeShort' : 'settingsModeReplaceShort'),
    });

  const applyOffer = async () => {
    const offer = offers?.[mode];
    if (!offer) return;
    const before = structuredClone(settings);
    const next = { ...structuredClone(offer.next), storeText: settings.storeText };
    await update((s) => Object.assign(s, structuredClone(next)));
    // The content script goes where the applied sites say (those already granted on this machine).
    await syncSiteScripts(next.sites).catch((err: unknown) => console.error('[ReplyGuard] sites', err));
    setOfferRaw(null);
    await setUndoable({ before, after: next, mode, at: Date.now() });
    setSettingsOutcome({ kind: 'ok', text: t('settingsApplied', { mode: t(mode === 'merge' ? 'settingsModeMergeShort' : 'settingsModeReplaceShort') }) });
    importInput.current?.focus();
  };
  // Back to the settings before the import; the keep-text choice and the guard's on/off are not the import's.
  // Round 61 (ux61): settings changed since the import asked with window.confirm (a blocking native box, the browser's
  // buttons); they ask in the page now, as the purge does: Enter undoes, Esc cancels, focus goes back to 撤销.
  const [askingUndo, setAskingUndo] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const closeUndoAsk = () => {
    setAskingUndo(false);
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const askUndo = () => {
    if (!undoable) return;
    if (importable(settings) !== importable(undoable.after)) setAskingUndo(true);
    else void undoImport();
  };
  const undoImport = async () => {
    setAskingUndo(false);
    if (!undoable) return;
    const before = structuredClone(undoable.before);
    const { deny, allow, ruleSeverity } = before.guard;
    await update((s) => Object.assign(s, { ...before, storeText: s.storeText, guard: { ...s.guard, deny, allow, ruleSeverity } }));
    await syncSiteScripts(before.sites).catch((err: unknown) => console.error('[ReplyGuard] sites', err));
    await setUndoable(null);
    setSettingsOutcome({ kind: 'ok', text: t('settingsUndone') });
    importInput.current?.focus();
  };
  // The agent keeps the imported settings: the stored copy of the old ones goes.
  const keepImport = async () => {
    await setUndoable(null);
    setSettingsOutcome({ kind: 'ok', text: t('settingsKeptDone') });
    importInput.current?.focus();
  };
  const declineOffer = () => {
    setOfferRaw(null);
    setSettingsOutcome({ kind: 'ok', text: t('settingsSkipped') });
    importInput.current?.focus();
  };

  return (
    <section class="card" id="sectionData" aria-labelledby="data-title">
      <h2 id="data-title">{t('sectionData')}</h2>
      <form class="row" onSubmit={saveRetention} noValidate>
        <label>
          {t('retentionLabel')} <input type="number" min={1} max={3650} value={days} data-testid="retention" aria-invalid={!!problem || undefined} aria-describedby="retention-error retention-help" onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" aria-label={t('saveRetentionName')}>{t('save')}</button>
        {retentionSaved.note}
        <button ref={purgeButton} type="button" data-testid="purge" onClick={() => (setOutcome(null), setAskingPurge(true))}>{t('purgeNow')}</button>
      </form>
      <p class="muted small" id="retention-help">{t('retentionHelp')}</p>
      <ProblemText problem={problem} id="retention-error" />
      {outcome && <p role={outcome.kind === 'error' ? 'alert' : 'status'} class={outcome.kind === 'error' ? 'error' : undefined} data-testid="purge-result">{outcome.text}</p>}
      <ConfirmDialog
        open={askingPurge}
        id="purge"
        title={t('purgeAskTitle')}
        confirmText={t('purgeConfirmButton')}
        cancelText={t('purgeCancel')}
        onConfirm={() => void purgeNow()}
        onCancel={closePurge}
        help={t('purgeCancelHelp')}
      >
        {t('purgeConfirm', { days: settings.retentionDays })}
      </ConfirmDialog>
      <KeptText settings={settings} update={update} />
      <div class="row">
        <button type="button" data-testid="export-csv" onClick={() => void download(dailyCsvFile, 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
        <button type="button" data-testid="export-lint-csv" onClick={() => void download(lintCsvFile, 'text/csv;charset=utf-8')}>{t('exportLintCsv')}</button>
        <button type="button" data-testid="export-json" onClick={() => void download(jsonFile, 'application/json')}>{t('exportJson')}</button>
        <button type="button" data-testid="export-settings" onClick={() => void download(settingsFile, 'application/json')}>{t('exportSettings')}</button>
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
      {readNote && <p role="status" class="warn" data-testid="import-encoding">{readNote}</p>}
      {importOutcome && (
        <p role={importOutcome.kind === 'error' ? 'alert' : 'status'} class={importOutcome.kind === 'error' ? 'error' : 'good'} data-testid="import-result"
          // The longest single write transaction, for measurement (README, e2e).
          data-longest-batch-ms={importOutcome.kind === 'ok' ? importOutcome.longestBatchMs : undefined}>
          {importOutcome.text}
        </p>
      )}
      {offers && <OfferBox offers={offers} mode={mode} onMode={setMode} box={offerBox} onApply={() => void applyOffer()} onDecline={declineOffer} />}
      <ConfirmDialog
        open={askingUndo}
        id="settings-undo"
        title={t('settingsUndoAskTitle')}
        confirmText={t('settingsUndoConfirmButton')}
        cancelText={t('settingsUndoCancel')}
        onConfirm={() => void undoImport()}
        onCancel={closeUndoAsk}
        help={t('settingsUndoCancelHelp')}
      >
        {t('settingsUndoStale')}
      </ConfirmDialog>
      {(settingsOutcome || undoable) && (
        <p role="status" class="good row" data-testid="settings-result">
          {settingsOutcome?.text ?? undoText(undoable!)}
          {undoable && (
            <>
              <button ref={undoButton} type="button" data-testid="settings-undo" onClick={askUndo}>{t('settingsUndo')}</button>
              <button type="button" data-testid="settings-keep" onClick={() => void keepImport()}>{t('settingsUndoKeep')}</button>
            </>
          )}
        </p>
      )}
    </section>
  );
}

/** One mode's summary lines: what applying would change, and (merge) what of the file's the agent's own values keep. */
function changeLines(t: ReturnType<typeof useI18n>['t'], offer: SettingsOffer): string[] {
  const c = offer.changes;
  const k = offer.kept;
  const keptAll = k.deny + k.rules + k.timers + k.sites + k.other;
  const lines = [
    (c.deny.added || c.deny.removed || c.deny.changed) && t('settingsDeny', c.deny),
    (c.allow.added || c.allow.removed) && t('settingsAllow', c.allow),
    c.rules.changed > 0 && t('settingsRules', c.rules),
    c.timers > 0 && t('settingsTimers', { n: c.timers }),
    offer.ladderAsStored && t('settingsLadderAsStored', { file: formatLadder(offer.ladderAsStored.file), stored: formatLadder(offer.ladderAsStored.stored) }),
    offer.ladderPartial && t('settingsLadderPartial', { stored: formatLadder(offer.ladderPartial.stored), dropped: ladderText(offer.ladderPartial.dropped, t) }),
    offer.ladderSet && t('settingsLadderSet', { stored: formatLadder(offer.ladderSet) }),
    (c.sites.added || c.sites.removed || c.sites.changed) && t('settingsSites', c.sites),
    c.other > 0 && t('settingsOther', { n: c.other }),
  ].filter((l): l is string => !!l);
  if (!offer.any) lines.push(t('settingsNoChange'));
  if (keptAll > 0) lines.push(t('settingsKept', { n: keptAll, ...k }));
  return lines;
}

/** What a file's settings would change under each choice (merge, the default, or replace), what is left out and why, and apply / decline. */
function OfferBox(props: {
  offers: Record<OfferMode, SettingsOffer>;
  mode: OfferMode;
  onMode: (mode: OfferMode) => void;
  box: preact.RefObject<HTMLDivElement | null>;
  onApply: () => void;
  onDecline: () => void;
}) {
  const { t } = useI18n();
  const offer = props.offers[props.mode];
  const choices = [
    { mode: 'merge', label: t('settingsModeMerge'), help: t('settingsModeMergeHelp') },
    { mode: 'replace', label: t('settingsModeReplace'), help: t('settingsModeReplaceHelp') },
  ] as const;
  return (
    <div class="offer" role="group" aria-labelledby="settings-offer-title" tabIndex={-1} ref={props.box} data-testid="settings-offer">
      <h3 id="settings-offer-title">{t('settingsOfferTitle')}</h3>
      <p>{t('settingsOfferHelp')}</p>
      <fieldset class="modes">
        <legend>{t('settingsModeLegend')}</legend>
        {choices.map((c) => (
          <div class="mode" key={c.mode} data-testid={`settings-mode-${c.mode}`}>
            <label>
              <input type="radio" name="settings-mode" value={c.mode} checked={props.mode === c.mode} aria-describedby={`settings-${c.mode}-help settings-${c.mode}-changes`} onChange={() => props.onMode(c.mode)} />
              {c.label}
            </label>
            <p class="muted small" id={`settings-${c.mode}-help`}>{c.help}</p>
            <ul id={`settings-${c.mode}-changes`} data-testid={`settings-changes-${c.mode}`}>
              {changeLines(t, props.offers[c.mode]).map((l) => <li key={l}>{l}</li>)}
            </ul>
          </div>
        ))}
      </fieldset>
      {offer.rejected.length > 0 && (
        <>
          <p>{t('settingsRejectedTitle', { n: offer.rejected.length })}</p>
          <ul class="error" data-testid="settings-rejected">
            {withoutFull(offer.rejected).rest.map((r, i) => (
              <li key={i}>{t(`rej_${r.what}`)}「<Term text={r.seconds !== undefined ? ladderText([r.seconds], t) : r.value} />」：<Message problem={r.problem} /></li>
            ))}
            {(['deny', 'allow'] as const).map((what) => {
              // A full list is one line per list, not one per term left out.
              const n = withoutFull(offer.rejected.filter((r) => r.what === what)).full;
              return n > 0 && <li key={what} data-testid={`settings-full-${what}`}>{t('settingsFullLeft', { what: t(`rej_${what}`), max: MAX_TERMS, n })}</li>;
            })}
          </ul>
        </>
      )}
      {offer.problems.length > 0 && <p class="muted small">{offer.problems.join('；')}</p>}
      <div class="row">
        <button type="button" class="primary" data-testid="settings-apply" disabled={!offer.any} onClick={props.onApply}>{t('settingsApply')}</button>
        <button type="button" data-testid="settings-skip" onClick={props.onDecline}>{t('settingsSkip')}</button>
      </div>
    </div>
  );
}
