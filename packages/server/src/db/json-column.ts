import type { z } from 'zod';

declare const jsonOf: unique symbol;

/**
 * A text column holding the JSON of a `T`. The brand keeps a plain string out of it: values are written through
 * `toJson` or a table's `jsonColumns(...).write`, and read back parsed and validated by its `read`.
 */
export type Json<T> = string & { readonly [jsonOf]: T };

type Decoded<V> = V extends Json<infer T> ? T : V;

/** A row as repositories hand it out: every JSON column parsed. */
export type Parsed<Row> = { [K in keyof Row]: Decoded<Row[K]> };

/** What a (partial) parsed row becomes for the table: its JSON columns as text again. */
type Encoded<R, Row> = { [K in keyof R]: K extends keyof Row ? Row[K] : R[K] };

type JsonKeys<Row> = { [K in keyof Row]-?: Exclude<Row[K], null> extends Json<unknown> ? K : never }[keyof Row];

export function toJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>;
}

/**
 * The JSON columns of one table with the domain schema of each. `read` parses and validates the ones present in a
 * row (a row that does not match its schema is a bug or a hand-edited database, and fails loudly); `write`
 * stringifies them for an insert or an update.
 */
export function jsonColumns<Row>(schemas: { [K in JsonKeys<Row>]: z.ZodType<Decoded<Exclude<Row[K], null>>> }) {
  const columns: [string, z.ZodType][] = Object.entries(schemas);
  return {
    read<R extends Partial<Row>>(row: R): Parsed<R> {
      const out: Record<string, unknown> = { ...row };
      for (const [key, schema] of columns) {
        const text = out[key];
        if (typeof text === 'string') out[key] = schema.parse(JSON.parse(text));
      }
      return out as Parsed<R>;
    },
    write<R extends Partial<Parsed<Row>>>(row: R): Encoded<R, Row> {
      const out: Record<string, unknown> = { ...row };
      for (const [key] of columns) {
        if (out[key] !== undefined && out[key] !== null) out[key] = toJson(out[key]);
      }
      return out as Encoded<R, Row>;
    },
  };
}
