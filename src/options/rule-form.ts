// The rule form's values ⇄ an EmpowermentRule, with validation that names each field. Pure: no DOM,
// no database. The pack schema has the last word, so a rule saved here is one a pack could carry.
import * as v from 'valibot';
import { CURRENCY_CODES } from '../shared/currencies';
import { t } from '../shared/i18n';
import {
  type EmpowermentRule,
  RULE_ACTIONS,
  RULE_PERIODS,
  RULE_SCOPES,
  type RuleAction,
  type RulePeriod,
} from '../shared/model';
import { RuleSchema } from '../shared/pack-schema';
import { parseKeywords, slugify as slugText } from '../shared/text-fields';
import type { FieldErrors, ItemFormKit, Validated } from './use-item-form';

export { parseKeywords } from '../shared/text-fields';

export const LIMIT_TYPES = ['amount', 'count', 'none'] as const;
export type LimitType = (typeof LIMIT_TYPES)[number];

/** The scopes the form offers; a stored rule of the older form "per month" keeps it as it is. */
export const RULE_FORM_SCOPES = [...RULE_SCOPES] as const satisfies readonly EmpowermentRule['per'][];
const STORED_SCOPES: readonly string[] = [...RULE_SCOPES, 'month'];

/** The scopes to offer for a rule whose scope is `per` now. */
export function scopeChoices(per: string): EmpowermentRule['per'][] {
  return per === 'month' ? [...RULE_FORM_SCOPES, 'month'] : [...RULE_FORM_SCOPES];
}

/** The ISO 4217 codes agents are likely to need; a rule's own code is kept even if it is not listed. */
export const COMMON_CURRENCIES = CURRENCY_CODES;

/** What the form's controls hold: text, exactly as typed. */
export interface RuleFormValues {
  action: string;
  label: string;
  limitType: string;
  amount: string;
  currency: string;
  count: string;
  per: string;
  /** '' for none. */
  period: string;
  above: string;
  guidance: string;
  /** One step per line. */
  escalation: string;
  /** Comma-separated. */
  keywords: string;
}

export type RuleField = keyof RuleFormValues;
export type RuleFormErrors = FieldErrors<RuleFormValues>;
export type RuleFormResult = Validated<EmpowermentRule, RuleFormErrors>;

export function emptyRuleForm(): RuleFormValues {
  return {
    action: 'refund',
    label: '',
    limitType: 'amount',
    amount: '',
    currency: 'USD',
    count: '',
    per: 'order',
    period: '',
    above: '',
    guidance: '',
    escalation: '',
    keywords: '',
  };
}

export function formFromRule(rule: EmpowermentRule): RuleFormValues {
  const limit = rule.limit;
  return {
    action: rule.action,
    label: rule.label,
    limitType: limit === null ? 'none' : 'amount' in limit ? 'amount' : 'count',
    amount: limit && 'amount' in limit ? String(limit.amount) : '',
    currency: limit && 'amount' in limit ? limit.currency : 'USD',
    count: limit && 'count' in limit ? String(limit.count) : '',
    per: rule.per,
    period: rule.period ?? '',
    above: rule.above,
    guidance: rule.guidance,
    escalation: rule.escalation.join('\n'),
    keywords: rule.keywords.join(', '),
  };
}

/** Escalation steps: one per line, blank lines dropped. */
export function parseSteps(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const ID_MAX = 60;

/** "Refund on an order!" → "refund-on-an-order"; a label with no letter to keep gives "rule". */
export function slugify(label: string): string {
  return slugText(label, ID_MAX) || 'rule';
}

/** An id made from the label that no other rule uses: "refund-on-an-order", then "…-2", "…-3". */
export function uniqueRuleId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(label);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Normalises a currency code as typed: " usd " → "USD". */
export function normaliseCurrency(text: string): string {
  return text.trim().toUpperCase();
}

const DECIMAL = /^\d+(?:\.\d+)?$/;
const NEGATIVE = /^-\s*\d+(?:\.\d+)?$/;
const WHOLE = /^\d+$/;

/** How a limit's number is checked, for each kind of limit, with the message for each problem. */
const NUMBER_CHECKS = {
  amount: {
    shape: DECIMAL,
    fits: Number.isFinite,
    keys: ['optionsErrorAmountMissing', 'optionsErrorAmountNumber', 'optionsErrorAmountTooLarge'],
  },
  count: {
    shape: WHOLE,
    fits: Number.isSafeInteger,
    keys: ['optionsErrorCountMissing', 'optionsErrorCountWhole', 'optionsErrorCountTooLarge'],
  },
} as const;

function checkNumber(text: string, kind: keyof typeof NUMBER_CHECKS): string | undefined {
  const { shape, fits, keys } = NUMBER_CHECKS[kind];
  const [missing, wrongShape, tooLarge] = keys;
  const value = text.trim();
  if (!value) return t(missing);
  if (NEGATIVE.test(value)) return t('optionsErrorNegative');
  if (!shape.test(value)) return t(wrongShape);
  if (!fits(Number(value))) return t(tooLarge);
  return undefined;
}

function checkCurrency(text: string, alsoKnown: string | undefined): string | undefined {
  const code = normaliseCurrency(text);
  if (!code) return t('optionsErrorCurrencyMissing');
  if (!/^[A-Z]{3}$/.test(code)) return t('optionsErrorCurrencyFormat');
  if (code !== alsoKnown && !(COMMON_CURRENCIES as readonly string[]).includes(code)) {
    return t('optionsErrorCurrencyUnknown', code);
  }
  return undefined;
}

/** Field-by-field problems with the values as typed; empty when there are none. */
export function validateRuleForm(values: RuleFormValues, alsoKnownCurrency?: string): RuleFormErrors {
  const errors: RuleFormErrors = {};
  if (!(RULE_ACTIONS as readonly string[]).includes(values.action)) errors.action = t('optionsErrorAction');
  if (!values.label.trim()) errors.label = t('optionsErrorLabel');
  if (!(LIMIT_TYPES as readonly string[]).includes(values.limitType)) {
    errors.limitType = t('optionsErrorLimitType');
  } else if (values.limitType === 'amount') {
    const amount = checkNumber(values.amount, 'amount');
    if (amount) errors.amount = amount;
    const currency = checkCurrency(values.currency, alsoKnownCurrency);
    if (currency) errors.currency = currency;
  } else if (values.limitType === 'count') {
    const count = checkNumber(values.count, 'count');
    if (count) errors.count = count;
  }
  if (!STORED_SCOPES.includes(values.per)) errors.per = t('optionsErrorPer');
  if (values.period && !(RULE_PERIODS as readonly string[]).includes(values.period))
    errors.period = t('optionsErrorPeriod');
  return errors;
}

function limitOf(values: RuleFormValues): EmpowermentRule['limit'] {
  if (values.limitType === 'amount') {
    return { amount: Number(values.amount.trim()), currency: normaliseCurrency(values.currency) };
  }
  if (values.limitType === 'count') return { count: Number(values.count.trim()) };
  return null;
}

/** Which form field a pack-schema problem belongs to. */
function fieldOf(issue: v.BaseIssue<unknown>): RuleField {
  const keys = (issue.path ?? []).map((item) => (item as { key?: unknown }).key);
  const [first, second] = keys;
  if (first === 'limit') {
    return second === 'amount' || second === 'currency' || second === 'count' ? second : 'limitType';
  }
  if (first === 'id') return 'label';
  const field = String(first) as RuleField;
  return field in emptyRuleForm() ? field : 'label';
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export interface RuleFormContext {
  /** The rule being edited; absent for a new rule. */
  existing?: EmpowermentRule;
  /** Ids of every stored rule, so a new rule gets one of its own. */
  takenIds: Iterable<string>;
}

/**
 * Turns the form's values into a rule: the edited rule keeps its id, source and version; a new rule
 * gets an id made from its label. Version and time are set by the repository when it is saved.
 */
export function ruleFromForm(values: RuleFormValues, context: RuleFormContext): RuleFormResult {
  const { existing } = context;
  const existingCurrency =
    existing?.limit && 'currency' in existing.limit ? existing.limit.currency : undefined;
  const errors = validateRuleForm(values, existingCurrency);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const candidate = {
    id: existing?.id ?? uniqueRuleId(values.label, context.takenIds),
    action: values.action as RuleAction,
    label: values.label.trim(),
    limit: limitOf(values),
    per: values.per as EmpowermentRule['per'],
    ...(values.period ? { period: values.period as RulePeriod } : {}),
    above: values.above.trim(),
    guidance: values.guidance.trim(),
    escalation: parseSteps(values.escalation),
    keywords: parseKeywords(values.keywords),
  };
  const checked = v.safeParse(RuleSchema, candidate);
  if (!checked.success) {
    const schemaErrors: RuleFormErrors = {};
    for (const issue of checked.issues) {
      const field = fieldOf(issue);
      schemaErrors[field] ??= sentence(issue.message);
    }
    return { ok: false, errors: schemaErrors };
  }
  const rule: EmpowermentRule = {
    ...candidate,
    updatedAt: existing?.updatedAt ?? 0,
    version: existing?.version ?? 0,
    source: existing?.source ?? 'local',
  };
  if (existing?.editedLocally !== undefined) rule.editedLocally = existing.editedLocally;
  return { ok: true, item: rule };
}

/** The rule form's parts for `useItemForm`. */
export const RULE_FORM: ItemFormKit<EmpowermentRule, RuleFormValues, RuleFormErrors> = {
  prefix: '',
  empty: emptyRuleForm,
  fromItem: formFromRule,
  validate: ruleFromForm,
  words: { newTakenKey: 'optionsRuleConflictNew', failedKey: 'optionsRuleSaveFailed' },
  clearErrorOnInput: true,
  // The hidden limit fields' errors go too when the kind of limit changes.
  clears: (name) => (name === 'limitType' ? [name, 'amount', 'currency', 'count'] : [name]),
};
