import type { Page, RoleGrantInput, User } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

const USERS_KEY = ['users'] as const;

export function useUsers(q: string) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, q],
    queryFn: ({ pageParam, signal }) => apiGet<Page<User>>('/users', { q, cursor: pageParam, limit: 50 }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export type UserCommand =
  | { kind: 'create'; body: { username: string; displayName: string; password: string; personId?: string } }
  | { kind: 'update'; id: string; body: { displayName?: string; status?: 'active' | 'disabled' } }
  | { kind: 'reset_password'; id: string; newPassword: string }
  | { kind: 'set_roles'; id: string; roles: RoleGrantInput[] }
  | { kind: 'unlock'; id: string };

function send(command: UserCommand): Promise<User | undefined> {
  switch (command.kind) {
    case 'create':
      return apiSend<User>('POST', '/users', command.body, { idempotent: true });
    case 'update':
      return apiSend<User>('PATCH', `/users/${encodeURIComponent(command.id)}`, command.body);
    case 'reset_password':
      return apiSend<undefined>('POST', `/users/${encodeURIComponent(command.id)}/password-reset`, {
        newPassword: command.newPassword,
      });
    case 'set_roles':
      return apiSend<User>('PUT', `/users/${encodeURIComponent(command.id)}/roles`, { roles: command.roles });
    case 'unlock':
      return apiSend<User>('POST', `/users/${encodeURIComponent(command.id)}/unlock`);
  }
}

export function useUserCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
