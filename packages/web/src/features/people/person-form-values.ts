import type { CreatePerson, Person, UpdatePerson } from '@fengqiao/domain';

export interface PersonFormValues {
  name: string;
  kind: 'staff' | 'resident';
  sex?: 'male' | 'female';
  ethnicity?: string;
  jurisdictionId?: string;
  title?: string;
  organizationId?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

const PII_KEYS = ['idNumber', 'phone', 'address'] as const;

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

export function toCreatePerson(values: PersonFormValues, jurisdictionId: string): CreatePerson {
  const person: CreatePerson = { jurisdictionId, name: values.name.trim(), kind: values.kind };
  if (values.sex) person.sex = values.sex;
  const optional = { ethnicity: values.ethnicity, title: values.title, ...pick(values) };
  for (const [key, value] of Object.entries(optional) as Array<[keyof typeof optional, string | undefined]>) {
    const text = trimmed(value);
    if (text) person[key] = text;
  }
  if (values.kind === 'staff' && values.organizationId) person.organizationId = values.organizationId;
  return person;
}

function pick(values: PersonFormValues) {
  return { idNumber: values.idNumber, phone: values.phone, address: values.address };
}

/**
 * The fields that changed. Personal data arrives masked, so the form starts those fields empty and an
 * empty field means "leave as it is": sending the masked text back would overwrite the real value.
 */
export function toUpdatePerson(values: PersonFormValues, original: Person): UpdatePerson {
  const changes: UpdatePerson = {};
  if (values.name.trim() !== original.name) changes.name = values.name.trim();
  if (values.kind !== original.kind) changes.kind = values.kind;
  if (values.sex && values.sex !== original.sex) changes.sex = values.sex;
  if (values.jurisdictionId && values.jurisdictionId !== original.jurisdictionId) {
    changes.jurisdictionId = values.jurisdictionId;
  }
  const ethnicity = trimmed(values.ethnicity);
  if (ethnicity && ethnicity !== original.ethnicity) changes.ethnicity = ethnicity;
  const title = trimmed(values.title);
  if (title && title !== original.title) changes.title = title;
  if (values.organizationId && values.organizationId !== original.organizationId) {
    changes.organizationId = values.organizationId;
  }
  for (const key of PII_KEYS) {
    const text = trimmed(values[key]);
    if (text) changes[key] = text;
  }
  return changes;
}

export function initialPersonValues(
  person: Person | undefined,
  jurisdictionId: string | undefined,
): Partial<PersonFormValues> {
  if (!person) return { kind: 'resident', ethnicity: '汉族', ...(jurisdictionId ? { jurisdictionId } : {}) };
  return {
    name: person.name,
    kind: person.kind,
    ...(person.sex ? { sex: person.sex } : {}),
    ...(person.ethnicity ? { ethnicity: person.ethnicity } : {}),
    jurisdictionId: person.jurisdictionId,
    ...(person.title ? { title: person.title } : {}),
    ...(person.organizationId ? { organizationId: person.organizationId } : {}),
  };
}
