// @vitest-environment node
// Round 60 (timers60): a read receipt after the agent's row's time (「未读」 / 「已读」) made the row read as printing no time:
// dated when first seen, it "answered" the buyer's next message printed before that moment.
import { describe, expect, it } from 'vitest';
import { parseRowStamp } from '@/content/watcher/stamp';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const now = bj('2026-12-07 02:00:00');

describe('parseRowStamp with a read receipt after the time', () => {
  it.each(['客服小美 12-7 01:59:20 未读', '客服小美12-7 01:59:20已读', '客服小美 12-7 01:59:20 对方已读', '客服小美 12-7 01:59:20 [未读]', 'Alice 12-7 01:59:20 Read'])('%s', (header) => {
    expect(parseRowStamp(header, now)?.ts).toBe(bj('2026-12-07 01:59:20'));
  });
  it('a relative label with a receipt; a header with no time stays without one', () => {
    expect(parseRowStamp('客服小美 3分钟前 已读', now)).toEqual(parseRowStamp('客服小美 3分钟前', now));
    expect(parseRowStamp('客服小美 3分钟前', now)).not.toBeNull();
    expect(parseRowStamp('客服小美 已读', now)).toBeNull();
  });
});
