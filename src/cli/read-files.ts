// Reading input files with errors that name the file and, for bad JSON, the line.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { findJsonSyntaxProblem } from '../shared/json-error-position';
import { CliError } from './cli-error';

/** The text of a file (gunzipped when the name ends in .gz). */
export async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`File not found: ${path}`);
    if (code === 'EISDIR') throw new CliError(`Expected a file but found a folder: ${path}`);
    throw new CliError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new CliError(`${path} is not valid gzip data: ${(error as Error).message}`);
    }
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Parses JSON text; on failure says where (line and column) in which file. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${source}: invalid JSON${whereInvalid(text)}`);
  }
}

function whereInvalid(text: string): string {
  const problem = findJsonSyntaxProblem(text);
  return problem ? ` at line ${problem.line}, column ${problem.column}: ${problem.message}` : '';
}

export async function readJson(path: string): Promise<unknown> {
  return parseJson(await readText(path), path);
}

/** One JSON value per non-blank line, with its line number; a bad line is reported by number. */
export function parseJsonLines(text: string, source: string): { value: unknown; line: number }[] {
  const values: { value: unknown; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      values.push({ value: JSON.parse(line), line: i + 1 });
    } catch {
      const problem = findJsonSyntaxProblem(line);
      const where = problem ? ` at column ${problem.column}: ${problem.message}` : '';
      throw new CliError(`${source} line ${i + 1}: invalid JSON${where}`);
    }
  }
  return values;
}
