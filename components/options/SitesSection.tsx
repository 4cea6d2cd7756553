// Other chat tools: the agent names a site, grants its host permission (asked in the click itself,
// as Chrome requires a user gesture) and the content script is registered there.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSavedNote, useUnsaved } from './unsaved';
import { browser } from 'wxt/browser';
import type { MessageKey, Problem } from '../../utils/i18n';
import { checkSite, siteForDisplay } from '../../utils/options-validation';
import { CHAT_OPTIONAL, CHAT_REQUIRED, SESSIONS_OPTIONAL, SESSIONS_REQUIRED, WATCH_FIELDS, type Settings, type SiteConfig, type WatchSelectors } from '../../utils/settings-schema';
import { watchSelectors } from '../../sites/configured';
import { hasSiteAccess, requestSiteAccess, syncSiteScripts } from '../../utils/site-scripts';
import { useI18n } from '../i18n';
import type { Update } from './OptionsApp';
import { ProblemText } from './TermsSection';

/** A permission prompt the browser never answers (closed unseen, a headless browser): said after this long. */
const NO_ANSWER_MS = 15_000;

export const isValidSelector = (selector: string): boolean => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

export function SitesSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t, lang } = useI18n();
  const [origin, setOrigin] = useState('');
  const [composer, setComposer] = useState('');
  const [send, setSend] = useState('');
  const [watch, setWatch] = useState<WatchSelectors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  /** The site whose permission request is waiting for the agent's answer. */
  const [pending, setPending] = useState<string | null>(null);
  const siteSaved = useSavedNote('site-saved');
  // The latest request: an earlier one's waiting line and its no-answer timer end when the agent moves on.
  const request = useRef<{ id: number; noAnswer?: ReturnType<typeof setTimeout> }>({ id: 0 });
  /** Each action's status replaces the one before: a pending request's line is not left beside a new error. */
  const moveOn = () => {
    clearTimeout(request.current.noAnswer);
    request.current = { id: request.current.id + 1 };
    setPending(null);
    siteSaved.clear();
  };
  // The address is what most errors are about (a selector's own error names the selector).
  const originInvalid = problem?.key === 'errSiteOrigin' || problem?.key === 'errSiteDefault' || problem?.key === 'errSiteDuplicate';
  useUnsaved('site', [origin, composer, send, ...Object.values(watch)].some((v) => !!v?.trim()));

  useEffect(() => {
    void Promise.all(settings.sites.map(async (s) => [s.match, await hasSiteAccess(s.match)] as const)).then((pairs) => setAccess(Object.fromEntries(pairs)));
  }, [settings.sites]);

  const add = (e: Event) => {
    e.preventDefault();
    moveOn();
    const checked = checkSite({ origin, composer, send, watch }, settings.sites, isValidSelector);
    if (!checked.ok) {
      const { problem } = checked;
      // The missing fields by their labels, in the page's language.
      if (problem.key === 'errWatchIncomplete') {
        const fields = String(problem.params?.fields ?? '').split(', ').map((f) => t(`watch_${f}` as MessageKey).replace(/\s*\*$/, ''));
        return setProblem({ key: problem.key, params: { fields: fields.join(lang === 'zh' ? '、' : ', ') } });
      }
      return setProblem(problem);
    }
    setProblem(null);
    askAccess(checked.value.match, async (latest) => {
      const sites = [...settings.sites, checked.value];
      await update((s) => (s.sites = sites));
      await syncSiteScripts(sites);
      // (granted after the agent moved on: the site is added, what they typed since stays)
      if (!latest) return;
      setOrigin('');
      setComposer('');
      setSend('');
      setWatch({});
      siteSaved.flash();
    });
  };
  /**
   * Asks for the site's host permission, said while the browser's prompt waits and if it never answers (the form
   * is never silent). Must be called synchronously in a click or submit: Chrome only prompts during a user gesture.
   */
  const askAccess = (site: string, granted: (latest: boolean) => Promise<void>) => {
    moveOn();
    const id = request.current.id;
    setPending(site);
    request.current.noAnswer = setTimeout(() => {
      setPending(null);
      setProblem({ key: 'siteNoAnswer', params: { site: siteForDisplay(site) } });
    }, NO_ANSWER_MS);
    const answered = () => {
      clearTimeout(request.current.noAnswer);
      setPending(null);
    };
    void requestSiteAccess(site).then(
      async (ok) => {
        // Superseded by a later action: its answer no longer speaks in the form's status, but a grant is still used.
        if (id !== request.current.id) return ok ? granted(false) : undefined;
        answered();
        if (!ok) return setProblem({ key: 'siteDenied' });
        setProblem(null);
        await granted(true);
      },
      () => {
        if (id !== request.current.id) return;
        answered();
        setProblem({ key: 'siteDenied' });
      },
    );
  };
  // A listed site without access (brought by a settings import, or access removed in Chrome): granted here, not re-added.
  const grant = (site: string) =>
    askAccess(site, async () => {
      setAccess((a) => ({ ...a, [site]: true }));
      await syncSiteScripts(settings.sites).catch((err: unknown) => console.error('[ReplyGuard] sites', err));
    });
  const change = async (sites: Settings['sites']) => {
    await update((s) => (s.sites = sites));
    await syncSiteScripts(sites).catch((err: unknown) => console.error('[ReplyGuard] sites', err));
  };

  return (
    <section class="card" id="sectionSites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sectionSites')}</h2>
      <p class="muted">{t('sitesHelp')}</p>
      <form class="row" onSubmit={add}>
        <label>
          {t('siteOrigin')} <input value={origin} data-testid="site-origin" aria-invalid={originInvalid || undefined} aria-describedby="site-error" onInput={(e) => setOrigin((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('siteComposer')} <input value={composer} data-testid="site-composer" onInput={(e) => setComposer((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('siteSend')} <input value={send} data-testid="site-send" onInput={(e) => setSend((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <details class="watch" data-testid="site-watch">
          <summary>{t('siteWatchTitle')}</summary>
          <p class="muted small">{t('siteWatchHelp')}</p>
          {(
            [
              ['siteWatchChat', [...CHAT_REQUIRED, ...CHAT_OPTIONAL]],
              ['siteWatchSessions', [...SESSIONS_REQUIRED, ...SESSIONS_OPTIONAL]],
            ] as const
          ).map(([legend, fields]) => (
            <fieldset key={legend}>
              <legend>{t(legend)}</legend>
              {fields.map((field) => (
                <label key={field}>
                  {t(`watch_${field}`)}{' '}
                  <input
                    value={watch[field] ?? ''}
                    data-testid={`site-watch-${field}`}
                    aria-describedby="site-error"
                    onInput={(e) => setWatch((w) => ({ ...w, [field]: (e.currentTarget as HTMLInputElement).value }))}
                  />
                </label>
              ))}
            </fieldset>
          ))}
        </details>
        <button type="submit" class="primary" aria-label={t('addSiteName')}>{t('add')}</button>
        {siteSaved.note}
      </form>
      {pending ? (
        <p class="hint" role="status" data-testid="site-pending">
          {t('sitePending', { site: siteForDisplay(pending) })}
        </p>
      ) : null}
      <ProblemText problem={problem} id="site-error" />
      {settings.sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul data-testid="site-list">
          {settings.sites.map((site, i) => (
            <li key={site.match} class="row">
              <label class="row">
                <input
                  type="checkbox"
                  checked={site.enabled}
                  onChange={(e) => void change(settings.sites.map((s, j) => (j === i ? { ...s, enabled: (e.currentTarget as HTMLInputElement).checked } : s)))}
                />
                {t('siteEnable')} <code title={site.match}>{siteForDisplay(site.match)}</code>
              </label>
              <span class="muted small">{access[site.match] ? t('siteGranted') : t('siteNotGranted')}</span>
              {access[site.match] === false && (
                <button type="button" data-testid="site-grant" aria-label={t('siteGrantLabel', { site: siteForDisplay(site.match) })} onClick={() => grant(site.match)}>
                  {t('siteGrant')}
                </button>
              )}
              <Watching site={site} />
              {[...[site.composer, site.send].map((selector) => [selector, 'errSelectorIgnored'] as const), ...WATCH_FIELDS.map((f) => [site.watch?.[f], 'errWatchSelectorIgnored'] as const)].map(
                ([selector, ignored], k) =>
                  selector &&
                  (isValidSelector(selector) ? (
                    <code key={k} class="small">{selector}</code>
                  ) : (
                    // Stored from an import or an older version: the page ignores it (sites/configured.ts).
                    <span key={k} class="error small" role="alert">{t(ignored, { selector })}</span>
                  )),
              )}
              <button type="button" aria-label={t('removeTerm', { term: siteForDisplay(site.match) })} onClick={() => void change(settings.sites.filter((_, j) => j !== i)).then(() => browser.permissions.remove({ origins: [site.match] }))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Which of the watcher's parts a site entry feeds (the selectors that parse, as the page will use them). */
function Watching({ site }: { site: SiteConfig }) {
  const { t, lang } = useI18n();
  const w = watchSelectors(site.watch, isValidSelector);
  const groups = [w.chat && t('siteWatchChat'), w.sessions && t('siteWatchSessions')].filter(Boolean);
  return groups.length ? <span class="small" data-testid="site-watching">{t('siteWatching', { groups: groups.join(lang === 'zh' ? '、' : ', ') })}</span> : null;
}
