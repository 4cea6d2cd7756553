// Round 68 (engload68): the model's tables are built once per page, cold, at the first lint that needs them. Its weights
// are decoded by the engine's own Uint8Array.fromBase64 where there is one (Chromium 140+), as the term table's are,
// not through atob and a loop over 140k bytes; elsewhere (Node 20) the atob path gives the same bytes.
import { expect, test, vi } from 'vitest';
import { base64ToBytes } from '../../../rules/base64';
import { MODEL_DATA } from '../../../rules/model/weights.generated';

type WithFromBase64 = { fromBase64?: (s: string) => Uint8Array };

test('the atob path decodes base64 as Node does', () => {
  const native = (Uint8Array as unknown as WithFromBase64).fromBase64;
  (Uint8Array as unknown as WithFromBase64).fromBase64 = undefined;
  try {
    for (const text of [MODEL_DATA.weights, '', 'AA==', '/+8=', 'AAEC']) {
      expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(text, 'base64')), text.slice(0, 8)).toBe(true);
    }
  } finally {
    (Uint8Array as unknown as WithFromBase64).fromBase64 = native;
  }
}, 60_000);

test('the model decodes its weights with Uint8Array.fromBase64 where the engine has it, and scores as through atob', async () => {
  const text = '这款面霜用了三天脸就烂了，你们卖的就是假货吧，我要投诉你们';
  const scores = async () => {
    vi.resetModules(); // a fresh classifier module: its model is built on first use
    const { strongestGram } = await import('../../../rules/model/classifier');
    return [0, 1, 2, 3, 4, 5, 6].map((c) => strongestGram(text, c));
  };
  const native = (Uint8Array as unknown as WithFromBase64).fromBase64;
  const decoded: string[] = [];
  (Uint8Array as unknown as WithFromBase64).fromBase64 = (s: string) => {
    decoded.push(s);
    return new Uint8Array(Buffer.from(s, 'base64'));
  };
  let withNative: number[];
  try {
    withNative = await scores();
  } finally {
    (Uint8Array as unknown as WithFromBase64).fromBase64 = native;
  }
  expect(decoded).toContain(MODEL_DATA.weights);
  (Uint8Array as unknown as WithFromBase64).fromBase64 = undefined;
  try {
    expect(await scores()).toEqual(withNative);
  } finally {
    (Uint8Array as unknown as WithFromBase64).fromBase64 = native;
  }
}, 60_000);
