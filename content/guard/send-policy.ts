// What happens to a send the agent started, given the draft's findings (DESIGN.md "Severity"):
// block → stopped until fixed or deliberately overridden (arm 仍要发送, then the agent's own
// Enter/Send); warn → the first attempt is held, the next one with the same draft goes through;
// info → never held. Pure: the guard keeps the memory between attempts.
import type { Finding } from '../../rules/types';

export interface SendMemory {
  /** The draft the agent armed 仍要发送 for (only that exact draft may pass its blocks). */
  armedText: string | null;
  /** The draft whose warnings were already shown once at a send attempt. */
  heldText: string | null;
}

export type SendVerdict =
  /** `overridden`: block/warn findings the agent chose to send anyway (logged as overrides). */
  | { kind: 'pass'; overridden: Finding[] }
  | { kind: 'block'; findings: Finding[] }
  | { kind: 'hold'; findings: Finding[] };

export const EMPTY_MEMORY: SendMemory = { armedText: null, heldText: null };

export function decideSend(text: string, findings: readonly Finding[], memory: SendMemory): { verdict: SendVerdict; memory: SendMemory } {
  const blocks = findings.filter((f) => f.severity === 'block');
  const warns = findings.filter((f) => f.severity === 'warn');
  if (blocks.length) {
    if (memory.armedText === text) return { verdict: { kind: 'pass', overridden: [...blocks, ...warns] }, memory };
    return { verdict: { kind: 'block', findings: blocks }, memory };
  }
  if (warns.length) {
    if (memory.heldText === text || memory.armedText === text) return { verdict: { kind: 'pass', overridden: warns }, memory };
    return { verdict: { kind: 'hold', findings: warns }, memory: { ...memory, heldText: text } };
  }
  return { verdict: { kind: 'pass', overridden: [] }, memory };
}

/** After the draft changed: an armed override or a shown warning no longer covers it. */
export function forgetStale(memory: SendMemory, text: string): SendMemory {
  const armedText = memory.armedText === text ? memory.armedText : null;
  const heldText = memory.heldText === text ? memory.heldText : null;
  return armedText === memory.armedText && heldText === memory.heldText ? memory : { armedText, heldText };
}
