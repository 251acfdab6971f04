import type { CreateJurisdiction, Jurisdiction } from '@fengqiao/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/client';
import { JURISDICTIONS_KEY } from './use-jurisdictions';

export type JurisdictionChanges = Partial<{
  code: string | null;
  name: string;
  population: number | null;
  households: number | null;
  note: string | null;
}>;

export function useSaveJurisdiction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; changes: JurisdictionChanges } | { create: CreateJurisdiction }) =>
      'create' in input
        ? apiSend<Jurisdiction>('POST', '/jurisdictions', input.create, { idempotent: true })
        : apiSend<Jurisdiction>('PATCH', `/jurisdictions/${encodeURIComponent(input.id)}`, input.changes),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['jurisdiction', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: JURISDICTIONS_KEY });
    },
  });
}
