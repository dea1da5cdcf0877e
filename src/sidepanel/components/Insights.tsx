import { useMemo, useState } from 'preact/hooks';
import { downloadFile, exportFileName, notesToCsv, notesToJson } from '../../export/notes';
import { t } from '../../shared/i18n';
import type { Note, UsageEvent } from '../../shared/model';
import { database } from '../../storage/db';
import { articleDraft, computeInsights } from '../insights-data';
import { formatWhen } from '../ticket';
import { useLiveRead } from '../use-live-read';
import { BackBar } from './BackBar';
import {
  describe,
  HandoffsAvoided,
  KnowledgeGaps,
  OPENED,
  PromisesKept,
  RootCauses,
  timesAgo,
} from './InsightSections';

export interface InsightsProps {
  onBack(): void;
  /** The title of an article in the knowledge base, or undefined when it is gone. */
  titleOf(id: string): string | undefined;
}

type Loaded = { notes: Note[]; events: UsageEvent[]; now: number } | { error: string } | null;

/** The agent's own numbers, computed locally from notes and usage events; nothing leaves the browser. */
export function Insights({ onBack, titleOf }: InsightsProps) {
  const [status, setStatus] = useState('');
  // Follows the database: a note saved or a promise kept in another panel changes the numbers at once.
  const read = useLiveRead(async () => {
    const db = database();
    const [notes, events] = await Promise.all([db.notes.toArray(), db.events.toArray()]);
    return { notes, events, now: Date.now() };
  });
  const state: Loaded =
    read === null
      ? null
      : 'error' in read
        ? { error: t('panelInsightsLoadFailed', describe(read.error)) }
        : read.value;

  const data = state && !('error' in state) ? state : undefined;
  const insights = useMemo(() => data && computeInsights(data.notes, data.events, data.now), [data]);

  const exportAs = (kind: 'csv' | 'json') => {
    if (!data) return;
    try {
      if (kind === 'csv')
        downloadFile(exportFileName('csv'), 'text/csv;charset=utf-8', notesToCsv(data.notes, { bom: true }));
      else downloadFile(exportFileName('json'), 'application/json', notesToJson(data.notes));
      const format = kind.toUpperCase();
      const count = data.notes.length;
      setStatus(count === 1 ? t('panelExportedOne', format) : t('panelExportedMany', count, format));
    } catch (error) {
      setStatus(t('panelExportFailed', describe(error)));
    }
  };

  return (
    <main class="detail insights">
      <BackBar onBack={onBack} />
      <h1>{t('panelInsights')}</h1>
      <p class="muted small">{t('panelInsightsIntro')}</p>
      {state === null && <p class="muted">{t('panelLoadingView')}</p>}
      {state && 'error' in state && (
        <p class="banner error" role="alert">
          {state.error}
        </p>
      )}
      {data && insights && (
        <>
          <PromisesKept stats={insights.commitments} />
          <HandoffsAvoided stats={insights.handoffs} />
          <RootCauses stats={insights.rootCauses} />
          <KnowledgeGaps
            gaps={insights.gaps}
            now={data.now}
            onDraftArticle={(text) =>
              navigator.clipboard
                .writeText(articleDraft(text))
                .then(() => setStatus(t('panelDraftCopied', text)))
                .catch((error: unknown) => setStatus(t('panelDraftCopyFailed', describe(error))))
            }
          />
          <section class="card" aria-label={t('panelMostUsed')}>
            <h2>{t('panelMostUsed')}</h2>
            {insights.articles.length === 0 ? (
              <p class="muted">{t('panelMostUsedNone')}</p>
            ) : (
              <ol class="insight-list">
                {insights.articles.map((use) => (
                  <li key={use.id}>
                    <span class="insight-item-title">{titleOf(use.id) ?? use.id}</span>
                    <span class="muted small">
                      {timesAgo(OPENED, use.count, formatWhen(use.lastAt, data.now))}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section class="card" aria-label={t('panelExportNotes')}>
            <h2>{t('panelExportNotes')}</h2>
            <p class="muted small">
              {data.notes.length === 0
                ? t('panelExportNone')
                : data.notes.length === 1
                  ? t('panelExportCountOne')
                  : t('panelExportCountMany', data.notes.length)}
            </p>
            <div class="insight-actions">
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('csv')}>
                {t('panelExportCsv')}
              </button>
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('json')}>
                {t('panelExportJson')}
              </button>
            </div>
            <p class="status" role="status" aria-live="polite">
              {status}
            </p>
          </section>
        </>
      )}
    </main>
  );
}
