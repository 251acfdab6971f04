import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { TableNode } from 'kysely';

/**
 * Counts the statements the app runs (once per result, so subqueries do not count twice). The session touch is left
 * out: it runs at most every 30 s by the wall clock, so it would land in whichever request happens to cross that
 * mark and make a fixed-cost list look as if it grew.
 */
export class QueryCounter implements KyselyPlugin {
  count = 0;
  readonly #sessionTouches = new Set<string>();

  transformQuery(args: PluginTransformQueryArgs) {
    if (isSessionTouch(args.node)) this.#sessionTouches.add(args.queryId.queryId);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (!this.#sessionTouches.delete(args.queryId.queryId)) this.count += 1;
    return args.result;
  }
}

function isSessionTouch(node: RootOperationNode): boolean {
  if (node.kind !== 'UpdateQueryNode' || node.table === undefined || !TableNode.is(node.table)) return false;
  return node.table.table.identifier.name === 'sessions';
}
