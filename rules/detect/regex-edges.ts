// What the first (or last) UTF-16 unit of a regex match can be, read from the regex source. Cue rules test
// `after` patterns (^…) and `before` patterns (…$) on the few units next to an anchor hit, and most hits fail
// on the very first unit: knowing the units a pattern can start (end) with lets judge() reject those hits
// from one char code, without cutting the neighbourhood string or running the regex.
//
// The analysis is conservative: a lookaround, a negated class, \p{…}, '.', a backreference or any syntax it
// does not know counts as "any unit", so a table never says "cannot match" for a string the regex matches.
// Patterns with flags other than u, s, d (i, m, g, y change what ^, $ and letters mean) get no table.

/** Units a match can start (or end) with, and whether the match can be empty. */
export interface Edge {
  /**
   * One bit per BMP unit (unit u: bit u & 31 of word u >>> 5), for sets larger than `list` holds; undefined
   * when `list` holds the set or when any unit may come first (last).
   */
  units: Uint32Array | undefined;
  /** The units in ascending order, for sets of up to SMALL_SET units (most edges: a handful of first characters). */
  list: Uint16Array | undefined;
  /** The pattern can match the empty string (then no unit is required). */
  empty: boolean;
}

type Ranges = [number, number][];
/** A set of units as ranges; `any` when it cannot be bounded. */
export interface UnitSet {
  any: boolean;
  ranges: Ranges;
}
/** A parsed pattern (also read by detect/regex-needs.ts). */
export type Node =
  | { t: 'char'; first: UnitSet; last: UnitSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'repeat'; body: Node; min: number; max: number }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'zero' } // other zero-width assertions: lookarounds, \b, \B
  | { t: 'unknown' }; // backreferences: any units, maybe empty

const ANY: UnitSet = { any: true, ranges: [] };
const set = (...ranges: Ranges): UnitSet => ({ any: false, ranges });
const HIGH: [number, number] = [0xd800, 0xdbff];
const LOW: [number, number] = [0xdc00, 0xdfff];
// \s in JavaScript.
const SPACE: Ranges = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];

class Unsupported extends Error {}

/** A parser for the regex syntax the rules use; throws Unsupported on anything else. */
class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('trailing');
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const src = this.src;
    let min: number | undefined;
    let max = Infinity;
    const c = src[this.i];
    if (c === '*' || c === '?') (min = 0), (max = c === '?' ? 1 : Infinity);
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return atom; // a literal '{' was already taken by atom() in that case
      this.i += m[0].length - 1;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    }
    if (min === undefined) return atom;
    this.i++;
    if (src[this.i] === '?') this.i++; // lazy
    if (atom.t === 'start' || atom.t === 'end' || atom.t === 'zero') return atom;
    return { t: 'repeat', body: atom, min, max };
  }

  private atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '^') return this.i++, { t: 'start' };
    if (c === '$') return this.i++, { t: 'end' };
    if (c === '.') return this.i++, { t: 'char', first: ANY, last: ANY };
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported(c);
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(this.i))) throw new Unsupported('quantifier without atom');
    return this.literal();
  }

  /** One literal character: a unit, or in unicode mode a whole code point. */
  private literal(): Node {
    const cp = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
    this.i += cp > 0xffff ? 2 : 1;
    return codePointNode(cp);
  }

  private group(): Node {
    const src = this.src;
    this.i++; // (
    let zero = false;
    if (src[this.i] === '?') {
      const look = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(this.i));
      if (!look) throw new Unsupported('group');
      zero = look[0] === '?=' || look[0] === '?!' || look[0] === '?<=' || look[0] === '?<!'; // lookarounds
      this.i += look[0].length;
    }
    const body = this.alternation();
    if (src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return zero ? { t: 'zero' } : body;
  }

  private escape(): Node {
    const src = this.src;
    this.i++; // backslash
    const c = src[this.i]!;
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return this.i++, { t: 'zero' };
    if (/[1-9]/.test(c) || c === 'k') throw new Unsupported('backreference');
    const ranges = this.classEscape();
    if (ranges === 'any') return { t: 'char', first: ANY, last: ANY };
    if (ranges) return { t: 'char', first: set(...ranges), last: set(...ranges) };
    return codePointNode(this.characterEscape());
  }

  /** \d \s \w and their negations, \p{…}: ranges, 'any', or undefined when the escape is not a class. */
  private classEscape(): Ranges | 'any' | undefined {
    const c = this.src[this.i]!;
    if (c === 'd' || c === 's' || c === 'w') {
      this.i++;
      return c === 'd' ? DIGIT : c === 's' ? SPACE : WORD;
    }
    if (c === 'D' || c === 'S' || c === 'W') return this.i++, 'any';
    if ((c === 'p' || c === 'P') && this.unicode) {
      const m = /^[pP]\{[^}]*\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('\\p');
      this.i += m[0].length;
      return 'any';
    }
    return undefined;
  }

  /** The code point of a character escape (\n, \u4e00, \u{1f436}, \x41, \.), the backslash already read. */
  private characterEscape(): number {
    const src = this.src;
    const c = src[this.i]!;
    const simple: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c, '0': 0 };
    if (c in simple && !(c === '0' && /[0-9]/.test(src[this.i + 1] ?? ''))) return this.i++, simple[c]!;
    if (c === 'u') {
      const braced = this.unicode ? /^u\{([0-9a-fA-F]+)\}/.exec(src.slice(this.i)) : null;
      if (braced) return (this.i += braced[0].length), parseInt(braced[1]!, 16);
      const m = /^u([0-9a-fA-F]{4})/.exec(src.slice(this.i));
      if (!m) throw new Unsupported('\\u');
      this.i += m[0].length;
      const unit = parseInt(m[1]!, 16);
      // \ud83d\udc36 in unicode mode is one code point.
      if (this.unicode && unit >= 0xd800 && unit <= 0xdbff) {
        const lo = /^\\u(d[c-f][0-9a-f]{2})/i.exec(src.slice(this.i));
        if (lo) {
          this.i += lo[0].length;
          return (unit - 0xd800) * 0x400 + (parseInt(lo[1]!, 16) - 0xdc00) + 0x10000;
        }
      }
      return unit;
    }
    if (c === 'x') {
      const m = /^x([0-9a-fA-F]{2})/.exec(src.slice(this.i));
      if (!m) throw new Unsupported('\\x');
      this.i += m[0].length;
      return parseInt(m[1]!, 16);
    }
    if (c === 'c' || /[0-9]/.test(c)) throw new Unsupported(`\\${c}`);
    // Identity escape: \. \/ \- \( …
    const cp = this.unicode ? src.codePointAt(this.i)! : src.charCodeAt(this.i);
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private charClass(): Node {
    const src = this.src;
    this.i++; // [
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const first: Ranges = [];
    const last: Ranges = [];
    let any = false;
    const addPoint = (lo: number, hi: number) => {
      if (hi <= 0xffff) {
        first.push([lo, hi]);
        last.push([lo, hi]);
        return;
      }
      if (lo <= 0xffff) {
        first.push([lo, 0xffff]);
        last.push([lo, 0xffff]);
      }
      first.push(HIGH); // astral code points start with a high and end with a low surrogate
      last.push(LOW);
    };
    // In JavaScript the first ']' closes the class ([] matches nothing, [^] anything).
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Unsupported('unclosed class');
      const lo = this.classAtom();
      if (lo === 'any' || Array.isArray(lo)) {
        if (lo === 'any') any = true;
        else for (const r of lo) addPoint(r[0], r[1]);
        continue;
      }
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi !== 'number') throw new Unsupported('class range');
        if (hi < lo) throw new Unsupported('range order');
        addPoint(lo, hi);
        continue;
      }
      addPoint(lo, lo);
    }
    this.i++; // ]
    if (negated || any) return { t: 'char', first: ANY, last: ANY };
    return { t: 'char', first: set(...first), last: set(...last) };
  }

  /** One class member: a code point, the ranges of a class escape, or 'any'. */
  private classAtom(): number | Ranges | 'any' {
    const src = this.src;
    if (src[this.i] !== '\\') {
      const cp = this.unicode ? src.codePointAt(this.i)! : src.charCodeAt(this.i);
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    }
    this.i++;
    const c = src[this.i];
    if (c === 'b') return this.i++, 0x08; // backspace inside a class
    if (c === '-') return this.i++, 0x2d;
    const ranges = this.classEscape();
    if (ranges !== undefined) return ranges;
    return this.characterEscape();
  }
}

function codePointNode(cp: number): Node {
  if (cp <= 0xffff) return { t: 'char', first: set([cp, cp]), last: set([cp, cp]) };
  const hi = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
  const lo = ((cp - 0x10000) % 0x400) + 0xdc00;
  return { t: 'char', first: set([hi, hi]), last: set([lo, lo]) };
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'repeat':
      return n.min === 0 || nullable(n.body);
    default:
      return true;
  }
}

function union(sets: UnitSet[]): UnitSet {
  if (sets.some((s) => s.any)) return ANY;
  return set(...sets.flatMap((s) => s.ranges));
}

/** Units a non-empty match of `n` can start with (`fromEnd`: end with). */
function edgeUnits(n: Node, fromEnd: boolean): UnitSet {
  switch (n.t) {
    case 'char':
      return fromEnd ? n.last : n.first;
    case 'seq': {
      const items = fromEnd ? [...n.items].reverse() : n.items;
      const parts: UnitSet[] = [];
      for (const item of items) {
        parts.push(edgeUnits(item, fromEnd));
        if (!nullable(item)) break;
      }
      return union(parts);
    }
    case 'alt':
      return union(n.alts.map((a) => edgeUnits(a, fromEnd)));
    case 'repeat':
      return edgeUnits(n.body, fromEnd);
    case 'unknown':
      return ANY;
    default:
      return set();
  }
}

/** Whether every match of `n` is pinned to the input's start (^ first on every path) or end ($ last). */
function anchored(n: Node, atEnd: boolean): boolean {
  switch (n.t) {
    case 'start':
      return !atEnd;
    case 'end':
      return atEnd;
    case 'seq': {
      // The anchor must come before (after) anything that consumes input; zero-width assertions may precede it.
      const items = atEnd ? [...n.items].reverse() : n.items;
      for (const item of items) {
        if (anchored(item, atEnd)) return true;
        if (item.t !== 'zero') return false;
      }
      return false;
    }
    case 'alt':
      return n.alts.every((a) => anchored(a, atEnd));
    default:
      return false;
  }
}

// Bitsets shared between patterns with the same units (many cues start with the same words): 8 KB each.
const bitsets = new Map<string, Uint32Array>();
/**
 * Sets of at most this many units are kept as a sorted list instead (280 of the 340 distinct sets): a
 * unit's bit in an 8 KB bitset is a cache miss of its own per test, a 64-byte list is one line that stays warm.
 */
const SMALL_SET = 32;
const lists = new Map<string, Uint16Array>();

function toEdge(units: UnitSet, empty: boolean): Edge {
  if (units.any) return { units: undefined, list: undefined, empty };
  const ranges = [...units.ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const members = new Set<number>();
  for (const [lo, hi] of ranges) {
    for (let u = lo; u <= Math.min(hi, 0xffff) && members.size <= SMALL_SET; u++) members.add(u);
    if (members.size > SMALL_SET) break;
  }
  const key = ranges.join(';');
  if (members.size <= SMALL_SET) {
    let list = lists.get(key);
    if (!list) lists.set(key, (list = Uint16Array.from([...members].sort((a, b) => a - b))));
    return { units: undefined, list, empty };
  }
  let bits = bitsets.get(key);
  if (!bits) {
    bits = new Uint32Array(0x10000 / 32);
    for (const [lo, hi] of ranges) for (let u = lo; u <= Math.min(hi, 0xffff); u++) bits[u >>> 5]! |= 1 << (u & 31);
    bitsets.set(key, bits);
  }
  return { units: bits, list: undefined, empty };
}

/** The pattern's tree, or undefined for syntax the parser does not know (callers then assume anything). */
export function parsePattern(source: string, unicode: boolean): Node | undefined {
  try {
    return new Parser(source, unicode).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function analyse(re: RegExp, atEnd: boolean): Edge | undefined {
  if (/[^usd]/.test(re.flags)) return undefined;
  const tree = parsePattern(re.source, re.unicode);
  if (!tree || !anchored(tree, atEnd)) return undefined;
  return toEdge(edgeUnits(tree, atEnd), nullable(tree));
}

/** For a pattern whose every match starts at index 0 (^…): the units its matches can start with. */
export function leadingEdge(re: RegExp): Edge | undefined {
  return analyse(re, false);
}

/** For a pattern whose every match ends at the input's end (…$): the units its matches can end with. */
export function trailingEdge(re: RegExp): Edge | undefined {
  return analyse(re, true);
}

/**
 * Whether a string whose first (leading) or last (trailing) unit is `unit` (-1: the empty string) may match
 * the pattern the edge was read from. False means it certainly does not.
 */
export function mayMatch(edge: Edge | undefined, unit: number): boolean {
  if (!edge || edge.empty) return true;
  if (unit < 0) return false;
  const list = edge.list;
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const u = list[i]!;
      if (u >= unit) return u === unit;
    }
    return false;
  }
  return edge.units === undefined || ((edge.units[unit >>> 5]! >>> (unit & 31)) & 1) === 1;
}
