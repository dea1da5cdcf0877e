// "Insert link" and "Copy link" for an article the help center publishes: its title and public address,
// into the page's reply box at the caret (the content script's insert, as snippets use) or the clipboard.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { database } from '../../storage/db';
import { insertIntoPage } from '../page-context';
import { useLiveValue } from '../use-live-read';

/** What goes into the reply: "Refund policy: https://help.example.com/…". */
export const linkText = (title: string, url: string) => `${title}: ${url}`;

export function LinkActions({
  title,
  url,
  tabId,
}: {
  title: string;
  url: string;
  tabId: number | undefined;
}) {
  const [status, setStatus] = useState('');
  const text = linkText(title, url);
  return (
    <div class="link-actions">
      {tabId !== undefined && (
        <button
          type="button"
          class="small"
          aria-label={t('panelInsertLinkTo', title)}
          onClick={() =>
            void insertIntoPage(tabId, text).then((problem) => setStatus(problem ?? t('panelLinkInserted')))
          }
        >
          {t('panelInsertLink')}
        </button>
      )}
      <button
        type="button"
        class="small"
        aria-label={t('panelCopyLinkTo', title)}
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setStatus(t('panelLinkCopied')),
            (error: unknown) => setStatus(t('snippetCopyFailed', String(error))),
          )
        }
      >
        {t('panelCopyLink')}
      </button>
      {status && (
        <span class="muted small" role="status">
          {status}
        </span>
      )}
    </div>
  );
}

const NO_LINKS: ReadonlyMap<string, string> = new Map();

/** The public addresses of the listed articles that have one (read from the database, not the index). */
export function useArticleLinks(ids: readonly string[]): ReadonlyMap<string, string> {
  const key = ids.join('\n');
  return useLiveValue(
    async () => {
      const rows = await database().articles.bulkGet(key === '' ? [] : key.split('\n'));
      return new Map(rows.flatMap((row) => (row?.url ? [[row.id, row.url] as const] : [])));
    },
    NO_LINKS,
    [key],
  );
}
