// Extra checks run only at send time, beside the lint of the draft: another feature registers one
// (e.g. the watcher's rule-2.5 frequency warning from the chat rows). A check that throws is ignored
// (fail open), and its result shows in the banner like any finding.
import type { Finding } from '../../rules/types';

/** What a send check reports: a finding, where the range is optional (a whole-message warning has none). */
export type SendCheckFinding = Pick<Finding, 'clause' | 'rule' | 'severity' | 'message'> &
  Partial<Pick<Finding, 'start' | 'end' | 'match' | 'fix'>>;

export interface SendCheckContext {
  /** The draft about to be sent. */
  text: string;
  /** Site adapter id ('kuaishou', 'generic', …). */
  site: string;
  now: number;
}

export type SendCheck = (ctx: SendCheckContext) => SendCheckFinding | null | undefined;

const checks = new Set<SendCheck>();

/** Adds a check; it is removed when `signal` aborts or the returned function is called. */
export function registerSendCheck(check: SendCheck, signal?: AbortSignal): () => void {
  checks.add(check);
  const remove = () => void checks.delete(check);
  signal?.addEventListener('abort', remove, { once: true });
  return remove;
}

/** Runs every registered check; a check that throws counts as no finding. */
export function runSendChecks(ctx: SendCheckContext): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      const found = check(ctx);
      if (!found) continue;
      const start = found.start ?? 0;
      const end = found.end ?? start;
      out.push({
        clause: found.clause,
        rule: found.rule,
        severity: found.severity,
        message: found.message,
        start,
        end,
        match: found.match ?? ctx.text.slice(start, end),
        ...(found.fix ? { fix: found.fix } : {}),
      });
    } catch {
      // fail open: a broken check never holds a send
    }
  }
  return out;
}
