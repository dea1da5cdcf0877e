import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { InsightsProps } from './Insights';

/** Insights (charts, export) load when first opened, keeping them out of the panel's first paint. */
export function LazyInsights(props: InsightsProps) {
  const [View, setView] = useState<ComponentType<InsightsProps> | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    import('./Insights')
      .then((module) => setView(() => module.Insights))
      .catch((error: unknown) => setProblem(t('panelInsightsFailed', String(error))));
  }, []);
  if (problem) {
    return (
      <p class="banner error" role="alert">
        {problem}
      </p>
    );
  }
  return View ? (
    <View {...props} />
  ) : (
    <p class="muted" role="status">
      {t('panelLoadingInsights')}
    </p>
  );
}
