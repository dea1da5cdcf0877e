import { parsePack } from '../shared/pack-schema';
import { database } from '../storage/db';
import { seedStarterPack } from '../storage/seed';
import starter from '../storage/starter-pack.json';

/** Installs or refreshes the starter pack; never overwrites what the agent edited. */
export async function installStarterPack(): Promise<void> {
  const parsed = parsePack(starter);
  if (!parsed.ok) {
    console.error('Own It: the bundled starter pack is invalid', parsed.errors);
    return;
  }
  const outcome = await seedStarterPack(database(), parsed.pack);
  console.info('Own It: starter pack', outcome);
}
