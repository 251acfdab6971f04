import type { CreateVideoPatrolPlan, VideoPatrolPlan, VideoPatrolSchedule, Weekday } from '@fengqiao/domain';

/** The plan dialog's fields. */
export interface PlanFormValues {
  name: string;
  cameraIds: string[];
  checklist: { id?: string | undefined; text?: string | undefined }[];
  scheduleKind: VideoPatrolSchedule['kind'];
  weekdays: Weekday[];
  at: string;
}

export function planFormValues(plan: VideoPatrolPlan | null): PlanFormValues {
  if (plan === null)
    return { name: '', cameraIds: [], checklist: [], scheduleKind: 'daily', weekdays: [], at: '09:00' };
  return {
    name: plan.name,
    cameraIds: plan.cameras.map((camera) => camera.id),
    checklist: plan.checklist.map((item) => ({ id: item.id, text: item.text })),
    scheduleKind: plan.schedule.kind,
    weekdays: plan.schedule.kind === 'weekdays' ? (plan.schedule.weekdays as Weekday[]) : [],
    at: plan.schedule.at,
  };
}

/** The request body; blank checklist rows are dropped and kept items keep their ids, so answers still point at them. */
export function toPlanBody(values: PlanFormValues): CreateVideoPatrolPlan {
  const schedule: VideoPatrolSchedule =
    values.scheduleKind === 'weekdays'
      ? { kind: 'weekdays', weekdays: [...values.weekdays].sort((a, b) => a - b), at: values.at }
      : { kind: 'daily', at: values.at };
  const checklist = values.checklist.flatMap((item) => {
    const text = item.text?.trim();
    if (!text) return [];
    return [item.id ? { id: item.id, text } : { text }];
  });
  return { name: values.name.trim(), cameraIds: values.cameraIds, checklist, schedule };
}

/** `每天 09:00`, `周一、周三 20:30` in the page's language. */
export function scheduleText(
  schedule: VideoPatrolSchedule,
  words: { daily: string; weekday: (day: Weekday) => string; separator: string },
): string {
  if (schedule.kind === 'daily') return `${words.daily} ${schedule.at}`;
  return `${schedule.weekdays.map((day) => words.weekday(day as Weekday)).join(words.separator)} ${schedule.at}`;
}
