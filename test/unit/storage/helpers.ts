import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import type { SearchDoc } from '../../../src/search';
import type { Article } from '../../../src/shared/model';
import { OwnItDatabase } from '../../../src/storage/db';

let counter = 0;
const open: OwnItDatabase[] = [];

// Every database a test made is deleted after it, in whichever test file imports this.
afterEach(async () => {
  for (const instance of open.splice(0)) await instance.delete();
});

/** A fresh, isolated database for one test, deleted when the test ends. */
export function freshDatabase(): OwnItDatabase {
  counter++;
  const db = new OwnItDatabase(`ownit-test-${process.pid}-${counter}`);
  open.push(db);
  return db;
}

/** A search fixture's document as a stored article. */
export function asArticle(doc: SearchDoc): Article {
  return {
    id: doc.id,
    title: doc.title,
    body: doc.body,
    tags: doc.tags,
    keywords: doc.keywords,
    updatedAt: 1,
    version: 1,
    source: 'local',
  };
}
