import {
  CHILD_LEVELS,
  divisionCodeParentProblem,
  divisionCodeProblem,
  type ErrorCode,
  type JurisdictionLevel,
} from '@fengqiao/domain';
import type { JurisdictionRow } from './jurisdictions.repository';

export interface JurisdictionProblem {
  code: ErrorCode;
  field: 'parentId' | 'level' | 'code';
  reason?: string;
}

/**
 * The rules for a new jurisdiction, shared by the single-record endpoint and the import: the parent
 * must be known (and manageable: the caller passes null otherwise), may hold this level, and the
 * division code must fit the level and sit inside its ancestor's code.
 */
export function newJurisdictionProblems(
  input: { level: JurisdictionLevel; code: string | null },
  parent: JurisdictionRow | null,
  ancestorCode: string | null,
): JurisdictionProblem[] {
  if (!parent) return [{ code: 'JURISDICTION_UNKNOWN', field: 'parentId' }];
  const problems: JurisdictionProblem[] = [];
  if (!childLevelsOf(parent.level).includes(input.level)) {
    problems.push({ code: 'JURISDICTION_PARENT_INVALID', field: 'level' });
  }
  problems.push(...codeProblems(input.level, input.code, ancestorCode));
  return problems;
}

export function codeProblems(
  level: JurisdictionLevel,
  code: string | null,
  ancestorCode: string | null,
): JurisdictionProblem[] {
  const reason = divisionCodeProblem(level, code) ?? divisionCodeParentProblem(level, code, ancestorCode);
  return reason ? [{ code: 'JURISDICTION_CODE_INVALID', field: 'code', reason }] : [];
}

/** The node whose code a new node's code must extend: the county for a town, the town for a village. */
export function codeAncestorId(level: JurisdictionLevel, parent: JurisdictionRow): string | null {
  if (level === 'village' || level === 'community') return parent.town_id;
  if (level === 'town' || level === 'group') return parent.id;
  return null;
}

export function childLevelsOf(level: string): readonly JurisdictionLevel[] {
  return isLevel(level) ? CHILD_LEVELS[level] : [];
}

export function isLevel(level: string): level is JurisdictionLevel {
  return Object.hasOwn(CHILD_LEVELS, level);
}

/** Empty text means "no code". */
export function cleanCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim();
  return trimmed ? trimmed : null;
}
