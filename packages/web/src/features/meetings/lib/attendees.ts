import type { AttendeeInput, AttendeeKind } from '@fengqiao/domain';

/** The fields an attendee, a suggestion and a request share: who sits at the table, by account, person or body. */
export interface AttendeeRef {
  kind: AttendeeKind;
  name: string;
  userId: string | null;
  personId: string | null;
  organizationId: string | null;
  villageId: string | null;
  villageName: string | null;
  organizationName: string | null;
  /** A saved attendee keeps their post when the list is saved again. */
  title?: string | null;
}

/**
 * One key per seat, the same for a suggestion and for the attendee it became, so a saved meeting's attendees show
 * as chosen among the suggestions. A village's seat is its village (its director may change on the rota).
 */
export function attendeeKey(ref: AttendeeRef): string {
  if (ref.userId) return `user:${ref.userId}`;
  if (ref.kind === 'village' && ref.villageId) return `village:${ref.villageId}`;
  if (ref.personId) return `person:${ref.personId}`;
  if (ref.organizationId) return `org:${ref.organizationId}`;
  return `name:${ref.kind}:${ref.name}`;
}

/** The request body of a seat: its ids, and the name only when no account or person gives one. */
function toAttendeeInput(ref: AttendeeRef): AttendeeInput {
  const input: AttendeeInput = { kind: ref.kind, present: true };
  if (ref.title) input.title = ref.title;
  if (ref.userId) input.userId = ref.userId;
  if (ref.personId) input.personId = ref.personId;
  if (ref.organizationId) input.organizationId = ref.organizationId;
  if (ref.villageId) input.villageId = ref.villageId;
  if (!ref.userId && !ref.personId) input.name = ref.name;
  return input;
}

/**
 * The chosen keys as request bodies, in the order offered; keys with no seat behind them are dropped. A seat listed in
 * `absentKeys` is sent as absent (the minutes print who attended), every other chosen seat as present.
 */
export function chosenAttendees(
  keys: readonly string[],
  offered: readonly AttendeeRef[],
  absentKeys: readonly string[] = [],
): AttendeeInput[] {
  const wanted = new Set(keys);
  const absent = new Set(absentKeys);
  const seen = new Set<string>();
  const out: AttendeeInput[] = [];
  for (const ref of offered) {
    const key = attendeeKey(ref);
    if (!wanted.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...toAttendeeInput(ref), present: !absent.has(key) });
  }
  return out;
}

/** What follows a seat's name in brackets: its village, else its body when that is not the name itself, else its kind. */
export function attendeePlace(ref: AttendeeRef, kindLabel: string): string {
  if (ref.villageName) return ref.villageName;
  if (ref.organizationName && ref.organizationName !== ref.name) return ref.organizationName;
  return kindLabel;
}
