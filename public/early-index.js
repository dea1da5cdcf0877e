// Reads the stored search index while the panel's code loads (docs/architecture.md, "Search"): the index
// row and its bytes first, then its excerpt texts' row, which the panel attaches once its index is in use.
// In the same transaction: whether the starter pack is installed and the empowerment rules, so that the
// panel's first answer waits for no read of its own connection (src/sidepanel/knowledge.ts).
(() => {
  const startedAt = performance.mark('ownit:early-start').startTime;
  const later = () => {
    let settle;
    const promise = new Promise((done) => {
      settle = done;
    });
    return { promise, settle };
  };
  const texts = later();
  // The change log after the stored index, read before the texts: when it is empty (the usual open)
  // the panel needs no other read before it answers. At most MAX_REPLAY + 1 (src/storage/search-store.ts).
  const changes = later();
  // Whether the starter pack is installed and the empowerment rules, the panel's other reads before its
  // first answer, with the version of the database they were read from.
  const seed = later();
  const row = new Promise((done) => {
    let open;
    const fail = () => {
      done(undefined);
      texts.settle(undefined);
      changes.settle(undefined);
      seed.settle(undefined);
    };
    try {
      open = indexedDB.open('ownit');
    } catch {
      return fail();
    }
    // A fresh install: Dexie creates the database, not this.
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = fail;
    open.onsuccess = () => {
      performance.mark('ownit:early-open');
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction(['searchIndex', 'kbChanges', 'settings', 'rules']);
        const store = tx.objectStore('searchIndex');
        const request = store.get('main');
        const starter = tx.objectStore('settings').get('starterPack');
        const rules = tx.objectStore('rules').getAll();
        rules.onsuccess = () =>
          seed.settle({ version: db.version, starterPack: starter.result?.value, rules: rules.result });
        rules.onerror = () => seed.settle(undefined);
        starter.onerror = () => seed.settle(undefined);
        request.onsuccess = () => {
          performance.mark('ownit:index-row');
          const found = request.result;
          if (found && typeof found.dataVersion === 'number') {
            const log = tx
              .objectStore('kbChanges')
              .getAll(IDBKeyRange.lowerBound(found.dataVersion, true), 2001);
            log.onsuccess = () => changes.settle(log.result);
            log.onerror = () => changes.settle(undefined);
          } else {
            changes.settle(undefined);
          }
          const second = store.get('texts');
          second.onsuccess = () => {
            performance.mark('ownit:index-texts-row');
            texts.settle(second.result);
          };
          second.onerror = () => texts.settle(undefined);
          // One Blob: its bytes now (the texts' after the first answer).
          const snapshot = found?.snapshot;
          if (snapshot instanceof Blob) {
            snapshot.arrayBuffer().then(
              (bytes) => {
                performance.mark('ownit:index-bytes');
                done({ ...found, snapshot: bytes });
              },
              () => done(undefined),
            );
          } else {
            done(found);
          }
        };
        request.onerror = fail;
      } catch {
        fail();
      }
      db.close();
    };
  });
  globalThis.__ownitEarlyIndex = {
    startedAt,
    row,
    texts: texts.promise,
    changes: changes.promise,
    seed: seed.promise,
  };
})();
