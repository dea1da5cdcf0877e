// `ownit pack build <folder of Markdown | export.json | files…> --out team.json --id <id> --name <name>
// --version <v> [--phrases <phrases.json>] [--sign <key>[,<key>]] [--hash]`: builds a team pack, validated
// with parsePack; `--phrases` adds the team's own words for the handoff nudges (docs/pack-format.md).
// `ownit pack keygen --out <key>` makes an Ed25519 signing key; `ownit pack sign <pack.json> --sign
// <key>[,<key>] --out <signed.json>` signs an existing pack (an export from the options page, say).
// `--sign` adds Ed25519 signatures and the `sha256` content hash; `--hash` only the hash
// (docs/pack-format.md). `--vectors` embeds the items once and writes their meaning vectors beside the
// pack (src/cli/pack-vectors.ts), so subscribers do not have to.
import * as v from 'valibot';
import { signPack } from '../export/pack-hash';
import type { TeamPhraseLists } from '../shared/model';
import { PhrasesSchema, parsePack } from '../shared/pack-schema';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { packAfter, parseInputs, previewFiles, readPack, writePack } from './command-import';
import { jsonLine, type WriteLine } from './output';
import { generateKeyFile, keyFiles, loadSigningKey, signPackWith } from './pack-keys';
import { attachVectors, progress, vectorsSummary } from './pack-vectors';
import { readJson } from './read-files';

export const PACK_USAGE =
  'ownit pack build <folder | files…> --out <team.json> --id <id> --name <name> --version <version> [--description <text>] [--phrases <phrases.json>] [--sign <key>[,<key>]] [--hash] [--vectors] [--allow-rejects]\n' +
  '       ownit pack keygen --out <team-signing.key>\n' +
  '       ownit pack sign <pack.json> --sign <key>[,<key>] --out <signed.json>';

/** The pack signed with `--sign` keys (and hashed), only hashed with `--hash`, else as it is. */
async function finish(pack: Record<string, unknown>, args: ParsedArgs): Promise<Record<string, unknown>> {
  const sign = args.flags.get('sign');
  if (sign !== undefined) {
    const files = keyFiles(sign);
    if (files.length === 0) throw new CliError(`--sign needs a key file. Usage: ${PACK_USAGE}`, EXIT_USAGE);
    return signPackWith(pack, await Promise.all(files.map(loadSigningKey)));
  }
  if (args.flags.has('hash')) return signPack(pack);
  return pack;
}

function summary(pack: Record<string, unknown>) {
  const signatures = (pack.signatures as { publicKey: string }[] | undefined) ?? [];
  return {
    ...('sha256' in pack ? { sha256: pack.sha256 } : {}),
    ...(signatures.length > 0 ? { signatures: signatures.length } : {}),
  };
}

async function keygen(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['out'], PACK_USAGE);
  const out = requireFlag(args, 'out', PACK_USAGE);
  const { publicKey, fingerprint } = await generateKeyFile(out);
  jsonLine(write, { key: out, publicKey, fingerprint });
}

async function signExisting(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['out', 'sign'], PACK_USAGE);
  const [input, ...extra] = args.positionals.slice(1);
  if (!input || extra.length > 0) throw new CliError(`Usage: ${PACK_USAGE}`, EXIT_USAGE);
  const out = requireFlag(args, 'out', PACK_USAGE);
  requireFlag(args, 'sign', PACK_USAGE);
  await readPack(input); // a pack that is not valid is not signed
  const raw = (await readJson(input)) as Record<string, unknown>;
  const signed = await finish(raw, args);
  await writePack(out, signed);
  jsonLine(write, { out, id: raw.id, version: raw.version, ...summary(signed) });
}

/** The team phrases file for `--phrases` ({"en": {"departments": […], …}, "es": …}), checked as in a pack. */
async function readPhrases(path: string | undefined): Promise<TeamPhraseLists | undefined> {
  if (path === undefined) return undefined;
  const result = v.safeParse(PhrasesSchema, await readJson(path));
  if (result.success) return result.output as TeamPhraseLists;
  throw new CliError(
    result.issues
      .map((issue) => {
        const at = (issue.path ?? []).map((item) => String((item as { key?: unknown }).key)).join('.');
        return `${path}: ${at ? `${at}: ` : ''}${issue.message}`;
      })
      .join('\n'),
  );
}

export async function runPackCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  const action = args.positionals[0];
  if (action === 'keygen') return keygen(args, write);
  if (action === 'sign') return signExisting(args, write);
  checkFlags(
    args,
    ['out', 'id', 'name', 'version', 'description', 'phrases', 'sign', 'hash', 'vectors', 'allow-rejects'],
    PACK_USAGE,
  );
  const inputs = args.positionals.slice(1);
  if (action !== 'build') throw new CliError(`Usage: ${PACK_USAGE}`, EXIT_USAGE);
  const out = requireFlag(args, 'out', PACK_USAGE);
  const meta = {
    id: requireFlag(args, 'id', PACK_USAGE),
    name: requireFlag(args, 'name', PACK_USAGE),
    version: requireFlag(args, 'version', PACK_USAGE),
  };
  // Keys are read before any input, so a wrong key path fails at once.
  if (args.flags.has('sign')) await Promise.all(keyFiles(args.flags.get('sign') ?? '').map(loadSigningKey));
  const results = await parseInputs(inputs);
  const plan = previewFiles(results, { articles: [], playbooks: [], rules: [] }, write);
  if (plan.counts.rejected > 0 && !args.flags.has('allow-rejects')) {
    throw new CliError(
      `${plan.counts.rejected} rejected; no pack written. Fix them, or pass --allow-rejects to build from the rest.`,
    );
  }
  const description = args.flags.get('description');
  const phrases = await readPhrases(args.flags.get('phrases'));
  const built = {
    ...packAfter(plan, undefined, { ...meta, ...(description ? { description } : {}) }),
    ...(phrases ? { phrases } : {}),
  };
  const checked = parsePack(built);
  if (!checked.ok) throw new CliError(checked.errors.join('\n'));
  const vectors = args.flags.has('vectors') ? await attachVectors(built, out, progress) : undefined;
  const pack = vectors?.pack ?? built;
  const final = await finish(pack as unknown as Record<string, unknown>, args);
  await writePack(out, final);
  jsonLine(write, {
    out,
    id: meta.id,
    version: meta.version,
    articles: pack.articles.length,
    playbooks: pack.playbooks.length,
    rules: pack.rules.length,
    ...(vectors ? { vectors: vectorsSummary(vectors) } : {}),
    ...summary(final),
  });
}
