import { z } from 'zod';
import type { JurisdictionLevel } from './jurisdiction.schema';

export const ORGANIZATION_KINDS = [
  'police_station',
  'police_post',
  'governance_office',
  'department',
  'mediation_committee',
  'partner_station',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, { zh: string; en: string }> = {
  police_station: { zh: '派出所', en: 'Police station' },
  police_post: { zh: '警务室', en: 'Police post' },
  governance_office: { zh: '综治办', en: 'Governance office' },
  department: { zh: '镇直部门', en: 'Town department' },
  mediation_committee: { zh: '调解委员会', en: 'Mediation committee' },
  partner_station: { zh: '邻所', en: 'Partner station' },
};

export const organizationSchema = z.object({
  id: z.string(),
  townId: z.string(),
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  name: z.string(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  actions: z.array(z.string()),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListQuerySchema = z.object({ kind: z.enum(ORGANIZATION_KINDS).optional() });

export const DUTIES = [
  'district_officer',
  'village_auxiliary',
  'post_head',
  'security_director',
  'governance_staff',
  'department_staff',
] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Record<Duty, { zh: string; en: string }> = {
  district_officer: { zh: '片区包保民警', en: 'District officer' },
  village_auxiliary: { zh: '驻村辅警', en: 'Village auxiliary officer' },
  post_head: { zh: '警务室负责人', en: 'Post head' },
  security_director: { zh: '治保主任', en: 'Security director' },
  governance_staff: { zh: '综治办工作人员', en: 'Governance office staff' },
  department_staff: { zh: '部门工作人员', en: 'Department staff' },
};

/** Where each duty is held (domain.md §1, §8): district officers and post heads on a district, auxiliaries on a village. */
export const DUTY_LEVELS: Record<Duty, readonly JurisdictionLevel[]> = {
  district_officer: ['town', 'district'],
  village_auxiliary: ['village', 'community'],
  post_head: ['district'],
  security_director: ['village', 'community'],
  governance_staff: ['town'],
  department_staff: ['town'],
};

export const assignmentSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  duty: z.enum(DUTIES),
  since: z.string().nullable(),
  actions: z.array(z.string()),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const createAssignmentSchema = z.object({
  personId: z.string().min(1).max(64),
  jurisdictionId: z.string().min(1).max(64),
  duty: z.enum(DUTIES),
  since: z.iso.date().optional(),
});
export type CreateAssignment = z.infer<typeof createAssignmentSchema>;

export const assignmentListQuerySchema = z.object({
  jurisdictionId: z.string().max(64).optional(),
  duty: z.enum(DUTIES).optional(),
});
