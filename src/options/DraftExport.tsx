// "Export drafts for the team": the selected drafts as an Own It pack file. They stay drafts where the
// team imports them, so nobody is offered a half-written article before someone publishes it.
import { packToJson } from '../export/pack-export';
import { todayIso } from '../shared/dates';
import { downloadFile } from '../shared/download';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import { draftsPack } from './draft-pack';

interface Props {
  /** The selected articles that are drafts. */
  drafts: Article[];
}

export function DraftExport({ drafts }: Props) {
  const save = () => {
    const today = todayIso();
    const pack = draftsPack(drafts, t('captureDraftsPackName'), today);
    downloadFile(`ownit-drafts-${today}.json`, 'application/json', packToJson(pack));
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
