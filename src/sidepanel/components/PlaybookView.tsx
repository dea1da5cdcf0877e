import { type Playbook, STAGES } from '../../shared/model';
import type { PageState } from '../page-context';
import { fillSnippet } from '../ticket';
import { BackBar } from './BackBar';

const STAGE_NAMES: Record<(typeof STAGES)[number], string> = {
  capture: 'Capture',
  investigate: 'Investigate',
  resolve: 'Resolve',
  communicate: 'Communicate',
  'follow-up': 'Follow up',
};

export function PlaybookView({
  playbook,
  page,
  onBack,
}: {
  playbook: Playbook | undefined;
  page: PageState;
  onBack(): void;
}) {
  if (!playbook) {
    return (
      <main class="detail">
        <BackBar onBack={onBack} />
        <p class="banner error" role="alert">
          This playbook is no longer in your knowledge base.
        </p>
      </main>
    );
  }
  const context = page.status === 'ready' ? page.context : undefined;
  return (
    <main class="detail">
      <BackBar onBack={onBack} />
      <article aria-labelledby="playbook-title">
        <h1 id="playbook-title">{playbook.title}</h1>
        <p class="meta">
          <span class="chip">Playbook</span>
        </p>
        {playbook.summary && <p>{playbook.summary}</p>}
        {STAGES.map((stage) => {
          const steps = playbook.steps.filter((step) => step.stage === stage);
          if (steps.length === 0) return null;
          return (
            <section key={stage} aria-label={STAGE_NAMES[stage]}>
              <h2>{STAGE_NAMES[stage]}</h2>
              <ol>
                {steps.map((step, index) => (
                  <li key={index}>
                    {step.text}
                    {step.snippet && (
                      <pre class="snippet">
                        <code>{fillSnippet(step.snippet, context, '')}</code>
                      </pre>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </article>
    </main>
  );
}
