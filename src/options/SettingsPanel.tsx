// The agent's settings: name (filled into snippets as {{agent.name}}), team or role, time zone and theme,
// then the sites Own It runs on.
import { t } from '../shared/i18n';
import { applyTheme, THEMES, type Theme } from '../shared/theme';
import type { OwnItDatabase } from '../storage/db';
import { loadProfile, saveProfile } from '../storage/settings-profile';
import { RadioChoices } from './controls';
import { SelectField, TextField } from './fields';
import { ShortcutSites } from './ShortcutSites';
import { SitesAccess } from './SitesAccess';
import { StoredForm } from './StoredForm';
import { useStoredForm } from './use-stored-form';

const THEME_KEYS: Record<Theme, string> = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};
const NAME_MAX = 120;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The browser's own zone first, then every zone it knows (and the stored one, should it not). */
function zoneOptions(current: string) {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = current && !all.includes(current) ? [current, ...all] : all;
  return [
    { value: '', label: t('optionsSettingsZoneDefault', browserZone()) },
    ...zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
  ];
}

const readFailed = 'optionsSettingsReadFailed';

export function SettingsPanel({ db }: { db: OwnItDatabase }) {
  const form = useStoredForm(db, loadProfile, readFailed);
  const profile = form.values;
  const { bind } = form;
  const nameError =
    profile && profile.agentName.trim().length > NAME_MAX ? t('optionsErrorNameLong', NAME_MAX) : undefined;

  const save = async () => {
    if (!profile) throw new Error('not read yet');
    const clean = { ...profile, agentName: profile.agentName.trim(), team: profile.team.trim() };
    await saveProfile(db, clean);
    form.setValues(clean);
    applyTheme(clean.theme);
    return { message: t('optionsSettingsSaved') };
  };

  return (
    <StoredForm
      headingId="settings-heading"
      heading={t('optionsSettingsHeading')}
      loading={t('optionsSettingsLoading')}
      form={form}
      formLabel={t('optionsSettingsForm')}
      saveLabel={t('optionsSettingsSave')}
      blocked={Boolean(nameError)}
      onSubmit={form.submit(save, 'optionsSettingsSaveFailed')}
      after={
        <>
          <SitesAccess />
          <ShortcutSites db={db} />
        </>
      }
    >
      {(values) => (
        <>
          <h2>{t('optionsSettingsYou')}</h2>
          <div class="field-row">
            <TextField
              {...bind('agentName', 'agent-name')}
              error={nameError}
              label={t('optionsSettingsName')}
              hint={t('optionsSettingsNameHint')}
            />
            <TextField
              {...bind('team', 'agent-team')}
              label={t('optionsSettingsTeam')}
              hint={t('optionsSettingsTeamHint')}
            />
          </div>
          <SelectField
            {...bind('timeZone', 'time-zone')}
            label={t('optionsSettingsTimeZone')}
            options={zoneOptions(values.timeZone)}
          />
          <RadioChoices
            legend={t('optionsSettingsTheme')}
            name="theme"
            choices={THEMES.map((theme) => ({ value: theme, label: t(THEME_KEYS[theme]) }))}
            value={values.theme}
            onChange={bind('theme', 'theme').onInput}
          />
        </>
      )}
    </StoredForm>
  );
}
