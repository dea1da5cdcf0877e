// Small text helpers shared by the forms, the import parsers and the exports (no dependencies, so the
// panel can use them without pulling in the validators).

/** The longest article or playbook title an editor accepts. */
export const TITLE_MAX = 300;

/** A stable id from free text: lowercase ASCII words joined by dashes ("Café crème!" → "cafe-creme"). */
export function slugify(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Keywords typed as "a, b" or one per line: trimmed, inner spaces collapsed, case-insensitive duplicates dropped. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    const key = keyword.toLowerCase();
    if (keyword && !seen.has(key)) {
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return keywords;
}
