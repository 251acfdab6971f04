/** Codes that mean the user must leave the current page: log in again, change password or set up MFA. */
export const AUTH_PROBLEM_CODES = [
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
] as const;
export type AuthProblem = (typeof AUTH_PROBLEM_CODES)[number];

type Listener = (problem: AuthProblem) => void;
const listeners = new Set<Listener>();

export function isAuthProblem(code: string): code is AuthProblem {
  return (AUTH_PROBLEM_CODES as readonly string[]).includes(code);
}

// The fetch client knows nothing about routing; the router subscribes here and redirects.
export function onAuthProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitAuthProblem(problem: AuthProblem): void {
  for (const listener of listeners) listener(problem);
}
