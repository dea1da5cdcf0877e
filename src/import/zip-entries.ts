// Reading a .zip without trusting it. The central directory is read by hand so every entry's place in
// the file is known: entries whose bytes overlap (one file shared by thousands of entries, each
// declaring a tiny size), or whose headers and sizes disagree, are refused before anything is
// inflated. An entry is then inflated as a stream that stops as soon as it passes its declared size or
// the caller's budget, and its CRC-32 is checked. Pure; no DOM, no Node.
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  /** The size the archive declares once unpacked. */
  size: number;
  /** Where the entry's compressed bytes start and end in the archive. */
  dataStart: number;
  dataEnd: number;
  /** Where its local header starts: the entry owns the bytes from here to dataEnd. */
  headerStart: number;
}

export class ZipProblem extends Error {}

/** The entry would take the unpacked total past the caller's budget. */
export class OverBudget extends ZipProblem {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function nameOf(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

/**
 * Every entry of the archive, in central-directory order; throws ZipProblem for anything inconsistent:
 * no end record, ZIP64, more than `maxEntries` entries, headers out of bounds or disagreeing, entries
 * whose bytes overlap.
 */
export function readZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipProblem('no end-of-archive record; the file is cut short or not a .zip');
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryStart = u32(bytes, end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff)
    throw new ZipProblem('ZIP64 archives are not supported');
  if (count > maxEntries) throw new ZipProblem(`more than ${maxEntries} entries`);
  if (directoryStart + directorySize > end) throw new ZipProblem('its directory lies outside the file');
  const entries: ZipEntry[] = [];
  const disagreeing: string[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL)
      throw new ZipProblem(`directory entry ${i + 1} is damaged`);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw new ZipProblem(`directory entry ${i + 1} is damaged`);
    const name = nameOf(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const local = u32(bytes, at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ZipProblem('ZIP64 archives are not supported');
    if (local + 30 > directoryStart || u32(bytes, local) !== LOCAL)
      throw new ZipProblem(`${name}: its local header is missing or out of place`);
    const localName = u16(bytes, local + 26);
    const dataStart = local + 30 + localName + u16(bytes, local + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryStart) throw new ZipProblem(`${name}: its data runs past the end of the entries`);
    if (u16(bytes, local + 8) !== u16(bytes, at + 10) || localName !== nameLength) disagreeing.push(name);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      encrypted: (flags & 1) !== 0,
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      dataStart,
      dataEnd,
      headerStart: local,
    });
    at = next;
  }
  // Each entry (local header and data) must own its bytes: sorted by start, none may begin before the
  // previous one ends.
  const spans = entries
    .map((entry) => [entry.headerStart, entry.dataEnd, entry.name] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]![0] < spans[i - 1]![1]) {
      throw new ZipProblem(`entries ${spans[i - 1]![2]} and ${spans[i]![2]} share the same bytes`);
    }
  }
  if (disagreeing.length > 0)
    throw new ZipProblem(`${disagreeing[0]}: its local header disagrees with the directory`);
  return entries;
}

let table: Uint32Array | undefined;

function crc32(crc: number, data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compressed bytes pushed per step: a deflate stream inflates at most ~1,032× per byte. */
const STEP = 4096;

/**
 * The entry's bytes. Inflates step by step and stops (throwing ZipProblem) as soon as the output passes
 * the declared size or `budget` bytes; refuses an entry that ends short of its size or fails its CRC.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array {
  const limit = Math.min(entry.size, budget);
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipProblem(`${entry.name}: its sizes disagree`);
    if (entry.size > budget) throw new OverBudget(entry.name);
    out = data;
  } else if (entry.method === 8) {
    out = new Uint8Array(limit);
    let written = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > limit) {
        if (limit < entry.size) throw new OverBudget(entry.name);
        throw new ZipProblem(`${entry.name}: it unpacks to more than the ${entry.size} bytes it declares`);
      }
      out.set(chunk, written);
      written += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < data.length && !ended; at += STEP) {
        inflater.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
      }
    } catch (error) {
      if (error instanceof ZipProblem) throw error;
      throw new ZipProblem(`${entry.name}: its compressed data is damaged (${(error as Error).message})`);
    }
    if (written !== entry.size)
      throw new ZipProblem(
        `${entry.name}: it unpacks to ${written} bytes, not the ${entry.size} it declares`,
      );
  } else {
    throw new ZipProblem(`${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (crc32(0, out) !== entry.crc)
    throw new ZipProblem(`${entry.name}: its checksum does not match its content`);
  return out;
}
