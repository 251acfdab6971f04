import type {
  CreateIncident,
  CreateIncidentParty,
  Incident,
  IncidentActionBody,
  IncidentUnmasked,
  PiiField,
} from '@fengqiao/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

/** After any change the record is replaced with the server's answer and the lists are refetched. */
function useStoreIncident() {
  const queryClient = useQueryClient();
  return async (saved: Incident) => {
    queryClient.setQueryData(['incidents', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] });
  };
}

export function useRecordIncident() {
  const store = useStoreIncident();
  return useMutation({
    // Idempotent: a retry after a lost answer returns the same incident instead of a second one.
    mutationFn: (body: CreateIncident) => apiSend<Incident>('POST', '/incidents', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useAddIncidentParty(id: string) {
  const store = useStoreIncident();
  return useMutation({
    mutationFn: (party: CreateIncidentParty) =>
      apiSend<Incident>('POST', `/incidents/${encodeURIComponent(id)}/parties`, party, { idempotent: true }),
    onSuccess: store,
  });
}

/**
 * One or more actions sent in order (a report back from the scene starts the handling first); each step is its own
 * idempotent request, so a retry after a dropped answer does not take a step twice.
 */
export function useIncidentActions(id: string) {
  const store = useStoreIncident();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (steps: IncidentActionBody[]) => {
      let saved: Incident | undefined;
      for (const step of steps) {
        saved = await apiSend<Incident>('POST', `/incidents/${encodeURIComponent(id)}/actions`, step, {
          idempotent: true,
        });
      }
      if (!saved) throw new Error('no incident action to send');
      return saved;
    },
    onSuccess: store,
    // A later step refused after an earlier one went through: show the incident as it now stands.
    onError: () => queryClient.invalidateQueries({ queryKey: ['incidents'] }),
  });
}

async function fetchUnmasked(incidentId: string): Promise<IncidentUnmasked> {
  return apiGet<IncidentUnmasked>(`/incidents/${encodeURIComponent(incidentId)}/unmask`);
}

/** The clear value of one party field; never cached, every look is a new audited request. */
export async function unmaskIncidentParty(
  incidentId: string,
  partyId: string,
  field: PiiField,
): Promise<string | null> {
  const clear = await fetchUnmasked(incidentId);
  return clear.parties.find((party) => party.id === partyId)?.[field] ?? null;
}

/** The incident's address in clear, on the same audited request. */
export async function unmaskIncidentAddress(incidentId: string): Promise<string | null> {
  return (await fetchUnmasked(incidentId)).address;
}
