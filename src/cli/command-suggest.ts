// `ownit suggest --kb <kb> --pages <pages.json> [--limit N] [--meaning on|off]`: related docs for each
// page's text, by its words and (unless off) its meaning.
import { meaningOfKb } from '../meaning/node-encoder';
import { SearchIndex } from '../search';
import { checkFlags, limitFlag, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { htmlToText } from './html-text';
import { loadKb } from './load-kb';
import { elapsedMs, jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const SUGGEST_USAGE =
  'ownit suggest --kb <kb.json|pack.json|corpus.jsonl[.gz]> --pages <pages.json> [--limit N] [--meaning on|off]';

export interface Page {
  id: string;
  text: string;
}

export async function runSuggestCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['kb', 'pages', 'limit', 'meaning'], SUGGEST_USAGE);
  const kbPath = requireFlag(args, 'kb', SUGGEST_USAGE);
  const pagesPath = requireFlag(args, 'pages', SUGGEST_USAGE);
  const limit = limitFlag(args, 5);
  const withMeaning = meaningFlag(args);
  const [docs, pages] = await Promise.all([loadKb(kbPath), readPages(pagesPath)]);
  const index = SearchIndex.build(docs);
  const meaning = withMeaning ? await meaningOfKb(docs) : null;
  for (const page of pages) {
    const start = performance.now();
    const closeness = meaning ? await meaning(index, page.text) : undefined;
    const results = index.suggest(page.text, { limit, meaning: closeness }).map((hit) => hit.id);
    jsonLine(write, { id: page.id, results, ms: elapsedMs(start) });
  }
}

function meaningFlag(args: ParsedArgs): boolean {
  const value = args.flags.get('meaning') ?? 'on';
  if (value !== 'on' && value !== 'off') {
    throw new CliError(`--meaning is "on" or "off". ${SUGGEST_USAGE}`, EXIT_USAGE);
  }
  return value === 'on';
}
/** Pages file: `[{"id", "text"}]` or `[{"id", "html"}]` (html is reduced to its visible text). */
export async function readPages(path: string): Promise<Page[]> {
  const data = await readJson(path);
  if (!Array.isArray(data)) {
    throw new CliError(`${path}: expected a JSON array of pages like [{"id": "p1", "text": "…"}].`);
  }
  return data.map((item, i) => {
    if (typeof item !== 'object' || item === null) throw new CliError(`${path}: item ${i} is not an object.`);
    const page = item as { id?: unknown; text?: unknown; html?: unknown };
    const id = typeof page.id === 'string' || typeof page.id === 'number' ? String(page.id) : String(i);
    if (typeof page.text === 'string') return { id, text: page.text };
    if (typeof page.html === 'string') return { id, text: htmlToText(page.html) };
    throw new CliError(`${path}: item ${i} needs a "text" or an "html" string.`);
  });
}
