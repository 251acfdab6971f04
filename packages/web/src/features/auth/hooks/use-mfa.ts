import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/client';
import { ME_KEY } from '../../../app/auth/use-me';

export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export function useMfaEnrol() {
  return useMutation({
    mutationFn: (password: string) => apiSend<MfaEnrolment>('POST', '/auth/mfa/enrol', { password }),
  });
}

export function useMfaVerify() {
  return useMutation({
    mutationFn: (code: string) => apiSend<{ recoveryCodes: string[] }>('POST', '/auth/mfa/verify', { code }),
  });
}

/** Me is reloaded before leaving the page so the guard no longer sends the user back to set-up. */
export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ME_KEY });
}
