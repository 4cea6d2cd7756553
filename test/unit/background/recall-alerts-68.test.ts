// @vitest-environment node
// Round 68 (timers68 item 1): a buyer waiting again because the agent's reply may have been recalled (round 67) was
// alerted as any buyer, 「请尽快回复：X … 剩余 1:00」: the agent, sure they answered, may dismiss it. The alert now says
// 「回复可能已撤回」, for one buyer and in the grouped alert (how many of the group).
import { describe, expect, it } from 'vitest';
import type { WaitingEntry } from '@/background/ledger/queries';
import { alertText, groupAlertText, ladderFromSeconds, timerState, type TimerEntry } from '@/background/timer-state';
import { DICTIONARIES } from '@/utils/i18n';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
const ladder = ladderFromSeconds([180, 240, 300]);
const waiting = (conv: string, anchorTs: number, extra: Partial<WaitingEntry> = {}): WaitingEntry => ({
  conv,
  site: 'kuaishou',
  buyerName: conv,
  anchorId: `${conv}-m`,
  anchorTs,
  deadline: anchorTs + 300 * S,
  unanswered: 1,
  counted: true,
  countedDeadline: anchorTs + 300 * S,
  ...extra,
});
/** The waiting list as the worker draws it at T0. */
const entries = (...list: WaitingEntry[]): TimerEntry[] => timerState(list, ladder, T0).conversations;
const text = (a: { title: string; message: string }) => `${a.title}\n${a.message}`;

describe('an alert for a buyer whose reply may have been recalled', () => {
  const [recalled] = entries(waiting('小王', T0 - 240 * S, { replyMaybeRecalled: true }));
  const [plain] = entries(waiting('小王', T0 - 240 * S));

  it('says so, in Chinese first and in English (auto), before the time left', () => {
    const a = alertText(recalled!, T0, 'auto');
    expect(a.title).toBe('请尽快回复：小王 / Reply soon');
    expect(a.message).toBe(
      '回复可能已撤回，仍按未回复计时。买家已等待 4:00，剩余 1:00。\nYour reply may have been recalled: still timed as unanswered. The buyer has waited 4:00; 1:00 left of 5:00.',
    );
    // Before: 「买家已等待 4:00，剩余 1:00。」 only, as for a buyer never answered.
    expect(text(alertText(plain!, T0, 'auto'))).not.toContain('撤回');
  });

  it('in one language when the settings name one, past the deadline too', () => {
    const late = entries(waiting('小王', T0 - 330 * S, { replyMaybeRecalled: true }))[0]!;
    expect(alertText(late, T0, 'zh').message).toBe('回复可能已撤回，仍按未回复计时。买家已等待 5:30，超过 5 分钟回复期限。');
    expect(alertText(late, T0, 'en').message).toBe('Your reply may have been recalled: still timed as unanswered. The buyer has waited 5:30, past the 5-minute limit.');
  });

  it('its words are the dictionary’s (utils/i18n.ts), the popup row’s note among them', () => {
    expect(DICTIONARIES.zh.alertMaybeRecalled).toContain(DICTIONARIES.zh.waitingMaybeRecalled);
    expect(alertText(recalled!, T0, 'zh').message.startsWith(DICTIONARIES.zh.alertMaybeRecalled)).toBe(true);
    expect(alertText(recalled!, T0, 'en').message.startsWith(DICTIONARIES.en.alertMaybeRecalled)).toBe(true);
  });

  it('not for a buyer of unknown time (a 「已超时」 card): 可能已超时 says all that is known, as the popup row', () => {
    const [unknown] = entries(waiting('小王', T0, { replyMaybeRecalled: true, timeUnknown: true, counted: false }));
    expect(text(alertText(unknown!, T0, 'auto'))).not.toContain('撤回');
  });
});

describe('the grouped alert', () => {
  const others = [waiting('阿杰', T0 - 200 * S), waiting('小李', T0 - 190 * S), waiting('老张', T0 - 185 * S)];

  it('says how many of the group may have had their reply recalled', () => {
    const group = entries(...others, waiting('小王', T0 - 180 * S, { replyMaybeRecalled: true }), waiting('阿May', T0 - 181 * S, { replyMaybeRecalled: true }));
    expect(groupAlertText(group, T0, 'zh').message).toBe('5 位买家等待中，最急：阿杰 剩 1:40。其中 2 位的回复可能已撤回。点击打开最急的会话。');
    expect(groupAlertText(group, T0, 'en').message).toBe('Most urgent: 阿杰, 1:40 left. 2 of them: your reply may have been recalled. Click to open it.');
    // Before: the same without it, as if all five were simply unanswered.
    expect(groupAlertText(entries(...others, waiting('小王', T0 - 180 * S)), T0, 'zh').message).not.toContain('撤回');
  });

  it('the most urgent buyer’s own note beside them; the count only when others share it', () => {
    const alone = entries(waiting('小王', T0 - 250 * S, { replyMaybeRecalled: true }), ...others);
    expect(groupAlertText(alone, T0, 'zh').message).toBe('4 位买家等待中，最急：小王 剩 0:50（回复可能已撤回）。点击打开最急的会话。');
    expect(groupAlertText(alone, T0, 'en').message).toBe('Most urgent: 小王, 0:50 left (your reply may have been recalled). Click to open it.');
    const two = entries(waiting('小王', T0 - 250 * S, { replyMaybeRecalled: true }), ...others, waiting('阿May', T0 - 181 * S, { replyMaybeRecalled: true }));
    expect(groupAlertText(two, T0, 'auto').message).toBe(
      '5 位买家等待中，最急：小王 剩 0:50（回复可能已撤回）。其中 2 位的回复可能已撤回。点击打开最急的会话。\nMost urgent: 小王, 0:50 left (your reply may have been recalled). 2 of them: your reply may have been recalled. Click to open it.',
    );
  });
});
