// The page's language as a preact context: the settings' choice (auto/zh/en), resolved against the
// browser's languages, followed live when the agent changes it on the options page.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { resolveLanguage, translator, type Lang, type Translate } from '../utils/i18n';
import { loadSettings, watchSettings } from '../utils/settings';
import type { Language } from '../utils/settings-schema';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'zh', t: translator('zh') });

export const useI18n = (): I18n => useContext(I18nContext);

export function I18nProvider(props: { children: ComponentChildren }) {
  const [setting, setSetting] = useState<Language | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => {
      performance.mark('rg:settings');
      setSetting(s.language);
    });
    watchSettings((s) => setSetting(s.language), controller.signal);
    return () => controller.abort();
  }, []);
  const lang = resolveLanguage(setting ?? 'auto', navigator.languages ?? [navigator.language]);
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (document.title.startsWith('__MSG_')) document.title = translator(lang)('appName');
  }, [lang]);
  // Wait for the stored choice so the page never flashes in the other language.
  return setting === null ? null : <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
