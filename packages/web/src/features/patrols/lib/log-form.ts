import type { CreatePatrolLog, PatrolFindingKind } from '@fengqiao/domain';

/** What the leader filled in on the log form. */
export interface LogFormValues {
  kind: PatrolFindingKind;
  note: string;
  villageId?: string | undefined;
}

/** A hazard or an incident is registered from the finding, so it needs its village and a description. */
export function findingNeedsPlace(kind: PatrolFindingKind): boolean {
  return kind === 'hazard' || kind === 'incident';
}

/** Whether 保存 can be pressed: the kind's required fields are there (the server checks the same). */
export function logFormComplete(values: LogFormValues): boolean {
  if (!findingNeedsPlace(values.kind)) return true;
  return values.note.trim() !== '' && Boolean(values.villageId);
}

/** The request body: one finding of the chosen kind; its note doubles as the log's note for a quiet night. */
export function logBody(shiftId: string, values: LogFormValues): CreatePatrolLog {
  const note = values.note.trim();
  const place = findingNeedsPlace(values.kind) && values.villageId ? { villageId: values.villageId } : {};
  return {
    shiftId,
    findings: [{ kind: values.kind, ...(note ? { note } : {}), ...place }],
  };
}
