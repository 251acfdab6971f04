import {
  formatBeijingDate,
  KEY_PERSON_CATEGORY_LABELS,
  KEY_PERSON_GROUP_LABELS,
  KEY_PERSON_LEVEL_LABELS,
  KEY_PERSON_STATUS_LABELS,
  type KeyPerson,
  registerAsciiName,
  registerFileName,
  VISIT_STATUS_LABELS,
} from '@fengqiao/domain';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';

const HEADER = [
  '姓名',
  '性别',
  '身份证号',
  '联系电话',
  '村（社区）',
  '类别组',
  '类别',
  '管控级别',
  '状态',
  '列管日期',
  '责任民警',
  '责任辅警',
  '最近走访',
  '下次走访期限',
  '走访情况',
] as const;

/** The register of key persons as the list shows them: ID number and phone always masked, dates in Beijing time. */
export async function keyPersonsWorkbook(rows: readonly KeyPerson[], at: Date): Promise<ListWorkbook> {
  const day = (value: string | null) => (value ? formatBeijingDate(value) : '');
  const body = await listWorkbookBody(
    '重点人员',
    HEADER,
    rows.map((row) => [
      row.name,
      row.sex === 'male' ? '男' : row.sex === 'female' ? '女' : '',
      row.idNumberMasked ?? '',
      row.phoneMasked ?? '',
      row.villageName,
      KEY_PERSON_GROUP_LABELS[row.group].zh,
      KEY_PERSON_CATEGORY_LABELS[row.category].zh,
      KEY_PERSON_LEVEL_LABELS[row.level].zh,
      KEY_PERSON_STATUS_LABELS[row.status].zh,
      day(row.since),
      row.responsibleOfficer?.name ?? '',
      row.responsibleAuxiliary?.name ?? '',
      day(row.lastVisitOn),
      day(row.nextVisitDue),
      row.visitStatus ? VISIT_STATUS_LABELS[row.visitStatus].zh : '',
    ]),
  );
  return { body, fileName: registerFileName('重点人员', null, at), asciiName: registerAsciiName('key-persons', at) };
}
