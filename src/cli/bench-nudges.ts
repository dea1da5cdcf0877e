// Nudge benchmark: what analysis costs per kB of text, on ordinary drafts (the labelled cases joined)
// and on adversarial ones (long runs of sentence marks, hyphen-, apostrophe- or ampersand-joined
// tokens), at 5, 10 and 20 kB, as the draft and as the customer's message. Analysis must stay close
// to linear: a few ms per kB at most, whatever the text. Prints figures; no assertions (the unit test
// test/unit/nudges/adversarial-time.test.ts holds a generous bound). Then the learned second opinion's
// time per draft in Node (embedding the sentences and scoring them): cold, and when a settled draft
// differs from the last by one sentence, as the meaning host sees them (`--meaning off` skips it).
// Run: `npx tsx src/cli/bench-nudges.ts` (also part of `npm run bench`).
import './english';
import { analyse } from '../nudges/index';
import { percentile, round } from './bench-stats';
import { loadCases, SETS, starterRules } from './eval-nudges';

const SIZES_KB = [5, 10, 20];
const REPEATS = 5;

interface Shape {
  name: string;
  make(bytes: number): string;
}

function fill(unit: string, bytes: number, before = '', after = ''): string {
  const room = Math.max(0, bytes - before.length - after.length);
  return before + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + after;
}

function shapes(): Shape[] {
  const drafts = (Object.keys(SETS) as (keyof typeof SETS)[])
    .flatMap((set) => loadCases(set))
    .flatMap((c) => (c.draft ? [c.draft] : []))
    .join(' ');
  return [
    { name: 'labelled drafts joined', make: (bytes) => fill(drafts, bytes) },
    { name: '"." run', make: (bytes) => fill('.', bytes, '', 'x') },
    { name: '"Hi " + "." run', make: (bytes) => fill('.', bytes, 'Hi ') },
    { name: '"!?" run', make: (bytes) => fill('!?', bytes, '', 'x') },
    { name: '"…" run', make: (bytes) => fill('…', bytes, '', 'x') },
    {
      name: '"a-" joined before "team"',
      make: (bytes) => fill('a-', bytes, 'Please contact the ', 'b team'),
    },
    {
      name: '"a\'" joined before "team"',
      make: (bytes) => fill("a'", bytes, 'Please contact the ', 'b team'),
    },
    { name: '"team&" joined', make: (bytes) => fill('team&', bytes, 'Let the ', ' will take over') },
    { name: '"a." joined', make: (bytes) => fill('a.', bytes, 'Let the ') },
  ];
}

/** Median ms of `REPEATS` analyses, each of a text the caches have not seen (after one untimed run). */
function medianMs(field: 'text' | 'draft', text: string, serial: { next: number }): number {
  const rules = starterRules();
  analyse({ [field]: `${serial.next++} ${text}` }, rules);
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const input = { [field]: `${serial.next++} ${text}` };
    const start = performance.now();
    analyse(input, rules);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The second opinion's time per draft: cold (nothing cached), and per settled update while writing. */
async function opinionTiming(): Promise<void> {
  const [{ nodeEncoder }, { OPINION_MODEL, SentenceVectors, secondOpinion: opinionOf }, { draftPartials }] =
    await Promise.all([
      import('../meaning/node-encoder'),
      import('../meaning/second-opinion'),
      import('../nudges/opinion/partials'),
    ]);
  // The phrase layer's partial hits are read as the panel reads them, in the time measured.
  const secondOpinion = (vectors: InstanceType<typeof SentenceVectors>, draft: string, found: []) =>
    opinionOf(vectors, draft, found, OPINION_MODEL, draftPartials(draft));
  const encoder = await nodeEncoder();
  const drafts = (Object.keys(SETS) as (keyof typeof SETS)[])
    .flatMap((set) => loadCases(set))
    .flatMap((c) => (c.draft ? [c.draft] : []));
  await secondOpinion(new SentenceVectors(encoder), 'Warm-up: please call your bank.', []);
  const cold: number[] = [];
  for (const draft of drafts.filter((_, i) => i % 8 === 0)) {
    const start = performance.now();
    await secondOpinion(new SentenceVectors(encoder), draft, []);
    cold.push(performance.now() - start);
  }
  const vectors = new SentenceVectors(encoder);
  const updates: number[] = [];
  for (let i = 0; i + 6 <= Math.min(drafts.length, 600); i += 6) {
    let draft = '';
    for (const part of drafts.slice(i, i + 6)) {
      draft = draft ? `${draft} ${part}` : part;
      const start = performance.now();
      await secondOpinion(vectors, draft, []);
      updates.push(performance.now() - start);
    }
  }
  const ms = (values: number[], p: number) => round(percentile(values, p), 1);
  console.log(
    `\nSecond opinion per draft (Node, WebAssembly): cold p50 ${ms(cold, 50)} ms, p95 ${ms(cold, 95)} ms (${cold.length} drafts); ` +
      `settled update (one new part, the rest cached) p50 ${ms(updates, 50)} ms, p95 ${ms(updates, 95)} ms (${updates.length} updates). Goal: within ~150 ms of the draft settling.`,
  );
  console.log(
    JSON.stringify({
      bench: 'nudges-second-opinion',
      coldP50: ms(cold, 50),
      coldP95: ms(cold, 95),
      updateP50: ms(updates, 50),
      updateP95: ms(updates, 95),
    }),
  );
}

async function main(): Promise<void> {
  const serial = { next: 0 };
  analyse(
    { text: 'Warm-up: I want a $45 refund.', draft: "I can't, you'll need to call billing." },
    starterRules(),
  );
  const columns = SIZES_KB.flatMap((kb) => [`draft ${kb} kB`, `msg ${kb} kB`]);
  console.log(`${'text (ms per kB, median of 5)'.padEnd(32)}${columns.map((c) => c.padStart(12)).join('')}`);
  const results: { shape: string; field: string; kb: number; ms: number; msPerKb: number }[] = [];
  let worst = 0;
  for (const shape of shapes()) {
    const cells: string[] = [];
    for (const kb of SIZES_KB) {
      const text = shape.make(kb * 1024);
      for (const field of ['draft', 'text'] as const) {
        const ms = medianMs(field, text, serial);
        const msPerKb = ms / kb;
        worst = Math.max(worst, msPerKb);
        results.push({ shape: shape.name, field, kb, ms: round(ms, 2), msPerKb: round(msPerKb, 3) });
        cells.push(round(msPerKb, 2).toFixed(2).padStart(12));
      }
    }
    console.log(`${shape.name.padEnd(32)}${cells.join('')}`);
  }
  console.log(
    `Worst: ${round(worst, 2)} ms per kB (goal: a few ms per kB at most, flat from 5 to 20 kB; text over 20,000 characters is cut).`,
  );
  console.log(JSON.stringify({ bench: 'nudges-per-kb', results }));
  if (!process.argv.includes('--meaning') || !process.argv.includes('off')) await opinionTiming();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-nudges: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
