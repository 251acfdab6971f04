import type { DrillLink } from '@fengqiao/domain';
import { toQueryString } from '../../../api/query-string';

/** The web address of a drill link: the list route with the query that shows exactly the counted records. */
export function drillHref(link: DrillLink): string {
  return `${link.path}${toQueryString(link.query)}`;
}
