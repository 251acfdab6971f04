import { type PasswordProblem, passwordProblems } from '@fengqiao/domain';
import type { MessageKey } from '../../app/i18n/dictionaries';

const PROBLEM_KEYS: Record<PasswordProblem, MessageKey> = {
  TOO_SHORT: 'password.tooShort',
  TOO_LONG: 'password.tooLong',
  TOO_FEW_CLASSES: 'password.tooFewClasses',
  CONTAINS_USERNAME: 'password.containsUsername',
};

/** The same rule the server applies, checked while typing so nobody waits for a WEAK_PASSWORD round trip. */
export function passwordProblemKeys(password: string, username: string): MessageKey[] {
  return passwordProblems(password, { username }).map((problem) => PROBLEM_KEYS[problem]);
}
