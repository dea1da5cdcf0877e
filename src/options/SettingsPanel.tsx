// The agent's settings: name (filled into snippets as {{agent.name}}), team or role, time zone and theme,
// then the sites Own It runs on.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { applyTheme, THEMES, type Theme } from '../shared/theme';
import type { OwnItDatabase } from '../storage/db';
import { loadProfile, type Profile, saveProfile } from '../storage/settings-profile';
import { TextField } from './fields';
import { SectionLoading } from './SectionLoading';
import { ShortcutSites } from './ShortcutSites';
import { SitesAccess } from './SitesAccess';

const THEME_KEYS: Record<Theme, string> = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};
const NAME_MAX = 120;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !all.includes(current) ? [current, ...all] : all;
}

export function SettingsPanel({ db }: { db: OwnItDatabase }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [status, setStatus] = useState<{ message: string; error?: boolean } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    loadProfile(db)
      .then(setProfile)
      .catch((error: unknown) =>
        setStatus({ message: t('optionsSettingsReadFailed', String(error)), error: true }),
      );
  }, [db]);

  if (!profile) {
    return (
      <SectionLoading
        headingId="settings-heading"
        heading={t('optionsSettingsHeading')}
        status={status}
        loading={t('optionsSettingsLoading')}
      />
    );
  }

  const set =
    <K extends keyof Profile>(key: K) =>
    (value: Profile[K]) => {
      setProfile({ ...profile, [key]: value });
      setStatus(null);
    };
  const nameError =
    profile.agentName.trim().length > NAME_MAX ? t('optionsErrorNameLong', NAME_MAX) : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (nameError || saving) return;
    setSaving(true);
    const clean = { ...profile, agentName: profile.agentName.trim(), team: profile.team.trim() };
    try {
      await saveProfile(db, clean);
      setProfile(clean);
      applyTheme(clean.theme);
      setStatus({ message: t('optionsSettingsSaved') });
    } catch (error) {
      setStatus({ message: t('optionsSettingsSaveFailed', String(error)), error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="settings-heading">
      <div class="section-head">
        <h1 id="settings-heading">{t('optionsSettingsHeading')}</h1>
      </div>
      <form class="card item-form" aria-label={t('optionsSettingsForm')} noValidate onSubmit={submit}>
        <h2>{t('optionsSettingsYou')}</h2>
        <div class="field-row">
          <TextField
            name="agent-name"
            label={t('optionsSettingsName')}
            value={profile.agentName}
            error={nameError}
            hint={t('optionsSettingsNameHint')}
            onInput={set('agentName')}
          />
          <TextField
            name="agent-team"
            label={t('optionsSettingsTeam')}
            value={profile.team}
            error={undefined}
            hint={t('optionsSettingsTeamHint')}
            onInput={set('team')}
          />
        </div>
        <div class="field">
          <label for="time-zone">{t('optionsSettingsTimeZone')}</label>
          <select
            id="time-zone"
            value={profile.timeZone}
            onChange={(e) => set('timeZone')(e.currentTarget.value)}
          >
            <option value="">{t('optionsSettingsZoneDefault', browserZone())}</option>
            {zones(profile.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="limit">
          <legend>{t('optionsSettingsTheme')}</legend>
          <div class="choices">
            {THEMES.map((theme) => (
              <label key={theme} class="choice">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={profile.theme === theme}
                  onChange={() => set('theme')(theme)}
                />
                {t(THEME_KEYS[theme])}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="primary" disabled={saving || Boolean(nameError)}>
            {saving ? t('optionsSaving') : t('optionsSettingsSave')}
          </button>
          <span class={status?.error ? 'field-error' : 'muted'} role="status">
            {status?.message}
          </span>
        </div>
      </form>
      <SitesAccess />
      <ShortcutSites db={db} />
    </section>
  );
}
