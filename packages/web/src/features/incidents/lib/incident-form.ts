import type {
  CreateIncident,
  CreateIncidentParty,
  IncidentClass,
  IncidentPartyRole,
  IncidentSource,
} from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';
import { toShanghaiIso } from '../../../ui/format-time';

export interface IncidentPartyValues {
  role?: IncidentPartyRole;
  name?: string;
  idNumber?: string;
  phone?: string;
}

export interface IncidentFormValues {
  source?: IncidentSource;
  classCode?: string;
  jurisdictionId?: string;
  address?: string;
  summary?: string;
  receivedAt?: Dayjs | null;
  dispute?: boolean;
  parties?: IncidentPartyValues[];
}

/** A call usually names its caller first; the desk types the name rather than tapping 添加. */
export const INITIAL_INCIDENT_VALUES: IncidentFormValues = {
  source: 'dispatch_110',
  dispute: false,
  parties: [{ role: 'caller' }],
};

/** The class's own 纠纷警情 flag, which the form starts from when a class is picked. */
export function classDisputeFlag(classes: readonly IncidentClass[], code: string | undefined): boolean {
  return classes.find((row) => row.code === code)?.dispute ?? false;
}

/** Active classes only: a retired code cannot be used for a new incident. */
export function classOptions(classes: readonly IncidentClass[]): Array<{ value: string; label: string }> {
  return classes.filter((row) => row.active).map((row) => ({ value: row.code, label: `${row.code} ${row.name}` }));
}

/** A party row as the API takes it, blanks left out; null for a row without a name. */
export function toCreateIncidentParty(party: IncidentPartyValues): CreateIncidentParty | null {
  const name = party.name?.trim();
  if (!name) return null;
  const result: CreateIncidentParty = { role: party.role ?? 'party', name };
  const phone = party.phone?.trim();
  if (phone) result.phone = phone;
  const idNumber = party.idNumber?.trim();
  if (idNumber) result.idNumber = idNumber;
  return result;
}

/**
 * The create body. Party rows without a name are dropped; the received time is sent only when the desk changed it
 * from the default (now), so the server's clock stamps a call taken as it comes in.
 */
export function toCreateIncident(values: IncidentFormValues, defaultReceivedAt?: Dayjs): CreateIncident {
  const parties = (values.parties ?? []).flatMap((party) => {
    const body = toCreateIncidentParty(party);
    return body ? [body] : [];
  });
  const body: CreateIncident = {
    source: values.source ?? 'dispatch_110',
    classCode: values.classCode ?? '',
    jurisdictionId: values.jurisdictionId ?? '',
    summary: values.summary?.trim() ?? '',
    dispute: values.dispute === true,
  };
  const address = values.address?.trim();
  if (address) body.address = address;
  const received = values.receivedAt;
  if (received && !(defaultReceivedAt && received.isSame(defaultReceivedAt, 'minute'))) {
    body.receivedAt = toShanghaiIso(received);
  }
  if (parties.length > 0) body.parties = parties;
  return body;
}
