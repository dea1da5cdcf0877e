// Typo tolerance for the few words the detectors look for: "tranfer", "unfortunatly", "refnd".
// A word is corrected only to one of these, only when close enough, and never when it is itself a
// real word that merely looks close ("contract" is not "contact").

const CANONICAL = [
  'transfer',
  'transferring',
  'transferred',
  'redirect',
  'redirecting',
  'department',
  'departments',
  'contact',
  'contacting',
  'unfortunately',
  'unable',
  'possible',
  'impossible',
  'policy',
  'refund',
  'refunded',
  'refunds',
  'replacement',
  'replace',
  'exchange',
  'voucher',
  'discount',
  'expedite',
  'express',
  'someone',
  'somebody',
  'colleague',
  'colleagues',
  'specialist',
  'supervisor',
  'manager',
  'escalate',
  'escalated',
  'forward',
  'forwarded',
  'ticket',
  'billing',
  'nothing',
  'reimburse',
  'reimbursed',
  'compensation',
  'waive',
  'cancellation',
  'delivery',
  'shipping',
  'afraid',
  'approve',
  'approval',
  'eligible',
  'allowed',
  'authorised',
  'authorized',
  'handled',
  'through',
  'connect',
  'please',
  'regrettably',
  'against',
  'another',
  'unfortunate',
  'feedback',
];

const CANONICAL_SET = new Set(CANONICAL);

/**
 * Real words one edit away from a canonical word (found by running the rule over the wamerican and
 * wbritish word lists), which are left as written.
 */
const REAL_WORDS = new Set(
  (
    'alloyed anther approved approves balling belling bilking bulling commendation compensating ' +
    'condensation contacts contract contracting contrasting deliver delivers departmental deportment ' +
    'dismount empress exchanger expresses forwarder forwards handed handle handler handles impossibly ' +
    'manage managed manages manger noshing notching noting pease pleas pleased police polity possibly ' +
    'redirection refine regrettable shopping sipping skipping slipping snipping specialise supervision ' +
    'supervisory thicket thorough though thought ticked ticker transformed transforming trough ' +
    'unfortunates usable vouched vouches'
  ).split(' '),
);

/** Short misspellings the edit-distance rule leaves alone. */
const KNOWN = new Map<string, string>(
  Object.entries({
    mony: 'money',
    monney: 'money',
    refnd: 'refund',
    rfund: 'refund',
    recieve: 'receive',
    recieved: 'received',
    plz: 'please',
    pls: 'please',
    thru: 'through',
  }),
);

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function nearest(word: string): string {
  const known = KNOWN.get(word);
  if (known) return known;
  if (word.length < 5 || CANONICAL_SET.has(word) || REAL_WORDS.has(word) || !/^[a-z]+$/.test(word))
    return word;
  const max = word.length >= 11 ? 2 : 1;
  for (const candidate of CANONICAL) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > max) continue;
    // An inflection of a different word ("delivered", "pleased") is not a typo of this one.
    if (
      candidate.length < word.length &&
      /(?:s|d|ing|er|ly)$/.test(word) &&
      word.startsWith(candidate.slice(0, -1))
    ) {
      continue;
    }
    // A base verb is no typo of its own inflection: "authorise" is not "authorised".
    if (/e$/.test(word) && (candidate === `${word}d` || candidate === `${word}s`)) continue;
    if (distance(word, candidate, max) <= max) return candidate;
  }
  return word;
}

/** The canonical spelling of a lower-case word when it is a likely typo of one, else the word. */
export function fixTypo(word: string): string {
  const cached = MEMO.get(word);
  if (cached !== undefined) return cached;
  const fixed = nearest(word);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, fixed);
  return fixed;
}
