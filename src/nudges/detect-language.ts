// The language of one reply draft, read from the draft itself (never from the browser: an agent with a
// Spanish panel may answer an English customer, and the other way round). Spanish needs clear
// evidence: words only Spanish uses, which a short chat line without accents has too ("tiene que
// llamar a su banco"), outnumbering English ones. Anything else reads as English, as before.

export type DraftLanguage = 'en' | 'es';

// Words that are common in Spanish replies and are not English words (no "a", "no", "me", "he", "son").
const SPANISH = new Set(
  (
    'de el la los las lo le les se su sus tu tus te nos usted ustedes vos que del al en un una unos unas ' +
    'por para con y o es esta este esto eso ese esa estos estas estan esta muy mas pero como cuando ' +
    'donde porque tambien hay ha han he hemos tiene tienes tenes tenemos tienen tendra tendras tendria ' +
    'debe debes debera deberas deberia puede puedes podes podemos puedo podra pueden podria ' +
    'ya sistema permite nada algo todo todos gracias hola buenos buenas dias tardes noches saludos favor disculpa disculpe lamentamos lamento ' +
    'siento sentimos pedido cuenta banco compra tienda envio factura cargo reembolso devolucion cambio ' +
    'llamar llame llama contactar contacte comunicarse comuniquese escribir escriba hablar hable ' +
    'nuestro nuestra nuestros mi mis yo nosotros ellos ellas ahora aqui alli aca alla hoy manana ' +
    'solo sobre desde hasta entre cual quien caso consulta solicitud ayuda ayudar hacer haga ' +
    'q xq pq tmb tb ud uds dpto depto porfa vale gestionar gestionamos atender atendemos ' +
    'necesita necesitas quiere quieres queda quedo estamos estoy estar fue sera seria sido'
  ).split(' '),
);

// Words that are English and not Spanish.
const ENGLISH = new Set(
  (
    'the to you your and is are we i of for it this that can be please with on have has not our us my ' +
    'in will would could should if or at as from they them he she was were do does did dont cant wont ' +
    'its im were youre there here what which who when how any all so but just also get let know need ' +
    'thanks thank hi hello sorry help an call contact team order account bank refund'
  ).split(' '),
);

const SPANISH_MARKS = /[ñ¿¡]/i;
const ACCENTED = /[áéíóú]/i;
const SPANISH_ENDING = /^[a-z]{2,}(?:amos|emos|imos|cion|ciones|mente|ando|iendo|ados|idos|adas|idas)$/;

const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Which language `draft` is written in, for the handoff and can't nudges. */
export function draftLanguage(draft: string): DraftLanguage {
  const words = draft.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let spanish = 0;
  let english = 0;
  for (const word of words) {
    const bare = plain(word).replace(/['’]/g, '');
    if (ENGLISH.has(bare) && !ACCENTED.test(word)) english++;
    else if (SPANISH.has(bare) || (bare.endsWith('s') && SPANISH.has(bare.slice(0, -1)))) spanish++;
  }
  if (SPANISH_MARKS.test(draft)) spanish += 2;
  // Accented words and Spanish endings ("-amos", "-ción", "-mente"), at most two of them.
  spanish += Math.min(
    2,
    words.filter((word) => ACCENTED.test(word) || SPANISH_ENDING.test(plain(word))).length,
  );
  // Two Spanish words at least, and well ahead of English: names and loanwords stay English.
  return spanish >= 2 && spanish > 2 * english ? 'es' : 'en';
}
