// The first run: three short steps, each skippable, shown once after install. 1. the agent's name and
// time zone; 2. the approval limits (the starter rules, edited in place); 3. where the team's knowledge
// is: the help center of the open tab, any help center, a file, a team pack, or the starter pack as it
// is. Loaded only when due, never in the panel's first paint.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { EmpowermentRule } from '../../shared/model';
import { scopeAndPeriod } from '../../shared/rule-text';
import { askWorker } from '../../shared/send';
import { database } from '../../storage/db';
import { rules as ruleStore } from '../../storage/repositories';
import { loadProfile, type Profile, saveProfile } from '../../storage/settings-profile';
import { finishWelcome } from '../first-run';
import { type Connector, helpdeskOf } from '../helpdesk-of';
import type { PageState } from '../page-context';

const STEPS = 3;
const CONNECTOR_KEYS: Record<Connector, string> = {
  zendesk: 'welcomeConnectZendesk',
  freshdesk: 'welcomeConnectFreshdesk',
  intercom: 'welcomeConnectIntercom',
  helpscout: 'welcomeConnectHelpScout',
};

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !all.includes(current) ? [current, ...all] : all;
}

async function openOptions(hash: string): Promise<void> {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await browser.tabs.create({ url: `${browser.runtime.getURL(page)}#${hash}` });
}

const limitValue = (rule: EmpowermentRule): string =>
  rule.limit === null ? '' : String('count' in rule.limit ? rule.limit.count : rule.limit.amount);

export function Welcome({ page, onDone }: { page: PageState; onDone(): void }) {
  const db = database();
  const [step, setStep] = useState(1);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [rules, setRules] = useState<EmpowermentRule[]>([]);
  const [limits, setLimits] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const readRules = async () => {
      let found = await ruleStore.all(db);
      if (found.length === 0) {
        // A panel opened right after install may be ahead of the starter pack: ask for it.
        await askWorker({ type: 'panel/ensure-seeded' }).catch(() => undefined);
        found = await ruleStore.all(db);
      }
      const editable = found
        .filter((rule) => rule.limit !== null)
        .sort((a, b) => a.label.localeCompare(b.label));
      setRules(editable);
      setLimits(Object.fromEntries(editable.map((rule) => [rule.id, limitValue(rule)])));
    };
    loadProfile(db)
      .then((found) => setProfile({ ...found, timeZone: found.timeZone || browserZone() }))
      .catch(() => setProfile({ agentName: '', team: '', timeZone: browserZone(), theme: 'system' }));
    readRules().catch((error: unknown) => setProblem(String(error)));
  }, [db]);

  useEffect(() => heading.current?.focus(), [step]);

  const finish = async () => {
    await finishWelcome();
    onDone();
  };

  /** Runs one step's save, then moves on to step `next`; a failed save stays on the step and says why. */
  const saveThen = async (next: number, save: () => Promise<void>) => {
    setBusy(true);
    try {
      await save();
      setProblem('');
      setStep(next);
    } catch (error) {
      setProblem(t('welcomeSaveFailed', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const saveYou = async (event: Event) => {
    event.preventDefault();
    if (!profile || busy) return;
    await saveThen(2, () =>
      saveProfile(db, { ...profile, agentName: profile.agentName.trim().slice(0, 120) }),
    );
  };

  const saveLimits = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const bad = rules.find((rule) => {
      const value = Number(limits[rule.id]);
      return limits[rule.id]?.trim() === '' || !Number.isFinite(value) || value < 0;
    });
    if (bad) {
      setProblem(t('welcomeLimitInvalid', bad.label));
      document.getElementById(`limit-${bad.id}`)?.focus();
      return;
    }
    await saveThen(3, async () => {
      for (const rule of rules) {
        const value = Number(limits[rule.id]);
        if (rule.limit === null || String(value) === limitValue(rule)) continue;
        const limit = 'count' in rule.limit ? { count: Math.round(value) } : { ...rule.limit, amount: value };
        await ruleStore.save(db, { ...rule, limit }, rule.version);
      }
    });
  };

  const go = (hash: string) => () => void openOptions(hash).then(finish);
  /** A step's heading (focused when the step opens) and its introduction. */
  const stepHead = (title: string, intro: string) => (
    <>
      <h1 id="welcome-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{intro}</p>
    </>
  );
  const detected = helpdeskOf(page.status === 'ready' ? page.context : undefined);

  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <p class="muted welcome-step">{t('welcomeStep', step, STEPS)}</p>
      {step === 1 && (
        <form onSubmit={saveYou} noValidate>
          {stepHead(t('welcomeYouHeading'), t('welcomeYouIntro'))}
          <label for="welcome-name">{t('welcomeName')}</label>
          <input
            id="welcome-name"
            autocomplete="name"
            maxLength={120}
            value={profile?.agentName ?? ''}
            disabled={!profile}
            onInput={(e) => profile && setProfile({ ...profile, agentName: e.currentTarget.value })}
          />
          <label for="welcome-zone">{t('welcomeTimeZone')}</label>
          <select
            id="welcome-zone"
            value={profile?.timeZone ?? ''}
            disabled={!profile}
            onChange={(e) => profile && setProfile({ ...profile, timeZone: e.currentTarget.value })}
          >
            {zones(profile?.timeZone ?? '').map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          <Actions next={t('welcomeNext')} busy={busy || !profile} onSkip={finish} />
        </form>
      )}
      {step === 2 && (
        <form onSubmit={saveLimits} noValidate>
          {stepHead(t('welcomeLimitsHeading'), t('welcomeLimitsIntro'))}
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
                    onInput={(e) => setLimits({ ...limits, [rule.id]: e.currentTarget.value })}
                  />
                </span>
                <span id={`limit-${rule.id}-per`} class="muted">
                  {scopeAndPeriod(rule)}
                </span>
              </li>
            ))}
          </ul>
          <Actions next={t('welcomeNext')} busy={busy} onSkip={finish} />
        </form>
      )}
      {step === 3 && (
        <section aria-labelledby="welcome-heading">
          {stepHead(t('welcomeKnowledgeHeading'), t('welcomeKnowledgeIntro'))}
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
      )}
      {problem && (
        <p class="banner error" role="alert">
          {problem}
        </p>
      )}
    </main>
  );
}

/** Where the last step sends the agent for their own knowledge: the options section, and its button. */
const ELSEWHERE = [
  ['helpcenters', 'welcomeConnect'],
  ['import', 'welcomeImport'],
  ['packs', 'welcomePack'],
] as const;

function Actions({ next, busy, onSkip }: { next: string; busy: boolean; onSkip(): Promise<void> }) {
  return (
    <div class="welcome-actions">
      <button type="submit" class="primary" disabled={busy}>
        {next}
      </button>
      <button type="button" onClick={() => void onSkip()}>
        {t('welcomeSkip')}
      </button>
    </div>
  );
}
