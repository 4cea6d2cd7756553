// The finding contract (DESIGN.md "Finding"): what every consumer of the linter relies on.

export type Severity = 'block' | 'warn' | 'info';

/** Clauses of chapter 2 that a single draft can break (2.2 and 2.10/2.11 are about behaviour, not text). */
export type ClauseId = '2.1' | '2.3' | '2.4' | '2.5' | '2.6' | '2.7' | '2.8' | '2.9';

/** A replacement of original[start, end) by `text` ('' = delete). UTF-16 offsets into the ORIGINAL draft. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  clause: ClauseId;
  /** Id of the rule module that reported it, e.g. 'contact-wechat'. */
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL draft, end exclusive. */
  start: number;
  end: number;
  /** original.slice(start, end) */
  match: string;
  /** Short Chinese explanation for the agent. */
  message: string;
  fix?: Fix;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
