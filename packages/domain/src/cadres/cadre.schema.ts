/**
 * API contracts of village cadre self-registration (issue #12): the station issues a registration code per village
 * (printed as a QR code), a cadre scans it and registers an account that stays pending, scoped to that village, until
 * a station chief or officer approves it (then a normal `village_cadre` account) or refuses it.
 */
import { z } from 'zod';
import { passwordInputSchema, usernameSchema } from '../accounts/account.schema';

const idSchema = z.string().min(1).max(64);
const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** What a cadre says he is in the village; the account's role is `village_cadre` whatever he picks. */
export const CADRE_POSITIONS = [
  'party_secretary',
  'committee_director',
  'committee_deputy',
  'committee_member',
  'mediation_member',
  'grid_worker',
  'other',
] as const;
export type CadrePosition = (typeof CADRE_POSITIONS)[number];

export const CADRE_POSITION_LABELS: Readonly<Record<CadrePosition, { zh: string; en: string }>> = {
  party_secretary: { zh: '村党支部书记', en: 'Party branch secretary' },
  committee_director: { zh: '村委会主任', en: 'Village committee director' },
  committee_deputy: { zh: '村委会副主任', en: 'Village committee deputy director' },
  committee_member: { zh: '村委委员', en: 'Village committee member' },
  mediation_member: { zh: '人民调解委员会委员', en: 'People’s mediation committee member' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
  other: { zh: '其他', en: 'Other' },
};

export const CADRE_REGISTRATION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type CadreRegistrationStatus = (typeof CADRE_REGISTRATION_STATUSES)[number];

export const CADRE_REGISTRATION_STATUS_LABELS: Readonly<Record<CadreRegistrationStatus, { zh: string; en: string }>> = {
  pending: { zh: '待审批', en: 'Pending' },
  approved: { zh: '已批准', en: 'Approved' },
  refused: { zh: '已拒绝', en: 'Refused' },
};

export const CADRE_CODE_STATES = ['active', 'expired', 'revoked'] as const;
export type CadreCodeState = (typeof CADRE_CODE_STATES)[number];

export const CADRE_CODE_STATE_LABELS: Readonly<Record<CadreCodeState, { zh: string; en: string }>> = {
  active: { zh: '有效', en: 'Valid' },
  expired: { zh: '已过期', en: 'Expired' },
  revoked: { zh: '已作废', en: 'Revoked' },
};

/** A registration code as the link carries it: random base64url text, so anything else is refused before lookup. */
export const cadreCodeTextSchema = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The actions a code may carry: `print` (reprint the A4 sheet) and `revoke`, both while it is valid. */
export const CADRE_CODE_ACTIONS = ['print', 'revoke'] as const;
/** The actions a registration may carry while pending. */
export const CADRE_REGISTRATION_ACTIONS = ['approve', 'refuse'] as const;

export const cadreCodeSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  state: z.enum(CADRE_CODE_STATES),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  /** Registrations made with this code. */
  registrationCount: z.number().int(),
  actions: z.array(z.string()),
});
export type CadreCode = z.infer<typeof cadreCodeSchema>;

export const createCadreCodeSchema = z.object({ villageId: idSchema });
export type CreateCadreCode = z.infer<typeof createCadreCodeSchema>;

export const cadreCodeListQuerySchema = z.object({
  state: z.enum(CADRE_CODE_STATES).optional(),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type CadreCodeListQuery = z.infer<typeof cadreCodeListQuerySchema>;

/** What the public registration page shows before the form: where the code was issued. */
export const cadreRegistrationPlaceSchema = z.object({
  townName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
});
export type CadreRegistrationPlace = z.infer<typeof cadreRegistrationPlaceSchema>;

export const createCadreRegistrationSchema = z.object({
  code: cadreCodeTextSchema,
  villageId: idSchema,
  displayName: z.string().trim().min(2).max(20),
  phone: z.string().trim().min(7).max(20),
  position: z.enum(CADRE_POSITIONS),
  username: usernameSchema,
  password: passwordInputSchema,
});
export type CreateCadreRegistration = z.infer<typeof createCadreRegistrationSchema>;

export const cadreRegistrationReceiptSchema = z.object({
  id: z.string(),
  status: z.enum(CADRE_REGISTRATION_STATUSES),
  villageName: z.string(),
});

export const cadreRegistrationSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  displayName: z.string(),
  /** Always masked: the station calls back from the directory if it must. */
  phoneMasked: z.string().nullable(),
  position: z.enum(CADRE_POSITIONS),
  username: z.string(),
  status: z.enum(CADRE_REGISTRATION_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  refusalReason: z.string().nullable(),
  actions: z.array(z.string()),
});
export type CadreRegistration = z.infer<typeof cadreRegistrationSchema>;

export const cadreRegistrationListQuerySchema = z.object({
  status: z.enum(CADRE_REGISTRATION_STATUSES).optional(),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type CadreRegistrationListQuery = z.infer<typeof cadreRegistrationListQuerySchema>;

export const refuseCadreRegistrationSchema = z.object({ reason: z.string().trim().min(2).max(200) });
