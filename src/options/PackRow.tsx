// One team-pack subscription: what it is, how fresh, Sync now, Remove (asked first, inline), and the
// items the agent changed, each resettable to the pack's version.
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackSubscription } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { itemCount, type Override, overridesOf } from '../storage/packs';
import { packTitle, statusText } from './pack-status';

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

function useOverrides(db: OwnItDatabase, subscription: PackSubscription): Override[] {
  const [found, setFound] = useState<Override[]>([]);
  useEffect(() => {
    const watch = liveQuery(() => overridesOf(db, subscription)).subscribe({
      next: setFound,
      error: () => setFound([]),
    });
    return () => watch.unsubscribe();
  }, [db, subscription]);
  return found;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function PackRow(props: Props) {
  const { subscription: sub, now, syncing, confirming } = props;
  const overrides = useOverrides(props.db, sub);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  const title = packTitle(sub);
  const count = itemCount(sub);
  const edited = overrides.filter((item) => item.change === 'edited').length;

  return (
    <li class="card pack" aria-labelledby={`pack-${sub.id}`}>
      <div class="rule-head">
        <h2 id={`pack-${sub.id}`} class="rule-title">
          {title}
        </h2>
        {sub.version && <span class="chip subtle">version {sub.version}</span>}
        {sub.applied && <span class="chip subtle">{plural(count, 'item')}</span>}
      </div>
      <p class="pack-status" data-status={sub.status} aria-live="polite">
        {syncing ? 'syncing…' : statusText(sub, now)}
      </p>
      <p class="muted small pack-url">{sub.url}</p>
      {(sub.collisions?.length ?? 0) > 0 && (
        <p class="muted small">
          Not applied, the id is taken: {sub.collisions?.join('; ')}. Ask the pack’s author to rename them.
        </p>
      )}
      {overrides.length > 0 && (
        <details class="pack-overrides">
          <summary>
            {plural(overrides.length, 'local override')}: {edited > 0 && `${edited} edited`}
            {edited > 0 && edited < overrides.length && ', '}
            {overrides.length > edited && `${overrides.length - edited} deleted`} by you
          </summary>
          <ul>
            {overrides.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                {item.title}{' '}
                <span class="muted small">
                  ({item.kind}, {item.change})
                </span>{' '}
                <button
                  type="button"
                  aria-label={`Reset ${item.title} to the pack’s version`}
                  onClick={() => props.onReset(item)}
                >
                  Reset to the pack’s version
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => props.onReset()}>
            Reset all {plural(overrides.length, 'override')}
          </button>
        </details>
      )}
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onCancelRemove();
          }}
        >
          <legend>Unsubscribe from “{title}”?</legend>
          <p>
            Its {plural(count - overrides.length - (sub.collisions?.length ?? 0), 'item')} leave your
            knowledge base
            {edited > 0 ? `; the ${plural(edited, 'item')} you edited stay as your own` : ''}. Your notes are
            kept.
          </p>
          <button type="button" class="danger" onClick={props.onConfirmRemove}>
            Yes, unsubscribe
          </button>
          <button type="button" ref={keepRef} onClick={props.onCancelRemove}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          <button type="button" id={`sync-${sub.id}`} disabled={syncing} onClick={props.onSync}>
            Sync now
          </button>
          <button
            type="button"
            id={`remove-${sub.id}`}
            aria-label={`Remove ${title}`}
            onClick={props.onAskRemove}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
