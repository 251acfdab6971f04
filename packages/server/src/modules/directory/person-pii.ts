import { checkIdNumber, maskAddress, maskIdNumber, maskPhone, nameSearchKeys, normalizeMobile } from '@fengqiao/domain';
import type { PersonsTable } from '../../db/schema';
import type { PiiCipher } from '../../platform/crypto/pii-cipher';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export type PiiColumns = Pick<
  PersonsTable,
  | 'id_number_enc'
  | 'id_number_bidx'
  | 'id_number_masked'
  | 'phone_enc'
  | 'phone_bidx'
  | 'phone_masked'
  | 'address_enc'
  | 'address_masked'
>;

/** Validates and normalises; throws INVALID_ID_NUMBER or INVALID_MOBILE. Null/empty clears the value. */
export function normalizeIdNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const check = checkIdNumber(value);
  if (!check.ok) throw new AppError('INVALID_ID_NUMBER', { reason: check.reason });
  return check.normalized;
}

export function normalizePhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const mobile = normalizeMobile(value);
  if (mobile) return mobile;
  const compact = value.replace(/\s/g, '');
  if (LANDLINE.test(compact)) return compact;
  throw new AppError('INVALID_MOBILE');
}

const NO_PII: PiiColumns = {
  id_number_enc: null,
  id_number_bidx: null,
  id_number_masked: null,
  phone_enc: null,
  phone_bidx: null,
  phone_masked: null,
  address_enc: null,
  address_masked: null,
};

/** All eight stored columns of a new row: those given, the rest empty. */
export function fillPii(pii: Partial<PiiColumns>): PiiColumns {
  return { ...NO_PII, ...pii };
}

/**
 * The stored form of a person's ID number, phone and address: ciphertext, a blind index for exact
 * lookup (ID and phone), and the masked text every screen shows, so lists never decrypt.
 * Only the fields present in `input` are returned, so a partial update touches only those.
 */
export function piiColumns(
  cipher: PiiCipher,
  input: {
    idNumber?: string | null | undefined;
    phone?: string | null | undefined;
    address?: string | null | undefined;
  },
): Partial<PiiColumns> {
  const out: Partial<PiiColumns> = {};
  if ('idNumber' in input && input.idNumber !== undefined) {
    const id = normalizeIdNumber(input.idNumber);
    out.id_number_enc = id ? cipher.encrypt(id) : null;
    out.id_number_bidx = id ? cipher.blindIndex(id) : null;
    out.id_number_masked = maskIdNumber(id);
  }
  if ('phone' in input && input.phone !== undefined) {
    const phone = normalizePhone(input.phone);
    out.phone_enc = phone ? cipher.encrypt(phone) : null;
    out.phone_bidx = phone ? cipher.blindIndex(phone) : null;
    out.phone_masked = maskPhone(phone);
  }
  if ('address' in input && input.address !== undefined) {
    const address = input.address?.trim() || null;
    out.address_enc = address ? cipher.encrypt(address) : null;
    out.address_masked = maskAddress(address);
  }
  return out;
}

export function nameColumns(name: string): Pick<PersonsTable, 'name' | 'name_pinyin' | 'name_initials'> {
  const keys = nameSearchKeys(name);
  return { name, name_pinyin: keys.pinyin, name_initials: keys.initials };
}

export interface NewPerson {
  townId: string;
  jurisdictionId: string;
  name: string;
  sex?: 'male' | 'female' | null | undefined;
  ethnicity?: string | null | undefined;
  kind: 'staff' | 'resident';
  title?: string | null | undefined;
  organizationId?: string | null | undefined;
  idNumber?: string | null | undefined;
  phone?: string | null | undefined;
  address?: string | null | undefined;
}

/**
 * The stored row for a new person: pinyin search keys, personal data encrypted with its blind
 * index and masked form. Throws INVALID_ID_NUMBER or INVALID_MOBILE. Without a stated sex, the
 * sex the ID number encodes is used. Empty text is stored as null.
 */
export function newPersonRow(cipher: PiiCipher, input: NewPerson): PersonsTable {
  const pii = piiColumns(cipher, {
    idNumber: input.idNumber ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
  });
  const now = nowIso();
  return {
    id: newId(),
    town_id: input.townId,
    jurisdiction_id: input.jurisdictionId,
    ...nameColumns(input.name),
    sex: input.sex ?? sexFromIdNumber(input.idNumber),
    ethnicity: input.ethnicity || null,
    kind: input.kind,
    title: input.title || null,
    organization_id: input.organizationId || null,
    ...fillPii(pii),
    created_at: now,
    updated_at: now,
  };
}

/** The sex a valid ID number encodes (odd 17th digit: male), or null. */
export function sexFromIdNumber(value: string | null | undefined): 'male' | 'female' | null {
  if (!value) return null;
  const check = checkIdNumber(value);
  return check.ok ? check.sex : null;
}
