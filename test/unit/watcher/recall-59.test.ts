// @vitest-environment happy-dom
// Round 59 (timers59): a recall notice drawn in a bubble (「你撤回了一条消息 重新编辑」 in the agent's, 「对方撤回了一条消息」
// in the buyer's) was read as a message: the agent's answered the buyer, the buyer's was a second consultation.
import { describe, expect, it } from 'vitest';
import { isRecallNotice } from '@/content/watcher/recall';
import { readRows } from '@/content/watcher/rows';
import { kuaishou } from '@/sites/kuaishou';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';

const now = Date.parse('2026-12-06T15:00:00+08:00');

describe('isRecallNotice', () => {
  it.each(['你撤回了一条消息', '你撤回了一条消息 重新编辑', '对方撤回了一条消息', '买家撤回了一条消息', '「小王」撤回了一条消息', '客服小美 撤回了一条消息', '撤回了一条消息', '对方已撤回一条消息', 'You recalled a message', 'The buyer unsent a message'])('a notice: %s', (text) => {
    expect(isRecallNotice(text)).toBe(true);
  });
  it.each(['我刚才撤回了一条消息，发错了', '能撤回吗', '撤回了一条消息？为什么', '你好，请问这个什么时候发货，我刚撤回了一条消息', '', '撤回'])('a person’s words: %s', (text) => {
    expect(isRecallNotice(text)).toBe(false);
  });
});

describe('readRows: recall notices are system rows on either side', () => {
  it('the agent’s notice is no reply, the buyer’s no consultation; the words around them still are', () => {
    const { list } = workbenchChat('撤回买家');
    list.append(
      workbenchRow('0_1_a', 'notMe', '12-6 14:59:00', '这个有现货吗'),
      workbenchRow('0_1_b', 'notMe', '12-6 14:59:10', '对方撤回了一条消息'),
      workbenchRow('0_1_c', 'isMine', '12-6 14:59:20', '你撤回了一条消息 重新编辑'),
      workbenchRow('0_1_d', 'notMe', '12-6 14:59:30', '我刚才撤回了一条消息，发错了'),
    );
    expect(readRows(document, kuaishou, 'c', now).map((r) => r.kind)).toEqual(['in', 'system', 'system', 'in']);
  });
});
