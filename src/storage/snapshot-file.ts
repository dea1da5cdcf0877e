// The stored search index's copy in the extension's private file system (OPFS), read by the panel
// beside the database instead of the row's Blob (docs/architecture.md, "Search"). The database stays the
// source of truth: the file is used only when it is whole and names the same save as the stored row
// (its change seq and save time), so a missing, stale, damaged or half-written file is never used.
//
// Layout (little-endian): a 48-byte header, then the index's bytes, then its excerpt texts' bytes (each
// as snapshot-bytes.ts packs them).
//   0  "OwnItIx1"          8 bytes
//   8  seq                f64   the change log's last change the index reflects (the row's dataVersion)
//  16  savedAt            f64   the row's savedAt
//  24  items              u32
//  28  main length        u32
//  32  texts length       u32
//  36  main checksum      u32   (checksum below)
//  40  texts checksum     u32
//  44  header checksum    u32   of bytes 0–43

export const SNAPSHOT_FILE = 'search-index';
export const FILE_HEAD = 48;
const MAGIC = 'OwnItIx1';

export interface FileHead {
  seq: number;
  savedAt: number;
  items: number;
  mainLength: number;
  textsLength: number;
  mainSum: number;
  textsSum: number;
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

/** The header of a file holding `main` and `texts`, as saved at `seq` and `savedAt`. */
export function fileHead(
  seq: number,
  savedAt: number,
  items: number,
  main: Uint8Array,
  texts: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const head = new Uint8Array(FILE_HEAD);
  const view = new DataView(head.buffer);
  for (let i = 0; i < MAGIC.length; i++) head[i] = MAGIC.charCodeAt(i);
  view.setFloat64(8, seq, true);
  view.setFloat64(16, savedAt, true);
  view.setUint32(24, items, true);
  view.setUint32(28, main.byteLength, true);
  view.setUint32(32, texts.byteLength, true);
  view.setUint32(36, checksum(main), true);
  view.setUint32(40, checksum(texts), true);
  view.setUint32(44, checksum(head.subarray(0, 44)), true);
  return head;
}

/** A file's header checked against the file's size; a reason when it is not a whole file of this kind. */
export function readHead(head: ArrayBuffer, fileSize: number): Checked<FileHead> {
  if (head.byteLength < FILE_HEAD) return { ok: false, reason: 'shorter than its header' };
  const bytes = new Uint8Array(head, 0, FILE_HEAD);
  const view = new DataView(head);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) return { ok: false, reason: 'not a search index file' };
  }
  if (view.getUint32(44, true) !== checksum(bytes.subarray(0, 44))) {
    return { ok: false, reason: 'its header is damaged' };
  }
  const value: FileHead = {
    seq: view.getFloat64(8, true),
    savedAt: view.getFloat64(16, true),
    items: view.getUint32(24, true),
    mainLength: view.getUint32(28, true),
    textsLength: view.getUint32(32, true),
    mainSum: view.getUint32(36, true),
    textsSum: view.getUint32(40, true),
  };
  if (FILE_HEAD + value.mainLength + value.textsLength !== fileSize) {
    return { ok: false, reason: 'cut short or too long (a write did not finish)' };
  }
  return { ok: true, value };
}

/** Whether a part's bytes are those the header names. */
export function checkPart(bytes: ArrayBuffer | undefined, length: number, sum: number): Checked<ArrayBuffer> {
  if (!bytes || bytes.byteLength !== length) return { ok: false, reason: 'a part is missing or cut short' };
  if (checksum(new Uint8Array(bytes)) !== sum) return { ok: false, reason: 'a part is damaged' };
  return { ok: true, value: bytes };
}
