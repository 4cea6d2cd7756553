// Typing-time lint of a very long draft (a pasted megabyte) without freezing the page. One lint of the
// whole draft costs about half a microsecond per character (issue 3): a 1 MB paste would hold the page's
// main thread for the better part of a second on every keystroke. Past LONG_DRAFT_CHARS the guard lints
// the draft in slices cut at sentence ends, one slice per task, so input and paint run between them.
//
// Slices are an approximation for the highlights only: a rule that reads the whole message (repetition
// across sentences, a message with no Chinese at all) sees one slice at a time. So once the slices are done,
// the whole draft is linted exactly, a few engine steps per task (lintStepwise): its findings replace the
// sliced ones and make the send decision ready before the agent presses Enter, which would otherwise lint
// the whole draft in one long task (about half a second for a megabyte). What the agent can send is decided
// exactly as for a short draft either way.

import type { Linter, LintResult } from '../../rules/engine';
import type { Finding } from '../../rules/types';

/** Drafts longer than this (UTF-16 units) are linted in slices while typing. */
export const LONG_DRAFT_CHARS = 20_000;
/** Target slice length: a few milliseconds of lint, well under a 50 ms long task. */
export const SLICE_CHARS = 8_000;

export const LONG_DRAFT_NOTICE =
  '草稿过长，输入时分段检查，跨段的问题可能未标出；发送时会完整检查。 / Long draft: checked in parts while typing; the full check runs at send.';

const SENTENCE_END = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));

/**
 * Contiguous [start, end) slices covering `text`, each at most `size` units, cut right after the last
 * sentence end in a slice's second half when there is one (a term or a sentence rarely straddles a
 * cut), and never inside a surrogate pair.
 */
export function sliceBounds(text: string, size = SLICE_CHARS): [number, number][] {
  const bounds: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      for (let k = end - 1; k >= start + (size >> 1); k--) {
        if (SENTENCE_END.has(text.charCodeAt(k))) {
          end = k + 1;
          break;
        }
      }
      const last = text.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff && end - 1 > start) end--;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** A finding of a slice moved to draft offsets. */
function shifted(f: Finding, by: number): Finding {
  const moved: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fix) moved.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  return moved;
}

export interface SlicedLint {
  /** Stops the job (the draft changed, the composer went away). */
  cancel(): void;
}

/**
 * Lints `text` slice by slice, one slice per task (`schedule`), then calls `done` with every finding in
 * draft offsets, sorted by position. A slice whose lint throws makes the whole result `null` (the caller
 * shows nothing rather than a partial list that looks complete).
 */
export function lintInSlices(
  linter: Linter,
  text: string,
  done: (findings: Finding[] | null) => void,
  schedule: (step: () => void) => void,
  size = SLICE_CHARS,
): SlicedLint {
  const bounds = sliceBounds(text, size);
  const found: Finding[] = [];
  let k = 0;
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const [start, end] = bounds[k++]!;
    try {
      for (const f of linter.lint(text.slice(start, end))) found.push(shifted(f, start));
    } catch {
      cancelled = true;
      done(null);
      return;
    }
    if (k < bounds.length) schedule(step);
    else done(found);
  };
  schedule(step);
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}

/** Time one task of a stepwise lint may take (ms) before the rest waits for a new task. */
export const STEP_BUDGET_MS = 8;

export interface SteppedLint {
  /** Stops the job (the draft changed, the composer went away). */
  cancel(): void;
}

/**
 * Lints `text` whole with `linter.lintInSteps`, running steps until `budgetMs` is spent in a task and then
 * asking `schedule` for another, and calls `done` with the findings (null when the lint throws). One step is
 * normalising, the term scan or one rule: under 50 ms each even for a megabyte, where the whole lint is ten
 * times that.
 */
export function lintStepwise(
  linter: Linter,
  text: string,
  done: (findings: Finding[] | null) => void,
  schedule: (step: () => void) => void,
  now: () => number,
  budgetMs = STEP_BUDGET_MS,
): SteppedLint {
  let steps: Generator<void, LintResult, void> | null = null;
  let cancelled = false;
  const task = () => {
    if (cancelled) return;
    const until = now() + budgetMs;
    try {
      steps ??= linter.lintInSteps(text);
      do {
        const next = steps.next();
        if (next.done) {
          done(next.value.findings);
          return;
        }
      } while (now() < until);
    } catch {
      cancelled = true;
      done(null);
      return;
    }
    schedule(task);
  };
  schedule(task);
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}
