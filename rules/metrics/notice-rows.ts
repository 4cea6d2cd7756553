// The workbench's notice rows, as text: a recall notice (「你撤回了一条消息」) and the platform's own rows (「客服超时未回复，
// 会话关闭」, 「[系统自动回复消息]…」). Nobody wrote them, so they never start or stop a reply timer (notes §2): the
// extension reads them off the page (content/watcher), the CLI off an exported log where they come as in/out lines
// (rt61 F2: a closing notice was counted as the agent's on-time reply, a recall notice as a second consultation).
// Pure and browser-free: shared by content/watcher/recall.ts, sites/kuaishou.ts and cli/.

// Round 59 (timers59): a message recalled (撤回) leaves a notice in its place; see content/watcher/recall.ts.
/** The whole of a recall notice: who (a few words at most), 撤回了(一条)消息, and an own-recall's 重新编辑 link. */
const RECALL_NOTICE = /^[^\s。！？!?，,]{0,20}\s*(?:已)?撤回了?(?:一条|1条)?(?:消息|信息)[。.！!]?\s*(?:重新编辑)?$|^(?:you|they|the buyer|[^\s]{1,20}) (?:recalled|unsent|withdrew) a message\.?\s*(?:re-?edit)?$/i;

/** Whether a row's words (whitespace folded) are a recall notice, not something a person wrote. */
export function isRecallNotice(words: string): boolean {
  const text = words.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 40 && RECALL_NOTICE.test(text);
}


/** Texts the Kuaishou workbench prints as its own rows or card previews (a card whose preview has one is not a message). */
export const WORKBENCH_NOTICES: readonly string[] = [
    '[系统消息]',
    '[系统自动回复消息]',
    '客服超时未回复，会话关闭',
    '买家超时未回复，会话关闭',
    '【防诈贴士】',
    '买家正在查看',
    '评价邀请',
    '用户已经评价',
    '当前用户来自',
];

/** Notices that stand as the whole row: the platform closing a conversation. */
const CLOSING_NOTICE = /^(?:客服|买家)超时未回复，会话关闭$/;
/** Markers the platform puts at the start of its own rows. */
const NOTICE_MARKERS = ['[系统消息]', '[系统自动回复消息]', '【防诈贴士】'];

/**
 * Whether a logged message's text is a notice row, not something the agent or the buyer wrote. Only the whole row
 * counts (or a platform marker at its start): a reply that mentions 「会话关闭」 is still a reply.
 */
export function isNoticeRow(text: string): boolean {
  const words = text.replace(/\s+/g, ' ').trim();
  return isRecallNotice(words) || CLOSING_NOTICE.test(words) || NOTICE_MARKERS.some((m) => words.startsWith(m));
}
