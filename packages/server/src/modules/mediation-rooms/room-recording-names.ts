import { PARTICIPANT_KIND_LABELS, type ParticipantKind } from '@fengqiao/domain';

/**
 * The attachment name of one participant's recording of one segment, such as `线上调解录像-第1段-调解员.webm`: the
 * participant by role, never by name, since the name shows in the case's attachment list to every reader, and a
 * party's name there would be personal data unmasked. Two participants of one role are numbered in order of joining
 * (`当事人1`, `当事人2`); a second part of one segment (a reconnect) is `-2`.
 */
export function recordingFileName(
  segment: number,
  participants: readonly { id: string; kind: ParticipantKind }[],
  participant: { id: string; kind: ParticipantKind },
  part: number,
): string {
  const sameKind = participants.filter((p) => p.kind === participant.kind);
  const role = PARTICIPANT_KIND_LABELS[participant.kind].zh;
  const numbered = sameKind.length > 1 ? `${role}${sameKind.findIndex((p) => p.id === participant.id) + 1}` : role;
  return `线上调解录像-第${segment}段-${numbered}${part > 1 ? `-${part}` : ''}.webm`;
}
