// `ownit validate <pack.json> [--key <fingerprint>]`: checks a pack as the extension does when it syncs:
// nesting depth, the `sha256` content hash and the Ed25519 signatures when present, then the format.
// With `--key` the pack must also carry a valid signature by that key (its fingerprint, or the first 16
// or more hex digits of it, spaces allowed).
import { packSha256 } from '../export/pack-hash';
import { MAX_PACK_DEPTH, nestsDeeperThan } from '../shared/json-depth';
import { parsePack } from '../shared/pack-schema';
import { checkSignatures, shortFingerprint } from '../shared/pack-signature';
import { checkFlags, type ParsedArgs } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const VALIDATE_USAGE = 'ownit validate <pack.json> [--key <fingerprint>]';

function wantedKey(args: ParsedArgs): string | undefined {
  const flag = args.flags.get('key');
  if (flag === undefined) return undefined;
  const key = flag.replace(/\s+/g, '').toLowerCase();
  if (!/^[0-9a-f]{16,64}$/.test(key)) {
    throw new CliError(
      '--key must be a key fingerprint: 16 to 64 hex digits (ownit pack keygen prints it).',
      EXIT_USAGE,
    );
  }
  return key;
}

export async function runValidateCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['key'], VALIDATE_USAGE);
  const [path, ...extra] = args.positionals;
  if (!path || extra.length > 0) throw new CliError(`Usage: ${VALIDATE_USAGE}`, EXIT_USAGE);
  const key = wantedKey(args);
  const raw = await readJson(path);
  if (nestsDeeperThan(raw, MAX_PACK_DEPTH)) {
    throw new CliError(`${path} is not a valid pack: it nests more than ${MAX_PACK_DEPTH} levels deep.`);
  }
  const result = parsePack(raw);
  if (!result.ok) {
    throw new CliError(`${path} is not a valid pack:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const record = raw as Record<string, unknown>;
  if ('sha256' in record) {
    const actual = await packSha256(record);
    if (record.sha256 !== actual) {
      throw new CliError(
        `${path}: sha256 does not match the content (the file says ${String(record.sha256).slice(0, 12)}…, the content gives ${actual.slice(0, 12)}…); it was changed after it was hashed.`,
      );
    }
  }
  const signed = await checkSignatures(record);
  if (!signed.ok) {
    throw new CliError(
      signed.problem === 'malformed'
        ? `${path}: signatures is malformed (expected a list of up to 4 {alg: "Ed25519", publicKey, signature}).`
        : signed.problem === 'unsupported'
          ? `${path}: this Node.js cannot check Ed25519 signatures; use Node 20 or later.`
          : `${path}: the signature by key ${shortFingerprint(signed.fingerprint ?? '')} does not match the content; it was changed after it was signed.`,
    );
  }
  if (key !== undefined && !signed.signers.some((signer) => signer.startsWith(key))) {
    const by =
      signed.signers.length === 0
        ? 'it is not signed'
        : `it is signed by ${signed.signers.map(shortFingerprint).join(', ')}`;
    throw new CliError(`${path}: not signed by key ${shortFingerprint(key)}; ${by}.`);
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
    sha256: 'sha256' in record ? 'ok' : 'absent',
    signedBy: signed.signers,
  });
}
