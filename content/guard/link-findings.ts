// A link pasted into a rich-text draft (<a href="https://item.taobao.com/…">点这里</a>) sends its
// address with the message — the page's model keeps it (Quill's delta `link` attribute) — yet the
// visible text the guard lints is clean. Each link's address is linted with the same engine, and a
// block or warning it gets is reported on the link's visible text: the banner and the highlight point
// at what the agent sees, and its fix deletes that text (the link with it) through the editor's own
// input path, like any other fix.
import type { Linter } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import type { DraftLink } from './dom-text';

/** Links linted at most per draft (a pasted web page may hold hundreds; the first ones are checked). */
const MAX_LINKS = 50;
/** Addresses remembered per linter (the same draft is linted on every keystroke). */
const CACHE_SIZE = 200;

/** An address that may leave the page: a scheme (https:, weixin:, mailto:…) or protocol-relative. A relative one stays on the page's own site. */
const LEAVES_PAGE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const cache = new WeakMap<Linter, Map<string, Finding[]>>();

/** The block and warning findings of one address (advice such as "no Chinese" is about prose, not an address). */
function addressFindings(linter: Linter, href: string): Finding[] {
  let known = cache.get(linter);
  if (!known) cache.set(linter, (known = new Map()));
  let found = known.get(href);
  if (!found) {
    found = linter.lint(href).filter((f) => f.severity !== 'info');
    if (known.size >= CACHE_SIZE) known.clear();
    known.set(href, found);
  }
  return found;
}

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** What identifies a draft's links for a cached send decision (an address can change under the same text). */
export const linksKey = (links: readonly DraftLink[] | undefined): string => (links?.length ? links.map((l) => `${l.start}:${l.end}:${l.href}`).join('\n') : '');

/**
 * `findings` (the lint of `text`) with those of the links' addresses added, in draft order. A rule the
 * text already reports over a link's text (a link whose text is its own address) is not reported twice.
 */
export function withLinkFindings(linter: Linter, text: string, links: readonly DraftLink[] | undefined, findings: Finding[]): Finding[] {
  if (!links?.length) return findings;
  const added: Finding[] = [];
  for (const link of links.slice(0, MAX_LINKS)) {
    if (!LEAVES_PAGE.test(link.href)) continue;
    const shown = text.slice(link.start, link.end);
    const rules = new Set<string>();
    for (const f of addressFindings(linter, link.href)) {
      if (rules.has(f.rule)) continue;
      rules.add(f.rule);
      if (findings.some((g) => g.rule === f.rule && g.start < link.end && link.start < g.end)) continue;
      added.push({
        clause: f.clause,
        rule: f.rule,
        severity: f.severity,
        start: link.start,
        end: link.end,
        match: shown,
        message: `链接「${short(shown, 12)}」的地址 ${short(link.href, 48)}：${f.message}`,
        fix: { start: link.start, end: link.end, text: '' },
      });
    }
  }
  if (!added.length) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
