import 'fake-indexeddb/auto';
import { OwnItDatabase } from '../../../src/storage/db';

let counter = 0;

/** A fresh, isolated database for one test. */
export function freshDatabase(): OwnItDatabase {
  counter++;
  return new OwnItDatabase(`ownit-test-${process.pid}-${counter}`);
}
