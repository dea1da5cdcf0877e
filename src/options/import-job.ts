// One import from chosen files to the database, wherever it runs (the import worker, or the options page
// itself when a worker cannot start): read and parse the files, plan against what is stored, apply.
// The parsed items and the plan stay here; the page gets only a summary and progress.
import type { ImportFormat } from '../import/detect';
import { type FileResult, parseImportFile } from '../import/parse-file';
import { type ImportPlan, planImport, type RowStatus, rejections, type StoredKb } from '../import/plan';
import { describeIssue } from '../import/types';
import { BULK_CHANGE } from '../storage/change-log';
import type { OwnItDatabase } from '../storage/db';
import { type ApplyOutcome, applyImport } from '../storage/import-apply';
import { writeThenIndex } from '../storage/search-save';

/** A chosen file: a File from the picker, or its name and bytes. */
export interface ImportInput {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportProgress =
  | { stage: 'read'; file: string; done: number; total: number }
  | { stage: 'compare' | 'write'; done: number; total: number };

/** What the preview shows: the files and their formats, counts per status, problems and warnings. */
export interface PlanSummary {
  files: { file: string; format: ImportFormat }[];
  counts: Record<RowStatus, number>;
  /** The first problems (rejected rows, file errors), one line each, and how many there are. */
  problems: string[];
  problemCount: number;
  warnings: string[];
  overwrite: boolean;
}

/** Problems sent to the page; the preview shows ten and counts the rest. */
const SENT_PROBLEMS = 50;

async function storedKb(db: OwnItDatabase): Promise<StoredKb> {
  const [articles, playbooks, rules, snippets] = await Promise.all([
    db.articles.toArray(),
    db.playbooks.toArray(),
    db.rules.toArray(),
    db.snippets.toArray(),
  ]);
  return { articles, playbooks, rules, snippets };
}

export class ImportJob {
  private files: FileResult[] = [];
  private plan: ImportPlan | undefined;

  constructor(
    private readonly db: OwnItDatabase,
    private readonly onProgress: (progress: ImportProgress) => void = () => {},
  ) {}

  /** Reads every file (progress in bytes over all of them), then plans without overwriting edits. */
  async read(inputs: readonly ImportInput[]): Promise<PlanSummary> {
    const total = inputs.reduce((sum, input) => sum + input.size, 0);
    let before = 0;
    this.files = [];
    for (const input of inputs) {
      const report = (fraction: number) =>
        this.onProgress({ stage: 'read', file: input.name, done: before + fraction * input.size, total });
      report(0);
      const bytes = new Uint8Array(await input.arrayBuffer());
      this.files.push(parseImportFile(input.name, bytes, undefined, (done, all) => report(done / all)));
      before += input.size;
      report(0);
    }
    return this.replan(false);
  }

  /** Plans again against what is stored now (the preview's "overwrite my edits" choice). */
  async replan(overwrite: boolean): Promise<PlanSummary> {
    const kb = await storedKb(this.db);
    const items = this.files.flatMap((f) => f.items);
    const plan = planImport(
      kb,
      items,
      this.files.flatMap((f) => f.errors),
      {
        overwriteLocalEdits: overwrite,
        onProgress: (done, total) => this.onProgress({ stage: 'compare', done, total }),
      },
    );
    this.plan = plan;
    const problems = rejections(plan);
    return {
      files: this.files.map(({ file, format }) => ({ file, format })),
      counts: plan.counts,
      problems: problems.slice(0, SENT_PROBLEMS),
      problemCount: problems.length,
      warnings: plan.issues.filter((i) => i.severity === 'warning').map(describeIssue),
      overwrite,
    };
  }

  /** Writes the last plan, all or nothing, with progress per chunk. */
  async apply(): Promise<ApplyOutcome> {
    if (!this.plan) throw new Error('nothing to import: choose files first');
    const plan = this.plan;
    this.plan = undefined;
    // A bulk import is logged as "everything changed": the search index is built and stored here, in the
    // import's worker, so that no panel opened after it builds the index itself.
    const { result } = await writeThenIndex(
      this.db,
      () =>
        applyImport(this.db, plan, {
          onProgress: (done, total) => this.onProgress({ stage: 'write', done, total }),
        }),
      (outcome) => outcome.added + outcome.updated + outcome.removed > BULK_CHANGE,
    );
    return result;
  }
}
