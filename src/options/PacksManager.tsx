// Team packs: subscribe to a pack a lead hosts on any HTTPS address, see how fresh each copy is, sync
// now, unsubscribe, and reset items changed locally. The worker fetches and applies (src/background/
// pack-sync.ts); this page asks for the site permission in the click that subscribes.

import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { PackSubscription } from '../shared/model';
import { normaliseFingerprint } from '../shared/pack-signature';
import type { OwnItDatabase } from '../storage/db';
import { addressProblem, isLoopback, type Override, resetToPack, subscriptions } from '../storage/packs';
import { InputField } from './controls';
import type { NoticeState } from './Notice';
import { PackRow } from './PackRow';
import { packTitle } from './pack-status';
import { Section } from './Section';
import { SyncedRows } from './SyncedRows';
import { useLiveQuery } from './use-live';
import { useSyncing } from './use-syncing';
import './packs.css';

const HEADING = 'packs-heading';
const ADDRESS = 'pack-address';
const KEY = 'pack-key';
/** An address, not words: the same in every language. */
const EXAMPLE_ADDRESS = 'https://support.example.com/packs/team.json';

const oldestFirst = (a: PackSubscription, b: PackSubscription) => (a.addedAt ?? 0) - (b.addedAt ?? 0);

/** The optional host permission a pack's address needs; loopback http is granted at install. */
function permissionFor(address: string): Promise<boolean> {
  const url = new URL(address);
  if (url.protocol === 'http:' && isLoopback(address) && url.hostname !== '[::1]')
    return Promise.resolve(true);
  return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] });
}

export function PacksManager({ db }: { db: OwnItDatabase }) {
  const rows = useLiveQuery(
    async () => (await subscriptions.all(db)).sort(oldestFirst),
    [db],
    () => [],
  );
  const [address, setAddress] = useState('');
  const [key, setKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const syncs = useSyncing('packs/sync', setNotice);
  const { sync } = syncs;

  const subscribe = (event: Event) => {
    event.preventDefault();
    const wanted = address.trim();
    const problem = addressProblem(wanted);
    if (problem) {
      setError(t('optionsNotSubscribed', problem));
      document.getElementById(ADDRESS)?.focus();
      return;
    }
    if (key.trim() !== '' && normaliseFingerprint(key) === null) {
      setKeyError(t('packSyncBadFingerprint'));
      document.getElementById(KEY)?.focus();
      return;
    }
    // Asked right here, inside the click: the browser allows the question only during a user gesture.
    const origin = new URL(wanted).origin;
    void permissionFor(wanted)
      .then(async (granted) => {
        if (!granted) {
          setError(t('optionsNotSubscribedPermission', origin));
          return;
        }
        const row = await subscriptions.add(db, wanted, Date.now(), undefined, key);
        setAddress('');
        setKey('');
        setError(null);
        await sync(row.id);
      })
      .catch((failure: unknown) =>
        setError(t('optionsNotSubscribed', failure instanceof Error ? failure.message : String(failure))),
      );
  };

  const remove = async (sub: PackSubscription) => {
    setConfirming(null);
    try {
      const { removed, keptAsYours } = await subscriptions.remove(db, sub.id);
      const key =
        keptAsYours > 0
          ? 'optionsUnsubscribedKept'
          : removed === 1
            ? 'optionsUnsubscribedOne'
            : 'optionsUnsubscribed';
      setNotice({ message: t(key, packTitle(sub), removed, keptAsYours) });
      document.getElementById(HEADING)?.focus();
    } catch (failure) {
      setNotice({ message: t('optionsUnsubscribeFailed', String(failure)), error: true });
    }
  };

  const reset = async (sub: PackSubscription, only?: Override) => {
    const count = await resetToPack(db, sub.id, only && { kind: only.kind, id: only.id });
    setNotice({
      message: t(count === 1 ? 'optionsResetDoneOne' : 'optionsResetDoneMany', packTitle(sub), count),
    });
  };

  return (
    <Section
      name="packs"
      headingId={HEADING}
      heading={t('optionsPacksHeading')}
      intro={t('optionsPacksIntro')}
    >
      <form class="pack-add" aria-label={t('optionsPackSubscribeForm')} onSubmit={subscribe} noValidate>
        <InputField
          id={ADDRESS}
          label={t('optionsPackAddress')}
          inputMode="url"
          placeholder={EXAMPLE_ADDRESS}
          value={address}
          error={error}
          onValue={(value) => {
            setAddress(value);
            setError(null);
          }}
        />
        <InputField
          id={KEY}
          label={t('optionsPackKeyLabel')}
          spellcheck={false}
          autoComplete="off"
          value={key}
          hint={t('optionsPackKeyHint')}
          error={keyError}
          onValue={(value) => {
            setKey(value);
            setKeyError(null);
          }}
        />
        <button type="submit" class="primary">
          {t('optionsPackSubscribe')}
        </button>
      </form>
      <SyncedRows
        notice={notice}
        rows={rows}
        loading={t('optionsPacksLoading')}
        empty={t('optionsPacksEmpty')}
        label={t('optionsPacksHeading')}
        syncs={syncs}
        row={(sub, rowSync) => (
          <PackRow
            {...rowSync}
            db={db}
            subscription={sub}
            confirming={confirming === sub.id}
            onAskRemove={() => setConfirming(sub.id)}
            onConfirmRemove={() => void remove(sub)}
            onCancelRemove={() => {
              setConfirming(null);
              document.getElementById(`remove-${sub.id}`)?.focus();
            }}
            onReset={(only) => void reset(sub, only)}
          />
        )}
      />
    </Section>
  );
}
