import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import type { PageContext } from '../../shared/model';
import { fieldsOf, fillFields, missingFields, pageValues } from '../../shared/snippet-fields';
import { FieldInputs, missingMessage } from '../../shared/ui/FieldInputs';
import { database } from '../../storage/db';
import { events, settings } from '../../storage/repositories';
import { insertIntoPage } from '../page-context';
import { useLiveValue } from '../use-live-read';

const AGENT_NAME = 'agentName';

/**
 * A snippet with its {{fields}}: those the page answers fill themselves; the rest are asked for (text,
 * date or a choice) before copy or insert. The agent's own name is remembered.
 * `reply`: an article's reply, whose actions say so and report to the article's status line.
 */
export function SnippetFiller({
  snippet,
  context,
  tabId,
  reply,
  subject,
  onStatus,
  onUsed,
}: {
  snippet: string;
  context: PageContext | undefined;
  tabId: number | undefined;
  reply?: boolean;
  /** Recorded with the "snippet copied" event (the article or snippet id). */
  subject?: string;
  onStatus?(message: string): void;
  /** Called once the text was copied or inserted (the agent used it on the ticket). */
  onUsed?(): void;
}) {
  const agentName = useLiveValue(() => settings.get(database(), AGENT_NAME, ''), '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [ownStatus, setOwnStatus] = useState('');
  const setStatus = onStatus ?? setOwnStatus;

  const known = pageValues(context, agentName);
  const asked = fieldsOf(snippet).filter((field) => !Object.hasOwn(known, field.name));
  const all = { ...values, ...known };
  const finalText = fillFields(snippet, all, uiLanguage()).trim();
  const missing = missingFields(snippet, all);
  const ready = missing.length === 0;

  const remember = () => {
    const name = values['agent.name']?.trim();
    if (name) void settings.set(database(), AGENT_NAME, name).catch(() => undefined);
  };

  const copy = async () => {
    remember();
    await navigator.clipboard.writeText(finalText);
    void events.record(database(), 'snippet-copied', subject).catch(() => undefined);
    setStatus(reply ? t('snippetReplyCopied') : t('panelCopied'));
    onUsed?.();
  };

  const insert = async () => {
    if (tabId === undefined) return;
    remember();
    const problem = await insertIntoPage(tabId, finalText);
    setStatus(problem ?? t('panelInserted'));
    if (!problem) onUsed?.();
  };

  return (
    <div class="snippet-filler">
      <pre class="snippet">
        <code>{finalText}</code>
      </pre>
      <FieldInputs
        fields={asked}
        values={values}
        onChange={(name, value) => setValues((before) => ({ ...before, [name]: value }))}
      />
      <div class="snippet-actions">
        <button
          type="button"
          disabled={!ready}
          onClick={() => void copy().catch((e) => setStatus(t('snippetCopyFailed', String(e))))}
        >
          {reply ? t('snippetCopyReply') : t('panelCopy')}
        </button>
        {tabId !== undefined && (
          <button type="button" disabled={!ready} onClick={() => void insert()}>
            {t('panelInsertReply')}
          </button>
        )}
        {!ready && <span class="muted small">{missingMessage(missing)}</span>}
        {ownStatus && (
          <span class="muted small" role="status">
            {ownStatus}
          </span>
        )}
      </div>
    </div>
  );
}
