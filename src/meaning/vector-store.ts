// Where meaning vectors are kept (their own database, `ownit-meaning`) and the stamp that says which
// phrases a row was made from. The meaning host writes rows it embedded; a team-pack sync and the starter
// pack's seeding write rows that came with the knowledge (src/meaning/shipped-vectors.ts).
import Dexie, { type Table } from 'dexie';
import type { PhraseVectors } from './meaning-index';

export interface VectorRow extends PhraseVectors {
  id: string;
  /** Hash of the phrases the vectors were made from. */
  stamp: string;
}

export class MeaningDatabase extends Dexie {
  vectors!: Table<VectorRow, string>;
  constructor(name = 'ownit-meaning') {
    super(name);
    this.version(1).stores({ vectors: 'id' });
  }
}

/** FNV-1a over the phrases: changes when what would be embedded changes. */
export function stampOf(phrases: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = phrases.join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
