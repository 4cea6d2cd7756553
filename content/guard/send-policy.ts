// What happens to a send the agent started, given the draft's findings (DESIGN.md "Severity"):
// block → stopped until fixed or deliberately overridden (arm 仍要发送, then the agent's own
// Enter/Send); warn → the first attempt is held, the next one with the same draft goes through;
// info → never held. Pure: the guard keeps the memory between attempts.
import type { Finding } from '../../rules/types';
import { sameConversation, type OpenConversation } from '../../sites/conversation';

export interface SendMemory {
  /** The draft the agent armed 仍要发送 for (only that exact draft may pass its blocks). */
  armedText: string | null;
  /** The draft whose warnings were already shown once at a send attempt. */
  heldText: string | null;
  /** When that warning was shown (performance.now()): a second attempt before HOLD_READ_MS is a reflex, not a decision. */
  heldAt?: number;
  /**
   * The conversation of the last send attempt or 仍要发送 (sites/conversation.ts; null where the page names none): the armed
   * override and the shown warning are for that buyer only (round 50, finding 5: one template typed for another buyer went out
   * on the first buyer's 仍要发送).
   */
  conversation?: OpenConversation | null;
}

/**
 * How long a held warning must have been on screen before another send attempt counts as the deliberate second one (round
 * 50, finding 6: an Enter double-tapped 60–150 ms apart sent the warned draft before the banner could be read). 400 ms is
 * about the shortest time to notice a new banner and read its headline (a glance ~200–250 ms plus a reaction), and well over
 * a reflex double tap (≤ 200 ms); a deliberate second Enter after reading comes later still, so it is never refused.
 */
export const HOLD_READ_MS = 400;

/** A send attempt's moment and whether it is a held key's auto-repeat (event.repeat), which never counts as a new attempt. */
export interface SendAttemptInfo {
  at: number;
  repeat?: boolean;
  /** The conversation the send goes to (sites/conversation.ts); left out: the memory's own. */
  conversation?: OpenConversation | null;
}

export type SendVerdict =
  /** `overridden`: block/warn findings the agent chose to send anyway (logged as overrides). */
  | { kind: 'pass'; overridden: Finding[] }
  | { kind: 'block'; findings: Finding[] }
  | { kind: 'hold'; findings: Finding[] };

export const EMPTY_MEMORY: SendMemory = { armedText: null, heldText: null };

export function decideSend(
  text: string,
  findings: readonly Finding[],
  memory: SendMemory,
  attempt?: SendAttemptInfo,
): { verdict: SendVerdict; memory: SendMemory } {
  if (attempt?.conversation !== undefined) memory = forConversation(memory, attempt.conversation);
  const blocks = findings.filter((f) => f.severity === 'block');
  const warns = findings.filter((f) => f.severity === 'warn');
  if (blocks.length) {
    if (memory.armedText === text) return { verdict: { kind: 'pass', overridden: [...blocks, ...warns] }, memory };
    return { verdict: { kind: 'block', findings: blocks }, memory };
  }
  if (warns.length) {
    if (memory.armedText === text) return { verdict: { kind: 'pass', overridden: warns }, memory };
    if (memory.heldText === text) {
      // The second attempt: a fresh one (not a held key's auto-repeat), once the warning was shown long enough to be read.
      const reflex = !!attempt && (!!attempt.repeat || (memory.heldAt !== undefined && attempt.at - memory.heldAt < HOLD_READ_MS));
      if (!reflex) return { verdict: { kind: 'pass', overridden: warns }, memory };
      return { verdict: { kind: 'hold', findings: warns }, memory };
    }
    return { verdict: { kind: 'hold', findings: warns }, memory: { ...memory, heldText: text, heldAt: attempt?.at } };
  }
  return { verdict: { kind: 'pass', overridden: [] }, memory };
}

/** The memory for a send to `conversation`: the same one unless the conversation changed, then nothing armed or shown. */
export function forConversation(memory: SendMemory, conversation: OpenConversation | null): SendMemory {
  if (sameConversation(memory.conversation ?? null, conversation)) return memory.conversation === undefined ? { ...memory, conversation } : memory;
  return { ...EMPTY_MEMORY, conversation };
}

/** After the draft changed: an armed override or a shown warning no longer covers it. */
export function forgetStale(memory: SendMemory, text: string): SendMemory {
  const armedText = memory.armedText === text ? memory.armedText : null;
  const heldText = memory.heldText === text ? memory.heldText : null;
  if (armedText === memory.armedText && heldText === memory.heldText) return memory;
  return { armedText, heldText, heldAt: heldText ? memory.heldAt : undefined, ...(memory.conversation !== undefined ? { conversation: memory.conversation } : {}) };
}
