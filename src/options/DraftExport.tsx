// "Export drafts for the team": the selected drafts as an Own It pack file. They stay drafts where the
// team imports them, so nobody is offered a half-written article before someone publishes it.
import { packToJson } from '../export/pack-export';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import { todayIso } from './article-list';
import { draftsPack } from './draft-pack';

interface Props {
  /** The selected articles that are drafts. */
  drafts: Article[];
}

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DraftExport({ drafts }: Props) {
  const save = () => {
    const today = todayIso();
    const pack = draftsPack(drafts, t('captureDraftsPackName'), today);
    download(`ownit-drafts-${today}.json`, packToJson(pack));
  };
  return (
    <span class="draft-export">
      <button
        type="button"
        disabled={drafts.length === 0}
        aria-describedby={drafts.length === 0 ? 'draft-export-hint' : undefined}
        onClick={save}
      >
        {t('captureExportDrafts', drafts.length)}
      </button>
      {drafts.length === 0 && (
        <span id="draft-export-hint" class="muted small">
          {t('captureExportDraftsHint')}
        </span>
      )}
    </span>
  );
}
