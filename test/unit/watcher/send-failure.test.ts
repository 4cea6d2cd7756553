// @vitest-environment node
// Round 43 (issue 4): a reply the page marks as not sent is no answer.
import { describe, expect, it } from 'vitest';
import { failedReplies, isFailureMark, isFailureNotice } from '@/content/watcher/send-failure';

describe('isFailureMark: a short caption or label of a failed send', () => {
  it.each(['发送失败', '！发送失败', '重新发送', '发送失败，点击重发', '发送失败，点击重新发送', '消息发送失败，请重试', ' 重发 '])('%s is a mark', (t) => {
    expect(isFailureMark(t)).toBe(true);
  });
  it.each(['', '!', '发送', '已发送', '亲，您那边支付发送失败了吗', '发送失败的订单我们会重新发送给您的', '已读'])('%s is not', (t) => {
    expect(isFailureMark(t)).toBe(false);
  });
});

describe('failedReplies', () => {
  const out = (text = '亲，在的', failed = false) => ({ kind: 'out' as const, text, ...(failed ? { failed } : {}) });
  const inn = (text = '在吗') => ({ kind: 'in' as const, text });
  const sys = (text: string) => ({ kind: 'system' as const, text });

  it('a marked reply, and the reply right before a failure notice (system rows between skipped)', () => {
    expect([...failedReplies([inn(), out('a', true), inn(), out('b'), sys('[系统消息] 消息发送失败，请重试')])]).toEqual([1, 3]);
    expect([...failedReplies([inn(), out('a'), sys('【防诈贴士】'), sys('[系统消息] 消息发送失败，请重试')])]).toEqual([1]);
  });

  it('a notice after a buyer row, or an ordinary system row, marks nothing', () => {
    expect(failedReplies([out('a'), inn(), sys('消息发送失败，请重试')]).size).toBe(0);
    expect(failedReplies([inn(), out('a'), sys('客服超时未回复，会话关闭')]).size).toBe(0);
    expect(isFailureNotice('[系统消息] 消息发送失败，请重试')).toBe(true);
  });
});
