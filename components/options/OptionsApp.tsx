// The options page: every change is validated and saved at once (storage.local `local:settings`);
// the content scripts, timers and this page follow through watchSettings, so nothing needs a reload.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings';
import { withGuard, type Language, type Settings } from '../../utils/settings-schema';
import { GuardOffNotice } from '../GuardOffNotice';
import { useI18n } from '../i18n';
import { DataSection } from './DataSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TeamSection } from './TeamSection';
import { TermsSection } from './TermsSection';
import { TimersSection } from './TimersSection';
import { onBeforeUnload } from './unsaved';

export type Update = (change: (draft: Settings) => void) => Promise<void>;

export function OptionsApp() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [savedAt, setSavedAt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    // Our own save comes back here as a new object with the same content: keep the one drawn, so the page
    // (a pending import offer over 2,000-term lists, the memo'd term rows) is not worked out a second time.
    watchSettings((next) => setSettings((now) => (now && JSON.stringify(now) === JSON.stringify(next) ? now : next)), controller.signal);
    // Closing the tab with a typed term or a changed field not saved yet: the browser asks first.
    window.addEventListener('beforeunload', onBeforeUnload, { signal: controller.signal });
    return () => controller.abort();
  }, []);

  if (!settings) return <p class="muted">{t('loading')}</p>;

  const update: Update = async (change) => {
    const next = structuredClone(settings);
    change(next);
    setSettings(next);
    await saveSettings(next);
    setSavedAt(Date.now());
  };

  return (
    <main class="options">
      <header class="row header">
        <h1>{t('optionsTitle')}</h1>
        <span role="status" class="muted saved" data-testid="saved">
          {savedAt ? t('saved') : ''}
        </span>
      </header>
      <GuardOffNotice guard={settings.guard} now={Date.now()} onTurnOn={() => {
          // The warning and its button go: focus to the switch, now read as on.
          document.querySelector<HTMLInputElement>('[data-testid="guard-enabled"]')?.focus();
          void update((s) => (s.guard = withGuard(s.guard, true, Date.now())));
        }} />
      <nav class="toc" aria-label={t('sectionsNav')}>
        {(['sectionLanguage', 'sectionTerms', 'sectionRules', 'sectionTimers', 'sectionSites', 'sectionData', 'sectionTeam'] as const).map((k) => (
          <a key={k} href={`#${k}`}>{t(k)}</a>
        ))}
      </nav>
      <section class="card" id="sectionLanguage" aria-labelledby="lang-title">
        <h2 id="lang-title">{t('sectionLanguage')}</h2>
        <label class="row">
          {t('sectionLanguage')}
          <select
            data-testid="language"
            value={settings.language}
            onChange={(e) => void update((s) => (s.language = (e.currentTarget as HTMLSelectElement).value as Language))}
          >
            <option value="auto">{t('langAuto')}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </section>
      <TermsSection settings={settings} update={update} />
      <RulesSection settings={settings} update={update} />
      <TimersSection settings={settings} update={update} />
      <SitesSection settings={settings} update={update} />
      <DataSection settings={settings} update={update} />
      <TeamSection />
    </main>
  );
}
