import {
  type AgreementItemCode,
  type DisputeParty,
  type PartyRole,
  type Person,
  PII_FIELDS,
  type PiiField,
  type UpdateParty,
} from '@fengqiao/domain';

/** The party edit form: every Art. 29 particular of one party. */
export interface PartyFormValues {
  role: PartyRole;
  name: string;
  sex?: 'male' | 'female' | null;
  ethnicity?: string;
  age?: number | null;
  idNumber?: string;
  occupation?: string;
  address?: string;
  phone?: string;
  agent?: string;
}

export type PartyField = Exclude<keyof PartyFormValues, 'role'>;

/** The field of the party form that fills a missing Art. 29 party item; null for items no party field fills. */
export const PARTY_ITEM_FIELDS: Partial<Record<AgreementItemCode, PartyField>> = {
  PARTY_NAME: 'name',
  PARTY_SEX: 'sex',
  PARTY_ETHNICITY: 'ethnicity',
  // Age is the one to ask a party for at the table; the ID number below it fills the item too.
  PARTY_AGE_OR_ID_NUMBER: 'age',
  PARTY_OCCUPATION: 'occupation',
  PARTY_ADDRESS: 'address',
  PARTY_PHONE: 'phone',
};

const TEXT_FIELDS = ['ethnicity', 'occupation', 'agent'] as const;

function trimmed(value: string | undefined | null): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * What the form starts with. Personal data arrives masked, so ID number, phone and address start empty (an empty
 * one means "leave as it is"). Sex and ethnicity the party lacks are prefilled from the people directory when the
 * party is linked to a person the caller may read; saving then stores them on the party.
 */
export function initialPartyValues(party: DisputeParty, person?: Pick<Person, 'sex' | 'ethnicity'>): PartyFormValues {
  return {
    role: party.role,
    name: party.name,
    sex: party.sex ?? person?.sex ?? null,
    ethnicity: party.ethnicity ?? person?.ethnicity ?? '',
    age: party.age,
    occupation: party.occupation ?? '',
    agent: party.agent ?? '',
  };
}

/** Masked personal data the directory holds and the party lacks: the fields the directory can fill (unmasked). */
export function fillableFromPerson(party: DisputeParty, person: Pick<Person, PiiField> | undefined): PiiField[] {
  if (!person) return [];
  return PII_FIELDS.filter((field) => party[field] === null && person[field] !== null);
}

/**
 * The PATCH body: only what changed. A text emptied is sent as null (clears it); an empty personal-data field is
 * left out, since the form never held its clear value.
 */
export function toUpdateParty(values: PartyFormValues, party: DisputeParty): UpdateParty {
  const patch: UpdateParty = {};
  if (values.role !== party.role) patch.role = values.role;
  const name = values.name.trim();
  if (name !== party.name) patch.name = name;
  if ((values.sex ?? null) !== party.sex) patch.sex = values.sex ?? null;
  const age = values.age ?? null;
  if (age !== party.age) patch.age = age;
  for (const key of TEXT_FIELDS) {
    const text = trimmed(values[key]) ?? null;
    if (text !== party[key]) patch[key] = text;
  }
  for (const key of PII_FIELDS) {
    const text = trimmed(values[key]);
    if (text) patch[key] = text;
  }
  return patch;
}
