import type { RotaSlotView } from '@fengqiao/domain';

/** The turns on duty on a day (the month calendar's cell). */
export function slotsOnDay(slots: readonly RotaSlotView[], date: string): RotaSlotView[] {
  return slots.filter((slot) => slot.days.includes(date));
}

/** A month's turns in order (the month card: the 4 directors). */
export function slotsOfMonth(slots: readonly RotaSlotView[], month: number): RotaSlotView[] {
  return slots.filter((slot) => slot.month === month).sort((a, b) => a.index - b.index);
}

/** The days of a turn the desk may still record: up to today, not yet recorded. Today first when it is one. */
export function checkInDays(slot: RotaSlotView, today: string): string[] {
  const open = slot.days.filter((day) => day <= today && !slot.checkIns.includes(day));
  return open.includes(today) ? [today, ...open.filter((day) => day !== today)] : open.reverse();
}

/** The directors named in a rota, once each, for picking training attendees and a stand-in. */
export function directorsOf(slots: readonly RotaSlotView[]): { personId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const slot of slots) {
    if (slot.directorPersonId && slot.directorName) seen.set(slot.directorPersonId, slot.directorName);
  }
  return [...seen].map(([personId, name]) => ({ personId, name }));
}

/** The other turns a turn may be exchanged with: not begun, not itself. */
export function exchangeCandidates(slots: readonly RotaSlotView[], slot: RotaSlotView, today: string): RotaSlotView[] {
  return slots.filter((other) => other.id !== slot.id && (other.days[0] ?? '') > today);
}
