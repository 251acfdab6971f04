/**
 * Password rules (domain.md §10, 等保 2.0 level 3): at least 8 characters from 3 of the 4 classes (upper case,
 * lower case, digits, symbols), not containing the username, changed every 90 days. The numbers are settings.
 */

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_FEW_CLASSES' | 'CONTAINS_USERNAME';

export interface PasswordPolicyOptions {
  /** Minimum length in characters; default 8. */
  minLength?: number;
  /** How many of upper case, lower case, digits and symbols must appear; default 3. */
  minClasses?: number;
  /** The account's username: the password may not contain it (ignoring case) when it has 3 or more characters. */
  username?: string;
}

export const PASSWORD_DEFAULT_MIN_LENGTH = 8;
export const PASSWORD_DEFAULT_MIN_CLASSES = 3;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_DEFAULT_MAX_AGE_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_USERNAME_LENGTH_CHECKED = 3;

/** The problems with a password, in a stable order; an empty list means the password is acceptable. */
export function passwordProblems(password: string, opts: PasswordPolicyOptions = {}): PasswordProblem[] {
  const minLength = opts.minLength ?? PASSWORD_DEFAULT_MIN_LENGTH;
  const minClasses = opts.minClasses ?? PASSWORD_DEFAULT_MIN_CLASSES;
  const length = Array.from(password).length;
  const problems: PasswordProblem[] = [];

  if (length < minLength) problems.push('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) problems.push('TOO_LONG');
  if (characterClasses(password) < minClasses) problems.push('TOO_FEW_CLASSES');

  const username = opts.username?.trim().toLowerCase() ?? '';
  if (Array.from(username).length >= MIN_USERNAME_LENGTH_CHECKED && password.toLowerCase().includes(username)) {
    problems.push('CONTAINS_USERNAME');
  }
  return problems;
}

/** How many of the four classes appear: upper case, lower case, digits, symbols (anything else). */
export function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/**
 * True when the password was changed `maxAgeDays` or more days before `now`. A `maxAgeDays` of 0 or less (or
 * not finite) switches expiry off.
 */
export function passwordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  if (!Number.isFinite(maxAgeDays) || maxAgeDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= maxAgeDays * DAY_MS;
}
