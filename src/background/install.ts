import { parsePack } from '../shared/pack-schema';
import { database } from '../storage/db';
import { MeaningDatabase } from '../storage/meaning-db';
import { seedStarterPack } from '../storage/seed';
import starter from '../storage/starter-pack.json';
import starterVectors from '../storage/starter-pack.vectors?url';
import { storeVectorsOf } from './pack-sync-vectors';

/**
 * Installs or refreshes the starter pack; never overwrites what the agent edited. Its items' meaning
 * vectors come with it (src/storage/starter-pack.vectors), stored first, so the meaning host embeds none.
 */
export async function installStarterPack(): Promise<void> {
  const parsed = parsePack(starter);
  if (!parsed.ok) {
    console.error('Own It: the bundled starter pack is invalid', parsed.errors);
    return;
  }
  const db = database();
  const vectors = await storeVectorsOf(db, new MeaningDatabase(), 'starter', parsed.pack, async () => {
    const response = await fetch(starterVectors);
    return response.ok
      ? new Uint8Array(await response.arrayBuffer())
      : { refused: `the starter vectors answered ${response.status}` };
  });
  const outcome = await seedStarterPack(db, parsed.pack);
  console.info('Own It: starter pack', outcome, 'vectors', vectors);
}
