// Reads the stored search index while the panel's code loads (docs/architecture.md, "Search").
(() => {
  const startedAt = performance.now();
  const row = new Promise((done) => {
    let open;
    try {
      open = indexedDB.open('ownit');
    } catch {
      return done(undefined);
    }
    // A fresh install: Dexie creates the database, not this.
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => done(undefined);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const request = db.transaction('searchIndex').objectStore('searchIndex').get('main');
        request.onsuccess = () => done(request.result);
        request.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
      db.close();
    };
  });
  globalThis.__ownitEarlyIndex = { startedAt, row };
})();
