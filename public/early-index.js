// Reads the stored search index while the panel's code loads (docs/architecture.md, "Search"): its file
// (src/storage/snapshot-file.ts: a 40-byte header, then the index's bytes) beside the index row,
// whose Blob's bytes are read at the same time (the first of the two in is used); then the texts' row,
// which the panel attaches once its index is in use.
(() => {
  const startedAt = performance.mark('ownit:early-start').startTime;
  const file = (async () => {
    const whole = await (
      await (await navigator.storage.getDirectory()).getFileHandle('search-index')
    ).getFile();
    const [head, main] = await Promise.all([whole.slice(0, 40).arrayBuffer(), whole.slice(40).arrayBuffer()]);
    performance.mark('ownit:index-file');
    return { head, main, size: whole.size };
  })().catch(() => undefined);
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
  const row = new Promise((done) => {
    let open;
    const fail = () => {
      done(undefined);
      texts.settle(undefined);
      changes.settle(undefined);
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
        const tx = db.transaction(['searchIndex', 'kbChanges']);
        const store = tx.objectStore('searchIndex');
        const request = store.get('main');
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
          // One Blob: its bytes now (the texts' after the first answer), unless the file comes first: the
          // row is handed over as soon as either is in (the panel reads the Blob when the file is not of
          // the row's save).
          const snapshot = found?.snapshot;
          if (snapshot instanceof Blob) {
            let given = false;
            const give = (value) => {
              if (!given) done(value);
              given = true;
            };
            file.then((read) => read && give(found));
            snapshot.arrayBuffer().then(
              (bytes) => {
                performance.mark('ownit:index-bytes');
                give({ ...found, snapshot: bytes });
              },
              () => file.then((read) => give(read ? found : undefined)),
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
  globalThis.__ownitEarlyIndex = { startedAt, row, file, texts: texts.promise, changes: changes.promise };
})();
