import { type Plugin, parseSync, Visitor } from 'vite';

/**
 * Our sources write regular expressions as `String.raw` templates, split into parts of under 200
 * characters (`String.raw\`…\` + String.raw\`…\``). The minifier cannot join or inline those calls, so
 * every part shipped as its own `String.raw` call: about 1.5 kB gzip of the nudge engine alone. This
 * step rewrites each `String.raw` template as the plain template of the same string (backslashes,
 * backticks and `${` escaped), which the minifier then joins, inlines and folds like any other string.
 * The strings, and so every pattern, are unchanged (test/unit/build/string-raw.test.ts checks that on
 * every source file and runs a few rewritten snippets).
 */

interface Span {
  start: number;
  end: number;
}

interface RawTemplate extends Span {
  parts: string[];
  expressions: Span[];
}

function isStringRaw(tag: unknown): boolean {
  const member = tag as {
    type?: string;
    computed?: boolean;
    object?: { type?: string; name?: string };
    property?: { name?: string };
  };
  return (
    member.type === 'MemberExpression' &&
    !member.computed &&
    member.object?.type === 'Identifier' &&
    member.object.name === 'String' &&
    member.property?.name === 'raw'
  );
}

/** Template text whose cooked value is `value`. */
function asTemplateText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** `code` with every `String.raw` template written as a plain one; null when it has none. */
export function plainTemplates(code: string, file: string): string | null {
  if (!code.includes('String.raw')) return null;
  const found: RawTemplate[] = [];
  const parsed = parseSync(file, code, { lang: file.endsWith('x') ? 'tsx' : 'ts' });
  if (parsed.errors.length > 0) return null;
  new Visitor({
    TaggedTemplateExpression(node) {
      if (!isStringRaw(node.tag)) return;
      found.push({
        start: node.start,
        end: node.end,
        parts: node.quasi.quasis.map((quasi) => quasi.value.raw),
        expressions: node.quasi.expressions,
      });
    },
  }).visit(parsed.program);
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  // The text from `start` to `end` with the templates in it rewritten (those inside a substitution too).
  const rewrite = (start: number, end: number): string => {
    let out = '';
    let at = start;
    for (const node of found) {
      if (node.start < at || node.end > end) continue;
      out += code.slice(at, node.start);
      out += '`';
      node.parts.forEach((raw, i) => {
        out += asTemplateText(raw);
        const expression = node.expressions[i];
        if (expression) out += `\${${rewrite(expression.start, expression.end)}}`;
      });
      out += '`';
      at = node.end;
    }
    return out + code.slice(at, end);
  };
  return rewrite(0, code.length);
}

export function stringRawAsPlain(): Plugin {
  return {
    name: 'ownit-string-raw-as-plain',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (id.includes('/node_modules/') || !/\.tsx?$/.test(file)) return null;
      const out = plainTemplates(code, file);
      return out === null ? null : { code: out, map: null };
    },
  };
}
