// An append-only, columnar log of chat messages: what the metrics read.
// Ingestion does the per-message string work once — interning the conversation id to a dense
// integer and dropping a repeated (conv, dir, id), first occurrence wins (logs and exports overlap;
// a re-observed DOM row must not count twice) — so every metric after it runs on typed arrays.
// An exported log (the CLI) keys by (conv, dir, id): the workbench's exporter numbers ids per side, so buyer "1" and
// shop "1" of one conversation are two messages (rt61 F1: the shop's reply was dropped, the buyer counted unanswered).
// The extension's own rows keep (conv, id): one DOM row is one message whichever side it is read as.
// A 90-day log of a busy shop is ~500k messages in ~100k conversations.
import type { ChatMessage } from './events';

/** Conversations with more messages than this switch from a chain walk to a Set for repeat checks. */
const SMALL_CONVERSATION = 16;

export interface MessageColumns {
  length: number;
  /** Dense conversation index of each message (see `convIds`). */
  conv: Int32Array;
  ts: Float64Array;
  /** 1 for a buyer message (`in`), 0 for a shop message (`out`). */
  inbound: Uint8Array;
  ids: readonly string[];
  convIds: readonly string[];
}

export class MessageLog {
  readonly #convIndex = new Map<string, number>();
  readonly #convIds: string[] = [];
  readonly #ids: string[] = [];
  // Per message: conversation, time, direction, and the previous message of the same conversation
  // (a chain the repeat check walks, so small conversations need no structure of their own).
  #conv = new Int32Array(1024);
  #ts = new Float64Array(1024);
  #inbound = new Uint8Array(1024);
  #previousInConv = new Int32Array(1024);
  #length = 0;
  /** 1 when the side is part of a message's key (`idsPerSide`), else 0: every message is keyed as one side. */
  readonly #sideInKey: number;
  // Per conversation: its latest message and message count; big ones also get a Map from key (direction + id) to message index.
  #lastOfConv = new Int32Array(256);
  #countOfConv = new Int32Array(256);
  readonly #indexOfBigConv = new Map<number, Map<string, number>>();

  /** `idsPerSide`: ids are numbered per side (an export), so the same id on the other side is another message. */
  constructor(options: { idsPerSide?: boolean } = {}) {
    this.#sideInKey = options.idsPerSide ? 1 : 0;
  }

  static from(messages: Iterable<ChatMessage>): MessageLog {
    const log = new MessageLog();
    if (Array.isArray(messages)) {
      for (let i = 0; i < messages.length; i++) log.add(messages[i] as ChatMessage);
    } else {
      for (const message of messages) log.add(message);
    }
    return log;
  }

  get length(): number {
    return this.#length;
  }

  /** Append a message; false (and nothing stored) when its (conv, id) (with `idsPerSide`: (conv, dir, id)) is already in the log. */
  add(message: ChatMessage): boolean {
    const inbound = message.dir === 'in' ? 1 : 0;
    const side = inbound & this.#sideInKey;
    let c = this.#convIndex.get(message.conv);
    if (c === undefined) {
      c = this.#newConversation(message.conv);
    } else if (this.#find(c, message.id, side) >= 0) {
      return false;
    }
    if (this.#length === this.#ts.length) this.#growMessages();
    const i = this.#length++;
    this.#conv[i] = c;
    this.#ts[i] = message.ts;
    this.#inbound[i] = inbound;
    this.#ids.push(message.id);
    this.#previousInConv[i] = this.#lastOfConv[c]!;
    this.#lastOfConv[c] = i;
    const count = ++this.#countOfConv[c]!;
    if (count > SMALL_CONVERSATION) {
      const index = this.#indexOfBigConv.get(c);
      if (index) index.set(keyOf(message.id, side), i);
      else this.#indexOfBigConv.set(c, new Map(this.#keysOfChain(c)));
    }
    return true;
  }

  /** The index of the stored message with this key, or -1: what a repeat was kept as. */
  indexOf(message: Pick<ChatMessage, 'conv' | 'id' | 'dir'>): number {
    const c = this.#convIndex.get(message.conv);
    return c === undefined ? -1 : this.#find(c, message.id, (message.dir === 'in' ? 1 : 0) & this.#sideInKey);
  }

  /** The i-th stored message. */
  messageAt(i: number): ChatMessage {
    return { conv: this.#convIds[this.#conv[i]!]!, id: this.#ids[i]!, dir: this.#inbound[i] ? 'in' : 'out', ts: this.#ts[i]! };
  }

  /** Read-only views for the metrics' hot loops (valid until the next add). */
  columns(): MessageColumns {
    const n = this.#length;
    return {
      length: n,
      conv: this.#conv.subarray(0, n),
      ts: this.#ts.subarray(0, n),
      inbound: this.#inbound.subarray(0, n),
      ids: this.#ids,
      convIds: this.#convIds,
    };
  }

  #newConversation(conv: string): number {
    const c = this.#convIds.length;
    this.#convIndex.set(conv, c);
    this.#convIds.push(conv);
    if (c === this.#lastOfConv.length) {
      this.#lastOfConv = grown(this.#lastOfConv);
      this.#countOfConv = grown(this.#countOfConv);
    }
    this.#lastOfConv[c] = -1;
    return c;
  }

  #find(c: number, id: string, side: number): number {
    if (this.#countOfConv[c]! > SMALL_CONVERSATION) return this.#indexOfBigConv.get(c)!.get(keyOf(id, side)) ?? -1;
    for (let j = this.#lastOfConv[c]!; j >= 0; j = this.#previousInConv[j]!) if (this.#ids[j] === id && (this.#inbound[j]! & this.#sideInKey) === side) return j;
    return -1;
  }

  *#keysOfChain(c: number): Iterable<[string, number]> {
    for (let j = this.#lastOfConv[c]!; j >= 0; j = this.#previousInConv[j]!) yield [keyOf(this.#ids[j]!, this.#inbound[j]! & this.#sideInKey), j];
  }

  #growMessages(): void {
    this.#conv = grown(this.#conv);
    this.#ts = grown(this.#ts);
    this.#inbound = grown(this.#inbound);
    this.#previousInConv = grown(this.#previousInConv);
  }
}

/** A message's key within its conversation: its side (0 for both when sides share ids) and its id. */
const keyOf = (id: string, inbound: number) => (inbound ? '>' : '<') + id;

/** A typed array of twice the size with the same leading contents. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (size: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Messages as a log: an existing log as is, anything else ingested (repeats dropped). */
export function asMessageLog(messages: MessageLog | Iterable<ChatMessage>): MessageLog {
  return messages instanceof MessageLog ? messages : MessageLog.from(messages);
}
