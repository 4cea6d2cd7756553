// Marks the offending words where the agent types them, without touching the page's text:
// contenteditable → the CSS Custom Highlight API (ranges over the editor's own text nodes, styled by
// ::highlight(replyguard-*) in content/guard/highlights.css); textarea/input → a mirror: a copy of
// the field's text with the same box and font, transparent except for the marks, laid over the
// field inside the `data-replyguard="highlights"` host's open shadow root.
import MIRROR_CSS from './mirror.css?inline';
import type { Finding, Severity } from '../../rules/types';
import type { Draft, EditorHandle } from './editor';
import { createShadowHost, topLayerOf, unpurgedParent, watchPurge } from '../shadow-host';
import { followBox, seeBox, type BoxSeen } from './follow-box';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  block: 'replyguard-block',
  warn: 'replyguard-warn',
  info: 'replyguard-info',
};

export interface Highlighter {
  /** The host element (always in the page while attached; carries data-findings / data-pass). */
  readonly host: HTMLElement;
  show(editor: EditorHandle, draft: Draft, findings: readonly Finding[]): void;
  clear(): void;
  /** Re-measures the mirror's position (after scroll/resize). */
  reposition(): void;
  /** The last show() left a field's marks undrawn: its draft is past MIRROR_MAX_CHARS (the banner says so). */
  readonly marksWithheld: boolean;
}

export interface HighlighterHooks {
  /**
   * The page moved the contenteditable composer to another parent (into a modal and back): the DOM
   * collapsed the highlight's ranges inside it, and the marks need drawing again from a fresh read.
   */
  stale?(): void;
}

// Styles copied from a field to its mirror so the text wraps at the same places.
const MIRRORED = [
  'box-sizing', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-kerning',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align',
  'direction', 'tab-size', 'overflow-wrap', 'word-break', 'white-space', 'text-rendering',
  // A vertical field (writing-mode: vertical-rl, round 43): its lines run top to bottom, right to left; the
  // mirror copies the writing mode, so its lines and its scroll origin are the field's.
  'writing-mode', 'text-orientation', 'text-combine-upright', 'unicode-bidi',
] as const;


/**
 * Marks drawn at most, the first ones in the draft: a pasted page of violations can hold tens of thousands
 * of findings, and a mark (or a highlight range) for each would hold the page for seconds. The banner
 * says how many there are in all.
 */
export const MAX_MARKS = 1_000;

/**
 * A textarea's draft longer than this (UTF-16 units) gets no mirror: laying out a pre-wrap copy of the whole
 * draft over the field, and copying its styles, costs forced layout in proportion to the text (round 56,
 * measured on the built extension: a 300,000-character paste held the page 6.8–7.9 s, ~3.8 s of it the
 * mirror's layout; the paste alone 0.8 s). The banner still lists the findings and the send is still decided.
 * 100,000 keeps marks in any draft an agent types or pastes as a reply (a 24,000-character paste of 3,000
 * violations is still marked).
 */
export const MIRROR_MAX_CHARS = 100_000;

/** Whether a field's draft of this length gets its marks drawn in the mirror. */
export const mirrorDrawsMarks = (length: number): boolean => length <= MIRROR_MAX_CHARS;

export const MARKS_WITHHELD_NOTICE = '草稿过长，输入框内不标出问题词，请看下方列表。 / Draft too long: problems are not marked in the field; see the list.';

/** The findings to mark: those with a span, in draft order, at most MAX_MARKS. */
function markable(findings: readonly Finding[]): Finding[] {
  const withSpan = findings.filter((f) => f.end > f.start);
  const sorted = withSpan.every((f, i) => i === 0 || withSpan[i - 1]!.start <= f.start) ? withSpan : withSpan.sort((a, b) => a.start - b.start);
  return sorted.length > MAX_MARKS ? sorted.slice(0, MAX_MARKS) : sorted;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
const BY_RANK: Severity[] = ['info', 'warn', 'block'];

/**
 * The mirror's marks: non-overlapping spans in draft order. Where findings overlap, the most severe one
 * colours the overlap, so a finding over the whole draft (2.5 repetition) does not hide the words marked
 * inside it. Touching spans of one severity stay one mark.
 */
export function mirrorSpans(findings: readonly Finding[]): { start: number; end: number; severity: Severity }[] {
  const edges: [at: number, rank: number, delta: 1 | -1][] = [];
  for (const f of findings) {
    const rank = SEVERITY_RANK[f.severity];
    edges.push([f.start, rank, 1], [f.end, rank, -1]);
  }
  edges.sort((a, b) => a[0] - b[0]);
  const open = [0, 0, 0];
  const spans: { start: number; end: number; severity: Severity }[] = [];
  for (let i = 0; i < edges.length; ) {
    const at = edges[i]![0];
    for (; i < edges.length && edges[i]![0] === at; i++) open[edges[i]![1]]! += edges[i]![2];
    if (i === edges.length) break;
    const rank = open[2]! > 0 ? 2 : open[1]! > 0 ? 1 : open[0]! > 0 ? 0 : -1;
    if (rank < 0) continue;
    const severity = BY_RANK[rank]!;
    const next = edges[i]![0];
    const last = spans[spans.length - 1];
    if (last && last.end === at && last.severity === severity) last.end = next;
    else spans.push({ start: at, end: next, severity });
  }
  return spans;
}

type HighlightRegistryLike = Map<string, unknown>;
interface Marked {
  severity: Severity;
  range: Range;
}

const sameRange = (a: Range, b: Range) =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;

/** The same severities over the same boundary points, in the same order. */
export function sameMarks(a: readonly Marked[], b: readonly Marked[]): boolean {
  return a.length === b.length && a.every((m, i) => m.severity === b[i]!.severity && sameRange(m.range, b[i]!.range));
}
type HighlightLike = { add(r: AbstractRange): void; clear(): void };

export function createHighlighter(doc: Document, signal: AbortSignal, hooks: HighlighterHooks = {}): Highlighter {
  const win = doc.defaultView ?? window;
  const { host, root } = createShadowHost(doc, 'replyguard-highlights', 'highlights', MIRROR_CSS);
  host.setAttribute('aria-hidden', 'true');
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.hidden = true;
  root.append(mirror);

  const registry = (win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  const highlights = new Map<Severity, HighlightLike>();
  if (registry && HighlightCtor) {
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) highlights.set(severity, new HighlightCtor());
  }
  let registered = false;
  let field: HTMLTextAreaElement | HTMLInputElement | null = null;
  /** The mirror holds marks for the field (it is drawn while the field is shown). */
  let wanted = false;
  let pass = 0;
  let marksWithheld = false;

  // In the modal <dialog>, the open popover or the fullscreen element that holds the field, if any: a mirror in <body> would be drawn under it.
  const ensureHost = () => {
    const parent = unpurgedParent(topLayerOf(field) ?? doc.body ?? doc.documentElement, field);
    if (!parent || host.parentNode === parent) return;
    parent.append(host);
    watchParent(parent);
  };
  // A page that removes foreign children of <body> (round 40, U1): the mirror goes back, into the page's app root.
  const watchParent = watchPurge(
    host,
    () => {
      ensureHost();
      if (wanted) repositionSoon();
    },
    signal,
  );
  ensureHost();
  // Into and out of a fullscreen element with the field (round 41, U1), and an opening or closing popover (round 46, finding 4).
  const intoTopLayer = () => {
    ensureHost();
    if (wanted) repositionSoon();
  };
  doc.addEventListener('fullscreenchange', intoTopLayer, { signal });
  doc.addEventListener('toggle', intoTopLayer, { capture: true, signal });

  /** The ranges the highlights hold now. */
  let marked: Marked[] = [];
  const clearRanges = () => {
    if (marked.length) for (const h of highlights.values()) h.clear();
    marked = [];
  };

  const syncScroll = () => {
    if (!field) return;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };

  const reposition = (seen?: BoxSeen) => {
    if (!field || !wanted) return;
    const { shown, rect, covered } = seen ?? seeBox(field, true);
    // Hidden with its modal, removed, or under a page's modal: no marks left floating on the page (the
    // mirror is drawn over everything of the page's); back when the field is in view again.
    if (!shown || !rect || covered) {
      if (!mirror.hidden) mirror.hidden = true;
      return;
    }
    ensureHost();
    mirror.hidden = false;
    const computed = win.getComputedStyle(field);
    for (const prop of MIRRORED) mirror.style.setProperty(prop, computed.getPropertyValue(prop));
    if (field.localName === 'input') mirror.style.whiteSpace = 'pre';
    else if (!/pre/.test(computed.whiteSpace)) mirror.style.whiteSpace = 'pre-wrap';
    // A scrollbar narrows the field's text box: pad the mirror by the same width (a vertical field scrolls
    // sideways: its scrollbar is at the bottom and shortens its lines).
    const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    if (scrollbar > 0) mirror.style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
    if (computed.writingMode.startsWith('vertical') || computed.writingMode.startsWith('sideways')) {
      const below = field.offsetHeight - field.clientHeight - parseFloat(computed.borderTopWidth) - parseFloat(computed.borderBottomWidth);
      if (below > 0) mirror.style.paddingBottom = `${parseFloat(computed.paddingBottom) + below}px`;
    }
    mirror.style.boxSizing = 'border-box';
    mirror.style.left = `${rect.left}px`;
    mirror.style.top = `${rect.top}px`;
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    {
      // In a dialog: a transform on it (a page's open animation) is the origin of position:fixed inside it. So is one
      // on <body> (body { transform: translateZ(0) }, round 40 U2: the marks were drawn scrollY px too high).
      const drawn = mirror.getBoundingClientRect();
      if (Math.abs(drawn.left - rect.left) > 0.5 || Math.abs(drawn.top - rect.top) > 0.5) {
        mirror.style.left = `${2 * rect.left - drawn.left}px`;
        mirror.style.top = `${2 * rect.top - drawn.top}px`;
      }
    }
    syncScroll();
  };

  let frame = 0;
  const repositionSoon = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };

  // The composer's box, followed while the page moves it (follow-box.ts): the mirror goes with a textarea
  // (and hides under a page's modal: it is drawn over everything of the page's). A contenteditable's marks
  // are painted with its text wherever it is; only a move to another parent, which collapses them, matters
  // there (no layout read while the agent types).
  const follower = followBox(
    (el, seen) => {
      if (el === field) reposition(seen);
      else if (marked.some((m) => m.range.collapsed)) hooks.stale?.();
    },
    signal,
    { hitTest: (el) => el === field, parentOnly: (el) => el !== field },
  );

  const watchField = (next: HTMLTextAreaElement | HTMLInputElement | null) => {
    if (next === field) return;
    field = next;
    follower.watch(null); // followed again once it has marks
  };

  /** What the mirror shows (text and marks): the same again is not drawn again (a blocked Enter on a pasted 150k draft). */
  let mirrored: { text: string; marks: string } | null = null;
  const marksKey = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}|${f.start}|${f.end}`).join(' ');

  const fillMirror = (text: string, findings: readonly Finding[]) => {
    const parts: Node[] = [];
    let at = 0;
    for (const span of mirrorSpans(markable(findings)).slice(0, MAX_MARKS)) {
      if (span.start > at) parts.push(doc.createTextNode(text.slice(at, span.start)));
      const mark = doc.createElement('mark');
      mark.className = span.severity;
      mark.textContent = text.slice(span.start, span.end);
      parts.push(mark);
      at = span.end;
    }
    // A trailing newline needs something after it to get its line's height.
    parts.push(doc.createTextNode(text.slice(at) + '\u200b'));
    mirror.replaceChildren(...parts);
  };

  const highlighter: Highlighter = {
    host,
    show(editor, draft, findings) {
      ensureHost();
      pass++;
      host.setAttribute('data-pass', String(pass));
      if (host.getAttribute('data-findings') !== String(findings.length)) host.setAttribute('data-findings', String(findings.length));
      marksWithheld = false;
      if (editor.isField) {
        clearRanges();
        const el = editor.element as HTMLTextAreaElement;
        const firstShow = field !== el || mirror.hidden;
        watchField(el);
        marksWithheld = findings.length > 0 && !mirrorDrawsMarks(draft.text.length);
        if (!findings.length || marksWithheld) {
          wanted = false;
          follower.watch(null); // nothing drawn: nothing to follow
          mirror.hidden = true;
          mirror.replaceChildren();
          mirrored = null;
          return;
        }
        const marks = marksKey(findings);
        if (!firstShow && mirrored?.text === draft.text && mirrored.marks === marks) {
          syncScroll();
          return;
        }
        mirrored = { text: draft.text, marks };
        fillMirror(draft.text, findings);
        wanted = true;
        follower.watch(el);
        // Shown by reposition, in the next frame, where the field is now (if it is shown at all).
        if (firstShow) repositionSoon();
        syncScroll();
        return;
      }
      watchField(null);
      wanted = false;
      // Not set again on every pass: each set is an attribute change, a style invalidation.
      if (!mirror.hidden) mirror.hidden = true;
      if (!registry || !highlights.size) return;
      const next: Marked[] = [];
      for (const f of markable(findings)) {
        const range = editor.range(draft, f.start, f.end);
        if (range) next.push({ severity: f.severity, range });
      }
      // Chromium repaints the whole page (every row of a 2,000-message chat: 50–100 ms of paint) on
      // any change to a registered highlight, so the same marks again are not set again. The ranges
      // set last time are live: an edit elsewhere in the draft has moved them along with the text.
      if (sameMarks(marked, next)) return;
      clearRanges();
      for (const { severity, range } of next) highlights.get(severity)?.add(range);
      marked = next;
      follower.watch(next.length ? editor.element : null);
      if (!registered) {
        for (const [severity, h] of highlights) registry.set(HIGHLIGHT_NAMES[severity], h);
        registered = true;
      }
    },
    clear() {
      clearRanges();
      follower.watch(null);
      wanted = false;
      mirror.hidden = true;
      mirror.replaceChildren();
      mirrored = null;
      marksWithheld = false;
      host.setAttribute('data-findings', '0');
      watchField(null);
    },
    reposition: () => reposition(),
    get marksWithheld() {
      return marksWithheld;
    },
  };

  // Keep the mirror glued to the field while the agent scrolls it.
  doc.addEventListener('scroll', (e) => e.target === field && syncScroll(), { capture: true, passive: true, signal });

  signal.addEventListener('abort', () => {
    highlighter.clear();
    if (registry && registered) for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    if (frame) win.cancelAnimationFrame(frame);
    host.remove();
  });
  return highlighter;
}
