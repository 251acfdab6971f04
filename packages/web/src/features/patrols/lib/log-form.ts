import type { CreatePatrolFinding, PatrolFindingKind } from '@fengqiao/domain';

/** What the leader filled in on the log form. */
export interface LogFormValues {
  kind: PatrolFindingKind;
  note: string;
  villageId?: string | undefined;
  /** The incident's class from the town's code table (an incident is registered with one). */
  classCode?: string | undefined;
}

/** The log's body: one finding of the chosen kind (an incident also carries its class code). */
export interface LogBody {
  shiftId: string;
  findings: Array<CreatePatrolFinding & { classCode?: string }>;
}

/** A hazard or an incident is registered from the finding, so it needs its village and a description. */
export function findingNeedsPlace(kind: PatrolFindingKind): boolean {
  return kind === 'hazard' || kind === 'incident';
}

/** Whether 保存 can be pressed: the kind's required fields are there (the server checks the same). */
export function logFormComplete(values: LogFormValues): boolean {
  if (!findingNeedsPlace(values.kind)) return true;
  if (values.kind === 'incident' && !values.classCode) return false;
  return values.note.trim() !== '' && Boolean(values.villageId);
}

/** The request body; fields of another kind chosen before the leader changed their mind are left out. */
export function logBody(shiftId: string, values: LogFormValues): LogBody {
  const note = values.note.trim();
  const place = findingNeedsPlace(values.kind) && values.villageId ? { villageId: values.villageId } : {};
  const incident = values.kind === 'incident' && values.classCode ? { classCode: values.classCode } : {};
  return { shiftId, findings: [{ kind: values.kind, ...(note ? { note } : {}), ...place, ...incident }] };
}
