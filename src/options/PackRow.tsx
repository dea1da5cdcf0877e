// One team-pack subscription: what it is, how fresh, Sync now, Remove (asked first, inline), and the
// items the agent changed, each resettable to the pack's version.
import { t } from '../shared/i18n';
import type { PackSubscription } from '../shared/model';
import { shortFingerprint } from '../shared/pack-signature';
import type { OwnItDatabase } from '../storage/db';
import { itemCount, type Override, overridesOf } from '../storage/packs';
import { SourceCard } from './cards';
import { packTitle, statusText } from './pack-status';
import { ConfirmQuestion } from './RowActions';
import { useLiveQuery } from './use-live';

interface Props {
  db: OwnItDatabase;
  subscription: PackSubscription;
  now: number;
  syncing: boolean;
  confirming: boolean;
  onSync(): void;
  onAskRemove(): void;
  onConfirmRemove(): void;
  onCancelRemove(): void;
  onReset(only?: Override): void;
}

/** The key for one or for many, so each language words its own plural. */
const plural = (count: number, one: string, many: string) => t(count === 1 ? one : many, count);

const KIND_KEYS: Record<Override['kind'], string> = {
  article: 'kindArticle',
  playbook: 'kindPlaybook',
  rule: 'optionsKindRule',
  snippet: 'snippetKind',
};

function overridesSummary(total: number, edited: number): string {
  const deleted = total - edited;
  if (total === 1) return t(edited === 1 ? 'optionsOverrideOneEdited' : 'optionsOverrideOneDeleted');
  if (deleted === 0) return t('optionsOverridesEdited', total);
  if (edited === 0) return t('optionsOverridesDeleted', total);
  return t('optionsOverridesBoth', total, edited, deleted);
}

function unsubscribeEffect(leaving: number, edited: number): string {
  const leave = plural(leaving, 'optionsUnsubscribeLeaveOne', 'optionsUnsubscribeLeaveMany');
  const stay = edited > 0 ? plural(edited, 'optionsUnsubscribeStayOne', 'optionsUnsubscribeStayMany') : '';
  return [leave, stay, t('optionsUnsubscribeNotesKept')].filter(Boolean).join(' ');
}

export function PackRow(props: Props) {
  const { subscription: sub, now, syncing, confirming } = props;
  const overrides =
    useLiveQuery(
      () => overridesOf(props.db, sub),
      [props.db, sub],
      () => [],
    ) ?? [];
  const title = packTitle(sub);
  const count = itemCount(sub);
  const edited = overrides.filter((item) => item.change === 'edited').length;

  return (
    <SourceCard
      id={`pack-${sub.id}`}
      title={title}
      chips={
        <>
          {sub.version && <span class="chip subtle">{t('optionsPackVersion', sub.version)}</span>}
          {sub.applied && (
            <span class="chip subtle">{plural(count, 'optionsItemsOne', 'optionsItemsMany')}</span>
          )}
          {sub.trustedKeys?.map((key) => (
            <span key={key} class="chip subtle" data-key={key}>
              {t('optionsPackSignedBy', shortFingerprint(key))}
            </span>
          ))}
        </>
      }
    >
      <p class="pack-status" data-status={sub.status} aria-live="polite">
        {syncing ? t('optionsPackSyncing') : statusText(sub, now)}
      </p>
      <p class="muted small pack-url">{sub.url}</p>
      {(sub.collisions?.length ?? 0) > 0 && (
        <p class="muted small">{t('optionsPackCollisions', sub.collisions?.join('; ') ?? '')}</p>
      )}
      {overrides.length > 0 && (
        <details class="pack-overrides">
          <summary>{overridesSummary(overrides.length, edited)}</summary>
          <ul>
            {overrides.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                {item.title}{' '}
                <span class="muted small">
                  {t(
                    item.change === 'edited' ? 'optionsOverrideEdited' : 'optionsOverrideDeleted',
                    t(KIND_KEYS[item.kind]),
                  )}
                </span>{' '}
                <button
                  type="button"
                  aria-label={t('optionsResetNamed', item.title)}
                  onClick={() => props.onReset(item)}
                >
                  {t('optionsReset')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => props.onReset()}>
            {plural(overrides.length, 'optionsResetAllOne', 'optionsResetAllMany')}
          </button>
        </details>
      )}
      {confirming ? (
        <ConfirmQuestion
          question={t('optionsUnsubscribeQuestion', title)}
          effect={unsubscribeEffect(count - overrides.length - (sub.collisions?.length ?? 0), edited)}
          yes={t('optionsYesUnsubscribe')}
          keep={t('optionsKeepIt')}
          onYes={props.onConfirmRemove}
          onKeep={props.onCancelRemove}
        />
      ) : (
        <div class="rule-actions">
          <button type="button" id={`sync-${sub.id}`} disabled={syncing} onClick={props.onSync}>
            {t('optionsSyncNow')}
          </button>
          <button
            type="button"
            id={`remove-${sub.id}`}
            aria-label={t('optionsRemoveNamed', title)}
            onClick={props.onAskRemove}
          >
            {t('optionsRemove')}
          </button>
        </div>
      )}
    </SourceCard>
  );
}
