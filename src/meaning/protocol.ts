// Messages between the panel and its meaning worker.

export type ToMeaningWorker =
  /** The knowledge base changed (or the panel just opened): bring the vectors up to date. */
  | { type: 'sync' }
  /** How close in meaning a page's text is to the word candidates and the closest articles. */
  | { type: 'closeness'; request: number; text: string; candidates: string[] };

export type FromMeaningWorker =
  | { type: 'status'; status: MeaningStatus }
  | { type: 'closeness'; request: number; closeness: [string, number][] | null };

export type MeaningStatus =
  | { state: 'loading' }
  /** Embedding articles: `done` of `total`. */
  | { state: 'preparing'; done: number; total: number }
  | { state: 'ready'; total: number }
  /** The model could not run here; suggestions use words only. */
  | { state: 'failed'; reason: string };
