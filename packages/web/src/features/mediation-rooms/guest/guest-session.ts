/**
 * The guest's CSRF token, from the enter response. Kept in sessionStorage (this tab only) so a reload stays in the
 * room: the guest cookie itself is HttpOnly and the server checks the two together.
 */
const STORAGE_KEY = 'fengqiao.room.guestCsrf';

export function saveGuestCsrf(
  token: string,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.sessionStorage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, token);
  } catch {
    // Without storage the page still works until it is reloaded.
  }
}

export function loadGuestCsrf(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage,
): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
