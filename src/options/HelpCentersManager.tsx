// "Connect a help center": Zendesk Guide, Freshdesk Solutions, Intercom Articles or Help Scout Docs.
// The host permission is asked inside the click that connects; the secret goes to the extension's local
// storage only; the worker syncs (src/background/help-center-worker.ts) and this page shows each
// connection's state as the database has it. Loaded only when the section is opened.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { HELP_CENTER_KINDS, type HelpCenterConnection, type HelpCenterKind } from '../shared/help-center';
import { t } from '../shared/i18n';
import { askWorker } from '../shared/send';
import type { OwnItDatabase } from '../storage/db';
import { forgetSecret, saveSecret } from '../storage/help-center-secrets';
import { helpCenters } from '../storage/help-centers';
import {
  baseOf,
  type ConnectFields,
  type ConnectProblem,
  connectProblems,
  INTERCOM_REGIONS,
  type IntercomRegion,
  originPattern,
} from './help-center-form';
import { helpCenterStatus, kindName } from './help-center-status';
import { Notice, type NoticeState } from './Notice';
import { useNow } from './use-now';
import './packs.css';

const HEADING = 'helpcenters-heading';

function useConnections(db: OwnItDatabase): HelpCenterConnection[] | null {
  const [rows, setRows] = useState<HelpCenterConnection[] | null>(null);
  useEffect(() => {
    const watch = liveQuery(() => helpCenters.all(db)).subscribe({ next: setRows, error: () => setRows([]) });
    return () => watch.unsubscribe();
  }, [db]);
  return rows;
}

const TOKEN_LABEL: Record<HelpCenterKind, string> = {
  zendesk: 'helpCenterZendeskToken',
  freshdesk: 'helpCenterFreshdeskKey',
  intercom: 'helpCenterIntercomToken',
  helpscout: 'helpCenterHelpScoutKey',
};

const EMPTY: ConnectFields = { kind: 'zendesk', site: '', region: 'us', email: '', token: '', locale: '' };

export function HelpCentersManager({ db }: { db: OwnItDatabase }) {
  const rows = useConnections(db);
  const now = useNow();
  const [fields, setFields] = useState<ConnectFields>(EMPTY);
  const [problems, setProblems] = useState<ConnectProblem[]>([]);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [syncing, setSyncing] = useState<ReadonlySet<string>>(new Set());
  const set = (patch: Partial<ConnectFields>) => {
    setFields((before) => ({ ...before, ...patch }));
    setProblems([]);
  };
  const problemOf = (field: ConnectProblem['field']) => problems.find((p) => p.field === field)?.message;

  const sync = async (id: string) => {
    setSyncing((current) => new Set(current).add(id));
    try {
      const reply = await askWorker({ type: 'helpcenters/sync', id });
      setNotice(
        reply?.ok
          ? null
          : { message: t('optionsSyncFailed', reply?.reason ?? t('optionsSyncNoAnswer')), error: true },
      );
    } catch (failure) {
      setNotice({ message: t('optionsSyncFailed', String(failure)), error: true });
    } finally {
      setSyncing((current) => new Set([...current].filter((other) => other !== id)));
    }
  };

  const connect = (event: Event) => {
    event.preventDefault();
    const found = connectProblems(fields);
    if (found.length > 0) {
      setProblems(found);
      document.getElementById(`hc-${found[0]!.field}`)?.focus();
      return;
    }
    const base = baseOf(fields) as string;
    // Asked right here, inside the click: the browser allows the question only during a user gesture.
    void browser.permissions
      .request({ origins: [originPattern(base)] })
      .then(async (granted) => {
        if (!granted) {
          setNotice({ message: t('helpCenterNoPermission', new URL(base).host), error: true });
          return;
        }
        const id = crypto.randomUUID().slice(0, 8);
        const token = fields.token.trim();
        const email = fields.email.trim();
        const locale = fields.locale.trim().toLowerCase();
        if (token !== '') await saveSecret(id, { token });
        await helpCenters.add(
          db,
          {
            id,
            kind: fields.kind,
            base,
            addedAt: Date.now(),
            status: 'never',
            ...(fields.kind === 'zendesk' && email && token ? { email } : {}),
            ...(fields.kind === 'zendesk' && locale ? { locale } : {}),
          },
          t('helpCenterAlreadyConnected'),
        );
        setFields({ ...EMPTY, kind: fields.kind });
        await sync(id);
      })
      .catch((failure: unknown) =>
        setNotice({
          message: t('helpCenterNotConnected', failure instanceof Error ? failure.message : String(failure)),
          error: true,
        }),
      );
  };

  const disconnect = async (connection: HelpCenterConnection) => {
    const { removed, kept } = await helpCenters.remove(db, connection.id);
    await forgetSecret(connection.id);
    setNotice({ message: t('helpCenterDisconnected', removed, kept) });
    document.getElementById(HEADING)?.focus();
  };

  const field = (name: ConnectProblem['field'], label: string, input: preact.JSX.Element, hint?: string) => (
    <div class="field">
      <label for={`hc-${name}`}>{label}</label>
      {input}
      {hint && (
        <p id={`hc-${name}-hint`} class="muted small">
          {hint}
        </p>
      )}
      {problemOf(name) && (
        <p id={`hc-${name}-error`} class="field-error" role="alert">
          {problemOf(name)}
        </p>
      )}
    </div>
  );
  const described = (name: ConnectProblem['field'], hint: boolean) =>
    [hint ? `hc-${name}-hint` : '', problemOf(name) ? `hc-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <section class="packs" aria-labelledby={HEADING}>
      <div class="section-head">
        <h1 id={HEADING} tabIndex={-1}>
          {t('helpCentersHeading')}
        </h1>
      </div>
      <p class="muted intro">{t('helpCentersIntro')}</p>
      <form class="pack-add" aria-label={t('helpCenterConnectForm')} onSubmit={connect} noValidate>
        <div class="field">
          <label for="hc-kind">{t('helpCenterKind')}</label>
          <select
            id="hc-kind"
            value={fields.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as HelpCenterKind })}
          >
            {HELP_CENTER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindName(kind)}
              </option>
            ))}
          </select>
        </div>
        {(fields.kind === 'zendesk' || fields.kind === 'freshdesk') &&
          field(
            'site',
            t(fields.kind === 'zendesk' ? 'helpCenterZendeskSite' : 'helpCenterFreshdeskSite'),
            <input
              id="hc-site"
              type="text"
              inputMode="url"
              spellcheck={false}
              value={fields.site}
              aria-invalid={problemOf('site') ? 'true' : undefined}
              aria-describedby={described('site', true)}
              onInput={(e) => set({ site: e.currentTarget.value })}
            />,
            t(fields.kind === 'zendesk' ? 'helpCenterZendeskSiteHint' : 'helpCenterFreshdeskSiteHint'),
          )}
        {fields.kind === 'intercom' && (
          <div class="field">
            <label for="hc-region">{t('helpCenterRegion')}</label>
            <select
              id="hc-region"
              value={fields.region}
              onChange={(e) => set({ region: e.currentTarget.value as IntercomRegion })}
            >
              {Object.entries(INTERCOM_REGIONS).map(([region, host]) => (
                <option key={region} value={region}>
                  {new URL(host).host}
                </option>
              ))}
            </select>
          </div>
        )}
        {fields.kind === 'zendesk' &&
          field(
            'email',
            t('helpCenterZendeskEmail'),
            <input
              id="hc-email"
              type="email"
              autoComplete="off"
              value={fields.email}
              aria-invalid={problemOf('email') ? 'true' : undefined}
              aria-describedby={described('email', true)}
              onInput={(e) => set({ email: e.currentTarget.value })}
            />,
            t('helpCenterZendeskEmailHint'),
          )}
        {field(
          'token',
          t(TOKEN_LABEL[fields.kind]),
          <input
            id="hc-token"
            type="password"
            autoComplete="off"
            spellcheck={false}
            value={fields.token}
            aria-invalid={problemOf('token') ? 'true' : undefined}
            aria-describedby={described('token', true)}
            onInput={(e) => set({ token: e.currentTarget.value })}
          />,
          t('helpCenterTokenHint'),
        )}
        {fields.kind === 'zendesk' &&
          field(
            'locale',
            t('helpCenterLocale'),
            <input
              id="hc-locale"
              type="text"
              spellcheck={false}
              value={fields.locale}
              aria-invalid={problemOf('locale') ? 'true' : undefined}
              aria-describedby={described('locale', true)}
              onInput={(e) => set({ locale: e.currentTarget.value })}
            />,
            t('helpCenterLocaleHint'),
          )}
        <button type="submit" class="primary">
          {t('helpCenterConnect')}
        </button>
      </form>
      <Notice notice={notice} onUndoExpired={() => undefined} />
      {rows === null ? null : rows.length === 0 ? (
        <p class="muted">{t('helpCentersEmpty')}</p>
      ) : (
        <ul class="rule-list" aria-label={t('helpCentersHeading')}>
          {rows.map((connection) => (
            <ConnectionRow
              key={connection.id}
              connection={connection}
              now={now}
              syncing={syncing.has(connection.id)}
              onSync={() => void sync(connection.id)}
              onToken={async (token) => {
                await saveSecret(connection.id, { token });
                await sync(connection.id);
              }}
              onDisconnect={() => void disconnect(connection)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ConnectionRow({
  connection,
  now,
  syncing,
  onSync,
  onToken,
  onDisconnect,
}: {
  connection: HelpCenterConnection;
  now: number;
  syncing: boolean;
  onSync(): void;
  onToken(token: string): Promise<void>;
  onDisconnect(): void;
}) {
  const [token, setToken] = useState<string | null>(null);
  const title = `${kindName(connection.kind)}: ${new URL(connection.base).host}`;
  const failed = connection.status === 'error';
  return (
    <li class="card pack" aria-labelledby={`hc-${connection.id}`}>
      <div class="rule-head">
        <h2 id={`hc-${connection.id}`} class="rule-title">
          {title}
        </h2>
      </div>
      <p class="pack-status" data-status={failed ? 'error' : connection.status} role="status">
        {syncing ? t('helpCenterSyncing') : helpCenterStatus(connection, now)}
      </p>
      <div class="rule-actions">
        <button type="button" disabled={syncing} onClick={onSync}>
          {t('helpCenterSyncNow')}
        </button>
        <button
          type="button"
          onClick={() => setToken(token === null ? '' : null)}
          aria-expanded={token !== null}
        >
          {t('helpCenterChangeToken')}
        </button>
        <button type="button" aria-label={t('helpCenterDisconnectNamed', title)} onClick={onDisconnect}>
          {t('helpCenterDisconnect')}
        </button>
      </div>
      {token !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim() === '') return;
            void onToken(token.trim()).then(() => setToken(null));
          }}
        >
          <label for={`token-${connection.id}`}>{t('helpCenterNewToken', title)}</label>{' '}
          <input
            id={`token-${connection.id}`}
            type="password"
            autoComplete="off"
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
          />{' '}
          <button type="submit">{t('helpCenterSaveToken')}</button>
        </form>
      )}
    </li>
  );
}
