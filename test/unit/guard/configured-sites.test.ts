// @vitest-environment happy-dom
// Site adapters from the options page's site entries: match patterns, selectors that do not parse
// dropped (never thrown in the page), and the guard following the configured composer and Send
// button where the generic detection would not find them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adaptersFor } from '../../../content/guard/index';
import { runGuard, type GuardDeps } from '../../../content/guard/guard';
import { configuredAdapters, configuredSiteId, matchableUrl, matchPatternRegExp, parsesAsSelector } from '../../../sites/configured';
import { createLinter } from '../../../rules/engine';
import { DEFAULT_SETTINGS, type SiteConfig } from '../../../utils/settings-schema';
import type { GuardStatus } from '../../../utils/messages';

const valid = parsesAsSelector(document);
const at = (href: string) => ({ href }) as Location;

describe('matchPatternRegExp', () => {
  it('matches as Chrome does: scheme, host, subdomains, any port when none is given, path glob', () => {
    const re = (p: string) => matchPatternRegExp(p)!;
    expect(re('https://im.example.com/*').test('https://im.example.com/chat?id=1')).toBe(true);
    expect(re('https://im.example.com/*').test('http://im.example.com/chat')).toBe(false);
    expect(re('https://im.example.com/*').test('https://im.example.com.evil.net/')).toBe(false);
    expect(re('https://*.example.com/*').test('https://a.b.example.com/x')).toBe(true);
    expect(re('https://*.example.com/*').test('https://example.com/x')).toBe(true);
    expect(re('https://*.example.com/*').test('https://notexample.com/x')).toBe(false);
    expect(re('http://127.0.0.1/*').test('http://127.0.0.1:5178/textarea.html')).toBe(true);
    expect(re('http://127.0.0.1:5178/*').test('http://127.0.0.1:5179/textarea.html')).toBe(false);
    expect(re('https://im.example.com/chat/*').test('https://im.example.com/other')).toBe(false);
    expect(matchPatternRegExp('im.example.com')).toBeNull();
    expect(configuredSiteId('http://127.0.0.1:5178/*')).toBe('site:127.0.0.1:5178');
  });
});

describe('configuredAdapters', () => {
  const site = (over: Partial<SiteConfig>): SiteConfig => ({ match: 'https://im.example.com/*', enabled: true, ...over });

  it('one adapter per enabled site with a usable selector; selectors that do not parse are dropped', () => {
    const adapters = configuredAdapters(
      [
        site({ composer: '#draft', send: '.go' }),
        site({ match: 'https://off.example.com/*', enabled: false, composer: '#draft' }),
        site({ match: 'https://bad.example.com/*', composer: 'div[[', send: '::nope(' }),
        site({ match: 'https://half.example.com/*', composer: '##x', send: 'button.go' }),
        site({ match: 'https://plain.example.com/*' }),
      ],
      valid,
    );
    expect(adapters.map((a) => [a.id, a.composer])).toEqual([
      ['site:im.example.com', { editor: '#draft', send: '.go' }],
      ['site:half.example.com', { editor: expect.stringContaining('textarea'), send: 'button.go' }],
    ]);
    expect(adapters[0]!.matches(at('https://im.example.com/workbench#x'))).toBe(true);
    expect(adapters[0]!.matches(at('https://other.example.com/'))).toBe(false);
  });

  it('a document with no URL of its own (blob:, about:blank) is matched by its origin, for a whole-host pattern only', () => {
    const [whole, withPath] = configuredAdapters([site({ composer: '#draft' }), site({ match: 'https://desk.example.com/chat/*', composer: '#draft' })], valid);
    const doc = (href: string, origin: string) => ({ href, origin }) as Location;
    expect(whole!.matches(doc('blob:https://im.example.com/6f1c-22', 'https://im.example.com'))).toBe(true);
    expect(whole!.matches(doc('blob:https://evil.example.net/6f1c-22', 'https://evil.example.net'))).toBe(false);
    expect(matchableUrl(doc('about:blank', 'null'), 'https://im.example.com')).toBe('https://im.example.com/');
    expect(matchableUrl(doc('about:blank', 'null'))).toBe('about:blank');
    expect(matchableUrl(doc('https://im.example.com/a#b', 'https://im.example.com'))).toBe('https://im.example.com/a');
    expect(withPath!.matches(doc('blob:https://desk.example.com/6f1c-22', 'https://desk.example.com'))).toBe(false);
    expect(withPath!.matches(doc('https://desk.example.com/chat/1', 'https://desk.example.com'))).toBe(true);
  });

  it('the page gets the configured sites that match it, before the built-in ones', () => {
    const settings = { ...DEFAULT_SETTINGS, sites: [site({ composer: '#draft' }), site({ match: 'https://other.example.com/*', composer: '#x' })] };
    expect(adaptersFor(settings, at('https://im.example.com/a'), valid).map((a) => a.id)).toEqual(['site:im.example.com', 'kuaishou']);
    expect(adaptersFor(DEFAULT_SETTINGS, at('https://im.example.com/a'), valid).map((a) => a.id)).toEqual(['kuaishou']);
  });
});

describe('the guard on a configured site', () => {
  const linter = createLinter({ rules: [], deny: [{ term: '禁词甲', clause: '2.3', severity: 'block' }] });
  let ctl: AbortController;
  let sent: string[];
  let reported: GuardStatus[];
  let chat: HTMLTextAreaElement;

  beforeEach(() => {
    // A search box first, then the chat box; the Send button is an unlabelled icon.
    document.body.innerHTML = '<input id="search" type="text"><div class="box"><textarea id="chat"></textarea><span class="icon-go" tabindex="0">➤</span></div>';
    chat = document.querySelector('#chat')!;
    sent = [];
    reported = [];
    document.querySelector('.icon-go')!.addEventListener('click', () => sent.push(chat.value));
    ctl = new AbortController();
  });
  afterEach(() => ctl.abort());

  const deps = (sites: SiteConfig[]): GuardDeps => ({
    doc: document,
    adapters: adaptersFor({ ...DEFAULT_SETTINGS, sites }, location, valid),
    linter: () => linter,
    storeText: () => false,
    log: () => undefined,
    report: (s) => reported.push(s),
    isTopFrame: true,
  });
  const clickSend = () => {
    chat.value = '加我禁词甲';
    chat.dispatchEvent(new InputEvent('input', { bubbles: true }));
    (document.querySelector('.icon-go') as HTMLElement).click();
  };
  const here = () => `${location.protocol}//${location.host}/*`;

  it('attaches to the configured composer and stops a send through the configured button', () => {
    runGuard(deps([{ match: here(), enabled: true, composer: '#chat', send: '.icon-go' }]), ctl.signal);
    expect(reported.at(-1)).toMatchObject({ attached: true, site: configuredSiteId(here()) });
    clickSend();
    expect(sent).toEqual([]);
  });

  it('without the entry the generic detection does not know the icon button: the send goes through', () => {
    runGuard(deps([]), ctl.signal);
    clickSend();
    expect(sent).toEqual(['加我禁词甲']);
  });

  it('a selector that matches nothing or does not parse is harmless: nothing throws, the generic detection takes the focused field', () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    expect(() => runGuard(deps([{ match: here(), enabled: true, composer: '#nothing-here', send: 'div[[' }]), ctl.signal)).not.toThrow();
    chat.focus();
    expect(reported.at(-1)).toMatchObject({ attached: true, site: 'generic' });
    clickSend(); // the icon is unknown to the generic detection: the page works as without us
    expect(sent).toEqual(['加我禁词甲']);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});
