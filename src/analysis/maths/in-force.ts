/**
 * Whether a policy is in force on a date, from its own dates and the suspensions recorded
 * against it. Dates are strings of the seed's precision (YYYY, YYYY-MM or YYYY-MM-DD) and compare
 * on their common prefix, so "2025-04" counts as in force on any day of April 2025.
 *
 *   start   effectiveOn, else announcedOn; neither known → null (unknown, never guessed)
 *   false   when the date is before the start, after endsOn, or inside a suspension window
 *           (suspendedFrom ≤ date ≤ suspendedUntil; an open end runs on)
 *   true    otherwise
 */
export interface PolicyDates {
  effectiveOn?: string | null;
  announcedOn?: string | null;
  endsOn?: string | null;
}

export interface SuspensionWindow {
  suspendedFrom?: string | null;
  suspendedUntil?: string | null;
}

export function inForceOn(policy: PolicyDates, suspensions: SuspensionWindow[], date: string): boolean | null {
  const start = policy.effectiveOn ?? policy.announcedOn ?? null;
  if (!start) return null;
  if (compareDates(start, date) > 0) return false;
  if (policy.endsOn && compareDates(policy.endsOn, date) < 0) return false;
  const suspended = suspensions.some((window) => window.suspendedFrom
    && compareDates(window.suspendedFrom, date) <= 0
    && (!window.suspendedUntil || compareDates(window.suspendedUntil, date) >= 0));
  return !suspended;
}

/** Compares two dates of possibly different precision on their common prefix. */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, length), b.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}
