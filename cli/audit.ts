// `replyguard audit`: batch quality inspection (质检) of an exported chat log. Reads the same JSONL
// events as `stats`, where agent messages may carry their `text` (and an `agent` name), lints every
// agent message with the same engine as the extension, and reports violations by clause and agent
// beside the 5-minute reply figures (late replies listed). Readable by default, `--json` for tools.
import { CLAUSES, type CitedClause } from '../rules/clauses';
import { formatBeijing } from '../rules/metrics/beijing-time';
import { parseEvent, type Rating } from '../rules/metrics/events';
import { MessageLog } from '../rules/metrics/message-log';
import { isNoticeRow } from '../rules/metrics/notice-rows';
import { classifyBuyerMessages, dailyReplyStats } from '../rules/metrics/reply-rate';
import { monthlySatisfaction } from '../rules/metrics/satisfaction';
import { notNowTime, parseNowOption } from '../rules/metrics/timestamp';
import type { Finding, Severity } from '../rules/types';
import { EMPTY_INPUT, EncodingTally, InputError, LongLine, NotUtf8Line, noReadableLine, shownArg, stdinOnlyHint, type CliIO } from './io';
import { SHARED_EXIT_CODES } from './exit-codes';
import { jsonLine, jsonProblem, notStringText, visible } from './output';
import { timeWarnings, warnSuspectNow } from './time-check';

export const AUDIT_HELP = `用法 / usage: replyguard audit [--json] [--now <时间>] [--max <条数>] < chatlog.jsonl

聊天记录质检：逐条检查商家消息是否违反第二章（与插件同一引擎），并给出 5 分钟回复率与超时消息。
Quality inspection of a chat log: lints every shop message against chapter 2 (the extension's own
engine) and reports the 5-minute reply figures with the late buyer messages.

输入 / input（每行一个 JSON 对象，与 stats 相同，另可带 text 与 agent）:
  {"conv": "c1", "id": "m1", "dir": "in" | "out", "ts": …, "text": "…", "agent": "小王"}
  {"type": "rating", "ts": …, "rating": "satisfied" | "neutral" | "disappointed"}
  只检查 dir 为 "out" 且带 text 的消息；同一 (conv, dir, id) 只算一次（买家 "1" 与商家 "1" 是两条消息）：后一份带文字而
  先前的没有时检查后一份；文字不同时只检查先前的，并在 stderr 写出 {"line": N, "warning": "…"}。
  Only "out" messages with a text are linted; a repeated (conv, dir, id) counts once: a later copy with text where the
  first had none is linted; one with a different text is named on stderr.
  格式错误的行写到 stderr {"line": N, "error": "…"}；时间可疑（像秒或微秒、早于 2000 年、晚于现在一天以上）的行
  仍按原值计入，并写 {"line": N, "warning": "…"}。输入须为 UTF-8（或带 BOM 的 UTF-16），否则整份拒绝，退出码 2
  （UTF-8 与 GBK 混合时说出哪几行不是 UTF-8，并给出只转换这些行的命令）。
  Malformed lines go to stderr; a suspect ts still counts, with a warning there. Input must be UTF-8
  (or UTF-16 with a BOM), else it is refused with exit 2 (a log mixing UTF-8 and GBK: which lines, and how to convert only those).

选项 / options:
  --json         输出一个 JSON 对象（供其他工具读取）/ print one JSON object
  --now <时间>   判定超时的当前时间（ISO-8601 或毫秒）/ the time that decides late vs pending
  --max <条数>   可读报告中最多列出的违规与超时条数，默认 50 / items listed in the readable report (default 50)
  -h, --help     显示本帮助 / show this help

在终端上运行时，读取大文件的进度每 2 秒在 stderr 同一行刷新（输出到文件或管道时不显示） / on a terminal, stderr shows the reading progress every 2 s, in place (not into a file or pipe).

退出码 / exit code: 有拦截或警告级违规时为 1，否则为 0；参数错误、输入为空（0 字节，或只有空行、字节顺序标记）、没有一行能读取
（全部格式错误）、输入无法读取或输出写不进去（如磁盘已满）为 2。
1 when any block or warn violation was found, else 0; 2 on bad arguments, empty input (or only blank lines and byte
order marks), no readable line (all malformed), unreadable input or output that cannot be written (disk full).
${SHARED_EXIT_CODES}`;

interface Options {
  json: boolean;
  now: number;
  max: number;
}

interface Violation {
  conv: string;
  id: string;
  ts: number;
  agent?: string;
  findings: Finding[];
}

interface Tally {
  block: number;
  warn: number;
  info: number;
}

export interface AuditReport {
  summary: {
    conversations: number;
    buyerMessages: number;
    shopMessages: number;
    lintedMessages: number;
    violatingMessages: number;
    malformedLines: number;
    /**
     * Repeats of a shop message (same conv, dir and id) whose text differs from the copy kept: not linted, each named on
     * stderr as {"line", "warning"}; present only when there are some (rt61 F1).
     */
    differingRepeats?: number;
    /** Lines whose text is a workbench notice row (recall, 会话关闭, 系统自动回复): not counted as messages (rt61 F2). */
    noticeRows?: number;
    /** Lines counted as given but with a suspect ts (warned on stderr); present only when there are some. */
    suspectTimeLines?: number;
  };
  byClause: Record<string, Tally>;
  byAgent: Record<string, { linted: number; violating: number } & Tally>;
  days: ReturnType<typeof dailyReplyStats>;
  months: ReturnType<typeof monthlySatisfaction>;
  violations: Violation[];
  late: { conv: string; id: string; ts: number; replyTs: number | null; waitMs: number | null }[];
}

/** A 32-bit FNV-1a hash of a text, never 0 (0 stands for "no text"). */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

const differingRepeat = (m: { conv: string; id: string }, keptLine: number) =>
  `与第 ${keptLine} 行是同一条商家消息（会话 ${m.conv}，消息 ${m.id}）但文字不同：只检查并计入第 ${keptLine} 行，这一行的文字未检查 / ` +
  `same shop message as line ${keptLine} (conv ${m.conv}, id ${m.id}) with a different text: only line ${keptLine} is linted and counted, this line's text was not checked`;

const SEVERITY_ZH: Record<Severity, string> = { block: '拦截', warn: '警告', info: '提示' };
const NO_AGENT = '（未注明 / unnamed）';

function parseArgs(args: string[], clock: () => number, argBytes?: CliIO['argBytes']): Options | { help: true } | { error: string } {
  const options: Options = { json: false, now: clock(), max: 50 };
  // An argument as echoed: bytes that are not UTF-8 in hex, not as ���� (and control characters visible).
  const shown = (j: number) => shownArg(args[j]!, argBytes?.(args.length - 1 - j));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const at = i;
    const value = () => inline ?? args[++i];
    // The value as echoed: its own argument, or the part after `=` of this one (the flag is ASCII).
    const shownValue = () => (inline !== undefined ? shown(at).slice(flag.length + 1) : shown(i));
    if (flag === '-h' || flag === '--help') return { help: true };
    // Round 59 (ux59): `--` (the end of the options, as scripts write it) was 「未知参数 --」; audit takes no operand.
    if (arg === '--') {
      if (i + 1 < args.length) return { error: `未知参数 / unknown argument: ${shown(i + 1)}${stdinOnlyHint('audit', 'file')}` };
      break;
    }
    if (flag === '--json') options.json = true;
    else if (flag === '--now') {
      const raw = value();
      if (raw === undefined) return { error: '--now 缺少取值 / --now needs a value (ISO-8601 or epoch ms)' };
      const parsed = parseNowOption(raw);
      if (!parsed.ok) return { error: `--now 无效 / invalid --now: ${raw.includes('\uFFFD') ? notNowTime(shownValue()) : parsed.error}` };
      options.now = parsed.value;
    } else if (flag === '--max') {
      const raw = value();
      // Digits only: Number('') and Number(' ') are 0, so `--max ''` (an unset shell variable) listed nothing.
      // Spaces around them are dropped, as --now drops them (rt55 F10: ' 5' was refused, --now ' 1796…' taken).
      if (raw === undefined || !/^\d+$/.test(raw.trim())) {
        const got = raw === undefined ? '没有取值 / (none)' : raw.trim() ? shownValue() : `空值 / empty ${JSON.stringify(raw)}`;
        return { error: `--max 须为非负整数 / --max must be a non-negative integer, got ${got}` };
      }
      options.max = Number(raw.trim());
    } else return { error: `未知参数 / unknown argument: ${shown(i)}${stdinOnlyHint('audit', arg)}` };
  }
  return options;
}

export async function run(args: string[], io: CliIO, clock: () => number = Date.now): Promise<number> {
  const parsed = parseArgs(args, clock, io.argBytes?.bind(io));
  if ('error' in parsed) {
    io.err(`${parsed.error}\n帮助 / help: replyguard audit --help\n`);
    return 2;
  }
  if ('help' in parsed) {
    io.out(AUDIT_HELP);
    return 0;
  }
  warnSuspectNow(io, parsed.now, clock());
  const report = await audit(io, parsed.now, Math.max(parsed.now, clock()));
  io.out(parsed.json ? jsonLine(report as unknown as Record<string, unknown>) : formatAudit(report, parsed.max));
  return report.violations.some((v) => v.findings.some((f) => f.severity !== 'info')) ? 1 : 0;
}

/**
 * Reads the log from `io`, reporting each malformed line on stderr as {"line", "error"} and each suspect
 * time as {"line", "warning"}. `latest`: the latest plausible time of an event (a day is allowed on top).
 */
export async function audit(io: CliIO, now: number, latest: number = Math.max(now, Date.now())): Promise<AuditReport> {
  const input = io.lines(); // first: a terminal shows its hint before the engine loads
  const linter = (await import('../rules/engine')).createLinter();
  const messages = new MessageLog({ idsPerSide: true });
  const ratings: Rating[] = [];
  const conversations = new Set<string>();
  const report: AuditReport = {
    summary: { conversations: 0, buyerMessages: 0, shopMessages: 0, lintedMessages: 0, violatingMessages: 0, malformedLines: 0 },
    byClause: {},
    byAgent: {},
    days: {},
    months: {},
    violations: [],
    late: [],
  };
  const bad = (line: number, error: string) => {
    report.summary.malformedLines++;
    io.err(jsonLine({ line, error }));
  };

  const times = timeWarnings(io, () => latest);
  // Per stored shop message (by its index in `messages`): the line it was read from and a hash of its linted text
  // (0: none yet), so a repeat can be told apart from the copy kept without holding any text.
  const lineOf: number[] = [];
  const textHashOf: number[] = [];
  let lineNumber = 0;
  // A log with no text at all is refused (EMPTY_INPUT): its 「✓ 未发现违规」 and status 0 read as a pass.
  let sawText = false;
  // Lines read as events: none with text present means every line was malformed (noReadableLine).
  let events = 0;
  // Round 58b (ux58b): lines that are not UTF-8 are gathered to the end, so the refusal can say whether the log mixes encodings.
  const tally = new EncodingTally();
  for await (const line of input) {
    lineNumber++;
    // A line past the limit (round 58): named at its line like a malformed one, the others still counted.
    if (line instanceof LongLine) {
      sawText = true;
      bad(lineNumber, line.message);
      continue;
    }
    if (line instanceof NotUtf8Line) {
      tally.notUtf8.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    sawText = true;
    tally.utf8Lines++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      bad(lineNumber, `不是有效的 JSON / invalid JSON: ${jsonProblem(e, line)}`);
      continue;
    }
    const event = parseEvent(value);
    if (!event.ok) {
      bad(lineNumber, event.error);
      continue;
    }
    events++;
    times.check(lineNumber, (value as { ts?: unknown }).ts, event.value.kind === 'rating' ? event.value.rating.ts : event.value.message.ts);
    if (event.value.kind === 'rating') {
      ratings.push(event.value.rating);
      continue;
    }
    const message = event.value.message;
    const { text, agent } = value as { text?: unknown; agent?: unknown };
    // A workbench notice logged as a message (「客服超时未回复，会话关闭」, 「你撤回了一条消息」) is nobody's message: no
    // reply, no consultation, nothing to lint (rt61 F2; notes §2, docs/timers-and-ledger.md).
    if (typeof text === 'string' && isNoticeRow(text)) {
      report.summary.noticeRows = (report.summary.noticeRows ?? 0) + 1;
      continue;
    }
    // The same message exported twice counts, and is inspected, once. A repeat is not dropped unseen (rt61 F1): a copy
    // with text where the kept one had none is linted; a copy whose text differs from the linted one is named on stderr.
    if (!messages.add(message)) {
      if (message.dir !== 'out' || typeof text !== 'string') continue;
      const kept = messages.indexOf(message);
      const keptHash = textHashOf[kept] ?? 0;
      if (keptHash === hashText(text)) continue;
      if (keptHash !== 0) {
        report.summary.differingRepeats = (report.summary.differingRepeats ?? 0) + 1;
        io.err(jsonLine({ line: lineNumber, warning: differingRepeat(message, lineOf[kept]!) }));
        continue;
      }
    } else {
      conversations.add(message.conv);
      if (message.dir !== 'out') continue;
      report.summary.shopMessages++;
      lineOf[messages.length - 1] = lineNumber;
    }
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      bad(lineNumber, notStringText(text, 'message'));
      continue;
    }
    const index = messages.indexOf(message);
    textHashOf[index] = hashText(text);
    lineOf[index] = lineNumber;
    const agentName = typeof agent === 'string' && agent.trim() ? agent.trim() : typeof agent === 'number' ? String(agent) : undefined;
    // Round 62 (ux62): the engine failing on a message (it threw, or a rule in it did) was counted as a malformed line, or
    // not at all (lint() drops a failed rule's findings): the report then read as whole, with exit 0 or 1. It is
    // ReplyGuard's own failure: the run stops with no report (main: status 70, 内部错误 on stderr).
    const { findings, errors } = linter.lintDetailed(text);
    if (errors.length) throw new Error(`第 ${lineNumber} 行：规则 ${errors.map((e) => `${e.rule}（${e.error}）`).join('、')}出错 / line ${lineNumber}: rule ${errors.map((e) => e.rule).join(', ')} failed`);
    report.summary.lintedMessages++;
    const perAgent = (report.byAgent[agentName ?? NO_AGENT] ??= { linted: 0, violating: 0, block: 0, warn: 0, info: 0 });
    perAgent.linted++;
    if (!findings.length) continue;
    if (findings.some((f) => f.severity !== 'info')) {
      report.summary.violatingMessages++;
      perAgent.violating++;
    }
    for (const f of findings) {
      (report.byClause[f.clause] ??= { block: 0, warn: 0, info: 0 })[f.severity]++;
      perAgent[f.severity]++;
    }
    report.violations.push({ conv: message.conv, id: message.id, ts: message.ts, ...(agentName ? { agent: agentName } : {}), findings });
  }

  // A log not all UTF-8 is refused whole (status 2), as before: its other lines' figures would be half the story.
  const refusal = tally.summary();
  if (refusal) throw new InputError(refusal);
  if (!sawText) throw new InputError(EMPTY_INPUT);
  if (report.summary.malformedLines > 0 && !events) throw new InputError(noReadableLine(report.summary.malformedLines));
  times.finish();
  if (times.count) report.summary.suspectTimeLines = times.count;
  const outcomes = classifyBuyerMessages(messages, now);
  report.summary.conversations = conversations.size;
  report.summary.buyerMessages = outcomes.length;
  report.days = dailyReplyStats(messages, now);
  report.months = monthlySatisfaction(ratings);
  report.late = outcomes
    .filter((o) => o.eligible && o.status === 'late')
    .sort((a, b) => a.ts - b.ts)
    .map((o) => ({ conv: o.conv, id: o.id, ts: o.ts, replyTs: o.replyTs, waitMs: o.replyTs === null ? null : o.replyTs - o.ts }));
  report.byClause = Object.fromEntries(Object.entries(report.byClause).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return report;
}

/**
 * A rate as shown beside its verdict. Rounded to 0.1 % as before, except that a figure under the threshold is never
 * shown as the threshold (rt61 F3: 1999 of 2500 = 79.96 % read 「80.0% 未达标」): it is cut, not rounded, to 0.01 %.
 */
export const percent = (rate: number | null, compliant: boolean | null = null) => {
  if (rate === null) return '—';
  const shown = (rate * 100).toFixed(1);
  if (compliant !== false || Number(shown) < 80) return `${shown}%`;
  // The tiny lift keeps an exact k/10000 (e.g. 0.7996 × 10000 = 7995.999…) from losing its last digit; no count-based
  // rate below 0.8 comes within 1e-13 of it.
  return `${(Math.floor(rate * 10_000 + 1e-9) / 100).toFixed(2)}%`;
};
const verdictOf = (compliant: boolean | null) => (compliant === null ? '待定' : compliant ? '达标' : '未达标');
/**
 * A late reply's wait as listed (rt61 F5): seconds rounded up, so a wait past 5:00 by a fraction (5:00.400) never reads
 * 「5:00」, which the rule counts on time; an hour or more as hours and minutes (33 h read 「1981:00」).
 */
export const waitShown = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)} 小时 ${Math.floor((seconds % 3600) / 60)} 分`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

export function formatAudit(report: AuditReport, max: number): string {
  const s = report.summary;
  const out: string[] = [];
  out.push('质检报告 / audit report');
  out.push(`会话 ${s.conversations}，买家消息 ${s.buyerMessages}，商家消息 ${s.shopMessages}（检查 ${s.lintedMessages} 条，违规 ${s.violatingMessages} 条）${s.malformedLines ? `，格式错误 ${s.malformedLines} 行（见 stderr）` : ''}${s.suspectTimeLines ? `，时间可疑 ${s.suspectTimeLines} 行（仍计入，见 stderr）` : ''}${s.differingRepeats ? `，重复消息文字不同 ${s.differingRepeats} 行（未检查，见 stderr）` : ''}${s.noticeRows ? `，系统提示行 ${s.noticeRows} 行（撤回、会话关闭等，不计为消息）` : ''}`);
  out.push('');
  // rt61 F6: messages are counted in 条, findings in 处 (one message can hold several), so the totals tie together.
  out.push('按条款（问题处数，一条消息可有多处） / by clause (findings):');
  const clauses = Object.entries(report.byClause);
  // With malformed lines, 「✓ 未发现违规」 alone read as a pass of the whole log: the lines not checked are said with it.
  const textless = s.shopMessages - s.lintedMessages;
  if (!clauses.length && textless > 0 && s.lintedMessages === 0) {
    // rt61 F7: a log without text (the extension's export stores none by default) got a bare all-clear for 0 of N checked.
    out.push(
      `  未检查：${s.shopMessages} 条商家消息都没有文字（text），无法检查违规（插件导出的统计默认不含消息文字，质检须用带 text 的聊天记录） / ` +
        `not checked: none of the ${s.shopMessages} shop messages has a text (the extension's export stores no text by default)`,
    );
  } else if (!clauses.length) {
    out.push(s.malformedLines ? `  ✓ 读取的各行未发现违规；另有 ${s.malformedLines} 行格式错误，未检查（见 stderr） / no findings in the lines read; ${s.malformedLines} malformed lines were not checked` : '  ✓ 未发现违规 / no findings');
  }
  if (textless > 0 && s.lintedMessages > 0) {
    out.push(
      `  注意：${s.shopMessages} 条商家消息中有 ${textless} 条没有文字（text），未检查违规；插件导出的统计默认不含消息文字，质检须用带 text 的聊天记录 / ` +
        `note: ${textless} of ${s.shopMessages} shop messages have no text and were not checked; the extension's export stores no text by default`,
    );
  }
  for (const [clause, t] of clauses) {
    const c = CLAUSES[clause as CitedClause];
    out.push(`  ${clause} ${c?.title.zh ?? ''}：拦截 ${t.block} 处，警告 ${t.warn} 处，提示 ${t.info} 处${c ? `  后果：${c.penalty.zh}` : ''}`);
  }
  const agents = Object.entries(report.byAgent);
  if (agents.length > 1 || (agents.length === 1 && agents[0]![0] !== NO_AGENT)) {
    out.push('');
    out.push('按客服 / by agent:');
    for (const [agent, a] of agents.sort((x, y) => y[1].violating - x[1].violating)) {
      out.push(`  ${agent}：检查 ${a.linted} 条，违规 ${a.violating} 条（问题：拦截 ${a.block} 处，警告 ${a.warn} 处）`);
    }
  }
  out.push('');
  out.push('5 分钟回复率 / 5-minute reply rate（08:00–24:00，北京时间）:');
  const days = Object.entries(report.days);
  if (!days.length) out.push('  （无买家消息 / no buyer messages）');
  for (const [day, d] of days) {
    if (d.eligible === 0) {
      // Only buyer messages before 08:00 that day: nothing counts, so nothing is pending either.
      out.push(`  ${day}  — 无计入的消息（买家消息都在 08:00 前）/ nothing counted (all before 08:00)`);
      continue;
    }
    out.push(`  ${day}  ${percent(d.rate, d.compliant)} ${verdictOf(d.compliant)}  及时 ${d.onTime}，超时 ${d.late}，待定 ${d.pending}`);
  }
  for (const [month, m] of Object.entries(report.months)) {
    // The month states its verdict as the day does (rt61 F3: JSON said compliant:false, the line said nothing).
    out.push(`  ${month} 满意度 ${percent(m.rate, m.compliant)} ${verdictOf(m.compliant)}（满意 ${m.satisfied}，一般 ${m.neutral}，失望 ${m.disappointed}）`);
  }
  if (report.violations.length) {
    out.push('');
    out.push(`违规与提示明细 / messages with findings（${Math.min(max, report.violations.length)} / ${report.violations.length} 条消息，含只有提示的）:`);
    for (const v of report.violations.slice(0, max)) {
      out.push(`  ${formatBeijing(v.ts)}  会话 ${v.conv}  消息 ${v.id}${v.agent ? `  ${v.agent}` : ''}`);
      for (const f of v.findings) out.push(`    ${SEVERITY_ZH[f.severity]} ${f.clause} ${f.rule}「${f.match}」 ${f.message}`);
    }
  }
  if (report.late.length) {
    out.push('');
    out.push(`超时消息 / late buyer messages（${Math.min(max, report.late.length)} / ${report.late.length}）:`);
    for (const l of report.late.slice(0, max)) {
      out.push(`  ${formatBeijing(l.ts)}  会话 ${l.conv}  消息 ${l.id}  ${l.waitMs === null ? '未回复 / no reply' : `等待 ${waitShown(l.waitMs)}`}`);
    }
  }
  // Conversation ids, agent names and matches come from the log: shown, never obeyed by the terminal.
  return out.map(visible).join('\n') + '\n';
}
