import type { Duty, JurisdictionLevel } from '@fengqiao/domain';

/** Which duties make sense at which level, so the assignment form offers only sensible choices. */
export const DUTIES_BY_LEVEL: Record<JurisdictionLevel, readonly Duty[]> = {
  county: [],
  town: ['governance_staff', 'department_staff'],
  district: ['district_officer', 'post_head'],
  village: ['village_auxiliary', 'security_director'],
  community: ['village_auxiliary', 'security_director'],
  group: [],
};
