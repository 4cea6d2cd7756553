// Stable message ids. The workbench gives each row an id (`0_<buyerId>_…`); when a page gives
// none, the id is derived from what identifies the row across re-renders, scroll-back and other
// tabs: conversation, direction, printed stamp, a hash of the text, and which occurrence of that
// same (direction, stamp, text) it is. The text is only hashed, never kept.

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const hashText = (text: string): string => hash53(text.replace(/\s+/g, ' ').trim()).toString(36);

export interface RowIdentity {
  conv: string;
  dir: 'in' | 'out' | 'system';
  /** The printed stamp text, '' when the row shows none. */
  stamp: string;
  textHash: string;
  /** 0 for the first row with this (dir, stamp, textHash) in the conversation, 1 for the next … */
  occurrence: number;
}

/** The derived id of a row without an id of its own ("d:" marks it as derived). */
export function derivedMessageId(row: RowIdentity): string {
  return 'd:' + hash53([row.conv, row.dir, row.stamp, row.textHash, row.occurrence].join('\u0001')).toString(36);
}
