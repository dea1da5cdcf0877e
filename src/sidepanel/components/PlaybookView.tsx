import { t } from '../../shared/i18n';
import { type Playbook, STAGES } from '../../shared/model';
import { database } from '../../storage/db';
import { settings } from '../../storage/repositories';
import type { PageState } from '../page-context';
import { ticketKeyOf } from '../ticket';
import { useLiveState } from '../use-live-read';
import { DetailPage, MissingItem } from './BackBar';
import { SnippetFiller } from './SnippetFiller';
import { stageName } from './stage-name';

/** "2 of 5 steps done" ("0 of 1 step done"), and on which ticket when there is one. */
function progress(done: number, total: number, ticketId: string | undefined, linked: boolean): string {
  const one = total === 1;
  if (!linked) return t(one ? 'panelStepsDoneOne' : 'panelStepsDone', done, total);
  if (ticketId) return t(one ? 'panelStepsDoneOnTicketOne' : 'panelStepsDoneOnTicket', done, total, ticketId);
  return t(one ? 'panelStepsDoneOnThisOne' : 'panelStepsDoneOnThis', done, total);
}

/** Ticks are kept per ticket and playbook, so the same playbook on another ticket starts fresh. */
function progressKey(ticketKey: string, playbookId: string): string {
  return `playbookProgress:${ticketKey}:${playbookId}`;
}

interface Props {
  playbook: Playbook | undefined;
  page: PageState;
  onBack(): void;
  /** Opens "I own this" with a promise to follow up. */
  onCommit(text: string): void;
}

export function PlaybookView({ playbook, page, onBack, onCommit }: Props) {
  const context = page.status === 'ready' ? page.context : undefined;
  const tabId = page.status === 'ready' ? page.tabId : undefined;
  const ticketKey = context ? ticketKeyOf(context) : 'no-ticket';
  // Followed live: steps ticked in another panel on the same ticket show here too.
  const [done, setDone] = useLiveState<number[]>(
    () =>
      playbook
        ? settings.get<number[]>(database(), progressKey(ticketKey, playbook.id), [])
        : Promise.resolve([]),
    [],
    [playbook?.id, ticketKey],
  );

  if (!playbook) {
    return <MissingItem kind="playbook" onBack={onBack} />;
  }

  const toggle = (index: number) => {
    const next = done.includes(index) ? done.filter((i) => i !== index) : [...done, index];
    setDone(next);
    void settings.set(database(), progressKey(ticketKey, playbook.id), next).catch(() => undefined);
  };

  const steps = playbook.steps.map((step, index) => ({ step, index }));
  return (
    <DetailPage
      kind="playbook"
      title={playbook.title}
      onBack={onBack}
      meta={
        <>
          <span class="chip">{t('panelPlaybookChip')}</span>
          <span>
            {progress(done.length, playbook.steps.length, context?.ticketId, context !== undefined)}
          </span>
        </>
      }
    >
      {playbook.summary && <p>{playbook.summary}</p>}
      {STAGES.map((stage) => {
        const inStage = steps.filter(({ step }) => step.stage === stage);
        if (inStage.length === 0) return null;
        return (
          <section key={stage} aria-label={stageName(stage)} class="stage">
            <h2>{stageName(stage)}</h2>
            <ul class="checklist">
              {inStage.map(({ step, index }) => (
                <li key={index} class={done.includes(index) ? 'checked' : ''}>
                  <label>
                    <input type="checkbox" checked={done.includes(index)} onChange={() => toggle(index)} />
                    <span>{step.text}</span>
                  </label>
                  {step.snippet && <SnippetFiller snippet={step.snippet} context={context} tabId={tabId} />}
                  {stage === 'follow-up' && (
                    <button
                      type="button"
                      class="link"
                      onClick={() => onCommit(t('panelFollowUpNote', step.text))}
                    >
                      {t('panelCreateCommitment')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </DetailPage>
  );
}
