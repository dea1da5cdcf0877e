// `ownit phrasings export <learned.json…> --pack <team.json> --out <team.json> [--version <v>]`: puts the
// learned phrasings agents exported from their options page into the team pack's articles
// (`learnedPhrasings`), deduplicated and capped, so one agent's resolution helps the whole team. The
// result is a new pack: a hash or signatures of the old one no longer hold, so they are left out (sign it
// again with `ownit pack sign`).
import { addLearnedToPack, type LearnedFile, parseLearnedFile } from '../export/learned-file';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { readPack, writePack } from './command-import';
import { jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const PHRASINGS_USAGE =
  'ownit phrasings export <learned.json…> --pack <team.json> --out <team.json> [--version <version>]';

async function readLearned(path: string): Promise<LearnedFile> {
  const result = parseLearnedFile(await readJson(path));
  if (!result.ok) {
    throw new CliError(
      `${path} is not a learned-phrasings file (export one from the options page, Import and export):\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
    );
  }
  return result.file;
}

export async function runPhrasingsCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  const [action, ...inputs] = args.positionals;
  if (action !== 'export' || inputs.length === 0) throw new CliError(`Usage: ${PHRASINGS_USAGE}`, EXIT_USAGE);
  checkFlags(args, ['pack', 'out', 'version'], PHRASINGS_USAGE);
  const packPath = requireFlag(args, 'pack', PHRASINGS_USAGE);
  const out = requireFlag(args, 'out', PHRASINGS_USAGE);
  const pack = await readPack(packPath);
  const files = await Promise.all(inputs.map(readLearned));
  const result = addLearnedToPack(pack, files);
  const {
    sha256: _hash,
    signatures: _signatures,
    ...unsigned
  } = result.pack as typeof result.pack & {
    sha256?: unknown;
    signatures?: unknown;
  };
  const version = args.flags.get('version');
  const next = version ? { ...unsigned, version } : unsigned;
  await writePack(out, next);
  if (result.unknown.length > 0) {
    process.stderr.write(
      `ownit: ${result.unknown.length} article id(s) of the files are not in the pack; their phrasings were left out: ${result.unknown.slice(0, 10).join(', ')}${result.unknown.length > 10 ? ', …' : ''}\n`,
    );
  }
  const phrasings = next.articles.reduce((sum, article) => sum + (article.learnedPhrasings?.length ?? 0), 0);
  jsonLine(write, {
    out,
    id: next.id,
    version: next.version,
    added: result.added,
    phrasings,
    articles: next.articles.filter((article) => article.learnedPhrasings?.length).length,
    unknown: result.unknown,
  });
}
