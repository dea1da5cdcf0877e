// `ownit pack build <folder of Markdown | export.json | files…> --out team.json --id <id> --name <name>
// --version <v> [--sign]`: builds a team pack, validated with parsePack. `--sign` adds `sha256`, the
// content hash defined in docs/pack-format.md.
import { signPack } from '../export/pack-hash';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { packAfter, parseInputs, previewFiles, writePack } from './command-import';
import { jsonLine, type WriteLine } from './output';

export const PACK_USAGE =
  'ownit pack build <folder | files…> --out <team.json> --id <id> --name <name> --version <version> [--description <text>] [--sign] [--allow-rejects]';

export async function runPackCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['out', 'id', 'name', 'version', 'description', 'sign', 'allow-rejects'], PACK_USAGE);
  const [action, ...inputs] = args.positionals;
  if (action !== 'build') throw new CliError(`Usage: ${PACK_USAGE}`, EXIT_USAGE);
  const out = requireFlag(args, 'out', PACK_USAGE);
  const meta = {
    id: requireFlag(args, 'id', PACK_USAGE),
    name: requireFlag(args, 'name', PACK_USAGE),
    version: requireFlag(args, 'version', PACK_USAGE),
  };
  const results = await parseInputs(inputs);
  const plan = previewFiles(results, { articles: [], playbooks: [], rules: [] }, write);
  if (plan.counts.rejected > 0 && !args.flags.has('allow-rejects')) {
    throw new CliError(
      `${plan.counts.rejected} rejected; no pack written. Fix them, or pass --allow-rejects to build from the rest.`,
    );
  }
  const description = args.flags.get('description');
  const pack = packAfter(plan, undefined, { ...meta, ...(description ? { description } : {}) });
  const final = args.flags.has('sign') ? await signPack(pack as unknown as Record<string, unknown>) : pack;
  await writePack(out, final as Record<string, unknown>);
  jsonLine(write, {
    out,
    id: meta.id,
    version: meta.version,
    articles: pack.articles.length,
    playbooks: pack.playbooks.length,
    rules: pack.rules.length,
    ...('sha256' in final ? { sha256: final.sha256 } : {}),
  });
}
