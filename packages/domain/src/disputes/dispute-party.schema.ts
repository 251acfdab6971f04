/**
 * PATCH /disputes/{id}/parties/{partyId}: any of the Art. 29 particulars. An absent key keeps its value; null (or
 * empty text) clears an optional one. Age may be given as a birth date, stored as the age on the day of the edit.
 */
import { z } from 'zod';
import { SEXES } from '../directory/person.schema';
import { PARTY_ROLES } from './dispute-dictionaries';

const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const updatePartySchema = z
  .object({
    role: z.enum(PARTY_ROLES).optional(),
    name: z.string().trim().min(1).max(40).optional(),
    sex: z.enum(SEXES).nullable().optional(),
    ethnicity: text(20),
    age: z.number().int().min(0).max(150).nullable().optional(),
    birthDate: z.iso.date().optional(),
    idNumber: text(18),
    occupation: text(40),
    address: text(200),
    phone: text(20),
    agent: text(100),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'change at least one field',
  })
  .refine((body) => body.age === undefined || body.birthDate === undefined, {
    message: 'give either age or birthDate',
    path: ['birthDate'],
  });
export type UpdateParty = z.infer<typeof updatePartySchema>;
