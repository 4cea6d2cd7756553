// Many chat pages write an emoji or sticker into the message as its alt text (<img alt="[微笑]"> goes
// out as "[微笑]"), so wording an image carries reaches the buyer although the visible text the guard
// lints is clean: 亲，<img alt="微信">号 abc12345 is sent as 亲，微信号 abc12345. When a draft holds such
// images, its text is linted again as the page would send it (each alt spliced in where its image
// sits), and the block or warning findings that the plain text lacks are added, mapped back to the
// visible draft: on the text around the image, or, when the words are all inside images, on the
// image's place (no span to mark; the banner names the image's text). A clean draft with [微笑]
// images gets nothing: only what the spliced text adds is reported.
//
// Text the page hides inside the draft (dom-text.ts DraftHidden, round 43) is spliced in the same way: the draft
// the guard lints is the drawn text (what a page that sends innerText sends), and this second reading is that of
// a page that sends textContent, hidden runs included. A send is stopped when either reading breaks a rule; the
// banner names the hidden words, which have no place to mark when they are all hidden.
import type { Linter } from '../../rules/engine';
import type { Finding, Fix } from '../../rules/types';
import { SEVERITY_RANK } from '../../rules/types';
import type { DraftHidden, DraftImage } from './dom-text';

/** Images spliced in at most per draft (a pasted web page may hold hundreds; the first ones count). */
const MAX_IMAGES = 200;

/** An image's text in the sent text: sent[start, end), from the image at plain offset `at`. */
interface Spliced {
  at: number;
  alt: string;
  /** Hidden text of the draft (not an image's). */
  hidden?: true;
  start: number;
  end: number;
}

export interface SentText {
  text: string;
  spliced: Spliced[];
}

/** What identifies a draft's images for a cached send decision (an alt can change under the same text). */
export const imagesKey = (images: readonly DraftImage[] | undefined, hidden?: readonly DraftHidden[]): string =>
  (images?.length ? images.map((i) => `${i.at}:${i.alt}`).join('\n') : '') + (hidden?.length ? `\n\n${hidden.map((h) => `${h.at}:${h.text}`).join('\n')}` : '');

/**
 * The draft as a page that sends images as their alt text and hidden text as well (textContent) sends it, or
 * null when it has neither. Images and hidden runs are each in document order; at one offset, images first.
 */
export function sentText(text: string, images: readonly DraftImage[] | undefined, hidden?: readonly DraftHidden[]): SentText | null {
  if (!images?.length && !hidden?.length) return null;
  const pieces: { at: number; alt: string; hidden?: true }[] = [
    ...(images?.slice(0, MAX_IMAGES) ?? []),
    ...(hidden?.slice(0, MAX_IMAGES).map((h) => ({ at: h.at, alt: h.text, hidden: true as const })) ?? []),
  ];
  // In offset order; the sort is stable, so each list keeps its own order and images come first at one offset.
  if (images?.length && hidden?.length) pieces.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  const spliced: Spliced[] = [];
  for (const { at, alt, hidden: isHidden } of pieces) {
    out += text.slice(from, at);
    from = at;
    spliced.push({ at, alt, start: out.length, end: out.length + alt.length, ...(isHidden ? { hidden: true as const } : {}) });
    out += alt;
  }
  return { text: out + text.slice(from), spliced };
}

/** A sent-text offset in the plain text: one inside (or at either edge of) an image's text is that image's place. */
function toPlain(sent: SentText, offset: number): number {
  let shift = 0;
  for (const s of sent.spliced) {
    if (offset < s.start) break;
    if (offset <= s.end) return s.at;
    shift += s.end - s.start;
  }
  return offset - shift;
}

/**
 * The fix in plain offsets, or none: only a replacement of a real range of the visible draft whose
 * images it takes whole and from inside (a DOM range between two text nodes holds an image between
 * them; one at its edge stays out, and the fix would not do what it says).
 */
function mappedFix(sent: SentText, fix: Fix): Fix | undefined {
  const start = toPlain(sent, fix.start);
  const end = toPlain(sent, fix.end);
  if (end <= start) return undefined;
  for (const s of sent.spliced) {
    if (s.end <= fix.start || s.start >= fix.end) continue; // outside the fix
    if (s.start < fix.start || s.end > fix.end) return undefined; // an image's text cut
    if (s.at <= start || s.at >= end) return undefined; // taken whole, but at the range's edge
  }
  return { start, end, text: fix.text };
}

/**
 * How to remove a breach that lies only in hidden text (round 44, item 2). The guard writes to the draft only through the
 * editor's own input path, and that path cannot reach text that is not drawn: Chrome's editing moves a selection out of
 * a display:none run, so a delete over it removes nothing (or the words beside it), and an editor's model (Quill's) may
 * not hold the run at all. Selecting the whole draft and deleting it removes every node, hidden ones included, in a
 * contenteditable, Quill, ProseMirror or Lexical alike; the agent then types the reply again.
 */
export const HIDDEN_REMOVAL = '。看不见的文字无法单独选中修改：在输入框里按 Ctrl+A（Mac：⌘A）全选并删除，再重新输入回复';

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * The findings the sent text (`sentFindings`, the lint of `sent.text`) adds to `findings` (those of
 * `text`, its links' included), in draft order. A rule the plain text already reports as severely
 * where the finding lands is not reported twice.
 */
export function imageTextFindings(sent: SentText, findings: Finding[], sentFindings: readonly Finding[]): Finding[] {
  const added: Finding[] = [];
  const seen = new Set<string>();
  for (const f of sentFindings) {
    if (f.severity === 'info') continue;
    const start = toPlain(sent, f.start);
    const end = Math.max(start, toPlain(sent, f.end));
    const rank = SEVERITY_RANK[f.severity];
    if (findings.some((g) => g.rule === f.rule && SEVERITY_RANK[g.severity] >= rank && g.start <= end && start <= g.end)) continue;
    const key = `${f.rule}|${f.severity}|${start}|${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The images whose text the finding's words take in (all of them when none: a rule of the whole message).
    const inside = sent.spliced.filter((s) => s.start < f.end && f.start < s.end);
    const involved = inside.length ? inside : sent.spliced;
    const named = involved.slice(0, 3).map((s) => `「${short(s.alt, 12)}」`).join('');
    const hiddenCount = involved.filter((s) => s.hidden).length;
    const what =
      hiddenCount === 0
        ? `表情/图片${named}会作为文字发出`
        : hiddenCount === involved.length
          ? `草稿里有看不见的文字${named}（页面隐藏了它，但可能随消息一起发出）`
          : `表情/图片和看不见的文字${named}可能随消息一起发出`;
    const fix = f.fix && end > start ? mappedFix(sent, f.fix) : undefined;
    // Words all hidden have no place to mark and no fix (round 44, item 2): the banner says how the agent removes them.
    const how = !fix && end <= start && hiddenCount > 0 && hiddenCount === involved.length ? HIDDEN_REMOVAL : '';
    added.push({
      clause: f.clause,
      rule: f.rule,
      severity: f.severity,
      start,
      end,
      // What goes out: the words with the images' text in them.
      match: f.match,
      message: `${what}：${f.message}${how}`,
      ...(fix ? { fix } : {}),
    });
  }
  if (!added.length) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `findings` (the lint of `text`, links included) with those the images' and hidden text adds (lints the sent text when there is any). */
export function withImageTextFindings(
  linter: Linter,
  text: string,
  images: readonly DraftImage[] | undefined,
  findings: Finding[],
  hidden?: readonly DraftHidden[],
): Finding[] {
  const sent = sentText(text, images, hidden);
  if (!sent) return findings;
  return imageTextFindings(sent, findings, linter.lint(sent.text));
}
