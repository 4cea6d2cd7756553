// What the CLI prints: JSON lines any reader splits correctly, JSON numbers kept as written, and
// readable reports in which text taken from the input cannot drive the terminal.

/** A JSON value already written as JSON text (an input's number token, kept digit for digit). */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * One JSON line. JSON.stringify leaves U+2028/U+2029 raw, and readers that split lines on them
 * (Python's str.splitlines, JavaScript before ES2019) would cut the record in two.
 */
export function jsonLine(value: Record<string, unknown>): string {
  const body = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${v instanceof RawJson ? v.text : JSON.stringify(v)}`)
    .join(',');
  return `{${body}}`.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029')) + '\n';
}

/**
 * The raw text of a top-level member's value in a JSON object text that JSON.parse has accepted
 * (the last one when the key repeats, as JSON.parse does). Lets a 19-digit id be echoed exactly.
 */
export function rawMember(json: string, key: string): string | undefined {
  let i = skipSpace(json, 0);
  if (json[i] !== '{') return undefined;
  i++;
  let found: string | undefined;
  while (i < json.length) {
    i = skipSpace(json, i);
    if (json[i] === '}' || json[i] !== '"') return found;
    const keyEnd = endOfString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, skipSpace(json, keyEnd) + 1); // past ':'
    const valueEnd = endOfValue(json, i);
    if (name === key) found = json.slice(i, valueEnd);
    i = skipSpace(json, valueEnd);
    if (json[i] === ',') i++;
  }
  return found;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

function endOfString(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return j + 1;
}

function endOfValue(s: string, i: number): number {
  if (s[i] === '"') return endOfString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '"') j = endOfString(s, j) - 1;
      else if (s[j] === '{' || s[j] === '[') depth++;
      else if (s[j] === '}' || s[j] === ']') if (--depth === 0) return j + 1;
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && /[-+.0-9a-zA-Z]/.test(s[j]!)) j++; // number, true, false, null
  return j;
}

// C0 and C1 controls (ESC starts colour, title and screen-clearing sequences; \r overwrites a line),
// bidi embeddings, overrides, isolates and marks (they reorder the rest of the line), and the
// Unicode line and paragraph separators. Tab stays. And lone surrogates (a JSON "\ud800"; round 57, ux57): they have no
// UTF-8 form, so written out they became �, read as a broken encoding; shown as <U+D800>.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from the input as a readable report shows it: control characters as \xNN (\n as \n), bidi
 * controls as <U+202E>, as git and ls do. Only for human-readable output; JSON output stays exact.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * JSON.parse's message for a line, with a Chinese note where V8's English alone does not tell the fix (round 57, ux57): a
 * raw control character inside a string (a NUL or tab an exporter wrote as the byte itself) read only as 「Bad control
 * character in string literal in JSON at position 18」; it now names the character, where it is (in characters, as a
 * reader counts) and how JSON writes it.
 */
export function jsonProblem(e: unknown, line: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /^Bad control character in string literal.* at position (\d+)/.exec(message);
  if (!at) return joinedOrInvisible(message, line) ?? message;
  const pos = Number(at[1]);
  const code = line.charCodeAt(pos);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${CONTROL_NAMES[code] ? `（${CONTROL_NAMES[code]}）` : ''}`;
  const escaped = `\\u${code.toString(16).padStart(4, '0')}`;
  return `第 ${Array.from(line.slice(0, pos)).length + 1} 个字符是控制字符 ${name}，JSON 字符串里不能直接出现，须写成 ${escaped}（请让导出工具按 JSON 转义，或删去它） / ${message}`;
}

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 9: '制表符 Tab', 10: '换行 LF', 13: '回车 CR', 27: 'ESC' };

// Characters a screen shows as nothing (or as a plain space), by name.
const INVISIBLE_NAMES: Record<number, string> = {
  0xfeff: '字节顺序标记 BOM', 0x200b: '零宽空格', 0x200c: '零宽非连接符', 0x200d: '零宽连接符', 0x2060: '词连接符', 0x00a0: '不换行空格', 0x3000: '全角空格',
};

/**
 * Round 59 (ux59): V8's 「Unexpected non-whitespace character after JSON at position 70」 for `cat a.jsonl b.jsonl` where a
 * ends without a line end (a's last event and b's first on one line, both lost unsaid), and 「Expected double-quoted
 * property name at position 7」 for a U+FEFF the screen does not show: what happened and where, in Chinese first.
 */
function joinedOrInvisible(message: string, line: string): string | null {
  const at = / at position (\d+)/.exec(message);
  if (!at) return null;
  const pos = Number(at[1]);
  const nth = Array.from(line.slice(0, pos)).length + 1;
  const code = line.codePointAt(pos) ?? -1;
  const invisible = INVISIBLE_NAMES[code];
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const seen = invisible ? `第 ${nth} 个字符是看不见的 ${hex}（${invisible}），JSON 里不能出现在这里` : '';
  if (/^Unexpected non-whitespace character after JSON/.test(message)) {
    const rest = line.slice(pos).replace(/^[\uFEFF\u200B\u2060\u00A0\u3000\s]+/, '');
    const second = rest.startsWith('{') ? '另一个 JSON 对象' : '别的内容';
    return `这一行在一个完整的 JSON 对象之后还有${second}（第 ${nth} 个字符起${invisible ? `，先是看不见的 ${hex}（${invisible}）` : ''}）：` +
      `多半是前一个文件的最后一行没有换行，拼接（cat）时两行连成了一行，两行都没有读取；请在接缝处补一个换行 / ${message}` +
      (rest.startsWith('{') ? ' (two JSON objects on one line: a file with no final line end joined to the next?)' : '');
  }
  return invisible ? `${seen} / ${message}` : null;
}

// JSON's names for a value's type, Chinese / English.
const JSON_TYPES: Record<string, [string, string]> = {
  object: ['对象', 'an object'],
  array: ['数组', 'an array'],
  number: ['数字', 'a number'],
  boolean: ['布尔值', 'a boolean'],
  null: ['null', 'null'],
};

/**
 * Round 58b (ux58b): a "text" that is there but not a string (an object from a tool that nests the message, a number)
 * was called 「缺少」 (missing), sending the agent to look for a field that is right there. Round 59 (ux59): audit said
 * 「text 须为字符串」 with no type; both commands say it here. `what`: a lint --jsonl draft or an audited shop message.
 */
export function notStringText(text: unknown, what: 'draft' | 'message'): string {
  const kind = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
  const [zh, en] = JSON_TYPES[kind] ?? [kind, kind];
  const [whatZh, whatEn] = what === 'draft' ? ['草稿', 'the draft'] : ['消息', 'the message'];
  return `字段 "text" 不是字符串，而是${zh}：${whatZh}须写成字符串，例如 "text": "您好" / field "text" is not a string but ${en}: ${whatEn} must be a string`;
}
