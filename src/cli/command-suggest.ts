// `ownit suggest --kb <kb> --pages <pages.json> [--limit N] [--meaning on|off]`: related docs for each
// page's text, by its words and (unless off) its meaning.
import { confidentFor, meaningOfKb } from '../meaning/node-encoder';
import { SearchIndex } from '../search';
import { checkFlags, limitFlag, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { loadKb } from './load-kb';
import { elapsedMs, jsonLine, type WriteLine } from './output';
import { readSavedPage } from './page-reader';
import { readJson } from './read-files';

export const SUGGEST_USAGE =
  'ownit suggest --kb <kb.json|pack.json|corpus.jsonl[.gz]> --pages <pages.json> [--limit N] [--meaning on|off|auto]';

/**
 * With `--meaning auto` (the default) a knowledge base of more items than this is suggested from by words
 * only: reading each item for meaning costs about 135 ms here, minutes for a few thousand.
 */
export const MEANING_AUTO_MAX = 1_000;
/** Milliseconds an item takes to read for meaning in Node (npm run bench), for the notice. */
const MEANING_MS_PER_ITEM = 135;

export interface Page {
  id: string;
  /** The words the page is suggested from. */
  text: string;
  /** The sentence read for meaning, when it differs from `text` (an html page: subject and latest message). */
  meaningText?: string;
  /** The customer's latest message (an html page): small talk only gets no suggestion, as in the panel. */
  message?: string;
}

export async function runSuggestCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['kb', 'pages', 'limit', 'meaning'], SUGGEST_USAGE);
  const kbPath = requireFlag(args, 'kb', SUGGEST_USAGE);
  const pagesPath = requireFlag(args, 'pages', SUGGEST_USAGE);
  const limit = limitFlag(args, 5);
  const wanted = meaningFlag(args);
  const [docs, pages] = await Promise.all([loadKb(kbPath), readPages(pagesPath)]);
  const index = SearchIndex.build(docs);
  const withMeaning = wanted === 'on' || (wanted === 'auto' && docs.length <= MEANING_AUTO_MAX);
  if (wanted === 'auto' && !withMeaning) {
    const minutes = Math.ceil((docs.length * MEANING_MS_PER_ITEM) / 60_000);
    process.stderr.write(
      `ownit suggest: ${docs.length} items, so suggesting by words only (reading them for meaning would take about ${minutes} min); --meaning on to include meaning.\n`,
    );
  }
  const meaning = withMeaning ? await meaningOfKb(docs) : null;
  for (const page of pages) {
    const start = performance.now();
    const closeness = meaning ? await meaning(index, page.text, page.meaningText) : undefined;
    const quiet = Boolean(
      meaning && closeness && page.message && (await meaning.quiet(page.message, page.meaningText)),
    );
    const results = quiet ? [] : index.suggest(page.text, { limit, meaning: closeness }).map((hit) => hit.id);
    // With meaning, whether the page states a problem the first suggestion can be trusted for.
    const confident = closeness && (await confidentFor(page.meaningText || page.text, closeness));
    jsonLine(write, { id: page.id, results, ...(closeness ? { confident } : {}), ms: elapsedMs(start) });
  }
}

function meaningFlag(args: ParsedArgs): 'on' | 'off' | 'auto' {
  const value = args.flags.get('meaning') ?? 'auto';
  if (value !== 'on' && value !== 'off' && value !== 'auto') {
    throw new CliError(`--meaning is "on", "off" or "auto". ${SUGGEST_USAGE}`, EXIT_USAGE);
  }
  return value;
}
/**
 * Pages file: `[{"id", "text"}]`, or `[{"id", "html", "url"?}]`: a saved page, read as the content script
 * reads it in the browser (the helpdesk's adapter where `url` names one, else the generic reader), so the
 * suggestions are the panel's.
 */
export async function readPages(path: string): Promise<Page[]> {
  const data = await readJson(path);
  if (!Array.isArray(data)) {
    throw new CliError(`${path}: expected a JSON array of pages like [{"id": "p1", "text": "…"}].`);
  }
  return data.map((item, i) => {
    if (typeof item !== 'object' || item === null) throw new CliError(`${path}: item ${i} is not an object.`);
    const page = item as { id?: unknown; text?: unknown; html?: unknown; url?: unknown };
    const id = typeof page.id === 'string' || typeof page.id === 'number' ? String(page.id) : String(i);
    if (typeof page.text === 'string') return { id, text: page.text };
    if (typeof page.html === 'string') {
      if (page.url !== undefined && !isWebAddress(page.url)) {
        throw new CliError(`${path}: item ${i} has a "url" that is not an http(s) address.`);
      }
      const read = readSavedPage(page.html, page.url);
      const message = read.context.selection?.trim() ? undefined : read.context.customerMessage;
      return { id, text: read.query, meaningText: read.meaningText, ...(message ? { message } : {}) };
    }
    throw new CliError(`${path}: item ${i} needs a "text" or an "html" string.`);
  });
}

function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
