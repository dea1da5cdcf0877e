// The limit part of the rule form: which kind of limit, then the amount and currency or the count.
import { t } from '../shared/i18n';
import { RadioChoices } from './controls';
import { describedBy, FieldError, TextField } from './fields';
import { COMMON_CURRENCIES, LIMIT_TYPES, type RuleFormErrors, type RuleFormValues } from './rule-form';

const LIMIT_KEYS: Record<(typeof LIMIT_TYPES)[number], string> = {
  amount: 'optionsLimitAmount',
  count: 'optionsLimitCount',
  none: 'optionsLimitNone',
};

interface LimitProps {
  values: RuleFormValues;
  errors: RuleFormErrors;
  /** The rule form's field binder (`useItemForm`'s `field`). */
  field(name: 'amount' | 'currency' | 'count' | 'limitType'): {
    name: string;
    value: string;
    error: string | undefined;
    onInput(value: string): void;
  };
  knownCurrency: string | undefined;
}

export function LimitFields({ values, errors, field, knownCurrency }: LimitProps) {
  const currencies = knownCurrency
    ? [...new Set([knownCurrency, ...COMMON_CURRENCIES])]
    : [...COMMON_CURRENCIES];
  return (
    <RadioChoices
      legend={t('optionsLimit')}
      name="limitType"
      choices={LIMIT_TYPES.map((type) => ({ value: type, label: t(LIMIT_KEYS[type]) }))}
      value={values.limitType}
      onChange={field('limitType').onInput}
      describedBy={describedBy('limitType', false, errors.limitType)}
    >
      <FieldError name="limitType" message={errors.limitType} />
      {values.limitType === 'amount' && (
        <div class="field-row">
          <TextField {...field('amount')} label={t('optionsAmount')} inputMode="decimal" placeholder="100" />
          <TextField
            {...field('currency')}
            label={t('optionsCurrency')}
            class="narrow"
            list="currency-codes"
            hint={t('optionsCurrencyHint')}
          />
          <datalist id="currency-codes">
            {currencies.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </div>
      )}
      {values.limitType === 'count' && (
        <TextField {...field('count')} label={t('optionsHowMany')} inputMode="numeric" placeholder="1" />
      )}
      {values.limitType === 'none' && <p class="muted small">{t('optionsLimitNoneHint')}</p>}
    </RadioChoices>
  );
}
