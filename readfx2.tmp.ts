import { readFileSync } from 'node:fs';
import { readSavedPage } from './src/cli/page-reader';
for (const f of process.argv.slice(2)) {
  const r = readSavedPage(readFileSync(f, 'utf8'));
  console.log(f, JSON.stringify({ id: r.context.ticketId, s: r.context.subject, n: r.context.customerName, m: r.context.customerMessage?.slice(0, 100) }));
  console.log('  Q:', r.query.slice(0, 300));
}
