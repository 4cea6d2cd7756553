// The alert ladder (m:ss list), notifications and sound, and the rule-2.5 frequency thresholds.
import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '../../utils/i18n';
import { checkInt, formatLadder, readLadder } from '../../utils/options-validation';
import type { Settings } from '../../utils/settings-schema';
import { useI18n } from '../i18n';
import type { Update } from './OptionsApp';
import { ProblemText } from './TermsSection';
import { useSavedNote, useUnsaved } from './unsaved';

export function TimersSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useI18n();
  const stored = formatLadder(settings.timers.alertLadder);
  const [ladder, setLadder] = useState(stored);
  // A ladder saved before times after 5:00 were refused (or imported) is flagged at once.
  const [ladderProblem, setLadderProblem] = useState<Problem | null>(() => {
    const read = readLadder(stored);
    if (!read.ok) return read.problem;
    return read.dropped.length ? { key: 'ladderStoredOut', params: { dropped: formatLadder(read.dropped), stored: formatLadder(read.value) } } : null;
  });
  // A refusal marks the field invalid; a save that left times out only says which (the field then holds what was stored).
  const [ladderInvalid, setLadderInvalid] = useState(() => !readLadder(stored).ok);
  const [max, setMax] = useState(String(settings.timers.frequency.maxMessages));
  const [windowMin, setWindowMin] = useState(String(settings.timers.frequency.windowMinutes));
  const [freqProblem, setFreqProblem] = useState<Problem | null>(null);
  // Which of the two fields the error is about (aria-invalid on that one).
  const [freqField, setFreqField] = useState<'max' | 'window' | null>(null);
  useEffect(() => setLadder(stored), [stored]);
  const ladderSaved = useSavedNote('ladder-saved');
  const freqSaved = useSavedNote('freq-saved');
  useUnsaved('ladder', ladder.trim() !== stored);
  useUnsaved('frequency', max.trim() !== String(settings.timers.frequency.maxMessages) || windowMin.trim() !== String(settings.timers.frequency.windowMinutes));

  const saveLadder = (e: Event) => {
    e.preventDefault();
    const read = readLadder(ladder);
    if (!read.ok) {
      // Refused: nothing stored, the agent's text stays in the field to correct (focus stays there too).
      ladderSaved.clear();
      setLadderInvalid(true);
      return setLadderProblem(read.problem);
    }
    // As an import does with the same list: the times in range are stored, each left-out one named.
    setLadderInvalid(false);
    setLadderProblem(read.dropped.length ? { key: 'ladderPartialSaved', params: { stored: formatLadder(read.value), dropped: formatLadder(read.dropped) } } : null);
    setLadder(formatLadder(read.value));
    void update((s) => (s.timers.alertLadder = read.value)).then(ladderSaved.flash);
  };
  const saveFrequency = (e: Event) => {
    e.preventDefault();
    const n = checkInt(max, 2, 100);
    const m = checkInt(windowMin, 1, 240);
    if (!n.ok || !m.ok) {
      freqSaved.clear();
      setFreqField(!n.ok ? 'max' : 'window');
      return setFreqProblem(!n.ok ? n.problem : !m.ok ? m.problem : null);
    }
    setFreqProblem(null);
    setFreqField(null);
    setMax(String(n.value));
    setWindowMin(String(m.value));
    void update((s) => (s.timers.frequency = { maxMessages: n.value, windowMinutes: m.value })).then(freqSaved.flash);
  };

  return (
    <section class="card" id="sectionTimers" aria-labelledby="timers-title">
      <h2 id="timers-title">{t('sectionTimers')}</h2>
      <form class="row" onSubmit={saveLadder}>
        <label>
          {t('ladderLabel')} <input value={ladder} data-testid="ladder" aria-invalid={ladderInvalid || undefined} aria-describedby="ladder-error ladder-help" onInput={(e) => setLadder((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" aria-label={t('saveLadderName')}>{t('save')}</button>
        {ladderSaved.note}
      </form>
      <p class="muted small" id="ladder-help">{t('ladderHelp')}</p>
      <ProblemText problem={ladderProblem} id="ladder-error" />
      <label class="row">
        <input type="checkbox" checked={settings.timers.notifications} onChange={(e) => void update((s) => (s.timers.notifications = (e.currentTarget as HTMLInputElement).checked))} />
        {t('notifications')}
      </label>
      <label class="row">
        <input type="checkbox" data-testid="sound" checked={settings.timers.sound} onChange={(e) => void update((s) => (s.timers.sound = (e.currentTarget as HTMLInputElement).checked))} />
        {t('sound')}
      </label>
      <h3>{t('frequencyTitle')}</h3>
      <form class="row" onSubmit={saveFrequency} noValidate>
        <label>
          {t('frequencyMax')} <input type="number" min={2} max={100} value={max} data-testid="freq-max" aria-invalid={freqField === 'max' || undefined} aria-describedby="freq-error" onInput={(e) => setMax((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('frequencyWindow')} <input type="number" min={1} max={240} value={windowMin} data-testid="freq-window" aria-invalid={freqField === 'window' || undefined} aria-describedby="freq-error" onInput={(e) => setWindowMin((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" aria-label={t('saveFrequencyName')}>{t('save')}</button>
        {freqSaved.note}
      </form>
      <p class="muted small">{t('frequencyHelp', { max: settings.timers.frequency.maxMessages, window: settings.timers.frequency.windowMinutes })}</p>
      <ProblemText problem={freqProblem} id="freq-error" />
    </section>
  );
}
