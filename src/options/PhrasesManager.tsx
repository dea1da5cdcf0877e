// Team phrases: the team's department names, outside parties (partner companies, carriers) and extra
// handoff and ownership phrasings, per language, one phrase a line. Saved to this browser and merged
// with the phrases of subscribed packs; the panel picks a change up at once.
import { useState } from 'preact/hooks';
import { PHRASE_LANGUAGES, PHRASE_LISTS, type PhraseList } from '../nudges/team-phrases';
import { t } from '../shared/i18n';
import type { TeamPhraseLists } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { allTeamPhrases, loadLocalPhrases } from '../storage/team-phrases';
import { saveLocalPhrases } from '../storage/team-phrases-save';
import { RadioChoices } from './controls';
import { TextField } from './fields';
import { StoredForm } from './StoredForm';
import { useStoredForm } from './use-stored-form';

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

interface Stored {
  texts: Texts;
  /** How many phrases subscribed packs add. */
  fromPacks: number;
}

const phraseCount = (p: TeamPhraseLists) =>
  Object.values(p).reduce((n, set) => n + Object.values(set ?? {}).flat().length, 0);

async function loadStored(db: OwnItDatabase): Promise<Stored> {
  const [local, all] = await Promise.all([loadLocalPhrases(db), allTeamPhrases(db)]);
  return { texts: toTexts(local), fromPacks: Math.max(0, phraseCount(all) - phraseCount(local)) };
}

export function PhrasesManager({ db }: { db: OwnItDatabase }) {
  const form = useStoredForm(db, loadStored, 'optionsPhrasesReadFailed');
  const [language, setLanguage] = useState<Language>('en');
  const stored = form.values;

  const save = async () => {
    if (!stored) throw new Error('not read yet');
    const result = await saveLocalPhrases(db, fromTexts(stored.texts));
    return result.ok
      ? { message: t('optionsPhrasesSaved') }
      : { message: t('optionsPhrasesInvalid', result.errors.join('; ')), error: true };
  };

  return (
    <StoredForm
      headingId="phrases-heading"
      heading={t('optionsPhrasesHeading')}
      loading={t('optionsSettingsLoading')}
      intro={t('optionsPhrasesIntro')}
      before={
        stored &&
        stored.fromPacks > 0 && <p class="muted">{t('optionsPhrasesFromPacks', stored.fromPacks)}</p>
      }
      form={form}
      formLabel={t('optionsPhrasesForm')}
      saveLabel={t('optionsPhrasesSave')}
      onSubmit={form.submit(save, 'optionsPhrasesSaveFailed')}
    >
      {({ texts, fromPacks }) => (
        <>
          <RadioChoices
            legend={t('optionsPhrasesLanguage')}
            name="phrases-language"
            choices={PHRASE_LANGUAGES.map((code) => ({ value: code, label: t(LANGUAGE_KEYS[code]) }))}
            value={language}
            onChange={(code) => setLanguage(code)}
          />
          {PHRASE_LISTS.map((list) => (
            <TextField
              key={`${language}-${list}`}
              name={`phrases-${list}`}
              label={t(LIST_KEYS[list].label)}
              value={texts[language][list]}
              error={undefined}
              hint={t(LIST_KEYS[list].hint)}
              multiline
              rows={4}
              onInput={(value) =>
                form.change({
                  fromPacks,
                  texts: { ...texts, [language]: { ...texts[language], [list]: value } },
                })
              }
            />
          ))}
        </>
      )}
    </StoredForm>
  );
}
