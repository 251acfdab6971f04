import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/client';
import { ME_KEY } from '../../../app/auth/use-me';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiSend<void>('POST', '/auth/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
