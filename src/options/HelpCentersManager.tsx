// "Connect a help center": Zendesk Guide, Freshdesk Solutions, Intercom Articles or Help Scout Docs.
// The form (HelpCenterConnect.tsx) asks for the host permission inside the click that connects; the worker
// syncs (src/background/help-center-worker.ts) and this page shows each connection's state as the
// database has it. Loaded only when the section is opened.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { forgetSecret, saveSecret } from '../storage/help-center-secrets';
import { helpCenters } from '../storage/help-centers';
import { HelpCenterConnect } from './HelpCenterConnect';
import { ConnectionRow } from './HelpCenterRow';
import type { NoticeState } from './Notice';
import { Section } from './Section';
import { SyncedRows } from './SyncedRows';
import { useLiveQuery } from './use-live';
import { useSyncing } from './use-syncing';
import './packs.css';

const HEADING = 'helpcenters-heading';

export function HelpCentersManager({ db }: { db: OwnItDatabase }) {
  const rows = useLiveQuery(
    () => helpCenters.all(db),
    [db],
    () => [],
  );
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const syncs = useSyncing('helpcenters/sync', setNotice);
  const { sync } = syncs;

  const disconnect = async (id: string) => {
    const { removed, kept } = await helpCenters.remove(db, id);
    await forgetSecret(id);
    setNotice({ message: t('helpCenterDisconnected', removed, kept) });
    document.getElementById(HEADING)?.focus();
  };

  return (
    <Section name="packs" headingId={HEADING} heading={t('helpCentersHeading')} intro={t('helpCentersIntro')}>
      <HelpCenterConnect
        db={db}
        onConnected={sync}
        onFailed={(message) => setNotice({ message, error: true })}
      />
      <SyncedRows
        notice={notice}
        rows={rows}
        empty={t('helpCentersEmpty')}
        label={t('helpCentersHeading')}
        syncs={syncs}
        row={(connection, rowSync) => (
          <ConnectionRow
            {...rowSync}
            connection={connection}
            onToken={async (token) => {
              await saveSecret(connection.id, { token });
              await sync(connection.id);
            }}
            onDisconnect={() => void disconnect(connection.id)}
          />
        )}
      />
    </Section>
  );
}
