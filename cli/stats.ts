// `replyguard stats [--now ISO-8601|epoch-ms]`: daily 5-minute reply rate and monthly satisfaction
// from JSONL chat events on stdin. stdout is exactly one JSON object; each malformed line is
// reported on stderr as {"line": N, "error": "…"} and the rest still counts.
import { parseEvent, type Rating } from '../rules/metrics/events';
import { MessageLog } from '../rules/metrics/message-log';
import { isNoticeRow } from '../rules/metrics/notice-rows';
import { dailyReplyStats } from '../rules/metrics/reply-rate';
import { monthlySatisfaction } from '../rules/metrics/satisfaction';
import { notNowTime, parseNowOption } from '../rules/metrics/timestamp';
import { EncodingTally, InputError, LongLine, NotUtf8Line, noReadableLine, shownArg, stdinOnlyHint, type CliIO } from './io';
import { SHARED_EXIT_CODES } from './exit-codes';
import { jsonLine, jsonProblem } from './output';
import { timeWarnings, warnSuspectNow } from './time-check';

export const STATS_HELP = `用法 / usage: replyguard stats [--now <时间 / time>] < events.jsonl

从标准输入读取聊天事件（每行一个 JSON 对象），输出每日 5 分钟回复率（规则 3.1.1）与每月满意度（规则 3.1.2）。
Reads chat events from stdin (one JSON object per line) and prints the daily 5-minute reply rate
(rule 3.1.1) and the monthly satisfaction (rule 3.1.2).

事件 / events:
  {"conv": "c1", "id": "m1", "dir": "in" | "out", "ts": …}       in = 买家 buyer, out = 商家 shop
  {"type": "rating", "ts": …, "rating": "satisfied" | "neutral" | "disappointed"}   满意 / 一般 / 失望
  ts: 毫秒时间戳（JSON 数字），或带任意时区的 ISO-8601；不带时区的按北京时间解释。
      epoch milliseconds (a JSON number), or ISO-8601 with any offset; without an offset it is read as Beijing time.

口径 / semantics (北京时间 UTC+8 / Beijing time):
  每条买家消息单独计算；同一 (conv, dir, id) 只算第一次出现（导出按买家、商家分别编号，买家 "1" 与商家 "1" 是两条消息）。
  Every buyer message counts on its own; a repeated (conv, dir, id) counts once (first occurrence; ids are numbered per side).
  仅统计 08:00–24:00 发送的买家消息，归入发送当日（即使期限跨过午夜）。
  Only buyer messages sent 08:00–24:00 count, on the day they were sent (even if the deadline is after midnight).
  同一会话中该消息之后商家的第一条消息在 5:00 内（含 5:00 整）为及时；更晚、或无回复且已过期限为超时；否则为待定。
  On time when the shop's first message at or after it comes within 5:00 (inclusive); late when later,
  or when there is none and --now is past the deadline; otherwise pending.
  rate = onTime / (onTime + late)，无已判定消息时为 null；compliant = rate >= 0.8。
  满意度 / satisfaction = satisfied / (satisfied + neutral + disappointed)，按自然月 / per calendar month.

输出 / output (stdout, 一个 JSON 对象 / one JSON object):
  {"days": {"YYYY-MM-DD": {"eligible","onTime","late","pending","rate","compliant"}},
   "months": {"YYYY-MM": {"satisfied","neutral","disappointed","rate","compliant"}}}
  格式错误的行写到 stderr：{"line": N, "error": "…"}，其余行照常统计。
  Malformed lines go to stderr as {"line": N, "error": "…"}; the other lines still count.
  时间可疑的行（像秒或微秒、早于 2000 年、比现在晚一天以上）仍按原值统计，并在 stderr 提示：{"line": N, "warning": "…"}。
  A suspect ts (seconds or microseconds, before 2000, over a day ahead) still counts as given, with a
  {"line": N, "warning": "…"} on stderr.
  输入须为 UTF-8（或带 BOM 的 UTF-16）；其他编码整份拒绝，退出码 2（混有 GBK 行时说出哪几行、怎样只转换这些行）。
  Input must be UTF-8 (or UTF-16 with a BOM); else exit 2 (a log mixing in GBK lines: which lines, how to convert only those).
  输入为空（0 字节，或只有空行、字节顺序标记）时输出空的统计 {"days":{},"months":{}}（没有事件），退出码 0。
  Empty input (or only blank lines and byte order marks) has no events: {"days":{},"months":{}}, exit 0.
  有内容却没有一行能读取（全部格式错误）时照样输出空的统计，stderr 说明，退出码 2。/ Input with text but no readable line: the empty figures, a note on stderr, exit 2.
  输出写不进去（如磁盘已满）时在 stderr 说明，退出码 2。/ Output that cannot be written (disk full): one line on stderr, exit 2.

选项 / options:
  --now <时间>   判定"待定/超时"的当前时间，ISO-8601 或毫秒数；默认现在。
                 the time that decides pending vs late: ISO-8601 or epoch ms; default now.
  -h, --help     显示本帮助 / show this help

在终端上运行时，读取大文件的进度每 2 秒在 stderr 同一行刷新（输出到文件或管道时不显示） / on a terminal, stderr shows the reading progress every 2 s, in place (not into a file or pipe).

退出码 / exit code: 写出统计即为 0（空输入也是）；参数错误、输入不是 UTF-8 或无法读取、有内容却没有一行能读取、输出写不进去时为 2。
0 once the figures are written (empty input too); 2 on bad arguments, input that is not UTF-8 or cannot be read, input
with text but no readable line, or output that cannot be written.
${SHARED_EXIT_CODES}`;

type Options = { help: true } | { help: false; now: number };

function parseArgs(args: string[], clock: () => number, argBytes?: CliIO['argBytes']): { ok: true; options: Options } | { ok: false; error: string } {
  let now: number | null = null;
  // An argument as echoed: bytes that are not UTF-8 in hex, not as ���� (and control characters visible).
  const shown = (j: number) => shownArg(args[j]!, argBytes?.(args.length - 1 - j));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') return { ok: true, options: { help: true } };
    // Round 59 (ux59): `--` (the end of the options, as scripts write it) was 「未知参数 --」; stats takes no operand.
    if (arg === '--') {
      if (i + 1 < args.length) return { ok: false, error: `未知参数 / unknown argument: ${shown(i + 1)}${stdinOnlyHint('stats', 'file')}` };
      break;
    }
    let value: string | undefined;
    if (arg === '--now') {
      value = args[++i];
      if (value === undefined) return { ok: false, error: '--now 缺少取值 / --now needs a value (ISO-8601 or epoch ms)' };
    } else if (arg.startsWith('--now=')) {
      value = arg.slice('--now='.length);
    } else {
      return { ok: false, error: `未知参数 / unknown argument: ${shown(i)}${stdinOnlyHint('stats', arg)}` };
    }
    const parsed = parseNowOption(value);
    const shownValue = () => (arg === '--now' ? shown(i) : shown(i).slice('--now='.length));
    if (!parsed.ok) return { ok: false, error: `--now 无效 / invalid --now: ${value.includes('\uFFFD') ? notNowTime(shownValue()) : parsed.error}` };
    now = parsed.value;
  }
  return { ok: true, options: { help: false, now: now ?? clock() } };
}

export async function run(args: string[], io: CliIO, clock: () => number = Date.now): Promise<number> {
  const parsed = parseArgs(args, clock, io.argBytes?.bind(io));
  if (!parsed.ok) {
    io.err(`${parsed.error}\n帮助 / help: replyguard stats --help\n`);
    return 2;
  }
  if (parsed.options.help) {
    io.out(STATS_HELP);
    return 0;
  }
  const messages = new MessageLog({ idsPerSide: true }); // drops repeated (conv, dir, id) as it goes
  const ratings: Rating[] = [];
  const now = parsed.options.now;
  warnSuspectNow(io, now, clock());
  const times = timeWarnings(io, () => Math.max(now, clock()));
  let lineNumber = 0;
  // Every line malformed is no figures at all, not the empty figures of an empty input (noReadableLine).
  let malformed = 0;
  let events = 0;
  // Round 58b (ux58b): lines that are not UTF-8 are gathered to the end, so the refusal can say whether the log mixes encodings.
  const tally = new EncodingTally();
  for await (const line of io.lines()) {
    lineNumber++;
    if (line instanceof NotUtf8Line) {
      tally.notUtf8.push(line);
      continue;
    }
    // A line past the limit (round 58): named at its line like a malformed one, the others still counted.
    if (line instanceof LongLine) {
      malformed++;
      io.err(jsonLine({ line: lineNumber, error: line.message }));
      continue;
    }
    if (line.trim() === '') continue;
    tally.utf8Lines++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      malformed++;
      io.err(jsonLine({ line: lineNumber, error: `不是有效的 JSON / invalid JSON: ${jsonProblem(e, line)}` }));
      continue;
    }
    const event = parseEvent(value);
    if (!event.ok) {
      malformed++;
      io.err(jsonLine({ line: lineNumber, error: event.error }));
      continue;
    }
    events++;
    const ts = event.value.kind === 'message' ? event.value.message.ts : event.value.rating.ts;
    times.check(lineNumber, (value as { ts?: unknown }).ts, ts);
    // A workbench notice logged as a message (「客服超时未回复，会话关闭」, a recall) is no reply and no consultation (rt61 F2).
    const text = (value as { text?: unknown }).text;
    if (event.value.kind === 'message') {
      if (typeof text !== 'string' || !isNoticeRow(text)) messages.add(event.value.message);
    } else ratings.push(event.value.rating);
  }
  // Refused whole (status 2, no figures), as before: figures without those lines would count their replies as missing.
  const refusal = tally.summary();
  if (refusal) throw new InputError(refusal);
  times.finish();
  const result = { days: dailyReplyStats(messages, parsed.options.now), months: monthlySatisfaction(ratings) };
  // stdout keeps the contract's one JSON object (a script reading it still parses); the status and stderr say nothing was read.
  io.out(jsonLine(result));
  if (malformed > 0 && !events) {
    io.err(`${noReadableLine(malformed)}\n`);
    return 2;
  }
  return 0;
}
