// The text of a page worth a meaning vector: what the agent selected, else the ticket's subject and the
// customer's latest message, as written (the words-only query drops the small words a sentence needs).
import { currentMatter, type PageFacts } from '../search/page-query';
import { noProblemStated } from '../shared/no-problem';

export function pageMeaningText(page: PageFacts): string {
  const selection = page.selection?.trim();
  if (selection) return selection;
  if (noProblemStated(page)) return '';
  const matter = currentMatter(page);
  return [matter.subject, matter.firstCustomerMessage, matter.customerMessage]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join('. ');
}
