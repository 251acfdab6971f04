import { uuidv7 } from 'uuidv7';

/** Sortable unique ids: creation order is id order, which keyset pagination relies on. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
