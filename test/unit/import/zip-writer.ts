// Writes .zip files byte by byte for tests, including ones no honest tool would write: a hook may
// rewrite the central directory (entries pointing at the same bytes, sizes that lie).
import { deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate `data` (method 8) instead of storing it. */
  deflate?: boolean;
  /** Use these bytes as the deflated content (method 8) as they are. */
  deflated?: Uint8Array;
  /** Override the declared size / CRC (both headers). */
  size?: number;
  crc?: number;
}

export interface CentralRecord {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

let table: Uint32Array | undefined;
export function crc32Of(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const byte of data) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function writeZip(
  entries: RawEntry[],
  rewrite?: (central: CentralRecord[]) => CentralRecord[],
): Uint8Array {
  const parts: Buffer[] = [];
  let offset = 0;
  const central: CentralRecord[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.deflate || entry.deflated ? 8 : 0;
    const body = entry.deflated ?? (entry.deflate ? deflateRawSync(entry.data) : entry.data);
    const record: CentralRecord = {
      name: entry.name,
      method,
      crc: entry.crc ?? crc32Of(entry.data),
      compressedSize: body.length,
      size: entry.size ?? entry.data.length,
      offset,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(record.crc, 14);
    local.writeUInt32LE(record.compressedSize, 18);
    local.writeUInt32LE(record.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(body));
    offset += 30 + name.length + body.length;
    central.push(record);
  }
  const records = rewrite ? rewrite(central) : central;
  const start = offset;
  for (const record of records) {
    const name = Buffer.from(record.name, 'utf8');
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x800, 8);
    head.writeUInt16LE(record.method, 10);
    head.writeUInt32LE(record.crc, 16);
    head.writeUInt32LE(record.compressedSize, 20);
    head.writeUInt32LE(record.size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(record.offset, 42);
    parts.push(head, name);
    offset += 46 + name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  parts.push(end);
  return new Uint8Array(Buffer.concat(parts));
}
