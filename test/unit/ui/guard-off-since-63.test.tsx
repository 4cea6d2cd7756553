// @vitest-environment happy-dom
// Round 63 (timers63): the 「守卫已关闭」 warning said when the guard was paused (「自 … 起关闭」) in Beijing time only, while the
// resume time (rt59 F2) and the options page give Beijing time and the PC's own time after it when the PC is in another zone.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuardOffNotice } from '@/components/GuardOffNotice';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const pausedAt = (offSince: number) => ({ ...structuredClone(DEFAULT_SETTINGS.guard), enabled: false, offSince });

const NOW = Date.parse('2026-12-06T15:48:00+08:00'); // 23:48 the day before in Los Angeles
let root: HTMLElement;
let zone: string | undefined;
const detail = () => root.querySelector('[data-testid="guard-off-detail"]')!.textContent;

beforeEach(() => {
  zone = process.env.TZ;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('GuardOffNotice: the pause time as the resume time is shown', () => {
  it('abroad (Los Angeles): 北京时间 and the PC’s time after it', () => {
    process.env.TZ = 'America/Los_Angeles';
    render(<GuardOffNotice guard={pausedAt(NOW - 30 * 60_000)} now={NOW} onTurnOn={() => {}} />, root);
    // Beijing 15:18 is 23:18 the day before in Los Angeles (UTC-8 in December).
    expect(detail()).toBe('违规回复不会被拦下；不会自动恢复（自 北京时间 15:18（本机时间 23:18） 起关闭）。');
  });

  it('in Beijing’s zone: Beijing time alone, as before', () => {
    process.env.TZ = 'Asia/Shanghai';
    render(<GuardOffNotice guard={pausedAt(NOW - 30 * 60_000)} now={NOW} onTurnOn={() => {}} />, root);
    expect(detail()).toBe('违规回复不会被拦下；不会自动恢复（自 北京时间 15:18 起关闭）。');
  });
});
