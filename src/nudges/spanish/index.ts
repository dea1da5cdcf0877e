// Handoff and can't nudges for a Spanish draft: each sentence in its canonical form, read by the frames
// (compiled once per set of team words), with Spanish rewrites in the draft's form of address. The
// advice to the agent speaks the panel's language (`t`), like the English nudges'.
import { t } from '../../shared/i18n';
import type { Doc } from '../text/document';
import { Memo } from '../text/memo';
import { type Nudge, PRINCIPLES } from '../types';
import { compileSpanish, type SpanishFrames, type SpanishHandoff, type SpanishTeamWords } from './frames';
import {
  SPANISH_OPINION_KINDS,
  type SpanishOpinionModel,
  type SpanishOpinionSentence,
  spanishOpinionModel,
  spanishOpinionPicks,
  spanishOpinionSentences,
} from './opinion';
import { spanishPhrases } from './phrases';
import { refusalStated, spanishCant, spanishHandoff } from './reading';
import { addressOf, articleCase, spanishCantRewrite, spanishHandoffRewrite } from './rewrites';
import { asWrittenIn, NAME, namedText, spanishText, unreported } from './text';

const COMPILED = new Map<string, SpanishFrames>();

/** The frames for a team's words, compiled once per distinct set (the last few kept); none before the file. */
export function spanishFrames(team?: SpanishTeamWords): SpanishFrames | undefined {
  const phrases = spanishPhrases();
  if (!phrases) return undefined;
  const key = `${phrases.generation}\u0000${team ? JSON.stringify(team) : ''}`;
  let frames = COMPILED.get(key);
  if (!frames) {
    if (COMPILED.size >= 8) COMPILED.clear();
    frames = compileSpanish(phrases.file, team);
    COMPILED.set(key, frames);
  }
  return frames;
}

const TEXTS = new Memo<string>();
/** What each sentence was found to say, per compiled frames: while typing, only the sentence being written is new. */
const FOUND = new WeakMap<
  SpanishFrames,
  Memo<{ handoff: SpanishHandoff | null; cant: ReturnType<typeof spanishCant> }>
>();

function handoffAdvice(target: string | undefined, raw: string): string {
  if (!target || /^ell[oa]s$/.test(target)) return t('nudgeHandoffElsewhere');
  const written = articleCase(asWrittenIn(raw, target));
  return /[@\d]/.test(written) ? t('nudgeHandoffContact', written) : t('nudgeHandoffNamed', written);
}

const ACRONYM = /^\p{Lu}{3,}$/u;
/** A sentence that is a question from its start ("¿…?"). */
const QUESTION = /^\s*¿[^?]*\?\s*$/;

/** A handoff to a party the phrase file cannot know, named with capitals: "hable con Movistar". */
function namedHandoff(frames: SpanishFrames, raw: string): SpanishHandoff | null {
  const { text, names } = namedText(raw);
  if (names.length === 0) return null;
  // Only a name the customer is sent to ("con Movistar", "a DHL", "ante el CICPC", "el contacto de Lorena"), not a
  // page of ours ("en Mi cuenta").
  // "La beca la administra Bienestar Universitario": a name after a verb of handling it, too; after "en",
  // only an acronym ("consultalo en la COMPIN"), as our own pages have names too ("en Ajustes").
  // "Directamente en PayLibre" is someone else's place, whatever its name: our own pages are not "directly" anywhere.
  const gates = text.matchAll(
    new RegExp(
      `(?:^| )(?:con|a|al|ante|(?:lo|la|los|las) [a-zñ]+|(?:contacto|telefono|correo|email|mail|datos|whatsapp) de|directamente en|(en))(?: el| la| los| las)? (?:directamente )?${NAME}`,
      'g',
    ),
  );
  const nameAt = (end: number) => names[text.slice(0, end).split(NAME).length - 2] ?? '';
  if (![...gates].some((at) => !at[1] || ACRONYM.test(nameAt((at.index ?? 0) + at[0].length)))) return null;
  const found = spanishHandoff(frames, text);
  if (!found?.target?.includes(NAME)) return found;
  const words = text.split(' ');
  // The target as whole words: "la xnombrex" is not inside "hola xnombrex"; of several, the one after a
  // preposition ("hola xnombrex, comunícate con xnombrex" names the second).
  const spaced = ` ${text}`;
  const literal = found.target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = [...spaced.matchAll(new RegExp(` ${literal}(?= |$)`, 'g'))].map((m) => m.index ?? 0);
  const after = all.find((i) =>
    /(?:^| )(?:con|a|al|ante|en|de|del)(?: el| la| los| las)?$/.test(spaced.slice(0, i)),
  );
  const at = after ?? all[0] ?? -1;
  const before = words.slice(0, text.slice(0, at).split(' ').length - 1);
  // Each name in the target in turn: "los Centros de Atención".
  let nth = before.filter((w) => w === NAME).length;
  return { ...found, target: found.target.replaceAll(NAME, () => names[nth++] ?? '') };
}

/** Each sentence of a draft as written, as read (without the words it reports) and in canonical form. */
export function sentenceTexts(draft: Doc): { raw: string; read: string; text: string }[] {
  return draft.sentences.map((s) => {
    const raw = draft.raw.slice(s.start, s.end);
    // Read without the words it reports ("me comentó que…", "le dijeron «…»"); advice and rewrites quote it whole.
    const read = unreported(raw);
    return { raw, read, text: TEXTS.get(read, () => spanishText(read)) };
  });
}

/**
 * The sentences of a Spanish draft as the learned opinion reads them (spanish/opinion.ts, which memoises each
 * sentence's reading: while typing, only the sentence being written is new); none before the phrase file is in.
 */
export function spanishOpinionRead(
  draft: Doc,
  reads: Pick<SpanishOpinionModel, 'bits' | 'partials'>,
  team?: SpanishTeamWords,
  texts: ReturnType<typeof sentenceTexts> = sentenceTexts(draft),
): SpanishOpinionSentence[] {
  const frames = spanishFrames(team);
  const phrases = spanishPhrases();
  if (!frames || !phrases) return [];
  return spanishOpinionSentences(draft, texts, frames, phrases.file, reads.bits, reads.partials);
}

/**
 * The nudges the learned Spanish opinion adds to a Spanish draft whose phrases found `found` (kinds): for a kind
 * they missed, on the sentence it is surest of when over the kind's threshold, never on a sentence in `skip`
 * (by index: English sentences of a mixed draft). None without the weights.
 */
export function spanishOpinionNudges(
  draft: Doc,
  found: ReadonlySet<string>,
  skip: ReadonlySet<number> = new Set(),
  team?: SpanishTeamWords,
): Nudge[] {
  const model = spanishOpinionModel();
  if (!model || SPANISH_OPINION_KINDS.every((kind) => found.has(kind))) return [];
  const texts = sentenceTexts(draft);
  const sentences = spanishOpinionRead(draft, model, team, texts).filter(
    (_, i) => !skip.has(draft.sentences[i]!.index),
  );
  const picks = spanishOpinionPicks(model, sentences, found);
  if (picks.length === 0) return [];
  const address = addressOf(texts.map((s) => s.text).join(' '));
  return picks.map(({ kind, range }) => {
    const raw = draft.raw.slice(range[0], range[1]);
    const text = spanishText(unreported(raw));
    return kind === 'handoff'
      ? {
          kind,
          message: t('nudgeHandoffElsewhere'),
          principle: PRINCIPLES.handoff,
          range,
          rewrite: spanishHandoffRewrite({ type: 'assignment' }, raw, address),
          source: 'learned',
        }
      : {
          kind,
          message: t('nudgeCant'),
          principle: PRINCIPLES.cant,
          range,
          rewrite: spanishCantRewrite('plain', text, address),
          source: 'learned',
        };
  });
}

/** The handoff and can't nudges of a Spanish draft, and the sentences they flag. */
export function spanishNudges(
  draft: Doc,
  team?: SpanishTeamWords,
): { nudges: Nudge[]; flagged: Set<number> } {
  const frames = spanishFrames(team);
  if (!frames) return { nudges: [], flagged: new Set() };
  const handoffs: Nudge[] = [];
  const cants: Nudge[] = [];
  const flagged = new Set<number>();
  const texts = sentenceTexts(draft);
  const address = addressOf(texts.map((s) => s.text).join(' '));
  draft.sentences.forEach((sentence, i) => {
    const { raw, read, text } = texts[i]!;
    const range: [number, number] = [sentence.start, sentence.end];
    let memo = FOUND.get(frames);
    if (!memo) {
      memo = new Memo();
      FOUND.set(frames, memo);
    }
    const seen = memo.get(raw, () => ({
      handoff: spanishHandoff(frames, text) ?? namedHandoff(frames, read),
      // "¿No se puede pagar con tarjeta?": a question asks (often the customer's words back); it refuses nothing.
      cant: QUESTION.test(read) ? null : spanishCant(frames, text),
    }));
    const found = seen.handoff;
    // A case passed on inside ("he trasladado su consulta a mi responsable", "se escala a Supervisión")
    // while the next sentence keeps the agent as the contact ("le escribo yo con la decisión", "agente
    // queda como responsable") is escalation, not a handoff.
    const next = texts[i + 1]?.text;
    const passed = found?.type === 'transfer' || found?.type === 'assignment';
    // A case passed to an outside party ("se solicita ante Obras Públicas del municipio") is handed off,
    // whatever small step the next sentence keeps with us.
    const kept = passed && next && frames.ownership.test(next) && !frames.outside.test(found?.target ?? '');
    const handoff = kept ? null : found;
    if (handoff) {
      flagged.add(sentence.index);
      handoffs.push({
        kind: 'handoff',
        message: handoffAdvice(handoff.target, raw),
        principle: PRINCIPLES.handoff,
        range,
        rewrite: spanishHandoffRewrite(handoff, raw, address),
      });
    }
    const cant = seen.cant;
    if (cant) {
      flagged.add(sentence.index);
      cants.push({
        kind: 'cant',
        message: t('nudgeCant'),
        principle: PRINCIPLES.cant,
        range,
        rewrite: spanishCantRewrite(cant.type, text, address),
      });
    }
  });
  // No can't form in any sentence: a refusal may still be stated as a fact, read with the sentences around it.
  const stated = cants.length === 0 ? refusalStated(frames, texts) : -1;
  if (stated >= 0) {
    const sentence = draft.sentences[stated]!;
    flagged.add(sentence.index);
    cants.push({
      kind: 'cant',
      message: t('nudgeCant'),
      principle: PRINCIPLES.cant,
      range: [sentence.start, sentence.end],
      rewrite: spanishCantRewrite('plain', texts[stated]!.text, address),
    });
  }
  return { nudges: [...handoffs, ...cants], flagged };
}
