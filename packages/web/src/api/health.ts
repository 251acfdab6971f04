import { apiGet } from './client';

export interface Health {
  status: string;
  database: string;
  version: string;
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return apiGet<Health>('/health', undefined, signal ? { base: '/api', signal } : { base: '/api' });
}
