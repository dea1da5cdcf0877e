// The welcome's three steps as the agent sees them (Welcome.tsx keeps what they hold and saves it).
import type { ComponentChildren, RefObject } from 'preact';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { EmpowermentRule } from '../../shared/model';
import { scopeAndPeriod } from '../../shared/rule-text';
import type { Profile } from '../../storage/settings-profile';
import type { Connector } from '../helpdesk-of';

const CONNECTOR_KEYS: Record<Connector, string> = {
  zendesk: 'welcomeConnectZendesk',
  freshdesk: 'welcomeConnectFreshdesk',
  intercom: 'welcomeConnectIntercom',
  helpscout: 'welcomeConnectHelpScout',
};

/** Where the last step sends the agent for their own knowledge: the options section, and its button. */
const ELSEWHERE = [
  ['helpcenters', 'welcomeConnect'],
  ['import', 'welcomeImport'],
  ['packs', 'welcomePack'],
] as const;

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !all.includes(current) ? [current, ...all] : all;
}

async function openOptions(hash: string): Promise<void> {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await browser.tabs.create({ url: `${browser.runtime.getURL(page)}#${hash}` });
}

interface StepProps {
  /** The step's heading, focused when the step opens. */
  heading: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onSkip(): Promise<void>;
}

/** A step's heading and its introduction. */
function StepHead({
  heading,
  title,
  intro,
}: {
  heading: StepProps['heading'];
  title: string;
  intro: string;
}) {
  return (
    <>
      <h1 id="welcome-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{intro}</p>
    </>
  );
}

function StepForm({ onSubmit, busy, onSkip, children }: Omit<StepProps, 'heading'> & FormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      {children}
      <div class="welcome-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('welcomeNext')}
        </button>
        <button type="button" onClick={() => void onSkip()}>
          {t('welcomeSkip')}
        </button>
      </div>
    </form>
  );
}

interface FormProps {
  onSubmit(event: Event): void;
  children?: ComponentChildren;
}

/** 1. The agent's name and time zone (the form waits for the stored profile). */
export function YouStep(
  props: StepProps & FormProps & { profile: Profile | null; onChange(profile: Profile): void },
) {
  const { profile, onChange } = props;
  return (
    <StepForm {...props} busy={props.busy || !profile}>
      <StepHead heading={props.heading} title={t('welcomeYouHeading')} intro={t('welcomeYouIntro')} />
      <label for="welcome-name">{t('welcomeName')}</label>
      <input
        id="welcome-name"
        autocomplete="name"
        maxLength={120}
        value={profile?.agentName ?? ''}
        disabled={!profile}
        onInput={(e) => profile && onChange({ ...profile, agentName: e.currentTarget.value })}
      />
      <label for="welcome-zone">{t('welcomeTimeZone')}</label>
      <select
        id="welcome-zone"
        value={profile?.timeZone ?? ''}
        disabled={!profile}
        onChange={(e) => profile && onChange({ ...profile, timeZone: e.currentTarget.value })}
      >
        {zones(profile?.timeZone ?? '').map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </StepForm>
  );
}

interface LimitsProps {
  rules: EmpowermentRule[];
  /** Each rule's limit as typed, by rule id. */
  limits: Record<string, string>;
  onChange(limits: Record<string, string>): void;
}

/** 2. The approval limits: the starter rules, edited in place. */
export function LimitsStep(props: StepProps & FormProps & LimitsProps) {
  const { rules, limits, onChange } = props;
  return (
    <StepForm {...props}>
      <StepHead heading={props.heading} title={t('welcomeLimitsHeading')} intro={t('welcomeLimitsIntro')} />
      <ul class="welcome-limits">
        {rules.map((rule) => (
          <li key={rule.id}>
            <label for={`limit-${rule.id}`}>{rule.label}</label>
            <span class="welcome-limit">
              {rule.limit && 'currency' in rule.limit && (
                <span aria-hidden="true">{rule.limit.currency}</span>
              )}
              <input
                id={`limit-${rule.id}`}
                type="number"
                min="0"
                step="any"
                inputMode="decimal"
                value={limits[rule.id] ?? ''}
                aria-describedby={`limit-${rule.id}-per`}
                onInput={(e) => onChange({ ...limits, [rule.id]: e.currentTarget.value })}
              />
            </span>
            <span id={`limit-${rule.id}-per`} class="muted">
              {scopeAndPeriod(rule)}
            </span>
          </li>
        ))}
      </ul>
    </StepForm>
  );
}

/**
 * 3. Where the team's knowledge is: the help center of the open tab (`detected`), any help center, a
 * file, a team pack (each opens its options section and ends the welcome), or the starter pack as it is.
 */
export function KnowledgeStep({
  heading,
  onSkip: finish,
  detected,
}: StepProps & { detected: Connector | undefined }) {
  const go = (hash: string) => () => void openOptions(hash).then(finish);
  return (
    <section aria-labelledby="welcome-heading">
      <StepHead heading={heading} title={t('welcomeKnowledgeHeading')} intro={t('welcomeKnowledgeIntro')} />
      <ul class="welcome-choices">
        {detected && (
          <li>
            <button type="button" class="primary" onClick={go(`helpcenters/${detected}`)}>
              {t(CONNECTOR_KEYS[detected])}
            </button>
            <span class="muted">{t('welcomeDetected')}</span>
          </li>
        )}
        {ELSEWHERE.map(([hash, key]) => (
          <li key={hash}>
            <button type="button" onClick={go(hash)}>
              {t(key)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class={detected ? '' : 'primary'} onClick={() => void finish()}>
            {t('welcomeKeepStarter')}
          </button>
        </li>
      </ul>
    </section>
  );
}
