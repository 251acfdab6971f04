import type { CreatePerson, Person, UpdatePerson } from '@fengqiao/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/client';

export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { create: CreatePerson } | { id: string; changes: UpdatePerson }) =>
      'create' in input
        ? apiSend<Person>('POST', '/people', input.create, { idempotent: true })
        : apiSend<Person>('PATCH', `/people/${encodeURIComponent(input.id)}`, input.changes),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['people', 'one', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
}
