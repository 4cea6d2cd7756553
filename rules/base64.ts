// Base64 to bytes, for the tables the engine ships as text (the prebuilt term automaton, the model's weights).

/** Base64 to bytes: natively where the engine has Uint8Array.fromBase64 (Chromium 140+), else through atob. */
export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  // atob's string holds only units below 256, so its units are its bytes.
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
