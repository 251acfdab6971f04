import {
  computeIdCheckChar,
  type JurisdictionLevel,
  PERSON_IMPORT_COLUMNS,
  type PersonImportKey,
  type VillageImportKey,
} from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../src/db/dialect';
import { buildTemplate, cellText, readSheetRows, type SheetRow } from '../src/modules/directory/import-workbook';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { auditedSearch, classifySearch } from '../src/modules/directory/people-search';
import { homeLookup, idNumbersIn, validatePersonRows } from '../src/modules/directory/person-import';
import { districtLookup, parseCount, validateVillageRows } from '../src/modules/directory/village-import';
import { paddedWorkbook } from './support/xlsx-bomb';

function node(
  id: string,
  level: JurisdictionLevel,
  name: string,
  code: string | null,
  parent: JurisdictionRow | null,
): JurisdictionRow {
  return {
    id,
    parent_id: parent?.id ?? null,
    level,
    code,
    name,
    path: `${parent?.path ?? '/'}${id}/`,
    town_id: level === 'town' ? id : (parent?.town_id ?? null),
    population: null,
    households: null,
    note: null,
    sort_order: 0,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

const town = node('t', 'town', '马良镇', '420626104000', null);
const d1 = node('d1', 'district', '片区一', 'P01', town);
const d2 = node('d2', 'district', '片区二', null, town);
const shuangping = node('v1', 'village', '双坪村', '420626104201', d1);
const nanya = node('v2', 'village', '南垭村', '420626104202', d1);
const sp1 = node('g1', 'group', '1组', '420626104201001', shuangping);
const ny1 = node('g2', 'group', '1组', '420626104202001', nanya);
const all = [town, d1, d2, shuangping, nanya, sp1, ny1];
const townScope = { townIds: new Set(['t']), jurisdictionIds: new Set<string>() };
const shuangpingScope = { townIds: new Set<string>(), jurisdictionIds: new Set(['v1', 'g1']) };

function rows<K extends string>(keys: readonly K[], values: readonly (readonly string[])[]): SheetRow<K>[] {
  return values.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(keys.map((k, j) => [k, cells[j] ?? ''])) as Record<K, string>,
  }));
}

const VILLAGE_KEYS: VillageImportKey[] = ['parent', 'level', 'name', 'code', 'population', 'households', 'note'];
const PERSON_KEYS: PersonImportKey[] = [
  'jurisdiction',
  'name',
  'sex',
  'ethnicity',
  'kind',
  'title',
  'idNumber',
  'phone',
  'address',
];
const id = (first17: string) => `${first17}${computeIdCheckChar(first17)}`;

describe('validateVillageRows', () => {
  const context = {
    districts: districtLookup([d1, d2]),
    townCodes: new Map([['t', '420626104000']]),
    takenCodes: new Set(['420626104201']),
  };

  it('turns good rows into drafts under the named district (by name or code)', () => {
    const result = validateVillageRows(
      rows(VILLAGE_KEYS, [
        ['片区一', '村', '新村', '420626104210', '1,200', '300', ''],
        ['P01', '社区', '街道社区', '420626104010', '', '', '备注'],
        [' 片区二 ', '村', '东村', '420626104211', '', '', ''],
      ]),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.drafts.map((d) => [d.row, d.parent.id, d.level, d.code, d.population, d.note])).toEqual([
      [2, 'd1', 'village', '420626104210', 1200, null],
      [3, 'd1', 'community', '420626104010', null, '备注'],
      [4, 'd2', 'village', '420626104211', null, null],
    ]);
  });

  it('reports every problem of every row, by column', () => {
    const result = validateVillageRows(
      rows(VILLAGE_KEYS, [
        ['片区九', '村', '甲村', '420626104220'],
        ['片区一', '乡', '乙村', '420626104221'],
        ['片区一', '村', '', '420626104222'],
        ['片区一', '村', '丙村', '420626104005'],
        ['片区一', '社区', '丁社区', '420626104250'],
        ['片区一', '村', '戊村', '420626105230', '-3'],
        ['片区一', '村', '己村', '420626104201'],
        ['片区一', '村', '庚村', '420626104240'],
        ['片区一', '村', '辛村', '420626104240'],
        ['片区一', '村', '壬村', ''],
      ]),
      context,
    );
    expect(result.drafts.map((d) => d.row)).toEqual([9]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '上级片区'],
      [3, '类型(村/社区)'],
      [4, '名称'],
      [5, '区划代码'],
      [6, '区划代码'],
      [7, '人口'],
      [7, '区划代码'],
      [8, '区划代码'],
      [10, '区划代码'],
      [11, '区划代码'],
    ]);
    const byRow = new Map(result.errors.map((e) => [e.row, e]));
    expect(byRow.get(8)?.reasonZh).toBe('区划代码已被使用');
    expect(byRow.get(10)?.reasonZh).toContain('第 9 行');
    expect(byRow.get(6)?.reasonZh).toContain('社区代码末 3 位为 001–199');
    expect(result.errors.filter((e) => e.row === 7).map((e) => e.reasonZh)).toContain(
      '区划代码与层级不符：区划代码须以上级区划代码开头',
    );
  });

  it('asks for a code when two districts share a name', () => {
    const twin = node('d3', 'district', '片区一', 'P03', town);
    const result = validateVillageRows(rows(VILLAGE_KEYS, [['片区一', '村', '甲村', '420626104220']]), {
      ...context,
      districts: districtLookup([d1, twin]),
    });
    expect(result.errors[0]?.reasonZh).toContain('片区代码');
  });
});

describe('validatePersonRows', () => {
  const taken = id('42062619800101001');
  const fresh = id('42062619900202002');

  it('finds the home by village name, short name, village+group, group code or a group unique in reach', () => {
    const context = { homes: homeLookup(all, townScope), takenIdNumbers: new Set<string>() };
    const result = validatePersonRows(
      rows(PERSON_KEYS, [
        ['双坪村', '甲'],
        ['双坪', '乙'],
        ['双坪村 / 1组', '丙'],
        ['420626104202001', '丁'],
        ['南垭1组', '戊'],
      ]),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.drafts.map((d) => d.home.id)).toEqual(['v1', 'v1', 'g1', 'g2', 'g2']);

    const ambiguous = validatePersonRows(rows(PERSON_KEYS, [['1组', '己']]), context);
    expect(ambiguous.errors[0]).toMatchObject({ row: 2, column: '所属村/社区/组' });
    expect(ambiguous.errors[0]?.reasonZh).toContain('同名');
    const mine = validatePersonRows(rows(PERSON_KEYS, [['1组', '己']]), {
      homes: homeLookup(all, shuangpingScope),
      takenIdNumbers: new Set<string>(),
    });
    expect(mine.drafts[0]?.home.id).toBe('g1');
  });

  it('never offers a home outside the scope or above a village', () => {
    const homes = homeLookup(all, shuangpingScope);
    const result = validatePersonRows(
      rows(PERSON_KEYS, [
        ['南垭村', '甲'],
        ['片区一', '乙'],
        ['马良镇', '丙'],
      ]),
      { homes, takenIdNumbers: new Set<string>() },
    );
    expect(result.drafts).toEqual([]);
    expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4]);
  });

  it('maps the Chinese values and checks ID numbers and phones like the single-record endpoint', () => {
    const result = validatePersonRows(
      rows(PERSON_KEYS, [
        ['双坪村', '张三', '男', '汉族', '工作人员', '主任', fresh.toLowerCase(), '+86 138-0013-8000', '双坪村1组'],
        ['双坪村', '李四', '', '', '', '', fresh],
        ['双坪村', '王五', '', '', '', '', taken],
        ['双坪村', '赵六', '', '', '', '', '42062619900202002X', '02712345'],
        ['双坪村', '钱七', '', '', '', '', '', '0710-5801110'],
        ['双坪村', '孙八'.repeat(21)],
      ]),
      { homes: homeLookup(all, townScope), takenIdNumbers: new Set([taken]) },
    );
    expect(result.drafts.map((d) => [d.row, d.input.name, d.input.sex, d.input.kind])).toEqual([
      [2, '张三', 'male', 'staff'],
      [6, '钱七', undefined, 'resident'],
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.reasonZh])).toEqual([
      [3, '身份证号', '该身份证号码已登记：与第 2 行重复'],
      [4, '身份证号', '该身份证号码已登记'],
      [5, '身份证号', '身份证号码不正确'],
      [5, '手机号', '手机号码不正确'],
      [7, '姓名', '内容过长（最多 40）'],
    ]);
  });

  it('collects the valid ID numbers of a sheet, normalised', () => {
    const sheet = rows(PERSON_KEYS, [
      ['双坪村', '甲', '', '', '', '', fresh.toLowerCase()],
      ['双坪村', '乙', '', '', '', '', '123'],
      ['双坪村', '丙'],
    ]);
    expect(idNumbersIn(sheet)).toEqual([fresh]);
  });
});

describe('search terms', () => {
  it('tells ID numbers, phones and names apart', () => {
    const idNumber = id('42062619800101001');
    expect(classifySearch(` ${idNumber.toLowerCase()} `)).toEqual({ kind: 'id_number', normalized: idNumber });
    expect(classifySearch('+86 138 0013 8000')).toEqual({ kind: 'phone', normalized: '13800138000' });
    expect(classifySearch('0710-5801110')).toEqual({ kind: 'phone', normalized: '0710-5801110' });
    expect(classifySearch('Zhang San')).toEqual({ kind: 'name', text: 'Zhang San', pinyin: 'zhangsan' });
    expect(classifySearch('张三')).toEqual({ kind: 'name', text: '张三', pinyin: '' });
    expect(classifySearch('4206261980')).toMatchObject({ kind: 'name' });
  });

  it('keeps search terms out of the audit log in clear', () => {
    const idNumber = id('42062619800101001');
    expect(auditedSearch(classifySearch(idNumber))).toEqual({ kind: 'id_number', masked: '420626********0018' });
    expect(auditedSearch(classifySearch('13800138000'))).toEqual({ kind: 'phone', masked: '138****8000' });
    expect(auditedSearch(classifySearch('张三丰'))).toEqual({ kind: 'name', masked: '张**' });
  });
});

describe('sheet cells', () => {
  it('reads every kind of cell as trimmed text, keeping all digits', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('  双坪村\u3000')).toBe('双坪村');
    expect(cellText(420626104201)).toBe('420626104201');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
    expect(cellText({ richText: [{ text: '张' }, { text: '三 ' }] })).toBe('张三');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText({ formula: 'A1', result: 12 })).toBe('12');
    expect(cellText({ error: '#N/A' })).toBe('');
  });

  it('parses counts', () => {
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('1,260')).toBe(1260);
    expect(parseCount('12.5')).toBeNaN();
  });
});

describe('isUniqueViolation', () => {
  it('recognises both engines', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
  });
});

describe('readSheetRows limits', () => {
  const limits = { maxRows: 3, maxUncompressedBytes: 50 * 1024 * 1024 };
  const filledTemplate = async (rows: number) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Uint8Array.from(await buildTemplate(PERSON_IMPORT_COLUMNS, { sheetName: '人员', notes: ['说明'] })).buffer,
    );
    for (let i = 0; i < rows; i++) workbook.worksheets[0]?.addRow(['双坪村1组', `村民${i}`]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'read',
      (error: { code?: string }) => error.code,
    );

  it('reads a template workbook, whitespace in its sheet and all', async () => {
    const padded = await paddedWorkbook(await filledTemplate(2), 2);
    const rows = await readSheetRows(padded, PERSON_IMPORT_COLUMNS, limits);
    expect(rows.map((r) => [r.row, r.cells.name])).toEqual([
      [3, '村民0'],
      [4, '村民1'],
    ]);
  });

  it('refuses a workbook that unpacks past the limit quickly, in bounded memory, without blocking', async () => {
    const bomb = await paddedWorkbook(await filledTemplate(1), 160);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    let maxLag = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxLag = Math.max(maxLag, now - last);
      last = now;
    }, 10);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    try {
      expect(await codeOf(readSheetRows(bomb, PERSON_IMPORT_COLUMNS, limits))).toBe('IMPORT_TOO_LARGE');
    } finally {
      clearInterval(ticker);
    }
    // Loading it whole took 31 s and 2.3 GB for a 352 MB sheet; streamed, it stops at the 50 MB limit.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(maxLag).toBeLessThan(1_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  }, 30_000);

  it('stops at the row limit while reading', async () => {
    expect(await codeOf(readSheetRows(await filledTemplate(4), PERSON_IMPORT_COLUMNS, limits))).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
    expect(await readSheetRows(await filledTemplate(3), PERSON_IMPORT_COLUMNS, limits)).toHaveLength(3);
  });
});
