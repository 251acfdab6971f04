import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './database';

/** Stands for the argument in the query compiled once; replaced by the real value on every call. */
const ARGUMENT = '\u0000argument\u0000';

/**
 * A query with one parameter, built and compiled once per database handle and then run with the
 * caller's value. Kysely otherwise rebuilds and recompiles the query tree on every call, which on
 * the hottest path (the session check of every request) costs several times what SQLite spends
 * running it. Compiled per handle because the dialect decides the SQL; the SQL text being the same
 * string every time also makes the SQLite statement cache's lookup cheap. The handle is told by its
 * dialect adapter, which a transaction shares with the database it runs on, so queries run inside a
 * unit of work are compiled once too.
 */
export function compiledOnce<Row>(
  build: (db: Executor, argument: string) => Compilable<Row>,
): (db: Executor, argument: string) => Promise<Row[]> {
  const compiled = new WeakMap<object, CompiledQuery<Row>>();
  return async (db, argument) => {
    const handle = db.getExecutor().adapter;
    let query = compiled.get(handle);
    if (!query) {
      query = build(db, ARGUMENT).compile();
      if (!query.parameters.includes(ARGUMENT)) throw new Error('compiledOnce: the query does not use its argument');
      compiled.set(handle, query);
    }
    const parameters = query.parameters.map((value) => (value === ARGUMENT ? argument : value));
    const { rows } = await db.executeQuery<Row>({ ...query, parameters });
    return rows;
  };
}
