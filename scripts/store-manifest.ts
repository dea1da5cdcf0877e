// The manifest of a store upload. The everyday build (`npm run build`, which `npm test` and `npm start`
// load) also runs the content script on http://127.0.0.1/* and http://localhost/*, where the demo and
// the test fixture pages are served; a store build must not read pages on the agent's own machine
// unasked, so `npm run package` takes those patterns out of the content scripts (the agent can still
// grant such a site from the panel). Pure and tested (test/unit/build/store-manifest.test.ts).

type Manifest = Record<string, unknown>;

/** Content-script patterns only the test and demo builds have. */
export const LOOPBACK_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** A copy of `manifest` without the loopback content-script patterns (an entry left with none goes). */
export function storeManifest(manifest: Manifest): Manifest {
  const scripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [];
  const kept = scripts
    .map((entry: Record<string, unknown>) => {
      const matches = Array.isArray(entry.matches) ? entry.matches : [];
      return { ...entry, matches: matches.filter((match) => !LOOPBACK_PATTERNS.includes(String(match))) };
    })
    .filter((entry) => entry.matches.length > 0);
  const next: Manifest = { ...manifest };
  if (kept.length > 0) next.content_scripts = kept;
  else delete next.content_scripts;
  return next;
}
