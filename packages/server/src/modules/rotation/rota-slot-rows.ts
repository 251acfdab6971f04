import type { RotaSlot } from '@fengqiao/domain';
import { newId } from '../../platform/ids';
import type { SlotRow } from './rotation.repository';

/**
 * A built rota's slots as rows to insert, for the generator and the demo seed alike: each slot's days with its
 * first and last, and the village's security director when it has one (`directors`: village id → person id).
 */
export function rotaSlotRows(
  rota: { id: string; townId: string; year: number },
  slots: readonly RotaSlot[],
  directors: ReadonlyMap<string, string>,
  createdAt: string,
): SlotRow[] {
  return slots.map((slot) => ({
    id: newId(),
    rota_id: rota.id,
    town_id: rota.townId,
    jurisdiction_id: slot.villageId,
    year: rota.year,
    month: slot.month,
    slot_index: slot.index,
    days: slot.days,
    start_date: slot.days[0] ?? '',
    end_date: slot.days.at(-1) ?? '',
    director_person_id: directors.get(slot.villageId) ?? null,
    created_at: createdAt,
  }));
}
