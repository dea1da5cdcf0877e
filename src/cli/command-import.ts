// `ownit import <files or folders…> --out kb.json`: converts any supported files (packs, CSV, Markdown
// and .zip of it, Zendesk/Freshdesk/Intercom exports) into one Own It pack. With `--base team.json` the
// files update that pack: the preview says what is new, updated or unchanged. Prints one JSON summary
// line per file; problems go to stderr as `file line N field F: message`. Any rejected row fails the
// run (exit 1, nothing written) unless `--allow-rejects`.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packHead } from '../export/pack-export';
import { FORCEABLE_FORMATS, type ForcedFormat } from '../import/detect';
import { type FileResult, parseImportFile } from '../import/parse-file';
import { type ImportPlan, planImport, type StoredKb } from '../import/plan';
import { describeIssue, type ImportItem, issue, MAX_FILE_BYTES } from '../import/types';
import type { Pack } from '../shared/model';
import { parsePack } from '../shared/pack-schema';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { jsonLine, type WriteLine } from './output';
import { attachVectors, progress, vectorsSummary } from './pack-vectors';
import { readJson } from './read-files';

export const IMPORT_USAGE =
  'ownit import <files or folders…> --out <kb.json> [--base <pack.json>] [--id <id>] [--name <name>] [--version <v>] [--from <format>] [--vectors] [--allow-rejects]';

/** `--from <format>`: every file is read as that format; an unknown name is a usage error (exit 2). */
export function forcedFormat(args: ParsedArgs): ForcedFormat | undefined {
  const value = args.flags.get('from');
  if (value === undefined) return undefined;
  const found = FORCEABLE_FORMATS.find((format) => format === value);
  if (!found)
    throw new CliError(`--from must be one of ${FORCEABLE_FORMATS.join(', ')} (got "${value}").`, EXIT_USAGE);
  return found;
}

const IMPORTABLE = /\.(json|csv|md|markdown|zip)$/i;

/** Files named on the command line, with folders expanded to the importable files inside them. */
async function expand(path: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`File not found: ${path}`);
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await expand(full)));
    else if (IMPORTABLE.test(entry.name)) found.push(full);
  }
  return found;
}

/** Parses every input; a file too big is refused before it is read. */
export async function parseInputs(paths: readonly string[], forced?: ForcedFormat): Promise<FileResult[]> {
  if (paths.length === 0) throw new CliError('Name at least one file or folder to import.', EXIT_USAGE);
  const files = (await Promise.all(paths.map(expand))).flat();
  if (files.length === 0)
    throw new CliError(`No importable files (.json, .csv, .md, .zip) in ${paths.join(', ')}.`);
  const results: FileResult[] = [];
  for (const file of files) {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
      const message = `the file is ${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}. Split it into smaller files.`;
      results.push({ file, format: 'unknown', items: [], errors: [issue('error', file, message)] });
      continue;
    }
    results.push(
      parseImportFile(file, new Uint8Array(await readFile(file)), MAX_FILE_BYTES, undefined, forced),
    );
  }
  return results;
}

/** The stored form of a pack's items, so a base pack can be planned against like a database. */
export function storedOfPack(pack: Pack): StoredKb {
  const meta = { updatedAt: 0, version: 1, source: `pack:${pack.id}` as const };
  return {
    articles: pack.articles.map((a) => ({ ...a, ...meta })),
    playbooks: pack.playbooks.map((p) => ({ ...p, ...meta })),
    rules: pack.rules.map((r) => ({ ...r, ...meta })),
    snippets: (pack.snippets ?? []).map((s) => ({ ...s, ...meta })),
  };
}

export async function readPack(path: string): Promise<Pack> {
  const result = parsePack(await readJson(path));
  if (!result.ok)
    throw new CliError(`${path} is not a valid pack:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  return result.pack;
}

/** One line per file on stdout, every problem on stderr; returns the plan over all files. */
export function previewFiles(results: readonly FileResult[], base: StoredKb, write: WriteLine): ImportPlan {
  const items: ImportItem[] = results.flatMap((r) => r.items);
  const plan = planImport(
    base,
    items,
    results.flatMap((r) => r.errors),
  );
  let offset = 0;
  for (const result of results) {
    // The plan has one row per item, in input order: each file's rows are the next slice.
    const rows = plan.rows.slice(offset, offset + result.items.length);
    offset += result.items.length;
    const count = (status: string) => rows.filter((row) => row.status === status).length;
    const errors = result.errors.filter((e) => e.severity === 'error').length;
    jsonLine(write, {
      file: result.file,
      format: result.format,
      items: result.items.length,
      new: count('new'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected') + errors,
      warnings: result.errors.length - errors,
    });
  }
  for (const problem of plan.issues) process.stderr.write(`${describeIssue(problem)}\n`);
  for (const row of plan.rows.filter((r) => r.status === 'rejected')) {
    process.stderr.write(`${row.where}: ${row.reasons.join('; ')}\n`);
  }
  return plan;
}

/** The pack after the plan: the base's items, replaced or joined by the accepted rows. */
export function packAfter(
  plan: ImportPlan,
  base: Pack | undefined,
  meta: Pick<Pack, 'id' | 'name' | 'version' | 'description'>,
): Pack {
  const pack: Pack = {
    ...packHead({ ...meta, description: meta.description ?? base?.description }),
    articles: base?.articles ?? [],
    playbooks: base?.playbooks ?? [],
    rules: base?.rules ?? [],
  };
  const kinds = { article: 'articles', playbook: 'playbooks', rule: 'rules', snippet: 'snippets' } as const;
  const lists = {
    articles: [...pack.articles],
    playbooks: [...pack.playbooks],
    rules: [...pack.rules],
    snippets: [...(base?.snippets ?? [])],
  } as Record<string, { id: string }[]>;
  // Where each id sits in its list, so each row is placed in constant time (a search per row made a
  // 100,000-row import quadratic).
  const positions = new Map<string, Map<string, number>>();
  for (const [name, list] of Object.entries(lists)) {
    positions.set(name, new Map(list.map((entry, index) => [entry.id, index])));
  }
  for (const row of plan.rows) {
    if ((row.status !== 'new' && row.status !== 'updated') || !row.next) continue;
    const {
      source: _s,
      version: _v,
      updatedAt: _u,
      usage: _n,
      editedLocally: _e,
      ...item
    } = row.next as unknown as Record<string, unknown>;
    const list = lists[kinds[row.kind]]!;
    const where = positions.get(kinds[row.kind])!;
    const at = where.get(row.id);
    if (at !== undefined) list[at] = item as { id: string };
    else {
      where.set(row.id, list.length);
      list.push(item as { id: string });
    }
  }
  // A pack without snippets has no `snippets` list, as before snippets existed.
  if (lists.snippets!.length === 0) delete lists.snippets;
  return { ...pack, ...lists } as Pack;
}

export async function writePack(path: string, pack: Pack | Record<string, unknown>): Promise<void> {
  const checked = parsePack(pack);
  if (!checked.ok)
    throw new CliError(
      `The result is not a valid pack (nothing written):\n${checked.errors.map((e) => `  ${e}`).join('\n')}`,
    );
  await writeFile(path, `${JSON.stringify(pack, null, 2)}\n`);
}

export async function runImportCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['out', 'base', 'id', 'name', 'version', 'from', 'allow-rejects'], IMPORT_USAGE);
  const forced = forcedFormat(args);
  const out = requireFlag(args, 'out', IMPORT_USAGE);
  const basePath = args.flags.get('base');
  const base = basePath ? await readPack(basePath) : undefined;
  const results = await parseInputs(args.positionals, forced);
  const plan = previewFiles(
    results,
    base ? storedOfPack(base) : { articles: [], playbooks: [], rules: [] },
    write,
  );
  if (plan.counts.rejected > 0 && !args.flags.has('allow-rejects')) {
    throw new CliError(
      `${plan.counts.rejected} rejected; nothing written. Fix them, or pass --allow-rejects to write the rest.`,
    );
  }
  const meta = {
    id: args.flags.get('id') ?? base?.id ?? 'imported',
    name: args.flags.get('name') ?? base?.name ?? 'Imported knowledge',
    version: args.flags.get('version') ?? base?.version ?? new Date().toISOString().slice(0, 10),
  };
  // A base pack's vectors describe its old items: they are made again with --vectors, else dropped.
  const { meaning: _stale, ...after } = packAfter(plan, base, meta);
  const vectors = args.flags.has('vectors') ? await attachVectors(after, out, progress) : undefined;
  const pack = vectors?.pack ?? after;
  await writePack(out, pack);
  jsonLine(write, {
    out,
    ...plan.counts,
    articles: pack.articles.length,
    playbooks: pack.playbooks.length,
    rules: pack.rules.length,
    ...(vectors ? { vectors: vectorsSummary(vectors) } : {}),
  });
}
