// Markdown (article bodies) to plain text, for indexing and excerpts. Not a renderer: it only drops markup.

/** Drops Markdown and HTML markup and link targets, keeping the words a reader sees. */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // HTML comments and tags.
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      // Images disappear; links keep their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // Reference definitions and bare URLs.
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      // Headings, quotes, list bullets, table rules and fences at line starts.
      .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*(```|~~~).*$/gm, ' ')
      .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ')
      // Emphasis, code ticks, table pipes and admonitions such as [!NOTE].
      .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|VIDEO)[^\]]*\]/gi, ' ')
      .replace(/[*_`~|]+/g, ' ')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
  );
}
