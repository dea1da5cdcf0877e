// An Own It pack file: validated whole by parsePack (a pack with any problem is rejected whole, as the
// pack format says). Items keep `pack:<id>` as their source so later pack updates find them.
import { findJsonSyntaxProblem } from '../shared/json-error-position';
import type { Source } from '../shared/model';
import { parsePack } from '../shared/pack-schema';
import { type ImportIssue, type ImportItem, issue, type ParseResult } from './types';

/** JSON.parse that reports a syntax error as an issue with line and column instead of throwing. */
/** A pack's lists, and the kind of item each holds. */
const LISTS = [
  ['article', 'articles'],
  ['playbook', 'playbooks'],
  ['rule', 'rules'],
  ['snippet', 'snippets'],
] as const;

export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; error: ImportIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    let problem: ReturnType<typeof findJsonSyntaxProblem> = null;
    try {
      problem = findJsonSyntaxProblem(text);
    } catch {
      // Locating the problem failed (absurd nesting, say): report it without a position.
    }
    const where = problem ? { line: problem.line } : {};
    const detail = problem ? `column ${problem.column}: ${problem.message}` : 'not valid JSON';
    return { ok: false, error: issue('error', file, `invalid JSON at ${detail}`, where) };
  }
}

export function parsePackValue(file: string, value: unknown): ParseResult {
  const result = parsePack(value);
  if (!result.ok) {
    return {
      items: [],
      errors: result.errors.map((message) => {
        const colon = message.indexOf(': ');
        return issue('error', file, message.slice(colon + 2), { field: message.slice(0, colon) });
      }),
    };
  }
  const { pack } = result;
  const source: Source = `pack:${pack.id}`;
  const items = LISTS.flatMap(([kind, list]) =>
    (pack[list] ?? []).map(
      (item, i) => ({ kind, item, where: `${file} ${list}[${i}]`, source, validated: true }) as ImportItem,
    ),
  );
  return { items, errors: [] };
}
