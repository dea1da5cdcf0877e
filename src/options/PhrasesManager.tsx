// Team phrases: the team's department names, outside parties (partner companies, carriers) and extra
// handoff and ownership phrasings, per language, one phrase a line. Saved to this browser and merged
// with the phrases of subscribed packs; the panel picks a change up at once.
import { useEffect, useState } from 'preact/hooks';
import { PHRASE_LANGUAGES, PHRASE_LISTS, type PhraseList } from '../nudges/team-phrases';
import { t } from '../shared/i18n';
import type { TeamPhraseLists } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { allTeamPhrases, loadLocalPhrases } from '../storage/team-phrases';
import { saveLocalPhrases } from '../storage/team-phrases-save';
import { SectionLoading } from './SectionLoading';

type Language = (typeof PHRASE_LANGUAGES)[number];
type Texts = Record<Language, Record<PhraseList, string>>;

const LIST_KEYS: Record<PhraseList, { label: string; hint: string }> = {
  departments: { label: 'optionsPhrasesDepartments', hint: 'optionsPhrasesDepartmentsHint' },
  parties: { label: 'optionsPhrasesParties', hint: 'optionsPhrasesPartiesHint' },
  handoff: { label: 'optionsPhrasesHandoff', hint: 'optionsPhrasesHandoffHint' },
  ownership: { label: 'optionsPhrasesOwnership', hint: 'optionsPhrasesOwnershipHint' },
};
const LANGUAGE_KEYS: Record<Language, string> = { en: 'optionsPhrasesEnglish', es: 'optionsPhrasesSpanish' };

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function toTexts(phrases: TeamPhraseLists): Texts {
  const texts = {} as Texts;
  for (const language of PHRASE_LANGUAGES) {
    texts[language] = {} as Record<PhraseList, string>;
    for (const list of PHRASE_LISTS) texts[language][list] = (phrases[language]?.[list] ?? []).join('\n');
  }
  return texts;
}

function fromTexts(texts: Texts): TeamPhraseLists {
  const phrases: TeamPhraseLists = {};
  for (const language of PHRASE_LANGUAGES) {
    const set: Partial<Record<PhraseList, string[]>> = {};
    for (const list of PHRASE_LISTS) {
      const found = lines(texts[language][list]);
      if (found.length > 0) set[list] = found;
    }
    if (Object.keys(set).length > 0) phrases[language] = set;
  }
  return phrases;
}

export function PhrasesManager({ db }: { db: OwnItDatabase }) {
  const [texts, setTexts] = useState<Texts | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const [fromPacks, setFromPacks] = useState(0);
  const [status, setStatus] = useState<{ message: string; error?: boolean } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    Promise.all([loadLocalPhrases(db), allTeamPhrases(db)])
      .then(([local, all]) => {
        setTexts(toTexts(local));
        const count = (p: TeamPhraseLists) =>
          Object.values(p).reduce((n, set) => n + Object.values(set ?? {}).flat().length, 0);
        setFromPacks(Math.max(0, count(all) - count(local)));
      })
      .catch((error: unknown) =>
        setStatus({ message: t('optionsPhrasesReadFailed', String(error)), error: true }),
      );
  }, [db]);

  if (!texts) {
    return (
      <SectionLoading
        headingId="phrases-heading"
        heading={t('optionsPhrasesHeading')}
        status={status}
        loading={t('optionsSettingsLoading')}
      />
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await saveLocalPhrases(db, fromTexts(texts));
      setStatus(
        result.ok
          ? { message: t('optionsPhrasesSaved') }
          : { message: t('optionsPhrasesInvalid', result.errors.join('; ')), error: true },
      );
    } catch (error) {
      setStatus({ message: t('optionsPhrasesSaveFailed', String(error)), error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="phrases-heading">
      <div class="section-head">
        <h1 id="phrases-heading">{t('optionsPhrasesHeading')}</h1>
      </div>
      <p class="muted">{t('optionsPhrasesIntro')}</p>
      {fromPacks > 0 && <p class="muted">{t('optionsPhrasesFromPacks', fromPacks)}</p>}
      <form class="card item-form" aria-label={t('optionsPhrasesForm')} noValidate onSubmit={submit}>
        <fieldset class="limit">
          <legend>{t('optionsPhrasesLanguage')}</legend>
          <div class="choices">
            {PHRASE_LANGUAGES.map((code) => (
              <label key={code} class="choice">
                <input
                  type="radio"
                  name="phrases-language"
                  value={code}
                  checked={language === code}
                  onChange={() => setLanguage(code)}
                />
                {t(LANGUAGE_KEYS[code])}
              </label>
            ))}
          </div>
        </fieldset>
        {PHRASE_LISTS.map((list) => (
          <div class="field" key={`${language}-${list}`}>
            <label for={`phrases-${list}`}>{t(LIST_KEYS[list].label)}</label>
            <textarea
              id={`phrases-${list}`}
              name={`phrases-${list}`}
              rows={4}
              aria-describedby={`phrases-${list}-hint`}
              value={texts[language][list]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setTexts({ ...texts, [language]: { ...texts[language], [list]: value } });
                setStatus(null);
              }}
            />
            <p class="field-hint" id={`phrases-${list}-hint`}>
              {t(LIST_KEYS[list].hint)}
            </p>
          </div>
        ))}
        <div class="form-actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? t('optionsSaving') : t('optionsPhrasesSave')}
          </button>
          <span class={status?.error ? 'field-error' : 'muted'} role="status">
            {status?.message}
          </span>
        </div>
      </form>
    </section>
  );
}
