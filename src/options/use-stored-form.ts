// The state of a settings-like form (settings, team phrases): its stored values once read, the line that
// says what the last read or save did, and a submit that saves once at a time.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import type { SaveStatus } from './Section';

/** `load` must not change between renders (pass a module-level function). */
export function useStoredForm<V>(
  db: OwnItDatabase,
  load: (db: OwnItDatabase) => Promise<V>,
  readFailedKey: string,
) {
  const [values, setValues] = useState<V | null>(null);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    load(db)
      .then(setValues)
      .catch((error: unknown) => setStatus({ message: t(readFailedKey, String(error)), error: true }));
  }, [db, load, readFailedKey]);

  /** Changed values; the last status goes, as it spoke of what was there before. */
  const change = (next: V) => {
    setValues(next);
    setStatus(null);
  };

  /** The form's submit: runs `save` (unless one is running), whose answer is the new status. */
  const submit = (save: () => Promise<SaveStatus>, failedKey: string) => async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      setStatus(await save());
    } catch (error) {
      setStatus({ message: t(failedKey, String(error)), error: true });
    } finally {
      setSaving(false);
    }
  };

  /** A field's value and its change, for a `TextField` or `SelectField` named `name`. */
  const bind = <K extends keyof V & string>(key: K, name: string) => ({
    name,
    value: values?.[key] as V[K],
    error: undefined,
    onInput: (value: V[K]) => values && change({ ...values, [key]: value }),
  });

  return { values, setValues, change, status, saving, submit, bind };
}
