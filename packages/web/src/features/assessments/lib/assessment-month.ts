import {
  type AssessmentItem,
  addMonths,
  DUTY_TYPE_ITEMS,
  DUTY_TYPES,
  type EvidenceRefType,
  MONTH_PATTERN,
  shanghaiDate,
} from '@fengqiao/domain';

/** The month a chief assesses by default: the last one that has ended (Shanghai time). */
export function defaultAssessmentMonth(now: Date = new Date()): string {
  return addMonths(`${shanghaiDate(now).slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The month in the address (`?month=2026-10`), or the default when it is missing or not a month. */
export function monthFromQuery(value: string | null, now: Date = new Date()): string {
  return value && MONTH_PATTERN.test(value) ? value : defaultAssessmentMonth(now);
}

/**
 * Where an evidence record opens: a dispute or an incident page; a duty entry opens the duty log of the officer's
 * village on that Shanghai day, filtered to the item's duty type (the log has no page per entry).
 */
export function evidenceLink(
  record: { refType: EvidenceRefType; refId: string; at: string },
  villageId: string,
  item: AssessmentItem,
): string {
  switch (record.refType) {
    case 'dispute':
      return `/disputes/${encodeURIComponent(record.refId)}`;
    case 'incident':
      return `/incidents/${encodeURIComponent(record.refId)}`;
    case 'duty_log': {
      const type = DUTY_TYPES.find((candidate) => DUTY_TYPE_ITEMS[candidate] === item);
      const query = new URLSearchParams({ villageId, day: shanghaiDate(record.at), ...(type ? { type } : {}) });
      return `/duty?${query.toString()}`;
    }
  }
}
