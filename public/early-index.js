// Reads the stored search index while the panel's code loads (docs/architecture.md, "Search"): the index
// row first, then its excerpt texts, which the panel attaches once its index is in use.
(() => {
  const startedAt = performance.now();
  let gotTexts;
  const texts = new Promise((done) => {
    gotTexts = done;
  });
  const row = new Promise((done) => {
    let open;
    const fail = () => {
      done(undefined);
      gotTexts(undefined);
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
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const store = db.transaction('searchIndex').objectStore('searchIndex');
        const request = store.get('main');
        request.onsuccess = () => {
          performance.mark('ownit:index-row');
          done(request.result);
        };
        request.onerror = () => done(undefined);
        const second = store.get('texts');
        second.onsuccess = () => {
          performance.mark('ownit:index-texts-row');
          gotTexts(second.result);
        };
        second.onerror = () => gotTexts(undefined);
      } catch {
        fail();
      }
      db.close();
    };
  });
  globalThis.__ownitEarlyIndex = { startedAt, row, texts };
})();
