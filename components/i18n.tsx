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

const LANGUAGE_KEY = 'replyguard-language';
function remembered(): Language | null {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return v === 'auto' || v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export const useI18n = (): I18n => useContext(I18nContext);

export function I18nProvider(props: { children: ComponentChildren }) {
  // The last choice, kept in this page's localStorage: the popup renders at once in the right
  // language instead of waiting for storage.local (measured 30–150 ms on a busy machine).
  const [setting, setSetting] = useState<Language | null>(() => remembered());
  useEffect(() => {
    const controller = new AbortController();
    const apply = (language: Language) => {
      setSetting(language);
      try {
        localStorage.setItem(LANGUAGE_KEY, language);
      } catch {
        // storage full or disabled: only the first paint is slower
      }
    };
    void loadSettings().then((s) => {
      performance.mark('rg:settings');
      apply(s.language);
    });
    watchSettings((s) => apply(s.language), controller.signal);
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
