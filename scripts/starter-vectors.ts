// Writes the starter pack's meaning vectors (src/storage/starter-pack.vectors) and the pack's `meaning`
// key that names them, so a fresh install has every starter item's vectors without the model embedding
// any. Run after editing the starter pack: `npx tsx scripts/starter-vectors.ts`
// (test/unit/meaning/starter-vectors.test.ts fails until it is).
import { readFile, writeFile } from 'node:fs/promises';
import { attachVectors } from '../src/cli/pack-vectors';
import type { Pack } from '../src/shared/model';

const PACK = new URL('../src/storage/starter-pack.json', import.meta.url).pathname;

const pack = JSON.parse(await readFile(PACK, 'utf8')) as Pack;
const outcome = await attachVectors(pack, PACK);
await writeFile(PACK, `${JSON.stringify(outcome.pack, null, 2)}\n`);
console.log(
  JSON.stringify({
    file: outcome.file,
    items: outcome.items,
    embedded: outcome.embedded,
    bytes: outcome.bytes,
  }),
);
