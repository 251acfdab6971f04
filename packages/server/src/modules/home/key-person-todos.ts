import {
  KEY_PERSON_CATEGORY_LABELS,
  KEY_PERSON_LEVEL_LABELS,
  shanghaiDate,
  TODAY_ITEMS_SHOWN,
  type TodayGroup,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import { keyPersonGroupScopes } from '../key-persons/key-persons.policy';
import { countKeyPersons, listKeyPersonViews } from '../key-persons/key-persons.repository';
import { keyPersonFilterOf } from '../key-persons/key-persons.service';
import type { TodoSource } from './todo-sources';

/**
 * Key persons overdue for a visit, for whoever may read key persons: the list's `overdue` filter within the caller's
 * group scopes, most overdue first. An item names the category, level and village, never the person: the home page
 * is not an audited read of identities, and the name shows only on the record, behind its audited read. Two reads.
 */
export const keyPersonTodos: TodoSource = {
  module: 'key_persons',
  async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
    const scopes = await keyPersonGroupScopes(exec, ctx);
    if (!scopes.police && !scopes.governance) return [];
    const today = shanghaiDate(now);
    const filter = keyPersonFilterOf({ status: 'active', overdue: true }, today, null);
    const total = await countKeyPersons(exec, scopes, filter);
    const rows = await listKeyPersonViews(exec, scopes, { ...filter, after: null, limit: TODAY_ITEMS_SHOWN });
    return [
      {
        key: 'key_person_visit_overdue',
        module: 'key_persons',
        badge: 'overdue',
        total,
        items: rows.map((row) => ({
          id: row.id,
          number: null,
          title: `${KEY_PERSON_CATEGORY_LABELS[row.category].zh}（${KEY_PERSON_LEVEL_LABELS[row.level].zh}）`,
          place: row.village_name,
          dueOn: row.next_visit_due,
          at: null,
          badges: ['overdue'],
          link: `/key-persons/${row.id}`,
        })),
        list: { path: '/key-persons', query: { overdue: 'true' } },
      },
    ];
  },
};
