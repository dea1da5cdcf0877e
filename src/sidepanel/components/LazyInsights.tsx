import type { InsightsProps } from './Insights';
import { lazyView } from './lazy';

/** Insights (charts, export) load when first opened, keeping them out of the panel's first paint. */
export const LazyInsights = lazyView<InsightsProps>(
  () => import('./Insights').then((module) => module.Insights),
  'panelLoadingInsights',
  'panelInsightsFailed',
);
