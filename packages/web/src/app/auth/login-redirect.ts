/** What the login page is told when the app sends a user there. */
export interface LoginState {
  reason?: 'expired';
  from?: string;
}

export function readLoginState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const { reason, from } = state as Record<string, unknown>;
  return {
    ...(reason === 'expired' ? { reason } : {}),
    // Only same-app paths: never bounce the user to another origin after login.
    ...(typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? { from } : {}),
  };
}
