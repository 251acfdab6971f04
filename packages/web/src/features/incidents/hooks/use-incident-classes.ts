import type { IncidentClassTable, SaveIncidentClass } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload } from '../../../api/client';

const KEY = ['incident-classes'];

/** The town's class code table (the defaults until the town saves or imports its own). */
export function useIncidentClasses() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiGet<IncidentClassTable>('/incident-classes', undefined, { signal }),
  });
}

/** Saves one class (new code or changed row); the answer is the whole table. */
export function useSaveIncidentClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string; body: SaveIncidentClass }) =>
      apiSend<IncidentClassTable>('PUT', `/incident-classes/${encodeURIComponent(input.code)}`, input.body),
    onSuccess: (table) => queryClient.setQueryData(KEY, table),
  });
}

/** Imports a filled-in template: every row or none, with every bad row listed. */
export function useImportIncidentClasses() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<{ imported: number }>('/incident-classes/import', file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
