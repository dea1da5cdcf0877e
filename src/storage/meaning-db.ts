// Where meaning vectors are kept (their own database, `ownit-meaning`, beside the knowledge database of
// src/storage/db.ts) and the stamp that says which phrases a row was made from. The meaning host writes
// rows it embedded; a team-pack sync and the starter pack's seeding write rows that came with the
// knowledge (src/meaning/shipped-vectors.ts).
import type { PhraseVectors } from '../meaning/meaning-index';
import { Database } from './idb/database';
import type { Table } from './idb/table';

export interface VectorRow extends PhraseVectors {
  id: string;
  /** Hash of the phrases the vectors were made from. */
  stamp: string;
}

export class MeaningDatabase extends Database {
  declare vectors: Table<VectorRow, string>;
  constructor(name = 'ownit-meaning') {
    super(name, [{ version: 1, stores: { vectors: 'id' } }]);
  }
}

export { stampOf } from '../meaning/stamp';
