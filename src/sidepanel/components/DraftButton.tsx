// "Draft an article": saves a draft from what the agent has (a search that found nothing, a case) and
// opens it in the options page's editor. The draft stays out of the panel's search until published.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { DraftSource } from '../start-draft';
import { startDraft } from './lazy-views';

interface Props {
  /** What the draft starts from. */
  from: DraftSource;
  /** The accessible name, naming what the draft is about. */
  label: string;
  class?: string;
}

type Status = { ok: boolean; message: string } | null;

export function DraftButton({ from, label, class: className }: Props) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const saved = await startDraft(from);
      setStatus({ ok: true, message: t('captureDraftSaved', saved.title) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ ok: false, message: t('captureDraftFailed', reason) });
    } finally {
      setBusy(false);
    }
  };

  const run = () => void start();

  return (
    <span class="draft-action">
      <button type="button" class={className} aria-label={label} disabled={busy} onClick={run}>
        {t('captureDraftAnArticle')}
      </button>
      {status && (
        <span class={status.ok ? 'muted small' : 'banner error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </span>
      )}
    </span>
  );
}
