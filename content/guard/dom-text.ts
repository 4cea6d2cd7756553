// The text of a contenteditable editor as the agent sees it, with a map from every character back
// to the DOM. Blocks (Quill's <p> lines, ProseMirror/Lexical paragraphs, Chrome's <div>s) are
// separated by '\n'; a <br> is '\n' except the placeholder <br> that ends a block (an empty line
// is `<p><br></p>`, which stays one empty line). Only text nodes carry offsets; the '\n's added for
// blocks and <br>s map to the text around them. Quill's getText() gives the same string. An image that
// carries text (an emoji's alt, [微笑]) adds none, but is recorded where it sits: many chat pages send
// it as that text (image-text-findings.ts).

export interface TextMap {
  text: string;
  /** Text nodes in document order, each with the offset of its first character in `text`. */
  nodes: Text[];
  starts: number[];
  /** Links in the draft (<a href>) with visible text: where that text is, and the address the page may send with it. */
  links: DraftLink[];
  /** Images with text (a non-empty alt) in document order: where each sits in `text`, and the text a page may send for it. */
  images: DraftImage[];
  /** Hidden runs of text (not drawn, so not in `text`) that hold a letter or digit, in document order, each at text offset `at`. */
  hidden: DraftHidden[];
}

/** Text the page hides inside the draft (display:none, [hidden], visibility:hidden, content-visibility:hidden; inline or by a stylesheet) at text offset `at`: a page that sends textContent sends it. */
export interface DraftHidden {
  at: number;
  text: string;
}

/**
 * What may hide an element in the draft: an inline mark, or anything a stylesheet can select it by (a class, an id; round
 * 44: `.gone{display:none}`, `hidden="until-found"`). An editor holding none of these (Quill's, ProseMirror's, TipTap's
 * bare <p>/<strong>/<br>) is read with no style look-up at all; one holding any has every element asked for its computed
 * style (one style recalculation per read, then a cached look-up each; never per character).
 */
export const MAYBE_HIDDEN = ':is([hidden],[style],[class],[id]):not([data-replyguard])';
/** A hidden run worth a second reading: a bookmark's space, \uFEFF or punctuation makes no word. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** An image in a rich-text draft whose alt text (an emoji's [微笑]) a page may send in its place, at text offset `at`. */
export interface DraftImage {
  at: number;
  alt: string;
}

/** A link in a rich-text draft: its visible text is text[start, end); its address is not in `text`. */
export interface DraftLink {
  start: number;
  end: number;
  href: string;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'img', 'svg', 'video', 'audio', 'canvas', 'iframe', 'object']);

/** Class or type marks of a quote of another message: quote, blockquote, cite, 引用, reply-to / in-reply. */
const QUOTE_MARK = /quot|cite|引用|reply-?to|in-?reply/i;

/**
 * A quote of someone else's message inside the editor (round 41, L9: 引用 买家：能加你微信吗？ above the reply): a
 * non-editable island (contenteditable=false, which the agent cannot type in) that is a <blockquote> / <q> / <cite>,
 * is marked as a quote by its class or data-type, or reads 引用… . It is not the agent's words and not linted. An
 * editable blockquote (Quill's quote format) is the agent's own text, and so is any other island (an @mention chip).
 */
export function isQuoteIsland(el: Element): boolean {
  if (el.getAttribute('contenteditable') !== 'false') return false;
  const name = el.localName;
  if (name === 'blockquote' || name === 'q' || name === 'cite') return true;
  if (QUOTE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('data-type') ?? ''}`)) return true;
  return /^\s*引用/.test(el.textContent ?? '');
}

/**
 * An element whose contents are not drawn: content-visibility: hidden (what `hidden="until-found"` sets), which applies
 * to any box but a plain inline one or none (display: inline / contents). Chromium's innerText leaves those contents out
 * and gives the element no line of its own (这是高<div hidden="until-found">低</div>仿的 reads 这是高仿的); an inline
 * until-found <span> is drawn, and sent.
 */
export function skipsContents(style: Pick<CSSStyleDeclaration, 'display'> & { contentVisibility?: string }): boolean {
  return style.contentVisibility === 'hidden' && style.display !== 'inline' && style.display !== 'contents';
}

/** Reads the editor's text and offset map. Pure DOM reads: nothing is changed. */
export function readEditableText(root: Element): TextMap {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  const links: DraftLink[] = [];
  const images: DraftImage[] = [];
  const hidden: DraftHidden[] = [];
  // No style read at all unless the editor holds an element that may be hidden (one selector match per read; round 44:
  // then every element's computed style decides, as innerText's does, a stylesheet class's and until-found's included).
  const mayHide = root.querySelector(MAYBE_HIDDEN) !== null;
  const view = root.ownerDocument.defaultView;
  const hide = (data: string): void => {
    if (!data) return;
    const last = hidden[hidden.length - 1];
    if (last && last.at === text.length) last.text += data;
    else hidden.push({ at: text.length, text: data });
  };
  // A block boundary asks for a line break before the next content (never before the first line).
  let breakWanted = false;
  let started = false;
  // <br>s seen since the last content in the current block: each is a '\n' once content follows.
  let pendingBrs = 0;

  const content = (): void => {
    if (breakWanted && started) text += '\n';
    breakWanted = false;
    started = true;
    if (pendingBrs) text += '\n'.repeat(pendingBrs);
    pendingBrs = 0;
  };
  const blockEdge = (): void => {
    // The last <br> of a block is the browser's placeholder: an empty line, not an extra break.
    if (pendingBrs) {
      pendingBrs--;
      content();
    }
    breakWanted = true;
  };

  const walk = (parent: Node, invisible: boolean): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data) continue;
        if (invisible) {
          hide(data);
          continue;
        }
        content();
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const name = el.localName;
        if (name === 'br') {
          if (!invisible) pendingBrs++;
          continue;
        }
        if (name === 'img' && !el.hasAttribute('data-replyguard')) {
          // Content where it sits (an emoji alone on a line is a line, as in Quill's getText), no characters.
          const alt = el.getAttribute('alt');
          if (alt?.trim()) {
            content();
            images.push({ at: text.length, alt });
          }
          continue;
        }
        // Slate draws its placeholder as text inside the editable (aria-hidden): shown, never sent.
        if (SKIPPED.has(name) || el.hasAttribute('data-replyguard') || el.hasAttribute('data-slate-placeholder') || isQuoteIsland(el)) continue;
        let hiddenBelow = invisible;
        if (mayHide && view) {
          const style = view.getComputedStyle(el);
          // (A DOM without a full style engine, happy-dom, may give no display for a [hidden] element: its UA rule hides it.)
          if (style.display === 'none' || (!style.display && el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') || skipsContents(style)) {
            // Not drawn, and no line of its own (innerText); a descendant cannot show it again.
            hide(el.textContent ?? '');
            continue;
          }
          // visibility can be set back to visible below (a descendant's own computed visibility says so).
          hiddenBelow = style.visibility === 'hidden' || style.visibility === 'collapse';
        }
        // An invisible block makes no line of its own (innerText), though its text may be shown again below it.
        const block = !hiddenBelow && BLOCKS.has(name);
        if (block) blockEdge();
        // A pasted link carries its address outside the visible text (Quill keeps it as the `link`
        // attribute of its delta): recorded over the text nodes it covers.
        const href = name === 'a' ? el.getAttribute('href') : null;
        const firstNode = nodes.length;
        walk(el, hiddenBelow);
        if (href && href.trim() && nodes.length > firstNode) {
          const last = nodes.length - 1;
          links.push({ start: starts[firstNode]!, end: starts[last]! + nodes[last]!.data.length, href: href.trim() });
        }
        if (block) blockEdge();
      }
    }
  };
  walk(root, false);
  if (pendingBrs) {
    pendingBrs--;
    content();
  }
  return { text, nodes, starts, links, images, hidden: hidden.filter((h) => HAS_WORD.test(h.text)) };
}

/** Index of the last text node starting at or before `offset` (-1 if none). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM point of a text offset. `forward` (a range start) prefers the start of the next text when
 * the offset sits on an added '\n' or a node boundary; `backward` (a range end) the end of the previous.
 */
export function domPointAt(map: TextMap, offset: number, bias: 'forward' | 'backward'): DomPoint | null {
  if (map.nodes.length === 0) return null;
  const i = nodeIndexAt(map, offset);
  if (i >= 0) {
    const node = map.nodes[i]!;
    const start = map.starts[i]!;
    const end = start + node.data.length;
    if (offset < end && (offset > start || bias === 'forward')) return { node, offset: offset - start };
    if (offset === end && bias === 'backward') return { node, offset: node.data.length };
    if (offset === start && bias === 'backward') {
      // At a node's first character going backward: the previous node's end, if it is contiguous.
      const prev = map.nodes[i - 1];
      if (prev && map.starts[i - 1]! + prev.data.length === offset) return { node: prev, offset: prev.data.length };
      return { node, offset: 0 };
    }
  }
  if (bias === 'forward') {
    const next = map.nodes[i + 1];
    return next ? { node: next, offset: 0 } : null;
  }
  if (i < 0) return null;
  const prev = map.nodes[i]!;
  return { node: prev, offset: prev.data.length };
}

/** A DOM Range over text [start, end), or null when it covers no text node. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  const from = domPointAt(map, start, 'forward');
  const to = domPointAt(map, end, 'backward');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed && end > start ? null : range;
}

/** The text offset of a DOM point inside the editor (for restoring a caret), or null. */
export function offsetOfPoint(map: TextMap, node: Node, offset: number): number | null {
  const i = map.nodes.indexOf(node as Text);
  return i >= 0 ? map.starts[i]! + offset : null;
}

/** The logical lines a code editor draws: CodeMirror 5's pre.CodeMirror-line, Ace's rows (a wrapped row is a group). */
const CODE_LINES = '.CodeMirror-code .CodeMirror-line, .ace_text-layer > .ace_line, .ace_text-layer > .ace_line_group';
/** Drawn in a line but not its text: CodeMirror's line numbers and widgets, Ace's end-of-line invisibles. */
const CODE_NOT_TEXT = '.CodeMirror-gutter-wrapper, .CodeMirror-linewidget, .ace_invisible_eol';

/**
 * The text a code editor (CodeMirror 5, Ace) shows, read from its display: its hidden textarea is emptied after
 * each input, so the draft is only there (round 39, L2). Lines are joined by '\n' (an Ace row wrapped over
 * several boxes is one line); the zero-width space CodeMirror draws in an empty line is no text. A display
 * without such lines (a page's own pre.CodeMirror-lines) is read like a contenteditable.
 */
export function readCodeEditorText(root: Element): TextMap {
  const lines = root.querySelectorAll(CODE_LINES);
  if (!lines.length) {
    // The lines' box (not .CodeMirror-lines around it, which also holds CodeMirror's measuring copies), else a page's own display.
    const display = root.querySelector('.CodeMirror-code, .ace_text-layer') ?? root.querySelector('.CodeMirror-lines');
    return display ? readEditableText(display) : { text: '', nodes: [], starts: [], links: [], images: [], hidden: [] };
  }
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  const doc = root.ownerDocument;
  lines.forEach((line, i) => {
    if (i) text += '\n';
    const walker = doc.createTreeWalker(line, 0x1 | 0x4, {
      acceptNode: (n) => (n.nodeType === 1 ? ((n as Element).matches(CODE_NOT_TEXT) ? 2 : 3) : (n as Text).data && (n as Text).data !== '\u200b' ? 1 : 3),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
    }
  });
  return { text, nodes, starts, links: [], images: [], hidden: [] };
}
