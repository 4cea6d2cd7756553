// Round 59 (ux59): audit's 「text 须为字符串」 named no type, where lint --jsonl's (since ux58b) says what it got
// (对象, 数组, 数字…): a log whose exporter nests the message ({"text": {"content": "…"}}) sent the 质检 user looking
// for what was wrong. Both commands now say it with one helper (cli/output.ts notStringText).
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';
import { notStringText } from '@/cli/output';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const ev = (id: string, text: string) => `{"conv":"c1","id":"${id}","dir":"out","ts":"2024-05-01T10:00:00+08:00","text":${text}}`;

describe('input 59: audit names the JSON type of a "text" that is not a string, as lint --jsonl does', () => {
  it.each([
    ['{"content":"加我微信"}', '对象', 'an object'],
    ['["加我微信"]', '数组', 'an array'],
    ['5', '数字', 'a number'],
    ['false', '布尔值', 'a boolean'],
  ])('text %s', async (text, zh, en) => {
    const io = memoryIO([ev('m1', '"您好"'), ev('m2', text)].join('\n') + '\n');
    expect(await main(['audit', '--now', '2024-05-01T12:00:00+08:00'], io)).toBe(0);
    const line = io.stderr.split('\n').find((l) => l.startsWith('{"line":2'));
    expect(JSON.parse(line!)).toEqual({ line: 2, error: notStringText(JSON.parse(text), 'message') });
    expect(line).toContain(`不是字符串，而是${zh}`);
    expect(line).toContain(`not a string but ${en}`);
  });

  it('lint --jsonl says it the same way (one helper), for a draft', async () => {
    const io = memoryIO('{"id":1,"text":{"content":"加我微信"}}\n');
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    expect(JSON.parse(io.stdout).error).toBe(notStringText({}, 'draft'));
    expect(notStringText({}, 'draft')).toContain('草稿须写成字符串');
    expect(notStringText([], 'message')).toContain('消息须写成字符串');
  });

  it('a text that is null on a shop message is said as null (audit skips only a missing text)', async () => {
    const io = memoryIO(ev('m1', 'null') + '\n' + ev('m2', '"您好"') + '\n');
    await main(['audit', '--now', '2024-05-01T12:00:00+08:00'], io);
    expect(io.stderr).toContain('不是字符串，而是null');
  });
});
