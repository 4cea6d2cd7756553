// Round 59 (timers59): a message recalled (撤回) leaves a notice in its place — 「你撤回了一条消息 重新编辑」,
// 「对方撤回了一条消息」, 「买家撤回了一条消息」 (the texts chat tools print; the notes' PDD collector lists 「撤回了一条消息」).
// The workbench may draw it as a middle row (a system row already) or in the sender's own bubble, where it was read as
// a message: the agent's own notice answered the buyer (countdown gone, counted on time), the buyer's was a second
// consultation. A notice is never a message. The recalled buyer message itself keeps its record: it waits from its own
// time and counts (rule 3.1.1 counts the consultations the buyer sent; nothing shows the platform forgets a recalled
// one, and forgetting it could show a deadline later than the platform's).

/** The whole of a recall notice: who (a few words at most), 撤回了(一条)消息, and an own-recall's 重新编辑 link. */
const RECALL_NOTICE = /^[^\s。！？!?，,]{0,20}\s*(?:已)?撤回了?(?:一条|1条)?(?:消息|信息)[。.！!]?\s*(?:重新编辑)?$|^(?:you|they|the buyer|[^\s]{1,20}) (?:recalled|unsent|withdrew) a message\.?\s*(?:re-?edit)?$/i;

/** Whether a row's words (whitespace folded) are a recall notice, not something a person wrote. */
export function isRecallNotice(words: string): boolean {
  const text = words.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 40 && RECALL_NOTICE.test(text);
}
