import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will not change on retry; network drops and 5xx might.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      // Writes are never retried blindly: creates retry themselves with the same Idempotency-Key.
      mutations: { retry: false },
    },
  });
}
