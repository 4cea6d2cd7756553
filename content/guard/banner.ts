// The banner beside the composer, in the open shadow root of a `data-replyguard="banner"` host:
// each finding with its clause number, a short Chinese explanation, the chapter-4 penalty and a
// quick fix; at send time why the send was stopped and the deliberate 仍要发送 (arm, then the agent's
// own Enter/Send — the extension never clicks Send). Chinese first, English second. Built with
// plain DOM calls (`el` below; no UI framework: a few dozen nodes redrawn on a change do not need
// one, and preact cost the content script 4 KB gzipped): page and draft text only ever become text
// nodes. It never takes focus while the agent types; after a stopped send, Tab in the composer comes
// here and Esc goes back.
import CSS from './banner.css?inline';
import { CLAUSES } from '../../rules/clauses';
import type { Finding, Severity } from '../../rules/types';
import { createShadowHost, hostParentFor, unpurgedParent, watchPurge } from '../shadow-host';
import { followBox, seeBox, type BoxSeen } from './follow-box';
import { frameFilledBy } from './frame-composer';
import { pageLayerOver } from './page-popup';

/** 'checking': a send waits for the exact lint of a long draft (round 57): stopped until it is done, then decided (guard.ts). */
export type BannerMode = 'typing' | 'checking' | 'blocked' | 'held' | 'armed';

export interface BannerState {
  findings: readonly Finding[];
  mode: BannerMode;
  /** A one-off note (e.g. the editor refused a fix). */
  notice?: string;
  /** The extension was reloaded or updated under this page: still guarding, but nothing is logged until a reload. */
  stale?: boolean;
  /**
   * In the Tab order right after the composer while typing too (round 48, finding 4): a fix was applied from the banner and
   * fixes remain, so Tab from the composer reaches them as it did after the stop (「Tab 键进入本提示」).
   */
  steered?: boolean;
  /** How this page sends, for the instructions (round 50, finding 10). */
  how?: SendHow;
}

export interface BannerActions {
  fix(finding: Finding): void;
  fixAll(): void;
  /** First step of 仍要发送: allow this exact draft once. */
  arm(): void;
  disarm(): void;
  dismiss(): void;
  /** Esc (after the banner collapsed itself), or Shift+Tab before its first control: back to the composer with its caret. */
  escape(): void;
  /**
   * Tab past its last control: on to what follows the composer in the page's Tab order (its 发送, the page's other
   * controls), so the banner joins the Tab order once and is no trap (round 41, U2). Without it, or with nothing
   * there, back to the composer.
   */
  next?(): void;
  /** The collapsed banner's 展开: the whole banner again (the banner view does it itself). */
  expand?(): void;
}

const SEVERITY_LABEL: Record<Severity, string> = { block: '违规', warn: '疑似违规', info: '建议' };

/** The collapsed banner's one line (Esc): what state the draft is in, in a few words. */
const COLLAPSED_TITLE: Record<BannerMode, [string, string]> = {
  typing: ['发现可能违规的内容', 'Possible breach'],
  checking: ['正在检查…', 'Checking…'],
  blocked: ['已拦截发送', 'Send blocked'],
  held: ['待确认后发送', 'Confirm to send'],
  armed: ['已允许发送这一条', 'Override armed'],
};

const TITLE: Record<BannerMode, [string, string]> = {
  typing: ['发现可能违规的内容', 'Possible rule breach'],
  checking: ['正在检查…（草稿较长，检查完成前不会发送）', 'Checking… (a long draft: not sent until the check is done)'],
  // "The listed", not "the marked": a breach only in text the page hides (round 43) is listed but has no mark to point at.
  blocked: ['已拦截发送：请先修改下列违规内容', 'Send blocked: fix the breaches listed below first'],
  held: ['请确认：这条消息可能违规', 'Please confirm: this message may break the rules'],
  armed: ['已允许发送这一条（会记录）', 'Override armed for this message (logged)'],
};

/** The armed title in an orphaned tab (round 49, finding 4): the override cannot be recorded until the page is reloaded. */
export const ARMED_STALE_TITLE: [string, string] = [
  '已允许发送这一条（刷新本页前无法记录）',
  'Override armed for this message (cannot be logged until the page is reloaded)',
];

/** A stop's count in its header (round 49, finding 3): 「共 13 处（拦截 12，警告 1）」. */
export function countLabel(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = [
    ['拦截', n('block')],
    ['警告', n('warn')],
    ['建议', n('info')],
  ]
    .filter(([, k]) => k)
    .map(([w, k]) => `${w} ${k}`);
  return `共 ${findings.length} 处（${parts.join('，')}）`;
}

const READY_TITLE: [string, string] = ['回复卫士已就绪，未发现问题', 'ReplyGuard is ready: nothing found'];
const STALE_TITLE: [string, string] = ['回复卫士已更新，请刷新本页', 'ReplyGuard was updated: reload this page'];
export const STALE_NOTICE =
  '回复卫士已更新，请刷新本页：刷新前仍会检查草稿，但拦截、放行和修改都无法记录。 / ReplyGuard was updated: reload this page. Drafts are still checked, but nothing is logged until then.';

/**
 * How this page sends (round 50, finding 10): the key the agent just used (「Ctrl+Enter」 where Enter types a line break) and
 * its send control as it is labelled (「发送」, 「发 送」; 发送按钮 for a ➤ icon with no text). The banner's instructions name
 * these, not a plain Enter and a 「发送」 the page may not have. Without it: Enter and 「发送」.
 */
export interface SendHow {
  /** The key chord that sends (「Enter」, 「Ctrl+Enter」), or null when no key is known to send. */
  key: string | null;
  /** The send control's own text, '' for a control with no text, null for no control. */
  control: string | null;
}
const DEFAULT_HOW: SendHow = { key: 'Enter', control: '发送' };
const controlWords = (how: SendHow): string | null => (how.control === null ? null : how.control ? `「${how.control}」` : '发送按钮');
/** 「按 Ctrl+Enter 或点「发送」」, 「点发送按钮」. */
export function sendWords(how: SendHow = DEFAULT_HOW): string {
  const control = controlWords(how) ?? (how.key ? null : '发送按钮');
  return how.key ? `按 ${how.key}${control ? ` 或点${control}` : ''}` : `点${control}`;
}

function hintFor(mode: BannerMode, how: SendHow = DEFAULT_HOW): string {
  const control = controlWords(how) ?? (how.key ? null : '发送按钮');
  switch (mode) {
    case 'checking':
      return '检查完成后会在这里显示结果；未发现问题时请再发送一次。Esc 返回输入框。';
    case 'blocked':
      return `修改后再发送；确需发送请点「仍要发送…」，再${sendWords(how)}。Tab 键进入本提示，Esc 返回输入框。`;
    case 'held':
      return `确认无误：${how.key ? `再按一次 ${how.key}${control ? ` 或点${control}` : ''}` : `再点一次${control}`}即可发送。Tab 键进入本提示，Esc 返回输入框。`;
    case 'armed':
      return `现在${sendWords(how)}发送这一条；修改内容会取消允许。`;
    default:
      return '';
  }
}
/** The hint cut to what the keyboard needs, for a banner with no room for the whole one (175% zoom on a small window, round 48). */
function shortHintFor(mode: BannerMode, how: SendHow = DEFAULT_HOW): string {
  const control = controlWords(how) ?? '发送按钮';
  switch (mode) {
    case 'checking':
      return '检查完成前不会发送';
    case 'blocked':
      return 'Tab 进入本提示 · Esc 返回';
    case 'held':
      return how.key ? `再按 ${how.key} 发送 · Tab 进入本提示` : `再点${control}发送 · Tab 进入本提示`;
    case 'armed':
      return how.key ? `按 ${how.key} 发送这一条` : `点${control}发送这一条`;
    default:
      return '';
  }
}

/**
 * Items listed at most: a pasted page of violations can hold tens of thousands of findings, and a list
 * node per finding would freeze the page. Blocks come first, then warnings, then advice, each by position.
 */
export const MAX_LISTED = 30;

/**
 * The findings the banner lists: the most severe first (a block above the warnings that came before
 * it in the draft: it is what stops the send), in draft order within a severity; at most MAX_LISTED.
 */
export function listedFindings(findings: readonly Finding[]): readonly Finding[] {
  const rank: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) sorted = rank[findings[i - 1]!.severity] <= rank[findings[i]!.severity];
  if (sorted) return findings.length <= MAX_LISTED ? findings : findings.slice(0, MAX_LISTED);
  return findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => rank[a.severity] - rank[b.severity] || i - j)
    .slice(0, MAX_LISTED)
    .map(([f]) => f);
}

const short = (s: string, max = 14) => (s.length > max ? `${s.slice(0, max)}…` : s);

function fixLabel(f: Finding): string {
  if (!f.fix) return '';
  return f.fix.text ? `改为「${short(f.fix.text)}」` : `删除「${short(f.match)}」`;
}

/**
 * Draft words as the banner quotes them: in a <bdi> (isolated), so a bidi control in them (an unterminated U+202E the
 * match stops before its U+202C, round 44 finding 5) turns only the words around, as the composer draws them, never the
 * quote's 「」 or what follows on the line. The ellipsis of a shortened quote stays outside. The text is not changed.
 */
function quoted(doc: Document, s: string, max = 14): Child[] {
  const bdi = doc.createElement('bdi');
  bdi.textContent = s.length > max ? s.slice(0, max) : s;
  return [bdi, s.length > max ? '…' : null];
}

/** The fix button's label (fixLabel's text), its words quoted. */
function fixLabelNodes(doc: Document, f: Finding): Child[] {
  if (!f.fix) return [];
  return f.fix.text ? ['改为「', ...quoted(doc, f.fix.text), '」'] : ['删除「', ...quoted(doc, f.match), '」'];
}

function clauseInfo(clause: string) {
  return (CLAUSES as Record<string, (typeof CLAUSES)[keyof typeof CLAUSES] | undefined>)[clause];
}

type Child = Node | string | null | undefined | false;

/** An element with attributes (`on…` functions become listeners) and children; strings become text nodes. */
function el(doc: Document, tag: string, attrs: Record<string, string | number | ((e: Event) => void) | undefined> | null, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children) if (child || child === '') node.append(child);
  return node;
}

/**
 * One finding. The clause's penalty and English title only under the first listed finding of that
 * clause (not `clauseSeen`): the same lines under every finding of one clause only push the buttons down.
 */
function findingItem(doc: Document, finding: Finding, actions: BannerActions, clauseSeen: boolean): HTMLElement {
  const info = clauseSeen ? undefined : clauseInfo(finding.clause);
  const h = el.bind(null, doc);
  return h(
    'li',
    { class: `finding sev-${finding.severity}`, 'data-clause': finding.clause, 'data-rule': finding.rule, 'data-severity': finding.severity },
    h(
      'div',
      { class: 'head' },
      h('span', { class: 'clause', title: clauseInfo(finding.clause)?.title.zh }, `规则 ${finding.clause}`),
      h('span', { class: 'sev' }, SEVERITY_LABEL[finding.severity]),
      finding.match ? h('q', { class: 'match' }, ...quoted(doc, finding.match, 40)) : null,
    ),
    h('div', { class: 'msg' }, finding.message),
    info ? h('div', { class: 'penalty' }, h('b', null, '后果：'), info.penalty.zh) : null,
    info ? h('div', { class: 'en' }, info.title.en) : null,
    finding.fix ? h('button', { type: 'button', class: 'fix', onclick: () => actions.fix(finding) }, ...fixLabelNodes(doc, finding)) : null,
  );
}

/** The findings' list: it alone scrolls; header, hint and buttons stay in view around it. */
function findingList(doc: Document, listed: readonly Finding[], actions: BannerActions): HTMLElement {
  const seen = new Set<string>();
  return el(
    doc,
    'ul',
    { class: 'list' },
    ...listed.map((f) => {
      const clauseSeen = seen.has(f.clause);
      seen.add(f.clause);
      return findingItem(doc, f, actions, clauseSeen);
    }),
  );
}

/**
 * How many listed findings start below the list's visible part: 0 when nothing is hidden below, -1 when only the
 * rest of a finding already partly in view is (its fix button, its penalty: a short list at 200% zoom).
 */
export function countBelow(list: HTMLElement): number {
  const bottom = list.scrollTop + list.clientHeight;
  if (list.scrollHeight - bottom <= 2) return 0;
  let n = 0;
  for (const li of list.children) if ((li as HTMLElement).offsetTop + 8 >= bottom) n++; // the list is their offsetParent
  // Only the rest of one in view is hidden: there is more, but no other finding (round 39, U2: it said 还有 1 处).
  return n || -1;
}

export const moreBelowText = (n: number) =>
  n > 0 ? `↓ 下面还有 ${n} 处，请滚动查看 / ${n} more below` : '↓ 这一处下面还有内容，请滚动查看 / the rest of it is below';

/**
 * The banner collapsed by Esc: one line saying the state and the clauses, and 展开 to see it whole. It
 * leaves the page's controls (a modal's buttons) free; what the send does is unchanged (guard.ts decides it).
 */
function renderCollapsed(doc: Document, state: BannerState, actions: BannerActions, worst: Severity): HTMLElement {
  const { findings, mode } = state;
  const h = el.bind(null, doc);
  const clauses = [...new Set(findings.map((f) => f.clause))];
  const [zh, en] = mode === 'checking' || findings.length ? COLLAPSED_TITLE[mode] : state.stale ? STALE_TITLE : READY_TITLE;
  const which = clauses.length ? `（规则 ${clauses.slice(0, 3).join('、')}${clauses.length > 3 ? ' 等' : ''}）` : '';
  return h(
    'section',
    {
      class: `rg mode-${mode} worst-${worst} collapsed`,
      role: 'status',
      'aria-label': '回复卫士提示（已收起） ReplyGuard (collapsed)',
      'data-mode': mode,
      'data-collapsed': 'true',
      tabindex: -1,
      onkeydown: escapeCollapses(actions),
    },
    h(
      'header',
      null,
      h('span', { class: 'brand' }, '回复卫士'),
      h('span', { class: 'title' }, `${zh}${which} / ${en}`),
      h('button', { type: 'button', class: 'expand', 'aria-expanded': 'false', title: '展开提示 Show the whole banner', onclick: () => actions.expand?.() }, '展开 Show'),
    ),
  );
}

/** Esc anywhere in the banner, expanded or collapsed, goes to the guard (collapse first, then the page's). */
function escapeCollapses(actions: BannerActions): (e: Event) => void {
  return (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      e.preventDefault();
      actions.escape();
    }
  };
}

/** The banner's content for one state (`collapsed`: its one line, after Esc). */
export function renderBanner(doc: Document, state: BannerState, actions: BannerActions, collapsed = false): HTMLElement {
  const { findings, mode } = state;
  const h = el.bind(null, doc);
  const worst: Severity = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'info';
  if (collapsed) return renderCollapsed(doc, state, actions, worst);
  const fixable = findings.filter((f) => f.fix).length;
  const listed = listedFindings(findings);
  // No findings: the banner only carries its notice (a send held while the guard was starting).
  const [zh, en] =
    mode === 'checking' ? TITLE.checking : !findings.length ? (state.stale ? STALE_TITLE : READY_TITLE) : mode === 'typing' && worst === 'info' ? ['建议', 'Advice'] : TITLE[mode];
  const urgent = mode === 'blocked' || mode === 'held';
  // The armed override of an orphaned tab (round 49, finding 4): nothing can be recorded until the page is reloaded.
  const title = mode === 'armed' && state.stale && findings.length ? ARMED_STALE_TITLE[0] : zh;
  const sub = mode === 'armed' && state.stale && findings.length ? ARMED_STALE_TITLE[1] : en;
  // Only the header line is the live region (round 49, finding 3): a stop reads out its title and count, not the whole list.
  const count = !findings.length ? '' : mode === 'typing' ? (worst !== 'info' ? `（${findings.length} 处）` : '') : ` ${countLabel(findings)}`;
  return h(
    'section',
    {
      class: `rg mode-${mode} worst-${worst}`,
      role: 'region',
      'aria-label': '回复卫士提示 ReplyGuard',
      'data-mode': mode,
      'data-collapsed': 'false',
      tabindex: -1,
      onkeydown: escapeCollapses(actions),
    },
    h(
      'header',
      null,
      h('span', { class: 'brand' }, '回复卫士'),
      // In the tight layout the title is cut to one line, its count kept whole (banner.css; round 49 at 175% zoom).
      h('span', { class: 'title', role: urgent ? 'alert' : 'status' }, h('span', { class: 't' }, title), count ? h('span', { class: 'count' }, count) : null),
      h('button', { type: 'button', class: 'close', 'aria-label': '关闭提示 Close', title: '关闭提示（Esc 收起并返回输入框）', onclick: actions.dismiss }, '×'),
    ),
    h('div', { class: 'sub' }, sub),
    listed.length ? findingList(doc, listed, actions) : null,
    // Shown by the banner view when the list scrolls and hides findings below (moreBelowText).
    listed.length
      ? h('div', {
          class: 'more-below',
          hidden: '',
          'aria-hidden': 'true',
          onclick: (e) => {
            const list = (e.currentTarget as HTMLElement).previousElementSibling as HTMLElement | null;
            list?.scrollBy({ top: Math.max(list.clientHeight - 24, 24), behavior: 'smooth' });
          },
        })
      : null,
    listed.length < findings.length
      ? h('div', { class: 'more' }, `另有 ${findings.length - listed.length} 处未列出（共 ${findings.length} 处），修改上面的内容后会继续显示。 / ${findings.length - listed.length} more not listed.`)
      : null,
    state.notice ? h('div', { class: 'notice' }, state.notice) : null,
    state.stale ? h('div', { class: 'notice stale' }, STALE_NOTICE) : null,
    // The hint and the buttons: always in view under the list.
    h(
      'div',
      { class: 'actions' },
      // Its short form is shown instead where even the compact layout leaves no room for a whole finding (round 48, finding 3).
      hintFor(mode) ? h('div', { class: 'hint' }, h('span', { class: 'long' }, hintFor(mode, state.how)), h('span', { class: 'short' }, shortHintFor(mode, state.how))) : null,
      h(
        'footer',
        null,
        fixable > 1 ? h('button', { type: 'button', class: 'fix-all', onclick: actions.fixAll }, '全部修正') : null,
        mode === 'blocked'
          ? h(
              'button',
              {
                type: 'button',
                class: 'override',
                title: `确需发送时使用：先点这里，再${sendWords(state.how)}。${state.stale ? '刷新本页前无法记录。' : '会记录在案。'}`,
                onclick: actions.arm,
              },
              '仍要发送…',
            )
          : null,
        mode === 'armed' ? h('button', { type: 'button', class: 'disarm', onclick: actions.disarm }, '取消允许') : null,
      ),
    ),
  );
}


/**
 * The document a frame's banner goes into: the outermost same-origin ancestor's, so a composer in a
 * small iframe gets a banner with room beside it (a cross-origin parent is out of reach: own frame).
 */
export function bannerDocumentFor(win: Window): Document {
  let w: Window = win;
  try {
    while (w.parent !== w && w.frameElement) w = w.parent;
    void w.document.documentElement;
  } catch {
    w = win;
  }
  return w.document;
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** An element's box in the viewport of `doc` (adding the offsets of the frames between them). */
function rectIn(doc: Document, el: Element): Box {
  const r = el.getBoundingClientRect();
  let { left, top } = r;
  let w: Window | null = el.ownerDocument.defaultView;
  try {
    while (w && w.document !== doc && w.frameElement) {
      const frame = w.frameElement;
      const fr = frame.getBoundingClientRect();
      left += fr.left + frame.clientLeft;
      top += fr.top + frame.clientTop;
      w = w.parent;
    }
  } catch {
    // a cross-origin step: keep what we have
  }
  return { left, top, right: left + r.width, bottom: top + r.height, width: r.width, height: r.height };
}

const safeList = (fn: () => readonly (Element | null | undefined)[]): Element[] => {
  try {
    return fn().filter((el): el is Element => !!el?.isConnected);
  } catch {
    return [];
  }
};

/** The smallest box around the elements (in `doc`'s viewport); empty boxes (hidden) are skipped. */
function clearArea(doc: Document, elements: readonly Element[]): Box | null {
  let box: Box | null = null;
  for (const el of elements) {
    const r = rectIn(doc, el);
    if (!r.width && !r.height) continue;
    if (!box) box = { ...r };
    else {
      box.left = Math.min(box.left, r.left);
      box.top = Math.min(box.top, r.top);
      box.right = Math.max(box.right, r.right);
      box.bottom = Math.max(box.bottom, r.bottom);
    }
  }
  if (box) {
    box.width = box.right - box.left;
    box.height = box.bottom - box.top;
  }
  return box;
}

/** The most of the banner's viewport a composer's frame may take to be kept clear whole (a page that is all editor frame: its body's box). */
const FRAME_SHARE = 0.6;

/**
 * What the agent sees as the composer: the frame it fills (frame-composer.ts) when that frame is in `doc` or a frame
 * of it and leaves room beside it, else the composer itself.
 */
function editorBox(doc: Document, anchor: HTMLElement, vh: number): HTMLElement {
  const frame = frameFilledBy(anchor);
  if (!frame?.isConnected) return anchor;
  return rectIn(doc, frame).height <= vh * FRAME_SHARE ? frame : anchor;
}

/** What counts as a page's control beside the composer. */
const CONTROL = 'button, [role="button"], [role="menuitem"], a[href], input:not([type="hidden"]), select, [tabindex]:not([tabindex="-1"])';
/** How far above or below the composer such a control is still its (px), and how many are looked at. */
const BESIDE = 120;
const MAX_BESIDE = 40;

/**
 * The page's own controls just above or below the composer, in the small box around it (round 50, finding 11): an in-place edit
 * box's 保存 / 取消 under its text area, which the adapter does not know as a Send button. The banner keeps clear of them as of the
 * composer's 发送: placed above or below them, never over them. Boxes looked at go up from the composer's parent while they stay
 * little taller than it (not the chat list around an edited message).
 */
function controlsBeside(anchor: HTMLElement): Element[] {
  const out: Element[] = [];
  const a = anchor.getBoundingClientRect();
  const body = anchor.ownerDocument.body;
  let box = anchor.parentElement;
  for (let i = 0; box && box !== body && i < 3; i++, box = box.parentElement) {
    if (box.getBoundingClientRect().height > a.height + BESIDE) break;
    const found = box.querySelectorAll(CONTROL);
    if (found.length > MAX_BESIDE) break;
    for (const c of found) {
      if (anchor.contains(c) || c.contains(anchor) || out.includes(c)) continue;
      const r = c.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if ((r.top >= a.bottom - 2 && r.top <= a.bottom + BESIDE) || (r.bottom <= a.top + 2 && r.bottom >= a.top - BESIDE)) out.push(c);
    }
  }
  return out;
}

const GAP = 6;
const MARGIN = 8;
/** Above the composer is the chat: the banner takes at most this share of it (then scrolls). */
const ABOVE_SHARE = 0.5;
const MIN_USEFUL = 72;
/** Less room than this for a banner that does not fit: its compact layout. */
const TIGHT_BELOW = 220;
/** The "more below" line's height (hidden, it measures 0). */
const CUE_HEIGHT = 24;

export interface BannerPlace {
  side: 'above' | 'below';
  /** 'above': the banner's bottom edge; 'below': its top edge (viewport px). */
  edge: number;
  maxHeight: number;
}

/**
 * Where the banner goes: never over the composer and its Send button (`clear`). Above them if it fits
 * in its share of the chat; else below them where the page leaves room; else the larger side,
 * scrolling. A stop (`stop`) may take all the room above. Without a composer box: the bottom of the viewport.
 */
export function placeBanner(clear: Pick<Box, 'top' | 'bottom'> | null, natural: number, vh: number, need = 0, stop = false): BannerPlace {
  if (!clear) return { side: 'above', edge: vh - 4, maxHeight: Math.max(Math.min(natural, vh * ABOVE_SHARE), 60) };
  const above = Math.max(clear.top - GAP - MARGIN, 0);
  const below = Math.max(vh - clear.bottom - GAP - MARGIN, 0);
  // A stopped send (round 50, finding 12): the banner is the decision, and it may take the free chat above it whole rather
  // than make the agent scroll its list there; while typing it keeps to its share of the chat.
  const share = stop ? above : Math.max(above * ABOVE_SHARE, Math.min(above, 160));
  const put = (side: 'above' | 'below', room: number): BannerPlace =>
    side === 'above' ? { side, edge: clear.top - GAP, maxHeight: Math.max(room, 0) } : { side, edge: clear.bottom + GAP, maxHeight: Math.max(room, 0) };
  if (natural <= share) return put('above', share);
  if (natural <= below) return put('below', below);
  // Scrolling: above, the banner may take more than its share of the chat for what it cannot do
  // without (`need`: its header, first finding, hint and buttons).
  const aboveCap = Math.max(share, Math.min(above, need));
  if (aboveCap >= MIN_USEFUL && aboveCap >= below) return put('above', aboveCap);
  if (below >= MIN_USEFUL) return put('below', below);
  // The composer fills the viewport: the larger strip, however small (still never over Send).
  return aboveCap >= below ? put('above', Math.max(aboveCap, above)) : put('below', below);
}

export interface BannerView {
  readonly host: HTMLElement;
  update(state: BannerState | null): void;
  /** The composer the banner sits beside. */
  /**
   * The composer the banner sits beside, and the page's controls it must leave clear (its Send
   * button, the composer's box): the agent must always see and click the page's own 发送.
   */
  anchor(element: HTMLElement | null, keepClear?: () => readonly (Element | null | undefined)[]): void;
  /** Moves focus into the banner (after a stopped send, on Tab; its last control on Shift+Tab from what follows the composer). */
  focus(last?: boolean): void;
  /** Whether a node is inside the banner. */
  contains(node: Node | null): boolean;
  /** Whether the keyboard focus is in the banner. */
  hasFocus(): boolean;
  readonly visible: boolean;
  /** Collapsed to its one line by Esc (until expanded, a new stop, another composer or nothing to show). */
  readonly collapsed: boolean;
  /** Moved beyond (or hidden under) a popup the page opened at the composer, and it is still there: that popup is on top, its Esc the page's. */
  readonly givingWay: boolean;
  collapse(): void;
  expand(): void;
  reposition(): void;
}

/**
 * What the banner shows for a state: everything renderBanner draws, but not where the findings are in
 * the draft. Typing before a finding moves its offsets and nothing the agent sees: the banner is not
 * redrawn for that (a redraw relayouts and repaints it while the agent types).
 */
export function bannerKey(state: BannerState, collapsed = false): string {
  const { findings, mode } = state;
  const listed = listedFindings(findings);
  const items = listed.map((f) => [f.rule, f.clause, f.severity, f.match, f.message, fixLabel(f)].join('\u0001'));
  return [mode, collapsed ? 'c' : '', state.notice ?? '', state.how ? `${state.how.key}|${state.how.control}` : '', state.stale ? 1 : 0, findings.length, findings.filter((f) => f.fix).length, findings.map((f) => f.severity[0]).join(''), ...items].join('\u0002');
}

export function createBanner(doc: Document, actions: BannerActions, signal: AbortSignal): BannerView {
  const win = doc.defaultView ?? window;
  const { host, root } = createShadowHost(doc, 'replyguard-banner', 'banner', CSS);
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  root.append(panel);
  // Keys typed in the banner are the banner's: the page must not act on them (e.g. its own Esc).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
  const tabOrder = (): HTMLButtonElement[] => {
    const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled && b.getClientRects().length > 0);
    return [...buttons.filter((b) => !b.classList.contains('close')), ...buttons.filter((b) => b.classList.contains('close'))];
  };
  // Tab walks the banner's own controls — the fixes, 全部修正, 仍要发送, then × — then on to what follows the
  // composer in the page (actions.next); Shift+Tab before the first goes back to the composer. The banner's host
  // sits at the end of the page, where the browser's own order would leave it for the top of the page.
  root.addEventListener(
    'keydown',
    (e) => {
      const key = e as KeyboardEvent;
      if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey) return;
      const order = tabOrder();
      const at = order.indexOf(root.activeElement as HTMLButtonElement);
      const next = at < 0 ? (key.shiftKey ? order.length - 1 : 0) : at + (key.shiftKey ? -1 : 1);
      e.preventDefault();
      if (next >= 0 && next < order.length) order[next]!.focus();
      // Past the end after a stop (the banner steered into the order after the composer): on to what follows it.
      else if (next >= order.length && actions.next && host.getAttribute('tabindex') === '-1') actions.next();
      else actions.escape();
    },
    { signal },
  );

  let anchorEl: HTMLElement | null = null;
  let shown = false;
  /** Collapsed to one line by Esc; the state it shows (redrawn from it on collapse / expand). */
  let collapsed = false;
  let lastState: BannerState | null = null;
  /** What is drawn (bannerKey), the findings its fix buttons were drawn for, and the same findings now. */
  let drawnKey = '';
  let drawnListed: readonly Finding[] = [];
  let currentListed: readonly Finding[] = [];
  // A fix button drawn for a finding fixes that finding where it is now (its offsets may have moved since).
  const liveActions: BannerActions = {
    ...actions,
    fix: (finding) => {
      const i = drawnListed.indexOf(finding);
      actions.fix(i >= 0 ? (currentListed[i] ?? finding) : finding);
    },
    // Esc in the banner: it collapses out of the page's way, and the agent is back in the composer.
    escape: () => {
      view.collapse();
      actions.escape();
    },
    expand: () => {
      const hadFocus = view.hasFocus();
      view.expand();
      if (hadFocus) view.focus();
    },
  };

  const ensureHost = () => {
    const parent = hostParent();
    // Not while the agent is in the banner: moving the host would take the focus away from them.
    if (!parent || host.parentNode === parent || (host.isConnected && view.hasFocus())) return;
    parent.append(host);
    watchParent(parent);
  };
  // A page that removes foreign children of <body> (round 40, U1): the banner goes back, into the page's app root.
  const watchParent = watchPurge(
    host,
    () => {
      if (!lastState) return;
      ensureHost();
      repositionSoon();
    },
    signal,
  );

  /** Where the banner goes: beside its composer, in the modal that holds it if any (shadow-host.ts). */
  const hostParent = (): Element | null => unpurgedParent(hostParentFor(anchorEl, doc), anchorEl);

  /** The page's own controls the banner must never cover: the composer, its Send button, their box. */
  let keepClear: () => readonly (Element | null | undefined)[] = () => [];

  /** Out of sight: the composer hidden or covered by the page, or no room beside a popup of the page's. */
  const setAway = (away: boolean) => {
    if (panel.classList.contains('away') !== away) panel.classList.toggle('away', away);
  };
  /** The full layout's header, hint, buttons and first finding (px), measured while it was shown. */
  let fullNeed = 0;
  /** Giving way to the page's popup at the composer (moved beyond it, or away). */
  let givingWay = false;
  /** Where the banner went before it looked for a popup of the page's (its area then, this document's viewport). */
  let lastBase: { left: number; top: number; width: number; height: number; side: 'above' | 'below' } | null = null;
  /** What of the page's lies over that area now (followBox's `around`: a popup opened or closed there moves the banner). */
  const layerKey = (): string => {
    const r = lastBase && anchorEl?.isConnected ? layerOver(anchorEl, lastBase, lastBase.side) : null;
    return r ? `${r.left}|${r.top}|${r.right}|${r.bottom}` : '';
  };

  /**
   * The page's popup over the banner's area (`at`, in this document's viewport), in this document's viewport:
   * looked for in the composer's own document (page-popup.ts), the area moved into its frame's viewport.
   */
  const layerOver = (anchor: HTMLElement, at: { left: number; top: number; width: number; height: number }, side: 'above' | 'below'): Box | null => {
    const own = anchor.getBoundingClientRect();
    const here = rectIn(doc, anchor);
    const dx = here.left - own.left;
    const dy = here.top - own.top;
    const found = pageLayerOver(anchor, { left: at.left - dx, top: at.top - dy, right: at.left + at.width - dx, bottom: at.top + at.height - dy }, side);
    return found ? { left: found.left + dx, top: found.top + dy, right: found.right + dx, bottom: found.bottom + dy, width: found.right - found.left, height: found.bottom - found.top } : null;
  };

  const reposition = (seen?: BoxSeen) => {
    if (!shown) return;
    // The composer hidden (its modal closed) or gone: the banner goes with it, and comes back with it. So
    // while a page's modal that does not hold it (a confirm dialog, an image viewer) lies over it: drawn
    // over that modal, the banner would cover it and put its buttons into the modal's Tab order.
    const box = anchorEl ? (seen ?? seeBox(anchorEl, true)) : null;
    const covered = !!box && (!box.shown || !!box.overlaid);
    if (covered) return setAway(true);
    setAway(false); // measured below
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    unzoom();
    // A composer that is its frame (TinyMCE's body): the frame is the editor the agent sees, the body only as tall as its text.
    const around = anchorEl?.isConnected ? editorBox(doc, anchorEl, vh) : null;
    let rect = anchorEl && around ? clearArea(doc, [anchorEl, around, ...safeList(keepClear), ...controlsBeside(around)]) : null;
    const width = Math.max(Math.min(Math.max(rect?.width ?? 420, 320), 560, vw - 16), 120);
    // On a right-to-left page the composer's start is its right edge: the banner lines up with that (round 40, U3).
    const rtl = !!rect && !!anchorEl && win.getComputedStyle(anchorEl).direction === 'rtl';
    const start = rect ? (rtl ? rect.right - width : rect.left) : vw - width - 8;
    const left = Math.min(Math.max(start, 8), Math.max(vw - width - 8, 0));
    const s = panel.style;
    s.left = `${left}px`;
    // Collapsed: as wide as its line, at most the banner's width.
    s.width = collapsed ? '' : `${width}px`;
    s.maxWidth = collapsed ? `${width}px` : '';
    // Its natural height (only the findings' list scrolls), and what must stay in view: the header,
    // the hint and the buttons around the list, and its first (most severe) finding.
    const rg = panel.firstElementChild as HTMLElement | null;
    // Squeezed beside a popup of the page's last time (compact, its list cut short): measured whole again, or
    // it would come back from a closed popup in that squeezed size, the compact layout kept by its hysteresis.
    if (givingWay) {
      panel.classList.remove('tight', 'cramped');
      if (rg) rg.style.maxHeight = '';
    }
    const list = rg?.querySelector<HTMLElement>('.list') ?? null;
    const height = rg?.offsetHeight ?? 160;
    const hidden = list ? list.scrollHeight - list.clientHeight : 0;
    let fixed = list ? height - list.offsetHeight : height;
    const first = (list?.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
    // With more than the first finding, the list may scroll and its "more below" line then shows too.
    const cue = list && list.scrollHeight > first + 2 ? CUE_HEIGHT : 0;
    // Collapsed: below what it keeps clear (the composer, its 发送, a modal's footer) where it fits, so it
    // covers none of the page's controls above the composer either (a modal's title and ×).
    const placeBeside = (clear: Box | null): BannerPlace => {
      const below = clear ? vh - clear.bottom - GAP - MARGIN : 0;
      return collapsed && clear && below >= height
        ? { side: 'below' as const, edge: clear.bottom + GAP, maxHeight: below }
        : placeBanner(clear, height + hidden, vh, fixed + Math.min(first, list?.scrollHeight ?? 0) + cue, !!lastState && lastState.mode !== 'typing');
    };
    let place = placeBeside(rect);
    // The page's own popup opening from the composer over where the banner goes (a quick-reply panel, an
    // emoji picker drawn upward): the banner gives way, beyond it where there is room, else out of sight
    // until it closes. What the banner says (and the send's state) stays as it is.
    const tall = Math.min(height + hidden, place.maxHeight);
    lastBase = rect ? { left, top: place.side === 'above' ? place.edge - tall : place.edge, width, height: tall, side: place.side } : null;
    const layer = lastBase && anchorEl ? layerOver(anchorEl, lastBase, lastBase.side) : null;
    givingWay = !!layer;
    if (layer && rect) {
      rect = { left: Math.min(rect.left, layer.left), top: Math.min(rect.top, layer.top), right: Math.max(rect.right, layer.right), bottom: Math.max(rect.bottom, layer.bottom), width: 0, height: 0 };
      place = placeBeside(rect);
      if (place.maxHeight < MIN_USEFUL) return setAway(true);
    }
    if (place.side === 'above') {
      s.top = 'auto';
      s.bottom = `${vh - place.edge}px`;
    } else {
      s.bottom = 'auto';
      s.top = `${place.edge}px`;
    }
    // Little room (200% zoom, a short window): the compact layout (no English subtitle, no penalty
    // lines, each fix beside its words, the hint beside the buttons), kept until there is room again.
    // So where the full layout leaves no room for its first whole finding (a reply box high on a 640×400 page gets the room
    // below it, more than TIGHT_BELOW, round 48 second pass finding 7): what the full layout needs is kept while it is tight.
    const wasTight = panel.classList.contains('tight');
    if (!wasTight) fullNeed = list ? fixed + first : 0;
    const tight = (place.maxHeight < TIGHT_BELOW || place.maxHeight < fullNeed) && (wasTight || height + hidden > place.maxHeight);
    if (panel.classList.contains('tight') !== tight) {
      panel.classList.toggle('tight', tight);
      if (rg && list) fixed = rg.offsetHeight - list.offsetHeight;
    }
    // Even so no room for the first whole finding with its fix (175% zoom in a 1024×600 window: a 17 px list, round 48
    // finding 3): the hint cut to its short form and the spacing trimmed, kept while the layout stays tight.
    const firstNow = (list?.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
    const cramped = tight && !!list && (panel.classList.contains('cramped') || place.maxHeight - fixed < firstNow);
    if (panel.classList.contains('cramped') !== cramped) {
      panel.classList.toggle('cramped', cramped);
      if (rg && list) fixed = rg.offsetHeight - list.offsetHeight;
    }
    // The list shrinks to fit; when not even the header, a little of the list and the buttons fit,
    // the whole panel scrolls.
    if (rg && list) rg.style.maxHeight = `${Math.max(place.maxHeight, fixed + Math.min(list.scrollHeight, 40))}px`;
    s.maxHeight = `${place.maxHeight}px`;
    updateCue();
  };

  /**
   * A page's CSS zoom (html { zoom: 2 }) reaches the panel through its host and would scale the px the
   * banner is placed by (the page's boxes it reads are already zoomed, in viewport px): undone on the
   * panel, which then follows the browser's zoom (the agent's) and not the page's layout.
   */
  const unzoom = () => {
    const z = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const undo = z > 0 && Math.abs(z - 1) > 0.001 ? String(1 / z) : '';
    if (panel.style.zoom !== undo) panel.style.zoom = undo;
  };

  /** The "more below" line under the list: shown while findings are hidden below its scroll. */
  const updateCue = () => {
    const list = panel.querySelector<HTMLElement>('.list');
    const cue = panel.querySelector<HTMLElement>('.more-below');
    if (!list || !cue) return;
    const n = countBelow(list);
    if (n && cue.textContent !== moreBelowText(n)) cue.textContent = moreBelowText(n);
    if (cue.hidden !== !n) cue.hidden = !n;
  };

  let frame = 0;
  const repositionSoon = () => {
    if (frame || !shown) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reposition();
      panel.style.visibility = '';
    });
  };
  win.addEventListener('scroll', repositionSoon, { capture: true, passive: true, signal });
  win.addEventListener('resize', repositionSoon, { passive: true, signal });
  // A pane made fullscreen with its composer: the banner goes into it, where it is drawn (round 41, U1). So for a popover
  // holding the composer that opens or closes (round 46, finding 4; its toggle event does not bubble: caught on the way down).
  const intoTopLayer = () => {
    if (!shown) return;
    ensureHost();
    repositionSoon();
  };
  doc.addEventListener('fullscreenchange', intoTopLayer, { signal });
  doc.addEventListener('toggle', intoTopLayer, { capture: true, signal });
  // The composer's box, followed while the page moves it (it grows as the agent types, goes into a
  // modal, the modal slides in, its own frame scrolls): placed again in the same frame (follow-box.ts).
  const follower = followBox(
    (_el, seen) => {
      if (!shown) return;
      ensureHost(); // into or out of a modal with its composer
      reposition(seen);
    },
    signal,
    { hitTest: () => true, around: layerKey },
  );

  /** Draws the last state again (collapsed or whole). */
  const redraw = () => {
    const state = lastState;
    lastState = null;
    drawnKey = '';
    view.update(state);
  };

  signal.addEventListener('abort', () => {
    panel.replaceChildren();
    if (frame) win.cancelAnimationFrame(frame);
    host.remove();
  });

  const view: BannerView = {
    host,
    get visible() {
      return shown && !panel.classList.contains('away');
    },
    get collapsed() {
      return collapsed;
    },
    get givingWay() {
      // Looked at again, not the last placement's answer: the page closes its popup on the agent's Esc and the banner
      // is placed again only after the page's next frame, so a second Esc right after (two quick presses, or a busy
      // page whose frame comes late) found the popup still "open" and was handed to the page (fresh clone, round 35).
      // (Read only: the next placement still sees that it gave way, and measures the banner whole again.)
      return shown && givingWay && !!(lastBase && anchorEl?.isConnected && layerOver(anchorEl, lastBase, lastBase.side));
    },
    collapse() {
      if (collapsed || !shown) return;
      collapsed = true;
      redraw();
    },
    expand() {
      if (!collapsed) return;
      collapsed = false;
      redraw();
    },
    update(state) {
      const show = !!state && (state.findings.length > 0 || !!state.notice || !!state.stale);
      lastState = show ? state : null;
      if (!show) collapsed = false; // nothing to show: the next banner comes whole
      if (show) {
        ensureHost();
        currentListed = listedFindings(state.findings);
        const key = bannerKey(state, collapsed);
        // The same text, buttons and mode as drawn: nothing to redraw or place again.
        if (shown && key === drawnKey && host.isConnected) return;
        drawnKey = key;
        drawnListed = currentListed;
        // Redrawn whole; a focused control keeps the focus in its new copy (same class, same place).
        const focused = root.activeElement;
        const controls = () => [...panel.querySelectorAll<HTMLElement>('section, button')];
        const at = focused ? controls().indexOf(focused as HTMLElement) : -1;
        const cls = focused?.className;
        panel.replaceChildren(renderBanner(doc, state, liveActions, collapsed));
        // Nothing held yet (or the send waits for its check): compact, and the page's controls under it keep the pointer (banner.css).
        panel.classList.toggle('compact', state.mode === 'typing' || state.mode === 'checking');
        panel.classList.toggle('collapsed', collapsed);
        panel.querySelector('.list')?.addEventListener('scroll', updateCue, { passive: true });
        if (at >= 0) {
          const again = controls();
          (again[at]?.className === cls ? again[at] : again.find((c) => c.className === cls) ?? again[0])?.focus();
        }
      } else if (shown) {
        panel.replaceChildren();
      }
      if (!show) {
        drawnKey = '';
        drawnListed = currentListed = [];
      }
      if (panel.hidden !== !show) panel.hidden = !show;
      // After a stop the guard places the banner in the Tab order right after the composer (Tab from it, Shift+Tab from
      // what follows it): the host at the end of the page is then out of the browser's own order, or a Shift+Tab
      // from the top of the page would come to it first and go on to the composer, past the page's 发送 (round 41, U2).
      const steered = show && ((state.mode !== 'typing' && state.mode !== 'checking') || !!state.steered);
      if (steered !== (host.getAttribute('tabindex') === '-1')) {
        if (steered) host.setAttribute('tabindex', '-1');
        else host.removeAttribute('tabindex');
      }
      // Its composer is followed only while there is a banner to place beside it.
      follower.watch(show ? anchorEl : null);
      if (show && !shown) {
        // Placed in the next frame (reading layout now would force one while the agent types);
        // invisible until then.
        panel.style.visibility = 'hidden';
        shown = true;
        repositionSoon();
      } else {
        shown = show;
        repositionSoon();
      }
    },
    anchor(element, clear) {
      if (element !== anchorEl && collapsed) {
        collapsed = false; // another composer (conversation): its banner comes whole
        redraw();
      }
      anchorEl = element;
      keepClear = clear ?? (() => []);
      if (shown) ensureHost(); // into or out of a modal dialog with its composer
      follower.watch(shown ? element : null);
      repositionSoon();
    },
    focus(last) {
      // Tab after a stopped send comes here to act on it: the whole banner.
      view.expand();
      // Shift+Tab from what follows the composer: its last control (round 41, U2).
      if (last) return void tabOrder().at(-1)?.focus();
      const section = panel.querySelector<HTMLElement>('.rg');
      // The most useful action first: a fix, else 仍要发送, else any button.
      const first = ['button.fix', 'button.fix-all', 'button.override', 'button'].map((sel) => panel.querySelector<HTMLElement>(sel)).find(Boolean);
      (first ?? section)?.focus();
    },
    contains(node) {
      return !!node && (node === host || root.contains(node));
    },
    hasFocus() {
      return doc.activeElement === host;
    },
    reposition: () => reposition(),
  };
  return view;
}
