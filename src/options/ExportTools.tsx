// Export of the knowledge base (a pack, CSV or a Markdown zip) and of the agent's learned phrasings,
// downloaded as files.
import { useState } from 'preact/hooks';
import { articlesToCsv } from '../export/articles-csv';
import { learnedToFile } from '../export/learned-file';
import { articlesToMarkdownZip } from '../export/markdown-zip';
import { kbToPack, packToJson } from '../export/pack-export';
import { todayIso } from '../shared/dates';
import { downloadFile } from '../shared/download';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { articlesWithLearned, learned } from '../storage/learned';

async function exportKb(db: OwnItDatabase) {
  const [articles, playbooks, rules, snippets] = await Promise.all([
    db.articles.toArray(),
    db.playbooks.toArray(),
    db.rules.toArray(),
    db.snippets.toArray(),
  ]);
  // The agent's learned phrasings travel with a pack export, so a team lead's export ships them.
  return { articles: await articlesWithLearned(db, articles), playbooks, rules, snippets };
}

export function ExportTools({ db }: { db: OwnItDatabase }) {
  const [learnedStatus, setLearnedStatus] = useState('');
  const exportLearned = async () => {
    try {
      const [rows, articles] = await Promise.all([learned.all(db), db.articles.toArray()]);
      const file = learnedToFile(rows, articles);
      const count = file.articles.reduce((sum, entry) => sum + entry.phrasings.length, 0);
      if (count === 0) {
        setLearnedStatus(t('optionsLearnedExportNone'));
        return;
      }
      downloadFile(
        `ownit-learned-${todayIso()}.json`,
        'application/json',
        `${JSON.stringify(file, null, 2)}\n`,
      );
      setLearnedStatus(t('optionsLearnedExported', count, file.articles.length));
    } catch (error) {
      setLearnedStatus(t('optionsLearnedExportFailed', String(error)));
    }
  };

  const exportAs = async (format: 'pack' | 'csv' | 'markdown') => {
    const pack = kbToPack(await exportKb(db), {
      id: 'ownit-export',
      name: t('optionsExportPackName'),
      version: todayIso(),
    });
    if (format === 'pack') downloadFile(`ownit-kb-${todayIso()}.json`, 'application/json', packToJson(pack));
    else if (format === 'csv')
      downloadFile(`ownit-articles-${todayIso()}.csv`, 'text/csv', articlesToCsv(pack.articles));
    else
      downloadFile(
        `ownit-articles-${todayIso()}.zip`,
        'application/zip',
        articlesToMarkdownZip(pack.articles),
      );
  };

  return (
    <>
      <h2>{t('optionsExportHeading')}</h2>
      <div class="export-actions">
        <button type="button" onClick={() => void exportAs('pack')}>
          {t('optionsExportPack')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('optionsExportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          {t('optionsExportMarkdown')}
        </button>
      </div>
      <h2>{t('optionsLearnedExportHeading')}</h2>
      <p class="muted">{t('optionsLearnedExportHelp')}</p>
      <div class="export-actions">
        <button type="button" onClick={() => void exportLearned()}>
          {t('optionsLearnedExport')}
        </button>
        {learnedStatus && (
          <span class="muted small" role="status">
            {learnedStatus}
          </span>
        )}
      </div>
    </>
  );
}
