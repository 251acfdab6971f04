import type { AppNotification } from '@fengqiao/domain';

/** The pushes that mean an incident has come in for the reader: recorded at the desk, or dispatched to them. */
export const INCIDENT_ARRIVAL_KINDS = ['incident.created', 'incident.dispatched'] as const;

export function isIncidentArrival(push: Pick<AppNotification, 'kind' | 'targetType'>): boolean {
  return push.targetType === 'incident' && (INCIDENT_ARRIVAL_KINDS as readonly string[]).includes(push.kind);
}
