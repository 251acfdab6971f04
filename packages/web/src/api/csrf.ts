// Kept in memory only: the token comes with every Me response, so a reload fetches it again and nothing
// readable by other scripts survives in storage.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}
