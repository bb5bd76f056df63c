/**
 * A random 128-bit id as 32 hex digits. `crypto.randomUUID` is `[SecureContext]`: on a plain-http
 * page it is missing, content scripts included, and the content script threw before highlighting
 * anything. `crypto.getRandomValues` is available in every context (and in Node).
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
