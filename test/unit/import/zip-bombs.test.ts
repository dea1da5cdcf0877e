// Hostile .zip files: entries sharing one file's bytes, entries that unpack to more than they declare,
// headers that disagree. Each is refused as a whole, quickly and without unpacking the bomb.
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_BYTES, parseMarkdownZip } from '../../../src/import/markdown-zip';
import { crc32Of, writeZip } from './zip-writer';

const errorsOf = (result: ReturnType<typeof parseMarkdownZip>) =>
  result.errors.filter((e) => e.severity === 'error').map((e) => e.message);

describe('zip bombs', () => {
  it('refuses entries that overlap: many names over one stored file, each declaring 1 byte', () => {
    const body = new Uint8Array(1024 * 1024).fill(0x61);
    // One real entry, then 200 more pointing at its local header and declaring a 1-byte size.
    const zip = writeZip([{ name: 'real.md', data: body }], (central) => {
      const first = central[0]!;
      return [
        first,
        ...Array.from({ length: 200 }, (_, i) => ({
          ...first,
          name: `copy-${i}.md`,
          size: 1,
          compressedSize: 1,
        })),
      ];
    });
    const result = parseMarkdownZip('bomb.zip', zip);
    expect(result.items).toEqual([]);
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(/^not a readable \.zip file \(entries .* share the same bytes\)$/),
    ]);
  });

  it('refuses the audit’s 21 MB zip (2,000 entries over one 20 MB stored file) in well under 20 s and 1 GB', () => {
    const body = new Uint8Array(20 * 1024 * 1024).fill(0x62);
    const zip = writeZip([{ name: 'big.md', data: body }], (central) => {
      const first = central[0]!;
      return Array.from({ length: 2000 }, (_, i) => ({
        ...first,
        name: `dir-${i}/a.md`,
        size: 1,
        compressedSize: 1,
      }));
    });
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const result = parseMarkdownZip('overlap.zip', zip);
    const ms = performance.now() - started;
    const grown = process.memoryUsage().rss - rss;
    expect(errorsOf(result)).toHaveLength(1);
    expect(errorsOf(result)[0]).toMatch(/share the same bytes/);
    expect(ms).toBeLessThan(20_000);
    expect(grown).toBeLessThan(1024 * 1024 * 1024);
  });

  it('stops inflating an entry at its declared size: 64 MB of zeros declaring 10 bytes is refused', () => {
    const zeros = deflateRawSync(new Uint8Array(64 * 1024 * 1024));
    const zip = writeZip([{ name: 'zeros.md', data: new Uint8Array(0), deflated: zeros, size: 10, crc: 0 }]);
    const started = performance.now();
    const result = parseMarkdownZip('liar.zip', zip);
    const ms = performance.now() - started;
    expect(errorsOf(result)).toEqual([
      'not a readable .zip file (zeros.md: it unpacks to more than the 10 bytes it declares)',
    ]);
    // A benchmark figure, not a bound: stopping early is what keeps it short.
    console.log(`liar.zip (64 MB of zeros declaring 10 bytes) refused in ${ms.toFixed(1)} ms`);
  });

  it('stops at the 100 MB cap, counting each entry’s real size when it is larger than declared', () => {
    // Two honest entries of 60 MB each: over the cap once the second is unpacked.
    const sixty = new Uint8Array(60 * 1024 * 1024).fill(0x20);
    const zip = writeZip([
      { name: 'a.md', data: sixty, deflate: true },
      { name: 'b.md', data: sixty, deflate: true },
    ]);
    expect(errorsOf(parseMarkdownZip('big.zip', zip))).toEqual([
      `the archive holds more than ${MAX_ZIP_BYTES / 1024 / 1024} MB once unpacked; split it into smaller ones`,
    ]);
  });

  it('refuses an entry whose content fails its checksum or ends short of its size', () => {
    const text = new TextEncoder().encode('---\ntitle: A\n---\nBody\n');
    const badCrc = writeZip([{ name: 'a.md', data: text, deflate: true, crc: 1234 }]);
    expect(errorsOf(parseMarkdownZip('crc.zip', badCrc))).toEqual([
      'not a readable .zip file (a.md: its checksum does not match its content)',
    ]);
    const short = writeZip([{ name: 'a.md', data: text, deflate: true, size: text.length + 5 }]);
    expect(errorsOf(parseMarkdownZip('short.zip', short))[0]).toMatch(
      /unpacks to \d+ bytes, not the \d+ it declares/,
    );
    const stored = writeZip([{ name: 'a.md', data: text, size: text.length + 1 }]);
    expect(errorsOf(parseMarkdownZip('stored.zip', stored))[0]).toMatch(/damaged|disagree|past the end/);
  });

  it('still reads ordinary archives, stored or deflated (fflate’s own zips)', () => {
    const file = (title: string) => new TextEncoder().encode(`---\ntitle: ${title}\n---\nBody of ${title}\n`);
    const zip = zipSync({
      'kb/one.md': file('One'),
      'kb/two.md': [file('Two'), { level: 0 }],
      'kb/': new Uint8Array(0),
    });
    const result = parseMarkdownZip('kb.zip', zip);
    expect(errorsOf(result)).toEqual([]);
    expect(result.items.map((item) => (item.item as { title: string }).title)).toEqual(['One', 'Two']);
    expect(crc32Of(file('One'))).toBeGreaterThan(0);
  });
});
