import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Custom class-validator checks. Each message is the "expected" part of the error
 * (src/format-error.ts adds the field and the value received).
 */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;

/** A real month, YYYY-MM. */
export function isMonth(value: unknown): boolean {
  return typeof value === 'string' && MONTH.test(value);
}

/** A real calendar date, YYYY-MM-DD, or a month YYYY-MM (sources often give only the month). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  if (match[3] === undefined) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function simple(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name, target: object.constructor, propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || test(value) },
    });
}

export const IsMonth = simple('isMonth', isMonth, 'a month as YYYY-MM (e.g. 2025-06)');
export const IsCalendarDate = simple('isCalendarDate', isCalendarDate, 'a real date as YYYY-MM-DD, or a month as YYYY-MM');
export const IsIso3 = simple('isIso3', (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value), 'a 3-letter upper-case ISO3 country code (e.g. CHN)');

/** A global id with the given prefix and a readable key: `company:ford`. */
export function IsGlobalId(prefix: string, options?: ValidationOptions) {
  const pattern = new RegExp(`^${prefix}:[A-Za-z0-9][A-Za-z0-9._-]{0,119}$`);
  return simple(`is${prefix}Id`, (value) => typeof value === 'string' && pattern.test(value), `an id like "${prefix}:some-key" (letters, digits, . _ -; at most 120 after the prefix)`)(options);
}

/** Any global id of the model (the label is checked against the link whitelist later). */
export const IsAnyGlobalId = simple('isGlobalId', (value) => typeof value === 'string' && /^[a-z]+:\S{1,200}$/.test(value), 'a global id such as "product:ndpr-oxide"');
