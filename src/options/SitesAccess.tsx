// The sites Own It may read besides the built-in helpdesks: list, remove one, add one by address.
import { useEffect, useState } from 'preact/hooks';
import { grantedSites, grantSite, revokeSite, siteLabel, sitePattern } from './site-access';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SitesAccess() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [builtIn, setBuiltIn] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const refresh = () =>
    grantedSites()
      .then((found) => {
        setSites(found.sites);
        setBuiltIn(found.builtIn);
      })
      .catch((problem: unknown) =>
        setStatus(`Own It could not read its site access (${reasonOf(problem)}).`),
      );

  useEffect(() => {
    void refresh();
  }, []);

  // The browser asks its question only from a click: request first, before anything else awaits.
  const add = () => {
    const parsed = sitePattern(input);
    if (!parsed.ok) {
      setError(parsed.message);
      document.getElementById('site-origin')?.focus();
      return;
    }
    setError('');
    grantSite(parsed.pattern)
      .then((granted) => {
        setStatus(
          granted
            ? `Own It now runs on ${siteLabel(parsed.pattern)}. Reload its open tabs to start.`
            : `Access to ${siteLabel(parsed.pattern)} was not granted.`,
        );
        if (granted) setInput('');
        return refresh();
      })
      .catch((problem: unknown) => setStatus(`The site could not be added (${reasonOf(problem)}).`));
  };

  const remove = (pattern: string) => {
    revokeSite(pattern)
      .then(() => {
        setStatus(`Own It no longer runs on ${siteLabel(pattern)}.`);
        return refresh();
      })
      .catch((problem: unknown) => setStatus(`Access could not be removed (${reasonOf(problem)}).`));
  };

  return (
    <section class="card sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites where Own It runs</h2>
      <p class="muted small">
        Own It reads the well-known helpdesks ({builtIn.length} built in). Add your own helpdesk’s address
        here; the browser asks you to confirm.
      </p>
      {sites === null ? (
        <p class="muted">Reading site access…</p>
      ) : sites.length === 0 ? (
        <p class="muted">No other sites yet.</p>
      ) : (
        <ul class="site-list" aria-label="Added sites">
          {sites.map((pattern) => (
            <li key={pattern}>
              <span>{siteLabel(pattern)}</span>
              <button
                type="button"
                aria-label={`Remove ${siteLabel(pattern)}`}
                onClick={() => remove(pattern)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="site-origin">Add a site</label>
        <div class="inline-controls">
          <input
            id="site-origin"
            type="text"
            value={input}
            placeholder="https://support.example.com"
            autocomplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-origin-error' : undefined}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError('');
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
          <button type="button" onClick={add}>
            Add site
          </button>
        </div>
        {error && (
          <p id="site-origin-error" class="field-error">
            {error}
          </p>
        )}
      </div>
      <p class="muted small" role="status">
        {status}
      </p>
    </section>
  );
}
