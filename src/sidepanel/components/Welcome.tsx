// The first run: three short steps, each skippable, shown once after install. 1. the agent's name and
// time zone; 2. the approval limits (the starter rules, edited in place); 3. where the team's knowledge
// is: the help center of the open tab, any help center, a file, a team pack, or the starter pack as it
// is (the steps as shown: WelcomeSteps.tsx). Loaded only when due, never in the panel's first paint.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { EmpowermentRule } from '../../shared/model';
import { askWorker } from '../../shared/send';
import { database } from '../../storage/db';
import { rules as ruleStore } from '../../storage/repositories';
import { loadProfile, type Profile, saveProfile } from '../../storage/settings-profile';
import { finishWelcome } from '../first-run';
import { helpdeskOf } from '../helpdesk-of';
import type { PageState } from '../page-context';
import { KnowledgeStep, LimitsStep, YouStep } from './WelcomeSteps';

const STEPS = 3;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

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

  const steps = { heading, busy, onSkip: finish };
  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <p class="muted welcome-step">{t('welcomeStep', step, STEPS)}</p>
      {step === 1 && <YouStep {...steps} profile={profile} onChange={setProfile} onSubmit={saveYou} />}
      {step === 2 && (
        <LimitsStep {...steps} rules={rules} limits={limits} onChange={setLimits} onSubmit={saveLimits} />
      )}
      {step === 3 && (
        <KnowledgeStep {...steps} detected={helpdeskOf(page.status === 'ready' ? page.context : undefined)} />
      )}
      {problem && (
        <p class="banner error" role="alert">
          {problem}
        </p>
      )}
    </main>
  );
}
