import type { Permission } from '@fengqiao/domain';
import { useCurrentUser } from './current-user-context';
import { hasPermission } from './permissions';

export function usePermission(permission: Permission): boolean {
  return hasPermission(useCurrentUser(), permission);
}
