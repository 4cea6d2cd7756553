// The events the metrics read: chat messages (buyer `in`, agent `out`) and satisfaction ratings,
// and their validation from JSON (one object per JSONL line, or records from the ledger).
// Only ids, directions and times: message text is never needed for the metrics.
import { parseTimestamp, type Parsed } from './timestamp';

export type Direction = 'in' | 'out';

export interface ChatMessage {
  /** Conversation (buyer session) id. */
  conv: string;
  /** Message id, unique within its conversation. */
  id: string;
  /** `in` = from the buyer, `out` = from the shop (agent or bot). */
  dir: Direction;
  /** Epoch milliseconds. */
  ts: number;
}

export const RATING_LEVELS = ['satisfied', 'neutral', 'disappointed'] as const;
/** 满意 / 一般 / 失望 (rule 3.1.2.1). */
export type RatingLevel = (typeof RATING_LEVELS)[number];

export interface Rating {
  ts: number;
  rating: RatingLevel;
}

export type MetricEvent = { kind: 'message'; message: ChatMessage } | { kind: 'rating'; rating: Rating };

const fail = (error: string): Parsed<never> => ({ ok: false, error });

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** conv and id: non-empty strings; integers are accepted too (platform ids are numeric) and kept as text. */
function parseId(record: Record<string, unknown>, field: 'conv' | 'id'): Parsed<string> {
  const value = record[field];
  if (value === undefined) return fail(`缺少字段 ${field} / missing field "${field}"`);
  if (typeof value === 'string') {
    return value === '' ? fail(`字段 ${field} 为空 / field "${field}" is empty`) : { ok: true, value };
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { ok: true, value: String(value) };
  return fail(`字段 ${field} 须为字符串，收到 ${typeName(value)} / field "${field}" must be a string, got ${typeName(value)}`);
}

function parseTs(record: Record<string, unknown>): Parsed<number> {
  if (record.ts === undefined) return fail(`缺少字段 ts / missing field "ts"`);
  const ts = parseTimestamp(record.ts);
  return ts.ok ? ts : fail(`ts 无效 / invalid ts: ${ts.error}`);
}

function parseRating(record: Record<string, unknown>): Parsed<MetricEvent> {
  const level = record.rating;
  if (level === undefined) return fail(`缺少字段 rating / missing field "rating"`);
  if (typeof level !== 'string' || !(RATING_LEVELS as readonly string[]).includes(level)) {
    return fail(
      `rating 须为 satisfied（满意）、neutral（一般）或 disappointed（失望），收到 ${JSON.stringify(level)} / rating must be "satisfied", "neutral" or "disappointed", got ${JSON.stringify(level)}`,
    );
  }
  const ts = parseTs(record);
  if (!ts.ok) return ts;
  return { ok: true, value: { kind: 'rating', rating: { ts: ts.value, rating: level as RatingLevel } } };
}

function parseMessage(record: Record<string, unknown>): Parsed<MetricEvent> {
  const conv = parseId(record, 'conv');
  if (!conv.ok) return conv;
  const id = parseId(record, 'id');
  if (!id.ok) return id;
  const dir = record.dir;
  if (dir === undefined) return fail(`缺少字段 dir / missing field "dir"`);
  if (dir !== 'in' && dir !== 'out') {
    return fail(`dir 须为 "in"（买家）或 "out"（商家），收到 ${JSON.stringify(dir)} / dir must be "in" (buyer) or "out" (shop), got ${JSON.stringify(dir)}`);
  }
  const ts = parseTs(record);
  if (!ts.ok) return ts;
  return { ok: true, value: { kind: 'message', message: { conv: conv.value, id: id.value, dir, ts: ts.value } } };
}

/**
 * Validate one event already decoded from JSON. A record with `"type": "rating"` is a rating;
 * one without `type` (or with `"type": "message"`) is a chat message. Extra fields are ignored.
 */
export function parseEvent(value: unknown): Parsed<MetricEvent> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`事件须为 JSON 对象，收到 ${typeName(value)} / an event must be a JSON object, got ${typeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  const type = record.type;
  if (type === 'rating') return parseRating(record);
  if (type === undefined || type === 'message') return parseMessage(record);
  return fail(`未知事件类型 ${JSON.stringify(type)}（应为 "rating" 或省略） / unknown event type ${JSON.stringify(type)} (expected "rating" or none)`);
}

/** Validate one JSONL line. */
export function parseEventLine(line: string): Parsed<MetricEvent> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(`不是有效的 JSON / invalid JSON: ${(e as Error).message}`);
  }
  return parseEvent(value);
}
