// Round 59 (timers59): a message recalled (撤回) leaves a notice in its place — 「你撤回了一条消息 重新编辑」,
// 「对方撤回了一条消息」, 「买家撤回了一条消息」 (the texts chat tools print; the notes' PDD collector lists 「撤回了一条消息」).
// The workbench may draw it as a middle row (a system row already) or in the sender's own bubble, where it was read as
// a message: the agent's own notice answered the buyer (countdown gone, counted on time), the buyer's was a second
// consultation. A notice is never a message. The recalled buyer message itself keeps its record: it waits from its own
// time and counts (rule 3.1.1 counts the consultations the buyer sent; nothing shows the platform forgets a recalled
// one, and forgetting it could show a deadline later than the platform's).

export { isRecallNotice } from '../../rules/metrics/notice-rows';

// Round 60 (timers60): the agent's reply recalled (撤回) is no answer. Rule 3.1.1 counts a consultation as answered when
// a reply reached the buyer within 5 minutes; a recalled reply is gone from the buyer's chat and from the platform's
// count, so the buyer waits again — from the buyer's own message (DESIGN.md: on time when the first agent message after
// it comes within 300 000 ms; the recall moves nothing earlier or later), and a reply sent after the recall answers from
// its own time. The recalled row shows the notice in its place: either the same row (same id) now reads as the notice,
// or the row is gone and a notice row stands between the same neighbours.

export interface RecallRow {
  id: string;
  kind: 'in' | 'out' | 'system';
  /** The row is a recall notice (rows.ts). */
  recall?: boolean;
}

/**
 * Which of the agent's replies in `before` (the pane's rows at the last read, page order) the rows `now` show recalled:
 * a reply whose own row now is a notice, and replies gone from between two rows still drawn where at least as many new
 * notices stand as messages went (a list scrolled or trimmed adds no notice there, so it withdraws nothing).
 */
export function recalledReplies(before: readonly RecallRow[], now: readonly RecallRow[]): string[] {
  // Most reads show no notice: nothing to compare (a 2,000-row chat is read at every change).
  if (!before.length || !now.some((r) => r.recall)) return [];
  const recalled: string[] = [];
  const kindBefore = new Map(before.map((r) => [r.id, r.kind]));
  const position = new Map(before.map((r, i) => [r.id, i]));
  const drawn = new Set(now.map((r) => r.id));
  for (const row of now) if (row.recall && kindBefore.get(row.id) === 'out') recalled.push(row.id);
  // Runs of rows not drawn before, each between the nearest rows that were (or an end of the pane).
  for (let i = 0; i < now.length; ) {
    if (position.has(now[i]!.id)) {
      i++;
      continue;
    }
    let j = i;
    let notices = 0;
    while (j < now.length && !position.has(now[j]!.id)) if (now[j++]!.recall) notices++;
    const from = i > 0 ? position.get(now[i - 1]!.id)! : -1;
    const to = j < now.length ? position.get(now[j]!.id)! : before.length;
    i = j;
    // A run with no row drawn before on either side tells nothing of where it stands.
    if (!notices || (from < 0 && to >= before.length)) continue;
    const gone = before.slice(from + 1, Math.max(from + 1, to)).filter((r) => r.kind !== 'system' && !drawn.has(r.id));
    if (gone.length && gone.length <= notices) for (const r of gone) if (r.kind === 'out') recalled.push(r.id);
  }
  return recalled;
}

// Round 61 (timers61): a notice read on a pane opened afresh (after a reload, another tab) stands where the recalled
// message stood; the page no longer draws that message, and on a chat whose rows carry no workbench id the notice's
// own id (derived from its words) names nothing stored. What the page still tells is the notice's place: after the
// nearest message row above it and before the nearest one below. The ledger knows the stored messages' times, which
// keep the page's order, so it can tell which stored replies stood there and are drawn no more (ingest.ts).

/** Where a run of recall notices stands: between two message rows still drawn (`before` null: at the pane's end). */
export interface RecallPlace {
  /** The run's first new notice: names the withdrawal (once per page). */
  notice: string;
  after: string;
  before: string | null;
  /** How many notices stand there: no more stored messages than this may be gone from between the two rows. */
  notices: number;
}

/**
 * The places of the runs of notices holding at least one notice `isNew` says this read shows first. A run at the top
 * of the pane (no message row above it) tells nothing of where it stands: the window may begin just below the
 * recalled message or hours after it.
 */
export function recallPlaces(rows: readonly RecallRow[], isNew: (id: string) => boolean): RecallPlace[] {
  const places: RecallPlace[] = [];
  let after: string | null = null;
  let run: { notice: string | null; notices: number } = { notice: null, notices: 0 };
  const close = (before: string | null) => {
    if (after !== null && run.notice !== null) places.push({ notice: run.notice, after, before, notices: run.notices });
    run = { notice: null, notices: 0 };
  };
  for (const row of rows) {
    if (row.kind !== 'system') {
      close(row.id);
      after = row.id;
    } else if (row.recall) {
      run.notices++;
      if (run.notice === null && isNew(row.id)) run.notice = row.id;
    }
  }
  close(null);
  return places;
}
