// @vitest-environment node
// rt61 F2: the workbench's notice rows logged as in/out lines never start or stop a reply timer, nor are linted.
import { describe, expect, it } from 'vitest';
import { run, type AuditReport } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import { run as runStats } from '@/cli/stats';
import { isNoticeRow } from '@/rules/metrics/notice-rows';
import '@/rules/engine';

const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const NOW = ['--now', '2024-05-13T00:00:00+08:00'];
const clock = () => Date.parse('2030-01-01T00:00:00Z');
const at = (hhmm: string) => `2024-05-10T${hhmm}:00+08:00`;
const buyer = (conv: string, id: string, hhmm: string, text = '在吗') => ({ conv, id, dir: 'in', ts: at(hhmm), text });
const shop = (conv: string, id: string, hhmm: string, text: string) => ({ conv, id, dir: 'out', ts: at(hhmm), text });

async function both(input: string) {
  const io = memoryIO(input);
  await run(['--json', ...NOW], io, clock);
  const statsIO = memoryIO(input);
  await runStats(NOW, statsIO, clock);
  const report = JSON.parse(io.stdout) as AuditReport;
  expect(JSON.parse(statsIO.stdout).days).toEqual(report.days);
  return report;
}

describe('notice rows in a log (rt61 F2)', () => {
  it('a closing notice on the shop side is not an on-time reply', async () => {
    const r = await both(jsonl(buyer('s5', 'm1', '10:00'), shop('s5', 'm2', '10:03', '客服超时未回复，会话关闭')));
    expect(r.days['2024-05-10']).toMatchObject({ eligible: 1, onTime: 0, late: 1 });
    expect(r.summary).toMatchObject({ shopMessages: 0, noticeRows: 1 });
  });

  it('the agent recall notice is no answer; the real reply after it decides', async () => {
    const r = await both(jsonl(buyer('s4', 'm1', '10:00'), shop('s4', 'm2', '10:02', '你撤回了一条消息 重新编辑'), shop('s4', 'm3', '10:08', '亲，在的')));
    expect(r.days['2024-05-10']).toMatchObject({ onTime: 0, late: 1 });
  });

  it('the buyer recall notice is not a second consultation', async () => {
    const r = await both(jsonl(buyer('s6', 'm1', '10:00'), buyer('s6', 'm2', '10:01', '对方撤回了一条消息'), shop('s6', 'm3', '10:04', '亲，在的')));
    expect(r.days['2024-05-10']).toMatchObject({ eligible: 1, onTime: 1 });
  });

  it('a system auto-reply row is not linted as impersonating the platform (2.9)', async () => {
    const r = await both(jsonl(buyer('s7', 'm1', '10:00'), shop('s7', 'm2', '10:00', '[系统自动回复消息]您好，客服稍后回复')));
    expect(r.violations).toEqual([]);
    expect(r.days['2024-05-10']).toMatchObject({ onTime: 0, late: 1 });
  });

  it('only whole notices count: a reply that mentions one is still a reply', () => {
    expect(isNoticeRow('买家超时未回复，会话关闭')).toBe(true);
    expect(isNoticeRow('对方撤回了一条消息')).toBe(true);
    expect(isNoticeRow('亲，刚才会话关闭了，您还需要什么帮助吗')).toBe(false);
    expect(isNoticeRow('您撤回的那条消息我看到了，马上处理')).toBe(false);
    expect(isNoticeRow('亲，在的')).toBe(false);
  });
});
