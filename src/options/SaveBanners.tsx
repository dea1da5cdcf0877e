// Shown above a form when a save was refused because another window changed the item first: saved it
// (a conflict) or deleted it. The agent's text stays in the form underneath; nothing is dropped or
// brought back without a word until they choose. Focus moves to the banner when it appears.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Choice {
  label: string;
  onClick(): void;
}

interface BannerProps {
  /** The headline paragraph's id. */
  id: string;
  headline: string;
  body: string;
  busy: boolean;
  /** The first is the primary choice. */
  choices: Choice[];
}

function ChoiceBanner({ id, headline, body, busy, choices }: BannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} class="banner error conflict" role="alert" tabIndex={-1} aria-labelledby={id}>
      <p id={id}>
        <strong>{headline}</strong> {body}
      </p>
      <div class="form-actions">
        {choices.map((choice, index) => (
          <button
            key={choice.label}
            type="button"
            class={index === 0 ? 'primary' : undefined}
            disabled={busy}
            onClick={choice.onClick}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The headline names the item by kind in a whole sentence, so each language can word it its own way. */
const HEADLINES: Record<string, string> = {
  article: 'optionsConflictArticle',
  playbook: 'optionsConflictPlaybook',
};

interface ConflictProps {
  /** "article", "playbook": the kind of item, for the headline and the element ids. */
  kind: string;
  title: string;
  busy: boolean;
  onOverwrite(): void;
  onSaveCopy(): void;
  onReload(): void;
}

export function ConflictBanner({ kind, title, busy, onOverwrite, onSaveCopy, onReload }: ConflictProps) {
  return (
    <ChoiceBanner
      id={`conflict-${kind}-title`}
      headline={t(HEADLINES[kind] ?? 'optionsConflictItem', title)}
      body={t('optionsConflictChoose')}
      busy={busy}
      choices={[
        { label: t('optionsConflictOverwrite'), onClick: onOverwrite },
        { label: t('optionsConflictCopy'), onClick: onSaveCopy },
        { label: t('optionsConflictReload'), onClick: onReload },
      ]}
    />
  );
}

interface DeletedProps {
  /** Used for the banner's element ids: "article", "playbook", "rule". */
  kind: string;
  title: string;
  busy: boolean;
  onSaveNew(): void;
  onDiscard(): void;
}

export function DeletedBanner({ kind, title, busy, onSaveNew, onDiscard }: DeletedProps) {
  return (
    <ChoiceBanner
      id={`deleted-${kind}-title`}
      headline={t('captureDeletedTitle', title)}
      body={t('captureDeletedBody')}
      busy={busy}
      choices={[
        { label: t('captureDeletedSaveNew'), onClick: onSaveNew },
        { label: t('captureDeletedDiscard'), onClick: onDiscard },
      ]}
    />
  );
}
