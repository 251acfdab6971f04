import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '../../../api/client';

export type ImportKind = 'villages' | 'people';

/** Uploads a filled-in template; the server imports all rows or none, listing every bad row. */
export function useImport(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<{ imported: number }>(`/imports/${kind}`, file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kind === 'villages' ? ['jurisdictions'] : ['people'] }),
  });
}
