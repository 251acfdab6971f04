import type { CreateDispute, CreateParty, DisputeSource, PartyRole } from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';

export interface RegisterPartyValues {
  role?: PartyRole;
  name?: string;
  phone?: string;
  idNumber?: string;
}

export interface RegisterFormValues {
  category?: string;
  jurisdictionId?: string;
  source?: DisputeSource;
  summary?: string;
  occurredOn?: Dayjs | null;
  address?: string;
  peopleInvolved?: number;
  grievanceStartedOn?: Dayjs | null;
  parties?: RegisterPartyValues[];
}

/** Two empty party rows: nearly every dispute has an applicant and a respondent, and typing beats tapping 添加. */
export const INITIAL_REGISTER_VALUES: RegisterFormValues = {
  source: 'screening',
  peopleInvolved: 2,
  parties: [{ role: 'applicant' }, { role: 'respondent' }],
};

/** The create body; party rows left without a name are dropped (the officer may not know the other side yet). */
export function toCreateDispute(values: RegisterFormValues): CreateDispute {
  const parties: CreateParty[] = (values.parties ?? []).flatMap((party) => {
    const name = party.name?.trim();
    if (!name) return [];
    const result: CreateParty = { role: party.role ?? 'applicant', name };
    const phone = party.phone?.trim();
    if (phone) result.phone = phone;
    const idNumber = party.idNumber?.trim();
    if (idNumber) result.idNumber = idNumber;
    return [result];
  });
  const body: CreateDispute = {
    jurisdictionId: values.jurisdictionId ?? '',
    category: values.category ?? '',
    source: values.source ?? 'screening',
    summary: values.summary?.trim() ?? '',
    peopleInvolved: values.peopleInvolved ?? 2,
    complexity: 'general',
  };
  if (values.occurredOn) body.occurredOn = values.occurredOn.format('YYYY-MM-DD');
  const address = values.address?.trim();
  if (address) body.address = address;
  if (values.grievanceStartedOn) body.grievanceStartedOn = values.grievanceStartedOn.format('YYYY-MM-DD');
  if (parties.length > 0) body.parties = parties;
  return body;
}
