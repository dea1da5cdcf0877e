/** Marks the words of `text` that start with one of `terms` (already lowercased, accent-folded). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts = text.split(/(\p{L}[\p{L}\p{N}'’]*|\p{N}+)/u);
  return (
    <>
      {parts.map((part, index) => {
        const folded = part.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        const hit =
          folded.length > 0 && terms.some((term) => folded.startsWith(term) || term.startsWith(folded));
        return hit && /\p{L}|\p{N}/u.test(part) ? <mark key={index}>{part}</mark> : part;
      })}
    </>
  );
}
