// The form that connects a help center: which kind, then the fields that kind needs (its site or region,
// the Zendesk email and locale, the token). The host permission is asked inside the click that connects;
// the secret goes to the extension's local storage only.
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { HELP_CENTER_KINDS, type HelpCenterKind } from '../shared/help-center';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { saveSecret } from '../storage/help-center-secrets';
import { helpCenters } from '../storage/help-centers';
import { InputField } from './controls';
import { SelectField } from './fields';
import {
  baseOf,
  type ConnectFields,
  type ConnectProblem,
  connectProblems,
  INTERCOM_REGIONS,
  originPattern,
} from './help-center-form';
import { kindName } from './help-center-status';

const TOKEN_LABEL: Record<HelpCenterKind, string> = {
  zendesk: 'helpCenterZendeskToken',
  freshdesk: 'helpCenterFreshdeskKey',
  intercom: 'helpCenterIntercomToken',
  helpscout: 'helpCenterHelpScoutKey',
};

const EMPTY: ConnectFields = { kind: 'zendesk', site: '', region: 'us', email: '', token: '', locale: '' };

interface Props {
  db: OwnItDatabase;
  /** A connection was stored: sync it now. */
  onConnected(id: string): Promise<void>;
  onFailed(message: string): void;
}

export function HelpCenterConnect({ db, onConnected, onFailed }: Props) {
  const [fields, setFields] = useState<ConnectFields>(EMPTY);
  const [problems, setProblems] = useState<ConnectProblem[]>([]);
  const { kind } = fields;
  const input = (name: ConnectProblem['field'] & keyof ConnectFields) => ({
    id: `hc-${name}`,
    value: fields[name],
    error: problems.find((p) => p.field === name)?.message,
    onValue: (value: string) => {
      setFields((before) => ({ ...before, [name]: value }));
      setProblems([]);
    },
  });

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
        if (!granted) return onFailed(t('helpCenterNoPermission', new URL(base).host));
        const id = crypto.randomUUID().slice(0, 8);
        const token = fields.token.trim();
        const email = fields.email.trim();
        const locale = fields.locale.trim().toLowerCase();
        if (token !== '') await saveSecret(id, { token });
        await helpCenters.add(
          db,
          {
            id,
            kind,
            base,
            addedAt: Date.now(),
            status: 'never',
            ...(kind === 'zendesk' && email && token ? { email } : {}),
            ...(kind === 'zendesk' && locale ? { locale } : {}),
          },
          t('helpCenterAlreadyConnected'),
        );
        setFields({ ...EMPTY, kind });
        await onConnected(id);
      })
      .catch((failure: unknown) =>
        onFailed(t('helpCenterNotConnected', failure instanceof Error ? failure.message : String(failure))),
      );
  };

  const choose =
    <K extends 'kind' | 'region'>(name: K) =>
    (value: string) => {
      setFields((before) => ({ ...before, [name]: value as ConnectFields[K] }));
      setProblems([]);
    };
  return (
    <form class="pack-add" aria-label={t('helpCenterConnectForm')} onSubmit={connect} noValidate>
      <SelectField
        name="hc-kind"
        label={t('helpCenterKind')}
        value={kind}
        error={undefined}
        options={HELP_CENTER_KINDS.map((value) => ({ value, label: kindName(value) }))}
        onInput={choose('kind')}
      />
      {(kind === 'zendesk' || kind === 'freshdesk') && (
        <InputField
          {...input('site')}
          label={t(kind === 'zendesk' ? 'helpCenterZendeskSite' : 'helpCenterFreshdeskSite')}
          hint={t(kind === 'zendesk' ? 'helpCenterZendeskSiteHint' : 'helpCenterFreshdeskSiteHint')}
          inputMode="url"
          spellcheck={false}
        />
      )}
      {kind === 'intercom' && (
        <SelectField
          name="hc-region"
          label={t('helpCenterRegion')}
          value={fields.region}
          error={undefined}
          options={Object.entries(INTERCOM_REGIONS).map(([value, host]) => ({
            value,
            label: new URL(host).host,
          }))}
          onInput={choose('region')}
        />
      )}
      {kind === 'zendesk' && (
        <InputField
          {...input('email')}
          label={t('helpCenterZendeskEmail')}
          hint={t('helpCenterZendeskEmailHint')}
          type="email"
          autoComplete="off"
        />
      )}
      <InputField
        {...input('token')}
        label={t(TOKEN_LABEL[kind])}
        hint={t('helpCenterTokenHint')}
        type="password"
        autoComplete="off"
        spellcheck={false}
      />
      {kind === 'zendesk' && (
        <InputField
          {...input('locale')}
          label={t('helpCenterLocale')}
          hint={t('helpCenterLocaleHint')}
          spellcheck={false}
        />
      )}
      <button type="submit" class="primary">
        {t('helpCenterConnect')}
      </button>
    </form>
  );
}
