import type { CreateSession, DisputeParty, SessionMode } from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';

export interface SessionFormValues {
  mode?: SessionMode;
  startedAt?: Dayjs;
  endedAt?: Dayjs;
  location?: string;
  /** Ids of the parties who took part. */
  partyIds?: string[];
  /** Other participants by name (the mediator, a cadre…), one per line as written in the record book. */
  mediatorName?: string;
  record?: string;
  reportedToPolice?: boolean;
}

/** The session body; `toIso` turns a picked wall-clock time into an instant (Beijing time, see format-time). */
export function toCreateSession(
  values: SessionFormValues,
  parties: readonly Pick<DisputeParty, 'id' | 'name' | 'personId'>[],
  toIso: (value: Dayjs) => string,
): CreateSession | null {
  if (!values.startedAt || !values.endedAt || !values.mode) return null;
  const chosen = new Set(values.partyIds ?? []);
  const participants: CreateSession['participants'] = parties
    .filter((party) => chosen.has(party.id))
    .map((party) => ({
      kind: 'party' as const,
      name: party.name,
      ...(party.personId ? { personId: party.personId } : {}),
    }));
  const mediator = values.mediatorName?.trim();
  if (mediator) participants.push({ kind: 'mediator', name: mediator });
  const location = values.location?.trim();
  return {
    mode: values.mode,
    startedAt: toIso(values.startedAt),
    endedAt: toIso(values.endedAt),
    ...(location ? { location } : {}),
    participants,
    inviteesConsented: false,
    record: values.record?.trim() ?? '',
    reportedToPolice: values.reportedToPolice === true,
  };
}
