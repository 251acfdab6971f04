/**
 * The audit log in words an auditor reads: what was done, to what, and the details by name. Codes stay the stored
 * truth; an action or field not listed here is shown by its code, so a new event is never hidden.
 */
import { type DisplayLanguage, formatBeijingDateTime } from '../shared/beijing-format';

type Label = { zh: string; en: string };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const AUDIT_ACTION_LABELS: Readonly<Record<string, Label>> = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.account_locked': { zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.logout_all': { zh: '退出全部登录', en: 'Signed out everywhere' },
  'auth.password_change': { zh: '修改密码', en: 'Changed password' },
  'auth.mfa_enrol_start': { zh: '开始绑定验证器', en: 'Started authenticator set-up' },
  'auth.mfa_enabled': { zh: '启用双因素认证', en: 'Enabled two-factor sign-in' },
  'auth.recovery_code_used': { zh: '使用恢复码', en: 'Used a recovery code' },
  'user.create': { zh: '新建账号', en: 'Created an account' },
  'user.update': { zh: '修改账号', en: 'Changed an account' },
  'user.set_roles': { zh: '设置角色', en: 'Set roles' },
  'user.password_reset': { zh: '重置密码', en: 'Reset a password' },
  'user.unlock': { zh: '解锁账号', en: 'Unlocked an account' },
  'system.rotate_key': { zh: '更换加密密钥', en: 'Rotated the encryption key' },
  'jurisdiction.create': { zh: '新增辖区', en: 'Added a jurisdiction' },
  'jurisdiction.update': { zh: '修改辖区', en: 'Changed a jurisdiction' },
  'assignment.create': { zh: '指定负责人', en: 'Assigned a person' },
  'assignment.delete': { zh: '取消负责人', en: 'Removed an assignment' },
  'import.villages': { zh: '导入村（社区）', en: 'Imported villages' },
  'import.people': { zh: '导入人员', en: 'Imported people' },
  'person.create': { zh: '新增人员', en: 'Added a person' },
  'person.update': { zh: '修改人员', en: 'Changed a person' },
  'person.read': { zh: '查看人员', en: 'Viewed a person' },
  'person.list': { zh: '查询人员', en: 'Listed people' },
  'person.unmask': { zh: '查看人员完整信息', en: 'Revealed personal data' },
  'dispute.create': { zh: '登记纠纷', en: 'Registered a dispute' },
  'dispute.update': { zh: '修改纠纷', en: 'Changed a dispute' },
  'dispute.read': { zh: '查看纠纷', en: 'Viewed a dispute' },
  'dispute.list': { zh: '查询纠纷', en: 'Listed disputes' },
  'dispute.transition': { zh: '纠纷流转', en: 'Moved a dispute' },
  'dispute.export': { zh: '导出纠纷台账', en: 'Exported disputes' },
  'dispute.unmask': { zh: '查看当事人完整信息', en: 'Revealed party data' },
  'dispute.party.create': { zh: '添加当事人', en: 'Added a party' },
  'dispute.party.update': { zh: '修改当事人', en: 'Changed a party' },
  'dispute.follow_up.create': { zh: '登记回访', en: 'Recorded a follow-up visit' },
  'mediation.create': { zh: '开始调解', en: 'Started mediation' },
  'mediation.session.create': { zh: '登记调解会', en: 'Recorded a session' },
  'mediation.extend': { zh: '延长调解期限', en: 'Extended mediation' },
  'mediation.police_report': { zh: '报告公安机关', en: 'Reported to the police' },
  'mediation.terminate': { zh: '终止调解', en: 'Ended mediation' },
  'agreement.create': { zh: '起草调解协议', en: 'Drafted an agreement' },
  'agreement.update': { zh: '修改调解协议', en: 'Changed an agreement' },
  'agreement.sign': { zh: '协议签名', en: 'Signed an agreement' },
  'agreement.effective': { zh: '协议生效', en: 'Agreement took effect' },
  'agreement.read': { zh: '查看调解协议', en: 'Viewed an agreement' },
  'agreement.list': { zh: '查询调解协议', en: 'Listed agreements' },
  'agreement.print': { zh: '打印调解协议', en: 'Printed an agreement' },
  'agreement.export': { zh: '导出调解协议', en: 'Exported an agreement' },
  'agreement.performance': { zh: '登记履行情况', en: 'Recorded performance' },
  'attachment.create': { zh: '上传附件', en: 'Uploaded an attachment' },
  'attachment.download': { zh: '下载附件', en: 'Downloaded an attachment' },
  'incident.create': { zh: '接警登记', en: 'Recorded an incident' },
  'incident.list': { zh: '查询警情', en: 'Listed incidents' },
  'incident.read': { zh: '查看警情', en: 'Viewed an incident' },
  'incident.unmask': { zh: '查看警情完整信息', en: 'Revealed incident personal data' },
  'incident.party.create': { zh: '添加涉警人员', en: 'Added a person to an incident' },
  'incident.transition': { zh: '警情流转', en: 'Moved an incident' },
  'duty_log.create': { zh: '记录勤务', en: 'Logged a duty' },
  'duty_log.photo.create': { zh: '上传勤务照片', en: 'Uploaded a duty photo' },
  'duty_log.photo.download': { zh: '下载勤务照片', en: 'Downloaded a duty photo' },
  'rotation.calendar.update': { zh: '设置节假日', en: 'Set a holiday or make-up working day' },
  'rotation.calendar.delete': { zh: '删除节假日', en: 'Removed a calendar day' },
  'rotation.generate': { zh: '生成治保主任轮值表', en: 'Generated the security-director rota' },
  'rotation.check_in': { zh: '轮值到岗签到', en: 'Recorded a rota check-in' },
  'rotation.swap.request': { zh: '申请轮值调班', en: 'Asked for a rota swap' },
  'rotation.swap.approve': { zh: '批准轮值调班', en: 'Approved a rota swap' },
  'rotation.swap.refuse': { zh: '不予批准轮值调班', en: 'Refused a rota swap' },
  'rotation.training.create': { zh: '登记业务培训', en: 'Recorded a training' },
  'rotation.training.update': { zh: '修改业务培训', en: 'Edited a training' },
  'rotation.training.delete': { zh: '删除业务培训', en: 'Deleted a training' },
  'rotation.training.material.create': { zh: '上传培训材料', en: 'Uploaded a training material' },
  'rotation.training.material.download': { zh: '下载培训材料', en: 'Downloaded a training material' },
  'assessment.settings': { zh: '设置考核权重与目标', en: 'Set the assessment weights and targets' },
  'assessment.adjust': { zh: '调整考核得分', en: 'Adjusted an assessment score' },
  'assessment.sign': { zh: '考核签字确认', en: 'Signed off an assessment' },
  'assessment.export': { zh: '导出考核结果', en: 'Exported assessments' },
  'incident_class.create': { zh: '新增警情类别', en: 'Added an incident class' },
  'incident_class.update': { zh: '修改警情类别', en: 'Changed an incident class' },
  'incident_class.import': { zh: '导入警情分类代码表', en: 'Imported the incident class table' },
  'meeting.create': { zh: '新建会商', en: 'Created a consultation' },
  'meeting.update': { zh: '修改会商纪要', en: 'Edited a consultation' },
  'meeting.hold': { zh: '会商召开（冻结研判数据）', en: 'Held a consultation (figures frozen)' },
  'meeting.close': { zh: '会商纪要定稿', en: 'Closed a consultation’s minutes' },
  'meeting.cancel': { zh: '取消会商', en: 'Cancelled a consultation' },
  'meeting.print': { zh: '打印会商纪要', en: 'Printed consultation minutes' },
  'meeting.export': { zh: '导出会商纪要', en: 'Exported consultation minutes' },
  'task.create': { zh: '交办任务', en: 'Assigned a task' },
  'task.update': { zh: '修改交办任务', en: 'Changed a task' },
  'task.feedback': { zh: '任务反馈', en: 'Gave task feedback' },
  'task.feedback.photo': { zh: '上传任务反馈照片', en: 'Uploaded a task feedback photo' },
  'task.done': { zh: '报告任务办结', en: 'Reported a task done' },
  'task.confirm': { zh: '确认任务办结', en: 'Confirmed a task' },
  'task.reopen': { zh: '退回任务', en: 'Sent a task back' },
  'task.cancel': { zh: '撤销任务', en: 'Cancelled a task' },
  'task.feedback.photo.download': { zh: '下载任务反馈照片', en: 'Downloaded a task feedback photo' },
  'report.print': { zh: '打印月度工作报告', en: 'Printed a monthly report' },
  'report.export': { zh: '导出月度工作报告', en: 'Exported a monthly report' },
  'analysis.create': { zh: '生成分析草稿', en: 'Drafted an analysis' },
  'analysis.update': { zh: '修改研判意见', en: 'Edited an analysis' },
  'analysis.regenerate': { zh: '重新生成分析数据', en: 'Regenerated an analysis' },
  'analysis.sign': { zh: '签发分析', en: 'Signed an analysis' },
  'analysis.archive': { zh: '归档分析', en: 'Archived an analysis' },
  'analysis.print': { zh: '打印分析', en: 'Printed an analysis' },
  'hazard.report': { zh: '报告安全隐患', en: 'Reported a hazard' },
  'hazard.assign': { zh: '交办隐患整改', en: 'Assigned a hazard' },
  'hazard.rectify': { zh: '提交隐患整改', en: 'Rectified a hazard' },
  'hazard.verify': { zh: '验收隐患销号', en: 'Verified a hazard' },
  'hazard.send_back': { zh: '退回隐患整改', en: 'Sent a hazard back' },
  'hazard.photo': { zh: '上传隐患照片', en: 'Uploaded a hazard photo' },
  'hazard.photo.download': { zh: '下载隐患照片', en: 'Downloaded a hazard photo' },
  'hazard.export': { zh: '导出安全隐患台账', en: 'Exported hazards' },
};

export const AUDIT_TARGET_LABELS: Readonly<Record<string, Label>> = {
  user: { zh: '账号', en: 'Account' },
  person: { zh: '人员', en: 'Person' },
  jurisdiction: { zh: '辖区', en: 'Jurisdiction' },
  assignment: { zh: '负责人', en: 'Assignment' },
  dispute: { zh: '纠纷', en: 'Dispute' },
  mediation: { zh: '调解', en: 'Mediation' },
  agreement: { zh: '调解协议', en: 'Agreement' },
  attachment: { zh: '附件', en: 'Attachment' },
  incident: { zh: '警情', en: 'Incident' },
  organization: { zh: '单位', en: 'Organisation' },
  session: { zh: '登录会话', en: 'Session' },
  import: { zh: '导入', en: 'Import' },
  system: { zh: '系统', en: 'System' },
  duty_log: { zh: '勤务日志', en: 'Duty log' },
  town: { zh: '乡镇', en: 'Town' },
  rota_slot: { zh: '轮值班次', en: 'Rota turn' },
  training: { zh: '业务培训', en: 'Training' },
  assessment: { zh: '月度考核', en: 'Monthly assessment' },
  incident_class: { zh: '警情类别', en: 'Incident class' },
  meeting: { zh: '警治会商', en: 'Consultation' },
  task: { zh: '交办任务', en: 'Task' },
  task_feedback: { zh: '任务反馈', en: 'Task feedback' },
  analysis: { zh: '日分析/周研判', en: 'Analysis' },
  hazard: { zh: '安全隐患', en: 'Hazard' },
};

export const AUDIT_OUTCOME_LABELS: Readonly<Record<string, Label>> = {
  success: { zh: '成功', en: 'Success' },
  failure: { zh: '失败', en: 'Failed' },
  denied: { zh: '拒绝', en: 'Denied' },
};

/** Names of the detail fields events record (audit.ts: ids, counts, field names, masked values). */
export const AUDIT_DETAIL_LABELS: Readonly<Record<string, Label>> = {
  action: { zh: '操作', en: 'Action' },
  count: { zh: '条数', en: 'Count' },
  fields: { zh: '字段', en: 'Fields' },
  field: { zh: '字段', en: 'Field' },
  from: { zh: '原状态', en: 'From' },
  to: { zh: '新状态', en: 'To' },
  toTier: { zh: '层级', en: 'Tier' },
  tier: { zh: '层级', en: 'Tier' },
  state: { zh: '状态', en: 'State' },
  status: { zh: '状态', en: 'Status' },
  number: { zh: '编号', en: 'Number' },
  kind: { zh: '类型', en: 'Kind' },
  reason: { zh: '原因', en: 'Reason' },
  roles: { zh: '角色', en: 'Roles' },
  jurisdictionId: { zh: '辖区', en: 'Jurisdiction' },
  personId: { zh: '人员', en: 'Person' },
  partyId: { zh: '当事人', en: 'Party' },
  mediationId: { zh: '调解', en: 'Mediation' },
  sessionId: { zh: '调解会', en: 'Session' },
  sessions: { zh: '会话数', en: 'Sessions' },
  track: { zh: '调解类型', en: 'Track' },
  mode: { zh: '方式', en: 'Mode' },
  until: { zh: '截止', en: 'Until' },
  lockedUntil: { zh: '锁定至', en: 'Locked until' },
  locked: { zh: '已锁定', en: 'Locked' },
  username: { zh: '用户名', en: 'Username' },
  size: { zh: '大小', en: 'Size' },
  mediaType: { zh: '文件类型', en: 'File type' },
  length: { zh: '长度', en: 'Length' },
  q: { zh: '查询词', en: 'Search' },
  query: { zh: '查询条件', en: 'Query' },
  unmasked: { zh: '完整显示条数', en: 'Values shown in full' },
  performed: { zh: '履行', en: 'Performed' },
  signed: { zh: '已签名', en: 'Signed' },
  parties: { zh: '当事人', en: 'Parties' },
  participants: { zh: '参加人', en: 'Participants' },
  routesExplained: { zh: '已告知途径', en: 'Routes explained' },
  duty: { zh: '职责', en: 'Duty' },
  parentId: { zh: '上级', en: 'Parent' },
  mfa: { zh: '双因素', en: 'Two-factor' },
  activeId: { zh: '当前密钥', en: 'Active key' },
  id: { zh: '编号', en: 'Id' },
  classCode: { zh: '警情类别', en: 'Incident class' },
  refId: { zh: '关联记录', en: 'Linked record' },
  type: { zh: '勤务类型', en: 'Duty type' },
  villageId: { zh: '村（社区）', en: 'Village' },
  occurredAt: { zh: '勤务时间', en: 'Time of duty' },
  links: { zh: '关联记录', en: 'Links' },
  photoId: { zh: '照片', en: 'Photo' },
  date: { zh: '日期', en: 'Date' },
  year: { zh: '年度', en: 'Year' },
  seed: { zh: '随机种子', en: 'Seed' },
  fromMonth: { zh: '起始月份', en: 'From month' },
  slots: { zh: '班次数', en: 'Turns' },
  withdrawnSwaps: { zh: '撤销的调班申请', en: 'Swap requests withdrawn' },
  swapId: { zh: '调班申请', en: 'Swap request' },
  otherSlotId: { zh: '对调班次', en: 'Other turn' },
  heldOn: { zh: '培训日期', en: 'Held on' },
  attendees: { zh: '参训人数', en: 'Attendees' },
  materials: { zh: '材料数', en: 'Materials' },
  materialId: { zh: '培训材料', en: 'Material' },
  month: { zh: '月份', en: 'Month' },
  item: { zh: '考核项目', en: 'Item' },
  points: { zh: '分值', en: 'Points' },
  total: { zh: '总分', en: 'Total' },
  townId: { zh: '镇', en: 'Town' },
  before: { zh: '修改前', en: 'Before' },
  after: { zh: '修改后', en: 'After' },
  codes: { zh: '代码', en: 'Codes' },
  meetingId: { zh: '会商', en: 'Consultation' },
  dueOn: { zh: '办理期限', en: 'Due on' },
  ownerKind: { zh: '责任类型', en: 'Owner kind' },
  ownerId: { zh: '责任人（部门）', en: 'Owner' },
  asOf: { zh: '数据截至', en: 'Figures as of' },
  startsAt: { zh: '会商时间', en: 'Meeting time' },
  feedbackId: { zh: '反馈', en: 'Feedback' },
  note: { zh: '说明', en: 'Note' },
  period: { zh: '期间', en: 'Period' },
};

/** One detail field ready to show: its label and its value as text (lists joined, yes/no for flags). */
export interface AuditDetailField {
  key: string;
  label: Label | null;
  value: string;
}

function valueText(value: unknown, lang: DisplayLanguage): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((item) => valueText(item, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && INSTANT.test(value)) return formatBeijingDateTime(value, lang);
  return String(value);
}

/** Reads a stored detail (JSON text) into named fields; text that is not a JSON object is one field. */
export function auditDetailFields(detail: string | null, lang: DisplayLanguage = 'zh'): AuditDetailField[] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [{ key: 'detail', label: null, value: detail }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ key: 'detail', label: null, value: valueText(parsed, lang) }];
  }
  return Object.entries(parsed).map(([key, value]) => ({
    key,
    label: AUDIT_DETAIL_LABELS[key] ?? null,
    value: valueText(value, lang),
  }));
}
