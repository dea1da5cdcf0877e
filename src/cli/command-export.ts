// `ownit export --kb <pack.json> --format csv|markdown-zip|pack --out <file> [--ids a,b]`: the same
// exports the options page offers, from a pack file.
import { writeFile } from 'node:fs/promises';
import { articlesToCsv } from '../export/articles-csv';
import { articlesToMarkdownZip } from '../export/markdown-zip';
import { kbToPack, packToJson } from '../export/pack-export';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { readPack, storedOfPack } from './command-import';
import { jsonLine, type WriteLine } from './output';

export const EXPORT_USAGE =
  'ownit export --kb <pack.json> --format csv|markdown-zip|pack --out <file> [--ids <id,id…>]';

const FORMATS = ['csv', 'markdown-zip', 'pack'] as const;

export async function runExportCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['kb', 'format', 'out', 'ids'], EXPORT_USAGE);
  if (args.positionals.length > 0) throw new CliError(`Usage: ${EXPORT_USAGE}`, EXIT_USAGE);
  const kbPath = requireFlag(args, 'kb', EXPORT_USAGE);
  const format = requireFlag(args, 'format', EXPORT_USAGE);
  const out = requireFlag(args, 'out', EXPORT_USAGE);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`, EXIT_USAGE);
  }
  const source = await readPack(kbPath);
  const idList = args.flags.get('ids');
  const ids = idList
    ? new Set(
        idList
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
    : undefined;
  const pack = kbToPack(
    storedOfPack(source),
    { id: source.id, name: source.name, version: source.version, description: source.description },
    ids,
  );
  if (format === 'pack') await writeFile(out, packToJson(pack));
  else if (format === 'csv') await writeFile(out, articlesToCsv(pack.articles));
  else await writeFile(out, articlesToMarkdownZip(pack.articles));
  const playbooksAndRules =
    format === 'pack' ? { playbooks: pack.playbooks.length, rules: pack.rules.length } : {};
  jsonLine(write, { out, format, articles: pack.articles.length, ...playbooksAndRules });
}
