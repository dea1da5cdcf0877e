// The stored search index's copy in the extension's private file system (OPFS), read by the panel
// beside the database instead of the index row's Blob (docs/architecture.md, "Search"). The database
// stays the source of truth: the file is used only when it is whole and names the same save as the
// stored row (its change seq and save time), so a missing, stale, damaged or half-written file is never
// used. The excerpt texts stay in their row, read after the first answer.
//
// Layout (little-endian): a 40-byte header, then the index's bytes (as snapshot-bytes.ts packs them).
//   0  "OwnItIx1"          8 bytes
//   8  seq                f64   the change log's last change the index reflects (the row's dataVersion)
//  16  savedAt            f64   the row's savedAt
//  24  items              u32
//  28  length             u32   of the index's bytes
//  32  checksum           u32   of the index's bytes (checksum below)
//  36  header checksum    u32   of bytes 0–35

export const SNAPSHOT_FILE = 'search-index';
export const FILE_HEAD = 40;
export const MAGIC = 'OwnItIx1';

export interface FileHead {
  seq: number;
  savedAt: number;
  items: number;
  length: number;
  sum: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** FNV-1a over 32-bit words (the last bytes zero-padded), folded with the length. */
export function checksum(bytes: Uint8Array): number {
  const words = bytes.byteLength >>> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let hash = 0x811c9dc5 ^ bytes.byteLength;
  for (let i = 0; i < words; i++) hash = Math.imul(hash ^ view.getUint32(i * 4, true), 0x01000193);
  let tail = 0;
  for (let i = words * 4; i < bytes.byteLength; i++) tail |= bytes[i]! << (8 * (i - words * 4));
  return Math.imul(hash ^ tail, 0x01000193) >>> 0;
}

/** A file's header checked against the file's size; a reason when it is not a whole file of this kind. */
export function readHead(head: ArrayBuffer, fileSize: number): Checked<FileHead> {
  if (head.byteLength < FILE_HEAD) return { ok: false, reason: 'cut short in its header' };
  const bytes = new Uint8Array(head, 0, FILE_HEAD);
  const view = new DataView(head);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) return { ok: false, reason: 'not a search index file' };
  }
  if (view.getUint32(36, true) !== checksum(bytes.subarray(0, 36))) {
    return { ok: false, reason: 'damaged header' };
  }
  const value: FileHead = {
    seq: view.getFloat64(8, true),
    savedAt: view.getFloat64(16, true),
    items: view.getUint32(24, true),
    length: view.getUint32(28, true),
    sum: view.getUint32(32, true),
  };
  if (FILE_HEAD + value.length !== fileSize) return { ok: false, reason: 'cut short or too long' };
  return { ok: true, value };
}

/** The index's bytes when they are those the header names. */
export function checkBody(bytes: ArrayBuffer | undefined, head: FileHead): Checked<ArrayBuffer> {
  if (!bytes || bytes.byteLength !== head.length) return { ok: false, reason: 'cut short' };
  if (checksum(new Uint8Array(bytes)) !== head.sum) return { ok: false, reason: 'damaged' };
  return { ok: true, value: bytes };
}
