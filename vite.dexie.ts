import { resolve } from 'node:path';
import type { Alias } from 'vite';

/**
 * Dexie's own ES module build, for every extension bundle that opens a database (panel and worker,
 * options page, meaning host). The package's entry wraps its ES5 UMD build in a CommonJS shim to guard
 * against two copies in one app, which one bundle cannot have; the ES module build is about 2 kB
 * smaller in gzip. Node and the tests import the package as it is.
 */
export const DEXIE_ESM: Alias = {
  find: /^dexie$/,
  replacement: resolve(import.meta.dirname, 'node_modules/dexie/dist/modern/dexie.mjs'),
};
