/** Short random ids; record identity only, never security. Pure so shared/ needs no crypto API. */
export function newId(prefix = ''): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return prefix + s;
}
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
