import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '../../shared/model';
import { database } from '../../storage/db';
import { events, settings } from '../../storage/repositories';
import { insertIntoPage } from '../page-context';
import { fillSnippet, snippetFields } from '../ticket';

const AGENT_NAME = 'agentName';

/**
 * A snippet with its {{fields}}: those the page answers fill themselves; the rest are asked for
 * before copy or insert. The agent's own name is remembered.
 */
export function SnippetFiller({
  snippet,
  context,
  tabId,
}: {
  snippet: string;
  context: PageContext | undefined;
  tabId: number | undefined;
}) {
  const [agentName, setAgentName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    settings
      .get(database(), AGENT_NAME, '')
      .then(setAgentName)
      .catch(() => undefined);
  }, []);

  const prefilled = fillSnippet(snippet, context, agentName);
  const missing = snippetFields(prefilled);
  const finalText = prefilled.replace(
    /\{\{\s*([\w.]+)\s*\}\}/g,
    (whole, name: string) => values[name] || whole,
  );
  const ready = missing.every((name) => values[name]?.trim());

  const remember = () => {
    const name = values['agent.name']?.trim();
    if (name) void settings.set(database(), AGENT_NAME, name).catch(() => undefined);
  };

  const copy = async () => {
    remember();
    await navigator.clipboard.writeText(finalText);
    void events.record(database(), 'snippet-copied').catch(() => undefined);
    setStatus('Copied.');
  };

  const insert = async () => {
    if (tabId === undefined) return;
    remember();
    const problem = await insertIntoPage(tabId, finalText);
    setStatus(problem ?? 'Inserted into the reply box.');
  };

  return (
    <div class="snippet-filler">
      <pre class="snippet">
        <code>{finalText}</code>
      </pre>
      {missing.map((name) => (
        <label key={name} class="field">
          <span>{name.replace(/[._]/g, ' ')}</span>
          <input
            type="text"
            value={values[name] ?? ''}
            onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
          />
        </label>
      ))}
      <div class="snippet-actions">
        <button
          type="button"
          disabled={!ready}
          onClick={() => void copy().catch((e) => setStatus(String(e)))}
        >
          Copy
        </button>
        {tabId !== undefined && (
          <button type="button" disabled={!ready} onClick={() => void insert()}>
            Insert into reply
          </button>
        )}
        {!ready && <span class="muted small">Fill in the fields first.</span>}
        {status && (
          <span class="muted small" role="status">
            {status}
          </span>
        )}
      </div>
    </div>
  );
}
