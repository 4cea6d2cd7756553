// A reply the page shows as not sent (发送失败) is no answer: the buyer is still waiting. The workbench's own
// failure marker is not documented, so only robust signals count: an element of the agent's row, outside the
// message's own words, whose text, aria-label or title says 发送失败 / 重新发送 / 点击重发 (the red ! and its
// caption), or a system row right after it saying the message failed (「消息发送失败，请重试」). Pure text tests
// here; the DOM reading is in rows.ts.

/** A caption or label of a failure mark: 「发送失败」, 「重新发送」, 「发送失败，点击重发」, 「!」 + one of them. */
const MARK = /^[!！⚠]?\s*(?:消息)?(?:发送失败|重新发送|点击重发|重发)(?:\s*[,，:：]?\s*(?:点击|请)?(?:重新发送|重发|重试))?[。.!！]?$/;

/** Whether a short caption/label (an element's own text, aria-label or title) is a failed-send mark. */
export function isFailureMark(text: string): boolean {
  const t = text.replace(/\s+/g, '').trim();
  return t.length > 0 && t.length <= 16 && MARK.test(t);
}

/** A system notice that the agent's last message did not go out (「[系统消息] 消息发送失败，请重试」). */
export function isFailureNotice(text: string): boolean {
  return /(?:消息)?发送失败/.test(text) && text.length <= 60;
}

export interface FailureRow {
  kind: 'in' | 'out' | 'system';
  /** The row carries a failed-send mark of its own. */
  failed?: boolean;
  text: string;
}

/**
 * Which of the rows (page order) are the agent's replies that did not go out: those marked failed, and the
 * agent's row right before a failure notice (system rows between them skipped).
 */
export function failedReplies(rows: readonly FailureRow[]): Set<number> {
  const failed = new Set<number>();
  let lastReply = -1;
  rows.forEach((row, i) => {
    if (row.kind === 'out') {
      if (row.failed) failed.add(i);
      lastReply = i;
    } else if (row.kind === 'in') {
      lastReply = -1;
    } else if (lastReply >= 0 && isFailureNotice(row.text)) {
      failed.add(lastReply);
    }
  });
  return failed;
}
