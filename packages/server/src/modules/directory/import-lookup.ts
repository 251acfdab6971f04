/** How names and codes typed into a sheet are compared: no spaces, separators or full-width forms. */
export function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s/\\\-_—·・,，、|]+/g, '');
}

/** An index from lookup keys to the rows they name; a key naming several rows is ambiguous. */
export class Lookup<T extends { id: string }> {
  private readonly byKey = new Map<string, T[]>();

  add(key: string, row: T): void {
    const k = lookupKey(key);
    if (!k) return;
    const rows = this.byKey.get(k) ?? [];
    if (!rows.some((r) => r.id === row.id)) rows.push(row);
    this.byKey.set(k, rows);
  }

  find(text: string): { found: T } | { found: null; ambiguous: boolean } {
    const rows = this.byKey.get(lookupKey(text)) ?? [];
    const [only] = rows;
    return rows.length === 1 && only ? { found: only } : { found: null, ambiguous: rows.length > 1 };
  }
}
