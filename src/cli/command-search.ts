// `ownit search --kb <kb> --queries <q.json> [--limit N]`: one line per query with the ids found.
import { SearchIndex } from '../search';
import { checkFlags, limitFlag, type ParsedArgs, requireFlag } from './args';
import { CliError } from './cli-error';
import { loadKb } from './load-kb';
import { elapsedMs, jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const SEARCH_USAGE =
  'ownit search --kb <kb.json|pack.json|corpus.jsonl[.gz]> --queries <queries.json> [--limit N]';

export async function runSearchCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['kb', 'queries', 'limit'], SEARCH_USAGE);
  const kbPath = requireFlag(args, 'kb', SEARCH_USAGE);
  const queriesPath = requireFlag(args, 'queries', SEARCH_USAGE);
  const limit = limitFlag(args, 10);
  const [docs, queries] = await Promise.all([loadKb(kbPath), readQueries(queriesPath)]);
  const index = SearchIndex.build(docs);
  for (const query of queries) {
    const start = performance.now();
    const results = index.search(query, { limit }).map((hit) => hit.id);
    jsonLine(write, { query, results, ms: elapsedMs(start) });
  }
}

/** Queries file: `[{"text": "…"}]` (other fields ignored) or a plain list of strings. */
export async function readQueries(path: string): Promise<string[]> {
  const data = await readJson(path);
  if (!Array.isArray(data))
    throw new CliError(`${path}: expected a JSON array of queries like [{"text": "refund"}].`);
  return data.map((item, i) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'object' && item !== null && typeof (item as { text?: unknown }).text === 'string') {
      return (item as { text: string }).text;
    }
    throw new CliError(`${path}: item ${i} needs a "text" string.`);
  });
}
