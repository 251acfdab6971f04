import { describe, expect, it } from 'vitest';
import { ERRORS } from '../shared/errors';
import {
  DEFAULT_DISPUTE_CATEGORIES,
  DISPUTE_CATEGORY_CODE_PATTERN,
  DISPUTE_COMPLEXITIES,
  DISPUTE_COMPLEXITY_LABELS,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_SOURCES,
  DISPUTE_TIER_LABELS,
  DISPUTE_TIERS,
  DIVERSION_ROUTE_LABELS,
  DIVERSION_ROUTES,
  disputeCategoryLabel,
  disputeCategoryProblem,
  MEDIATION_TRACK_LABELS,
  MEDIATION_TRACKS,
  PARTICIPANT_KIND_LABELS,
  PARTICIPANT_KINDS,
  RISK_GRADE_LABELS,
  RISK_GRADES,
  SESSION_MODE_LABELS,
  SESSION_MODES,
} from './dispute-dictionaries';

describe('dispute categories', () => {
  it('hold the 17 categories of domain.md §2 in its order, 其他 last', () => {
    expect(DEFAULT_DISPUTE_CATEGORIES.map((category) => category.zh)).toEqual([
      '婚姻家庭',
      '邻里',
      '房屋宅基地',
      '合同',
      '生产经营',
      '损害赔偿',
      '山林土地',
      '征地拆迁',
      '环境污染',
      '劳动争议',
      '消费',
      '医疗',
      '道路交通事故',
      '物业',
      '村务管理',
      '债务借贷',
      '其他',
    ]);
  });

  it('have unique, well-formed codes and both labels', () => {
    const codes = DEFAULT_DISPUTE_CATEGORIES.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const category of DEFAULT_DISPUTE_CATEGORIES) {
      expect(category.code).toMatch(DISPUTE_CATEGORY_CODE_PATTERN);
      expect(category.en).not.toBe('');
    }
    expect(codes).toContain('marriage_family');
    expect(codes).toContain('neighbour');
    expect(codes).toContain('housing_land');
  });

  it('check a code against the configured list', () => {
    expect(disputeCategoryProblem('neighbour')).toBeNull();
    expect(disputeCategoryProblem('tea_garden')).toBe('DISPUTE_CATEGORY_UNKNOWN');
    const local = [...DEFAULT_DISPUTE_CATEGORIES, { code: 'tea_garden', zh: '茶园', en: 'Tea gardens' }];
    expect(disputeCategoryProblem('tea_garden', local)).toBeNull();
    expect(ERRORS.DISPUTE_CATEGORY_UNKNOWN.status).toBe(400);
  });

  it('label a code, falling back to the code for one no longer configured', () => {
    expect(disputeCategoryLabel('forest_land')).toEqual({ zh: '山林土地', en: 'Forests and land' });
    expect(disputeCategoryLabel('retired_code')).toEqual({ zh: 'retired_code', en: 'retired_code' });
  });
});

describe('closed dictionaries', () => {
  it('label every code in both languages', () => {
    const pairs: [readonly string[], Record<string, { zh: string; en: string }>][] = [
      [DISPUTE_SOURCES, DISPUTE_SOURCE_LABELS],
      [DISPUTE_TIERS, DISPUTE_TIER_LABELS],
      [DISPUTE_COMPLEXITIES, DISPUTE_COMPLEXITY_LABELS],
      [DIVERSION_ROUTES, DIVERSION_ROUTE_LABELS],
      [MEDIATION_TRACKS, MEDIATION_TRACK_LABELS],
      [SESSION_MODES, SESSION_MODE_LABELS],
      [RISK_GRADES, RISK_GRADE_LABELS],
      [PARTICIPANT_KINDS, PARTICIPANT_KIND_LABELS],
    ];
    for (const [codes, labels] of pairs) {
      expect(Object.keys(labels)).toEqual([...codes]);
      for (const code of codes) {
        expect(labels[code]!.zh).not.toBe('');
        expect(labels[code]!.en).not.toBe('');
      }
    }
  });

  it('list the values the issue names', () => {
    expect(DISPUTE_SOURCES).toEqual(['screening', 'incident', 'walk_in', 'video_patrol', 'referral', 'application']);
    expect(DISPUTE_TIERS).toEqual(['village', 'town', 'taskforce', 'county']);
    expect(DISPUTE_COMPLEXITIES).toEqual(['simple', 'general', 'complex']);
    expect(DIVERSION_ROUTES).toEqual(['litigation', 'arbitration', 'petition', 'administrative_review']);
    expect(MEDIATION_TRACKS).toEqual(['people', 'police', 'administrative']);
    expect(SESSION_MODES).toEqual(['on_site', 'online', 'phone']);
    expect(RISK_GRADES).toEqual(['red', 'orange', 'yellow', 'green']);
  });
});
