// Loads a knowledge base for the CLI: a JSON array of articles, an Own It pack, or a JSON-lines corpus
// (.jsonl or .jsonl.gz, one article a line).
import { docFromPlaybook, type SearchDoc } from '../search';
import type { Playbook } from '../shared/model';
import { isRecord } from '../shared/records';
import { CliError } from './cli-error';
import { parseJson, parseJsonLines, readText } from './read-files';

export async function loadKb(path: string): Promise<SearchDoc[]> {
  const text = await readText(path);
  if (/\.jsonl(\.gz)?$/i.test(path)) {
    return parseJsonLines(text, path).map(({ value, line }) => articleDoc(value, `${path} line ${line}`));
  }
  return docsOfJson(parseJson(text, path), path);
}

/** Docs of an already parsed KB file: an array of articles or a pack. */
export function docsOfJson(data: unknown, source: string): SearchDoc[] {
  if (Array.isArray(data)) return data.map((item, i) => articleDoc(item, `${source}: item ${i}`));
  if (isRecord(data) && Array.isArray(data.articles)) {
    if (data.format !== undefined && data.format !== 'ownit-pack') {
      throw new CliError(`${source}: unknown format "${String(data.format)}" (expected "ownit-pack").`);
    }
    const articles = data.articles.map((item, i) => articleDoc(item, `${source}: articles[${i}]`));
    const playbooks = Array.isArray(data.playbooks)
      ? data.playbooks.map((item, i) => playbookDoc(item, `${source}: playbooks[${i}]`))
      : [];
    return [...articles, ...playbooks];
  }
  throw new CliError(
    `${source}: expected a JSON array of articles or an Own It pack ({"format":"ownit-pack","articles":[…]}).`,
  );
}

function articleDoc(item: unknown, where: string): SearchDoc {
  if (!isRecord(item)) throw new CliError(`${where}: expected an article object.`);
  const id = idOf(item.id, where);
  const doc: SearchDoc = {
    id,
    kind: 'article',
    title: stringField(item, 'title', where, true),
    body: stringField(item, 'body', where, false),
    tags: stringList(item, 'tags', where),
    keywords: stringList(item, 'keywords', where),
  };
  const learned = stringList(item, 'learnedPhrasings', where);
  if (learned.length > 0) doc.phrasings = learned;
  const category = stringField(item, 'category', where, false);
  if (category) doc.category = category;
  const reviewBy = stringField(item, 'reviewBy', where, false);
  if (reviewBy) doc.reviewBy = reviewBy;
  if (typeof item.updatedAt === 'number') doc.updatedAt = item.updatedAt;
  if (typeof item.usage === 'number') doc.usage = item.usage;
  return doc;
}

function playbookDoc(item: unknown, where: string): SearchDoc {
  if (!isRecord(item)) throw new CliError(`${where}: expected a playbook object.`);
  const steps = Array.isArray(item.steps) ? item.steps.filter(isRecord) : [];
  const playbook: Playbook = {
    id: idOf(item.id, where),
    title: stringField(item, 'title', where, true),
    summary: stringField(item, 'summary', where, false),
    triggers: stringList(item, 'triggers', where),
    tags: stringList(item, 'tags', where),
    steps: steps.map((step) => ({
      stage: 'resolve',
      text: typeof step.text === 'string' ? step.text : '',
      ...(typeof step.snippet === 'string' ? { snippet: step.snippet } : {}),
    })),
    updatedAt: 0,
    version: 1,
    source: 'local',
  };
  const { updatedAt: _unknownDate, ...doc } = docFromPlaybook(playbook);
  return doc;
}

function idOf(value: unknown, where: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new CliError(`${where}: "id" must be a non-empty string.`);
}

function stringField(item: Record<string, unknown>, name: string, where: string, required: boolean): string {
  const value = item[name];
  if (value === undefined || value === null) {
    if (required) throw new CliError(`${where}: "${name}" is missing.`);
    return '';
  }
  if (typeof value !== 'string') throw new CliError(`${where}: "${name}" must be a string.`);
  return value;
}

function stringList(item: Record<string, unknown>, name: string, where: string): string[] {
  const value = item[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
    throw new CliError(`${where}: "${name}" must be a list of strings.`);
  }
  return value;
}
