// `ownit validate <pack.json>`: checks a pack with the same validator the extension uses on import.
import { parsePack } from '../shared/pack-schema';
import { checkFlags, type ParsedArgs } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const VALIDATE_USAGE = 'ownit validate <pack.json>';

export async function runValidateCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, [], VALIDATE_USAGE);
  const [path, ...extra] = args.positionals;
  if (!path || extra.length > 0) throw new CliError(`Usage: ${VALIDATE_USAGE}`, EXIT_USAGE);
  const result = parsePack(await readJson(path));
  if (!result.ok) {
    throw new CliError(`${path} is not a valid pack:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const { pack } = result;
  jsonLine(write, {
    file: path,
    ok: true,
    id: pack.id,
    version: pack.version,
    articles: pack.articles.length,
    playbooks: pack.playbooks.length,
    rules: pack.rules.length,
  });
}
