import type {
  RecordVideoPatrolResult,
  VideoPatrolChecklistItem,
  VideoPatrolFindingInput,
  VideoPatrolFindingKind,
  VideoReminderChannel,
  VideoReminderRecipientInput,
  VideoReminderTarget,
} from '@fengqiao/domain';

/** The result form of one camera as the desk fills it. */
export interface ResultFormValues {
  /** The checklist items seen to be in order; the others are answered "not ok". */
  okItems: string[];
  note?: string | undefined;
  becomes?: VideoPatrolFindingKind | undefined;
  target?: VideoReminderTarget | undefined;
  cadreUserId?: string | undefined;
  channel?: VideoReminderChannel | undefined;
  message?: string | undefined;
  classCode?: string | undefined;
  title?: string | undefined;
  deadline?: string | undefined;
}

/** Every item ticked: a normal camera is recorded with one key press. */
export function initialResultValues(checklist: readonly VideoPatrolChecklistItem[]): ResultFormValues {
  return {
    okItems: checklist.map((item) => item.id),
    becomes: 'reminder',
    target: 'village_auxiliary',
    channel: 'platform',
  };
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function recipient(values: ResultFormValues): VideoReminderRecipientInput {
  if (values.target === 'village_cadre') return { target: 'village_cadre', userId: values.cadreUserId ?? '' };
  if (values.target === 'household') return { target: 'household' };
  return { target: 'village_auxiliary' };
}

function finding(values: ResultFormValues, note: string): VideoPatrolFindingInput {
  if (values.becomes === 'incident') {
    const title = blankToUndefined(values.title);
    return { kind: 'incident', classCode: values.classCode ?? '', ...(title ? { title } : {}) };
  }
  if (values.becomes === 'hazard') {
    const deadline = blankToUndefined(values.deadline);
    return { kind: 'hazard', title: blankToUndefined(values.title) ?? note, ...(deadline ? { deadline } : {}) };
  }
  return {
    kind: 'reminder',
    recipient: recipient(values),
    channel: values.channel ?? 'platform',
    // The note is what the desk saw; it is also what the recipient is told unless the desk words it otherwise.
    message: blankToUndefined(values.message) ?? note,
  };
}

/** The request body: a normal result, or a finding with its note and what it becomes. */
export function toResultBody(
  cameraId: string,
  checklist: readonly VideoPatrolChecklistItem[],
  kind: 'normal' | 'finding',
  values: ResultFormValues,
): RecordVideoPatrolResult {
  const answers = checklist.map((item) => ({ itemId: item.id, ok: values.okItems.includes(item.id) }));
  const note = blankToUndefined(values.note);
  if (kind === 'normal') return { cameraId, kind, answers, ...(note ? { note } : {}) };
  return { cameraId, kind, answers, note: note ?? '', finding: finding(values, note ?? '') };
}
