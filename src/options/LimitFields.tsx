// The limit part of the rule form: which kind of limit, then the amount and currency or the count.
import { t } from '../shared/i18n';
import { describedBy, FieldError, TextField } from './fields';
import {
  COMMON_CURRENCIES,
  LIMIT_TYPES,
  type RuleField,
  type RuleFormErrors,
  type RuleFormValues,
} from './rule-form';

const LIMIT_KEYS: Record<(typeof LIMIT_TYPES)[number], string> = {
  amount: 'optionsLimitAmount',
  count: 'optionsLimitCount',
  none: 'optionsLimitNone',
};

interface LimitProps {
  values: RuleFormValues;
  errors: RuleFormErrors;
  set(field: RuleField): (value: string) => void;
  knownCurrency: string | undefined;
}

export function LimitFields({ values, errors, set, knownCurrency }: LimitProps) {
  const currencies = knownCurrency
    ? [...new Set([knownCurrency, ...COMMON_CURRENCIES])]
    : [...COMMON_CURRENCIES];
  return (
    <fieldset class="limit" aria-describedby={describedBy('limitType', false, errors.limitType)}>
      <legend>{t('optionsLimit')}</legend>
      <div class="choices">
        {LIMIT_TYPES.map((type) => (
          <label key={type} class="choice">
            <input
              type="radio"
              name="limitType"
              value={type}
              checked={values.limitType === type}
              onChange={() => set('limitType')(type)}
            />
            {t(LIMIT_KEYS[type])}
          </label>
        ))}
      </div>
      <FieldError name="limitType" message={errors.limitType} />
      {values.limitType === 'amount' && (
        <div class="field-row">
          <TextField
            name="amount"
            label={t('optionsAmount')}
            inputMode="decimal"
            value={values.amount}
            error={errors.amount}
            placeholder="100"
            onInput={set('amount')}
          />
          <TextField
            name="currency"
            label={t('optionsCurrency')}
            class="narrow"
            list="currency-codes"
            value={values.currency}
            error={errors.currency}
            hint={t('optionsCurrencyHint')}
            onInput={set('currency')}
          />
          <datalist id="currency-codes">
            {currencies.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </div>
      )}
      {values.limitType === 'count' && (
        <TextField
          name="count"
          label={t('optionsHowMany')}
          inputMode="numeric"
          value={values.count}
          error={errors.count}
          placeholder="1"
          onInput={set('count')}
        />
      )}
      {values.limitType === 'none' && <p class="muted small">{t('optionsLimitNoneHint')}</p>}
    </fieldset>
  );
}
