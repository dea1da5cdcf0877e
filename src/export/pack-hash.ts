// The content hash of a pack (docs/pack-format.md): lowercase hex SHA-256 of the UTF-8 bytes of
// JSON.stringify(pack) where pack is the parsed object without its `sha256` key, keys in file order.

export function packHashInput(pack: Record<string, unknown>): string {
  const { sha256: _ignored, ...rest } = pack;
  return JSON.stringify(rest);
}

export async function packSha256(pack: Record<string, unknown>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(packHashInput(pack)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The pack with `sha256` added as its last key (a previous hash is replaced). */
export async function signPack<T extends Record<string, unknown>>(pack: T): Promise<T & { sha256: string }> {
  const { sha256: _old, ...rest } = pack;
  return { ...(rest as T), sha256: await packSha256(rest) };
}
