import { orderTodayGroups, type Today } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { nowIso } from '../../platform/ids';
import { type TodoSource, todoSources } from './todo-sources';

/**
 * The home page (工作台): what the caller must do today, gathered from every module's to-do source at one instant.
 * Access is each module's own policy inside its source, so an account that may use no module (an administrator)
 * gets an empty page rather than a refusal. Nothing here is a read of personal data: items carry numbers, places
 * and summaries as the dispute board's red alerts do, never party names, so the page is not audited.
 */
export class HomeService {
  private readonly sources: readonly TodoSource[];

  constructor(private readonly deps: Deps) {
    this.sources = todoSources(deps);
  }

  async today(ctx: RequestContext): Promise<Today> {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    const now = new Date();
    const groups = [];
    for (const source of this.sources) groups.push(...(await source.items(this.deps.db, ctx, now)));
    return { generatedAt: nowIso(now), groups: orderTodayGroups(groups) };
  }
}
