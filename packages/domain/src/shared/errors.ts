/**
 * The catalogue of stable error codes. Every 4xx/5xx the API returns names one of these,
 * with an English and a Chinese message, so clients can branch on the code and show the text.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, en: 'The request is not valid', zh: '请求内容不符合要求' },
  INVALID_ID_NUMBER: { status: 400, en: 'The resident ID number is not valid', zh: '身份证号码不正确' },
  INVALID_MOBILE: { status: 400, en: 'The mobile number is not valid', zh: '手机号码不正确' },
  WEAK_PASSWORD: {
    status: 400,
    en: 'The password needs at least 8 characters from 3 of: upper case, lower case, digits, symbols',
    zh: '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的三类',
  },
  PASSWORD_REUSED: {
    status: 400,
    en: 'The new password must differ from the current one',
    zh: '新密码不能与当前密码相同',
  },
  UNAUTHENTICATED: { status: 401, en: 'Please log in', zh: '请先登录' },
  SESSION_EXPIRED: { status: 401, en: 'Your session has expired, please log in again', zh: '登录已超时，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, en: 'Wrong username or password', zh: '用户名或密码错误' },
  MFA_REQUIRED: { status: 401, en: 'Enter the code from your authenticator app', zh: '请输入动态验证码' },
  MFA_INVALID: { status: 401, en: 'The verification code is wrong', zh: '动态验证码不正确' },
  ACCOUNT_LOCKED: {
    status: 423,
    en: 'Too many failed attempts: the account is locked for a while',
    zh: '登录失败次数过多，账号已临时锁定',
  },
  ACCOUNT_DISABLED: { status: 403, en: 'This account is disabled', zh: '该账号已停用' },
  CSRF_INVALID: {
    status: 403,
    en: 'The security token is missing or wrong: reload the page',
    zh: '安全令牌缺失或无效，请刷新页面',
  },
  FORBIDDEN: { status: 403, en: 'You may not do this', zh: '无权执行此操作' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    en: 'Your password has expired: change it to go on',
    zh: '密码已过期，请先修改密码',
  },
  MFA_ENROLMENT_REQUIRED: {
    status: 403,
    en: 'Administrators must set up two-factor authentication first',
    zh: '管理员账号须先绑定动态验证码',
  },
  NOT_FOUND: { status: 404, en: 'Not found', zh: '记录不存在' },
  ROUTE_NOT_FOUND: { status: 404, en: 'No such address', zh: '访问的地址不存在' },
  USERNAME_TAKEN: { status: 409, en: 'That username is already taken', zh: '用户名已存在' },
  ROLE_CONFLICT: {
    status: 409,
    en: 'System, security and audit administrator roles cannot be combined with any other role',
    zh: '系统管理员、安全管理员、审计管理员角色不能与其他角色兼任',
  },
  ROLE_SCOPE_INVALID: {
    status: 400,
    en: 'That role cannot be scoped to this jurisdiction',
    zh: '该角色不能设定在此辖区',
  },
  JURISDICTION_UNKNOWN: { status: 400, en: 'Unknown jurisdiction', zh: '辖区不存在' },
  JURISDICTION_CODE_INVALID: {
    status: 400,
    en: 'The division code is not valid for this level',
    zh: '区划代码与层级不符',
  },
  JURISDICTION_CODE_TAKEN: { status: 409, en: 'That division code is already used', zh: '区划代码已被使用' },
  JURISDICTION_PARENT_INVALID: { status: 400, en: 'That parent cannot hold this level', zh: '上级辖区层级不符' },
  ORGANIZATION_UNKNOWN: { status: 400, en: 'Unknown organisation', zh: '单位不存在' },
  PERSON_UNKNOWN: { status: 400, en: 'Unknown person', zh: '人员不存在' },
  ID_NUMBER_TAKEN: { status: 409, en: 'A person with this ID number already exists', zh: '该身份证号码已登记' },
  ASSIGNMENT_EXISTS: { status: 409, en: 'This person already holds that duty there', zh: '该人员已在此辖区担任该职责' },
  ASSIGNMENT_DUTY_INVALID: {
    status: 400,
    en: 'That duty does not apply at this level',
    zh: '该职责不适用于此层级辖区',
  },
  MFA_ALREADY_ENABLED: { status: 409, en: 'Two-factor authentication is already on', zh: '已绑定动态验证码' },
  MFA_NOT_STARTED: { status: 400, en: 'Start the set-up first', zh: '请先开始绑定流程' },
  IMPORT_FILE_INVALID: {
    status: 400,
    en: 'The file is not a readable .xlsx workbook',
    zh: '文件不是可读取的表格（xlsx）',
  },
  IMPORT_ROWS_INVALID: {
    status: 422,
    en: 'Some rows are wrong: nothing was imported',
    zh: '部分行有误，未导入任何数据',
  },
  FILE_TOO_LARGE: { status: 413, en: 'The file is too large', zh: '文件过大' },
  IMPORT_TOO_LARGE: {
    status: 413,
    en: 'The workbook unpacks to more data than an import may hold',
    zh: '表格解压后的数据量超过导入上限',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 422,
    en: 'The sheet has more rows than one import may hold: split it into several files',
    zh: '表格行数超过单次导入上限，请拆分为多个文件',
  },
  UPLOAD_MALFORMED: {
    status: 400,
    en: 'The upload is incomplete or malformed: send it again',
    zh: '上传内容不完整或格式有误，请重新上传',
  },
  ATTACHMENT_FILE_MISSING: {
    status: 410,
    en: 'The attachment’s file is missing from the server: ask the administrator to restore it',
    zh: '附件文件已丢失，请联系管理员恢复',
  },
  REQUEST_TIMEOUT: { status: 408, en: 'The request took too long to arrive', zh: '请求超时' },
  HEADERS_TOO_LARGE: { status: 431, en: 'The request headers are too large', zh: '请求头过大' },
  URL_TOO_LONG: { status: 414, en: 'The address is too long', zh: '访问地址过长' },
  URL_INVALID: { status: 400, en: 'The address is not valid', zh: '访问地址不正确' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, en: 'Unsupported content type', zh: '不支持的内容类型' },
  IDEMPOTENCY_CONFLICT: {
    status: 409,
    en: 'This Idempotency-Key was used for a different request',
    zh: '该幂等键已用于其他请求',
  },
  RATE_LIMITED: { status: 429, en: 'Too many requests, try again later', zh: '请求过于频繁，请稍后再试' },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    en: 'The same request is still being processed: try again in a moment',
    zh: '相同的请求正在处理中，请稍后再试',
  },
  // Disputes and mediation (domain.md §2, §3): refusals by the pure rules in disputes/.
  DISPUTE_CATEGORY_UNKNOWN: { status: 400, en: 'Unknown dispute category', zh: '纠纷类别不存在' },
  TRANSITION_NOT_ALLOWED: {
    status: 409,
    en: 'This action is not possible in the case’s current state',
    zh: '当前状态下不能执行此操作',
  },
  ROLE_NOT_ALLOWED: {
    status: 403,
    en: 'Your role may not take this action here',
    zh: '您的角色不能在此环节执行该操作',
  },
  REASON_REQUIRED: { status: 400, en: 'Give a reason', zh: '请填写理由' },
  DEPARTMENTS_REQUIRED: { status: 400, en: 'Choose at least one department', zh: '请至少选择一个部门' },
  TASKFORCE_DEPARTMENTS_REQUIRED: {
    status: 400,
    en: 'A task force needs several departments',
    zh: '专班须由多个部门组成',
  },
  TASKFORCE_MEMBERS_REQUIRED: {
    status: 400,
    en: 'Name at least one member from each department of the task force',
    zh: '专班的每个部门至少指定一名成员',
  },
  TASKFORCE_MEMBER_DEPARTMENT_INVALID: {
    status: 400,
    en: 'Every member must come from one of the task force’s departments',
    zh: '专班成员须来自所选部门',
  },
  ROUTE_REQUIRED: { status: 400, en: 'Choose where the dispute is diverted to', zh: '请选择分流途径' },
  REMEDIATION_CONSENT_REQUIRED: {
    status: 400,
    en: 'Mediating again needs both parties’ recorded consent',
    zh: '重新调解须记录双方当事人同意',
  },
  OVERDUE_EXPLANATION_REQUIRED: {
    status: 400,
    en: 'This case is overdue: write an explanation to close it',
    zh: '该案件已超期，办结须填写书面说明',
  },
  MEDIATION_TRACK_MIXED: {
    status: 409,
    en: 'People’s, police and administrative mediation cannot be mixed',
    zh: '人民调解、治安调解、行政调解不得混用',
  },
  MEDIATION_PARTY_REFUSED: {
    status: 422,
    en: 'A party has refused mediation, so it cannot take place',
    zh: '当事人明确拒绝调解，不得调解',
  },
  MEDIATION_INVITEE_CONSENT_REQUIRED: {
    status: 400,
    en: 'Relatives, neighbours or experts may join only with the parties’ consent',
    zh: '邀请亲属、邻里或专业人员参与调解须征得当事人同意',
  },
  MEDIATION_PERIOD_EXCEEDED: {
    status: 422,
    en: 'The mediation has run past its time limit: record both parties’ consent to extend it, or end it',
    zh: '调解已超过期限，须记录双方当事人同意延长，或终止调解',
  },
  MEDIATION_EXTENSION_CONSENT_MISSING: {
    status: 422,
    en: 'The extension lacks the recorded consent of every party',
    zh: '延长调解期限未记录全部当事人同意',
  },
  POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE: {
    status: 422,
    en: 'Police mediation is not allowed for hired violence',
    zh: '雇凶伤害的，不适用治安调解',
  },
  POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT: {
    status: 422,
    en: 'Police mediation is not allowed for group fights',
    zh: '结伙斗殴的，不适用治安调解',
  },
  POLICE_MEDIATION_EXCLUDED_PROVOCATION: {
    status: 422,
    en: 'Police mediation is not allowed for provocation (寻衅滋事)',
    zh: '寻衅滋事的，不适用治安调解',
  },
  POLICE_MEDIATION_EXCLUDED_REPEAT_OFFENDER: {
    status: 422,
    en: 'Police mediation is not allowed for repeat offenders',
    zh: '多次违反治安管理的，不适用治安调解',
  },
  POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES: {
    status: 422,
    en: 'Police mediation is not allowed when a party refuses it',
    zh: '当事人不愿意调解的，不适用治安调解',
  },
  POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING: {
    status: 422,
    en: 'Police mediation is not allowed while the parties keep fighting',
    zh: '当事人继续纠缠、斗殴的，不适用治安调解',
  },
  POLICE_MEDIATION_OFFICER_REQUIRED: {
    status: 400,
    en: 'Police mediation must name a responsible police officer',
    zh: '治安调解须有责任民警',
  },
  POLICE_MEDIATION_SESSION_LIMIT: {
    status: 422,
    en: 'Police mediation allows one session and at most one more',
    zh: '治安调解一般调解一次，必要时可增加一次',
  },
  POLICE_REPORT_REQUIRED: {
    status: 422,
    en: 'This dispute may turn into a public-order or criminal case: record the report to the police first',
    zh: '纠纷可能引发治安案件或刑事案件，须先记录向公安机关报告',
  },
  TERMINATION_ROUTES_NOT_EXPLAINED: {
    status: 400,
    en: 'Record that the parties were told about arbitration, administrative and court routes',
    zh: '须记录已告知当事人可通过仲裁、行政、司法等途径解决',
  },
  AGREEMENT_ITEMS_MISSING: {
    status: 422,
    en: 'The written agreement lacks required items',
    zh: '调解协议书缺少必备事项',
  },
  AGREEMENT_SIGNATURES_MISSING: {
    status: 422,
    en: 'The agreement takes effect only when every party, the mediator and the committee seal have signed',
    zh: '调解协议书须各方当事人签名、盖章或按指印，调解员签名并加盖调解委员会印章后方生效',
  },
  TIME_IN_FUTURE: {
    status: 400,
    en: 'A recorded date or time cannot lie in the future',
    zh: '记录的日期或时间不能晚于当前时间',
  },
  TIME_BEFORE_MEDIATION_START: {
    status: 400,
    en: 'A signature, seal, agreement or session cannot be earlier than the start of the mediation',
    zh: '签名、盖章、协议或调解时间不能早于调解开始时间',
  },
  PARTY_IN_EFFECTIVE_AGREEMENT: {
    status: 409,
    en: 'This party is named in an agreement that has taken effect: the signed original cannot change',
    zh: '该当事人已列入生效的调解协议，协议原件内容不得更改',
  },
  INCIDENT_CLASS_UNKNOWN: {
    status: 400,
    en: 'No active incident class has this code in the town’s code table',
    zh: '警情类别代码不在本镇的警情分类代码表中',
  },
  INCIDENT_CLASS_CODE_INVALID: {
    status: 400,
    en: 'An incident class code has six digits and its first two match its category',
    zh: '警情类别代码为六位数字，前两位须与警情大类一致',
  },
  INCIDENT_JURISDICTION_INVALID: {
    status: 400,
    en: 'An incident belongs to a village, community or group of the town',
    zh: '警情须落在本镇的村、社区或村民小组',
  },
  RESPONSIBLE_OFFICER_REQUIRED: {
    status: 400,
    en: 'Name the responsible officer: a police officer of the station',
    zh: '请指定责任民警（须为本所民警）',
  },
  CASE_KIND_REQUIRED: {
    status: 400,
    en: 'Say whether the case is criminal or administrative',
    zh: '请选择刑事或行政案件',
  },
  CASE_NUMBER_REQUIRED: { status: 400, en: 'Type in the case number', zh: '请填写案件编号' },
  DEPARTMENT_REQUIRED: { status: 400, en: 'Choose the town department', zh: '请选择移交的镇直部门' },
  DUPLICATE_OF_REQUIRED: {
    status: 400,
    en: 'Name the original incident of this duplicate: another incident of the town',
    zh: '请指定重复警情对应的原警情（须为本镇的另一起警情）',
  },
  DISPUTE_CATEGORY_REQUIRED: { status: 400, en: 'Choose the dispute category', zh: '请选择纠纷类别' },
  NOTE_REQUIRED: { status: 400, en: 'Write what was done', zh: '请填写处置情况' },
  TIME_BEFORE_PREVIOUS_STEP: {
    status: 400,
    en: 'This time is earlier than the step recorded before it',
    zh: '填写的时间早于上一环节的时间',
  },
  INCIDENT_ALREADY_REFERRED: {
    status: 409,
    en: "This incident has already been referred to people's mediation",
    zh: '该警情已移交人民调解，不能重复移交',
  },
  DUTY_VILLAGE_NOT_FOUND: {
    status: 404,
    en: 'No such village or community within your reach for duty logs',
    zh: '该村（社区）不存在或不在您的勤务辖区内',
  },
  DUTY_VILLAGE_REQUIRED: {
    status: 400,
    en: 'Choose the village or community where the duty took place',
    zh: '请选择勤务所在的村（社区）',
  },
  DUTY_LINK_NOT_FOUND: {
    status: 404,
    en: 'The linked incident or dispute does not exist or is out of your reach',
    zh: '关联的警情或纠纷不存在或不在您的权限范围内',
  },
  ROTA_TOO_FEW_VILLAGES: {
    status: 422,
    en: 'The town has fewer villages than slots in a month: every slot needs a different village',
    zh: '村（社区）数量少于每月轮值班次，无法排班',
  },
  ROTA_MONTH_TOO_SHORT: {
    status: 422,
    en: 'A month has too few working days for its slots: check the holiday calendar',
    zh: '某月工作日不足以安排全部轮值班次，请检查节假日设置',
  },
  ROTA_NOTHING_TO_REGENERATE: {
    status: 409,
    en: 'Every month of this rota has begun: only future months are generated again',
    zh: '该年度轮值表已无未开始的月份，只能重新生成以后的月份',
  },
  ROTA_GENERATED_MEANWHILE: {
    status: 409,
    en: 'This rota was generated by someone else a moment ago: reload it',
    zh: '该轮值表刚被他人生成，请刷新后查看',
  },
  ROTA_SLOT_STARTED: {
    status: 409,
    en: 'That turn has already begun and cannot change',
    zh: '该轮值班次已开始，不能调整',
  },
  ROTA_SWAP_SAME_SLOT: { status: 400, en: 'Choose another turn to exchange with', zh: '请选择另一个班次进行对调' },
  ROTA_SWAP_OTHER_SLOT_REQUIRED: { status: 400, en: 'An exchange needs the other turn', zh: '对调须选择另一个班次' },
  ROTA_SWAP_REPLACEMENT_REQUIRED: {
    status: 400,
    en: 'A replacement needs the person standing in',
    zh: '替班须选择替班人员',
  },
  ROTA_SWAP_MONTH_CLASH: {
    status: 422,
    en: 'The exchange would put a village on duty twice in one month',
    zh: '对调后同一村（社区）在同一月份轮值两次',
  },
  ROTA_SWAP_NOT_PENDING: { status: 409, en: 'This request has already been decided', zh: '该申请已审批' },
  ROTA_CHECKIN_OUTSIDE_SLOT: {
    status: 422,
    en: 'A check-in must fall on one of the turn’s days',
    zh: '签到日期须在该班次的轮值日内',
  },
  ASSESSMENT_WEIGHTS_INVALID: {
    status: 400,
    en: 'The weights of the assessment items must be whole points adding up to 100',
    zh: '各考核项目的分值须为整数，合计须为100分',
  },
  ASSESSMENT_TARGET_INVALID: {
    status: 400,
    en: 'A target is a whole number, and a percentage target lies between 0 and 100',
    zh: '目标值须为整数，比率类目标须在0至100之间',
  },
  ASSESSMENT_SIGNED: {
    status: 409,
    en: 'This month’s assessment has been signed off: it is frozen and cannot be adjusted or signed again',
    zh: '该月考核已签字确认，结果已锁定，不能再调整或重复签字',
  },
  ASSESSMENT_MONTH_NOT_OVER: {
    status: 409,
    en: 'A month can be signed off only after it has ended',
    zh: '考核月份尚未结束，不能签字确认',
  },
  TIME_TOO_FAR_BACK: {
    status: 400,
    en: 'A recorded time cannot lie further back than the configured number of days',
    zh: '记录的时间早于允许补录的天数',
  },
  MEETING_TOO_FAR_AHEAD: {
    status: 400,
    en: 'The meeting lies more than a year ahead: check the year',
    zh: '会商日期超过一年以后，请检查年份',
  },
  MEETING_STATE_INVALID: {
    status: 409,
    en: 'The meeting is not in a state that allows this',
    zh: '会商当前状态不允许此操作',
  },
  MEETING_NOT_STARTED: {
    status: 409,
    en: 'A meeting can be marked as held only once it has begun',
    zh: '会商尚未开始，不能标记为已召开',
  },
  MEETING_TOWN_REQUIRED: {
    status: 400,
    en: 'Choose the town the meeting or task belongs to',
    zh: '请选择会商或任务所属乡镇',
  },
  MEETING_ATTENDEE_INVALID: {
    status: 400,
    en: 'An attendee names an unknown account, person, department or village, or has no name',
    zh: '参会人员的账号、人员、部门或村（社区）不存在，或未填写姓名',
  },
  MEETING_CHAIR_UNKNOWN: { status: 400, en: 'The chair is not a known account', zh: '主持人账号不存在' },
  TASK_OWNER_REQUIRED: {
    status: 400,
    en: 'A task needs one owner: a person or a department',
    zh: '任务须指定一个责任人或责任部门',
  },
  TASK_OWNER_UNKNOWN: {
    status: 400,
    en: 'The owner is not an account or department of this town',
    zh: '责任人或责任部门不属于本镇',
  },
  TASK_DEADLINE_REQUIRED: { status: 400, en: 'A task needs a deadline', zh: '任务须设定办理期限' },
  TASK_DEADLINE_BEFORE_MEETING: {
    status: 400,
    en: 'The deadline cannot fall before the meeting',
    zh: '办理期限不能早于会商日期',
  },
  TASK_DEADLINE_TOO_FAR: {
    status: 400,
    en: 'The deadline lies more than a year ahead: check the year',
    zh: '办理期限超过一年，请检查年份',
  },
  TASK_DEADLINE_PAST: { status: 400, en: 'The deadline cannot lie in the past', zh: '办理期限不能早于今天' },
  TASK_VILLAGE_UNKNOWN: {
    status: 400,
    en: 'The village is not a village or community of this town',
    zh: '所选村（社区）不属于本镇',
  },
  TASK_LINK_UNKNOWN: {
    status: 400,
    en: 'A linked record does not exist or is out of your reach',
    zh: '关联的记录不存在或不在您的权限范围内',
  },
  TASK_NOT_OWNER: {
    status: 403,
    en: 'Only the task’s owner may give feedback or report it done',
    zh: '只有任务责任人（部门）可以反馈或报告办结',
  },
  TASK_NOT_ASSIGNER: {
    status: 403,
    en: 'Only the assigning side may confirm, send back, change or cancel a task',
    zh: '只有交办方可以确认、退回、修改或撤销任务',
  },
  TASK_STATE_INVALID: {
    status: 409,
    en: 'The task is not in a state that allows this',
    zh: '任务当前状态不允许此操作',
  },
  PERIOD_INVALID: {
    status: 400,
    en: 'The period is not valid: name a day, ISO week, month, quarter, year, year to date or a range of days',
    zh: '统计周期不正确，请指定日、周、月、季度、年、年初至今或起止日期',
  },
  PERIOD_REVERSED: { status: 400, en: 'The period ends before it starts', zh: '统计周期的结束日期早于开始日期' },
  PERIOD_IN_FUTURE: { status: 400, en: 'The period has not begun yet', zh: '统计周期尚未开始' },
  REPORT_TOWN_REQUIRED: {
    status: 400,
    en: 'Your reach covers several towns: choose the town of the report',
    zh: '您的权限范围包含多个乡镇，请选择报告所属乡镇',
  },
  REPORT_NO_TOWN: {
    status: 403,
    en: 'Your reach includes no town to report on',
    zh: '您的权限范围内没有可出报告的乡镇',
  },
  ANALYSIS_EXISTS: {
    status: 409,
    en: 'This town already has an analysis of that kind for that period: open it',
    zh: '该镇本期的分析已存在，请直接打开',
  },
  ANALYSIS_SIGNED: {
    status: 409,
    en: 'This analysis has been signed: it is read-only',
    zh: '该分析已签发，不能再修改',
  },
  ANALYSIS_JUDGEMENT_REQUIRED: {
    status: 400,
    en: 'Write the judgement before signing',
    zh: '请先填写研判意见再签发',
  },
  ANALYSIS_NOT_SIGNED: {
    status: 409,
    en: 'Only a signed analysis can be archived, once',
    zh: '只有已签发的分析才能归档',
  },
  ANALYSIS_TOWN_REQUIRED: {
    status: 400,
    en: 'Choose the town the analysis is for',
    zh: '请选择分析所属的镇',
  },
  PATROL_OUTSIDE_SHIFT: {
    status: 409,
    en: 'It is not patrol time: check-ins are taken during the night shift only',
    zh: '当前不在巡逻时段，只能在夜巡班次内签到',
  },
  PATROL_NOT_ON_ROTA: {
    status: 403,
    en: 'You are not in a team on tonight’s rota for this checkpoint',
    zh: '您不在今晚负责此巡逻点的巡逻队中',
  },
  PATROL_TOKEN_FORGED: {
    status: 400,
    en: 'This checkpoint code is not valid',
    zh: '巡逻点二维码无效',
  },
  PATROL_TOKEN_OTHER_CHECKPOINT: {
    status: 400,
    en: 'This code belongs to another checkpoint',
    zh: '该二维码属于其他巡逻点',
  },
  PATROL_TOKEN_REVOKED: {
    status: 410,
    en: 'This checkpoint code has been replaced by a reprinted one',
    zh: '该巡逻点二维码已作废，请扫描新打印的二维码',
  },
  PATROL_CHECKPOINT_INACTIVE: {
    status: 410,
    en: 'This checkpoint is no longer in use',
    zh: '该巡逻点已停用',
  },
  PATROL_CHECKIN_REPLAYED: {
    status: 409,
    en: 'You have already checked in at this checkpoint on this shift',
    zh: '本班次您已在此巡逻点签到',
  },
  PATROL_LEADER_INVALID: {
    status: 400,
    en: 'The team leader must be an officer or auxiliary officer of the town',
    zh: '巡逻队长须为本镇民警或辅警',
  },
  PATROL_AREA_INVALID: {
    status: 400,
    en: 'A team’s area is one district or villages of its town',
    zh: '巡逻区域须为本镇的一个片区或若干村（社区）',
  },
  PATROL_MEMBER_EXISTS: {
    status: 409,
    en: 'This person is already a member of the team',
    zh: '该人员已是本队队员',
  },
  PATROL_MEMBER_ACCOUNT_INVALID: {
    status: 400,
    en: 'The account must belong to the same person',
    zh: '所关联账号须属于该人员本人',
  },
  PATROL_SHIFT_HAS_CHECKINS: {
    status: 409,
    en: 'A shift with check-ins or a log cannot be removed from the rota',
    zh: '已有签到或巡逻日志的班次不能删除',
  },
  PATROL_SHIFT_NOT_STARTED: {
    status: 409,
    en: 'The log is written once the shift has begun',
    zh: '班次开始后才能填写巡逻日志',
  },
  PATROL_LOG_EXISTS: {
    status: 409,
    en: 'This shift’s patrol log has been written already',
    zh: '该班次的巡逻日志已填写',
  },
  PATROL_FINDING_INCOMPLETE: {
    status: 400,
    en: 'A hazard or incident found on patrol needs its village and a description',
    zh: '巡逻发现的隐患或警情须填写所在村（社区）和情况说明',
  },
  PATROL_VILLAGE_NOT_FOUND: {
    status: 404,
    en: 'No such village in the town',
    zh: '本镇没有该村（社区）',
  },
  PATROL_SHIFT_EXISTS: {
    status: 409,
    en: 'This night was just put on the rota by someone else; reload and try again',
    zh: '该日刚被他人排班，请刷新后重试',
  },
  HAZARD_STATE_INVALID: {
    status: 409,
    en: 'The hazard is not in a state that allows this step',
    zh: '该隐患当前状态不允许此操作',
  },
  HAZARD_RECTIFY_PHOTO_REQUIRED: {
    status: 400,
    en: 'Add at least one photo of the rectification before closing it',
    zh: '请至少上传一张整改照片后再提交整改',
  },
  HAZARD_RECTIFY_NOTE_REQUIRED: {
    status: 400,
    en: 'Describe what was done to rectify the hazard',
    zh: '请填写整改情况说明',
  },
  HAZARD_DEADLINE_PAST: { status: 400, en: 'The deadline cannot lie in the past', zh: '整改期限不能早于今天' },
  HAZARD_DEADLINE_TOO_FAR: {
    status: 400,
    en: 'The deadline lies more than a year ahead: check the year',
    zh: '整改期限超过一年，请检查年份',
  },
  HAZARD_VILLAGE_UNKNOWN: {
    status: 400,
    en: 'Choose a village or community of the town',
    zh: '请选择本镇的村或社区',
  },
  HAZARD_DEPARTMENT_UNKNOWN: {
    status: 400,
    en: "Choose one of the town's departments",
    zh: '请选择本镇的职能部门',
  },
  HAZARD_WRONG_SIDE: {
    status: 403,
    en: 'This hazard is verified by the side that reported it',
    zh: '该隐患须由报告方验收',
  },
  HAZARD_NOT_RECTIFIER: {
    status: 403,
    en: 'Only the village or department the hazard is assigned to rectifies it',
    zh: '只有被交办的村或部门可以整改该隐患',
  },
  COVERAGE_TOWN_REQUIRED: {
    status: 400,
    en: 'Choose the town whose coverage to show',
    zh: '请选择要查看的镇',
  },
  STAND_IN_DATES_REVERSED: {
    status: 400,
    en: 'The last day of the leave comes before its first day',
    zh: '请假结束日期早于开始日期',
  },
  STAND_IN_SAME_PERSON: {
    status: 400,
    en: 'The stand-in must be someone other than the person away',
    zh: '代岗人不能是请假人本人',
  },
  STAND_IN_IN_PAST: {
    status: 400,
    en: 'This leave is already over',
    zh: '该请假时段已经结束',
  },
  STAND_IN_TOO_FAR: {
    status: 400,
    en: 'The leave starts more than a year from today: check the year',
    zh: '请假开始日期距今超过一年，请核对年份',
  },
  STAND_IN_TOO_LONG: {
    status: 400,
    en: 'A leave lasts at most a year',
    zh: '请假时长不能超过一年',
  },
  STAND_IN_NOT_ON_DUTY: {
    status: 400,
    en: 'The person away does not hold this duty here',
    zh: '请假人不在该辖区担任此职责',
  },
  STAND_IN_PERSON_UNKNOWN: {
    status: 400,
    en: "The stand-in must be a member of the town's staff in the directory",
    zh: '代岗人须为本镇工作人员',
  },
  STAND_IN_OVERLAPS: {
    status: 409,
    en: 'This person already has a leave for some of these days',
    zh: '该人员在这段时间内已有请假记录',
  },
  STAND_IN_ENDED: {
    status: 409,
    en: 'This leave has already ended',
    zh: '该请假已结束',
  },
  ANTIFRAUD_INSTALLS_ABOVE_BASE: {
    status: 400,
    en: 'The install count is above the village’s base on that day',
    zh: '安装数不能超过该村当日的基数',
  },
  ANTIFRAUD_BASE_MISSING: {
    status: 400,
    en: 'Record the village’s base (households or residents) before its installs',
    zh: '请先登记该村的基数（户数或人数）再登记安装数',
  },
  ANTIFRAUD_BASE_BELOW_INSTALLS: {
    status: 400,
    en: 'The base is below installs already recorded while it stands',
    zh: '基数不能低于其有效期内已登记的安装数',
  },
  ANTIFRAUD_DAY_IN_FUTURE: {
    status: 400,
    en: 'The day is after today',
    zh: '日期不能晚于今天',
  },
  ANTIFRAUD_CHANGED_MEANWHILE: {
    status: 409,
    en: 'Someone recorded or changed the same figures at the same moment; reload and check them',
    zh: '他人刚刚登记或修改了同一数据，请刷新后核对',
  },
  ANTIFRAUD_PLACE_NOT_FOUND: {
    status: 404,
    en: 'No such village or town within your reach',
    zh: '辖区内没有该村（社区）或乡镇',
  },
  FRAUD_RECOVERED_ABOVE_LOST: {
    status: 400,
    en: 'More cannot be recovered than was lost',
    zh: '挽回金额不能超过损失金额',
  },
  KEY_PERSON_REMOVED: {
    status: 409,
    en: 'This person is no longer under control: nothing can be recorded for them',
    zh: '该人员已撤销管控，不能再登记',
  },
  KEY_PERSON_EXISTS: {
    status: 409,
    en: 'This person is already under control',
    zh: '该人员已列为重点人员',
  },
  KEY_PERSON_PERSON_NOT_FOUND: {
    status: 404,
    en: 'No such person in your area',
    zh: '您的辖区内没有该人员',
  },
  KEY_PERSON_NOT_IN_VILLAGE: {
    status: 400,
    en: 'The person must live in a village or community',
    zh: '该人员未登记所属村（社区）',
  },
  KEY_PERSON_STAFF_NOT_FOUND: {
    status: 400,
    en: 'The responsible officer or auxiliary officer is not staff of this town',
    zh: '责任民警或辅警不是本镇工作人员',
  },
  KEY_PERSON_REQUEST_PENDING: {
    status: 409,
    en: 'A request for this person is waiting for approval',
    zh: '该人员已有待审批的申请',
  },
  KEY_PERSON_LEVEL_REQUIRED: {
    status: 400,
    en: 'Choose the new control level',
    zh: '请选择新的管控级别',
  },
  KEY_PERSON_LEVEL_UNCHANGED: {
    status: 400,
    en: 'The new level is the current level',
    zh: '新的管控级别与当前级别相同',
  },
  KEY_PERSON_REQUEST_DECIDED: {
    status: 409,
    en: 'This request has already been decided',
    zh: '该申请已审批',
  },
  KEY_PERSON_SELF_APPROVAL: {
    status: 403,
    en: 'A request is approved by someone other than the one who made it',
    zh: '不能审批本人提出的申请',
  },
  KEY_PERSON_TOWN_REQUIRED: {
    status: 400,
    en: 'Choose the town',
    zh: '请选择乡镇',
  },
  KEY_PERSON_VISIT_BEFORE_CONTROL: {
    status: 400,
    en: 'A visit cannot be dated before the person was placed under control',
    zh: '走访时间早于列管日期',
  },
  CAMERA_NOT_FOUND: { status: 404, en: 'Camera not found', zh: '未找到该视频点位' },
  CAMERA_DEVICE_ID_FORMAT: {
    status: 400,
    en: 'A GB/T 28181 device id is 20 digits',
    zh: '国标编码应为 20 位数字',
  },
  CAMERA_DEVICE_ID_DIVISION: {
    status: 400,
    en: 'The first 8 digits of the device id are not a division code',
    zh: '国标编码前 8 位不是有效的行政区划代码',
  },
  CAMERA_DEVICE_ID_INDUSTRY: {
    status: 400,
    en: 'Digits 9–10 of the device id are not an industry code',
    zh: '国标编码第 9–10 位不是有效的行业编码',
  },
  CAMERA_DEVICE_ID_TYPE: {
    status: 400,
    en: 'Digits 11–13 of the device id must name a camera (131 or 132)',
    zh: '国标编码第 11–13 位应为摄像机类型（131 或 132）',
  },
  CAMERA_DEVICE_ID_NETWORK: {
    status: 400,
    en: 'Digit 14 of the device id is not a network code (0–8)',
    zh: '国标编码第 14 位应为网络标识 0–8',
  },
  CAMERA_DEVICE_ID_SERIAL: {
    status: 400,
    en: 'The device serial (digits 15–20) cannot be 000000',
    zh: '国标编码设备序号（第 15–20 位）不能为 000000',
  },
  CAMERA_DEVICE_ID_OTHER_TOWN: {
    status: 400,
    en: 'The device id belongs to another town: its division code is not this town’s',
    zh: '国标编码的区划代码与所属乡镇不符',
  },
  CAMERA_DEVICE_ID_TAKEN: {
    status: 409,
    en: 'A camera with this device id is already registered',
    zh: '该国标编码已登记',
  },
  CAMERA_VILLAGE_UNKNOWN: {
    status: 400,
    en: 'Choose a village or community within your reach',
    zh: '请选择您管辖范围内的村（社区）',
  },
  CAMERA_OWNER_REQUIRED: {
    status: 400,
    en: 'A household camera needs its owner',
    zh: '看家视频须登记户主',
  },
  CAMERA_OWNER_UNKNOWN: {
    status: 400,
    en: 'The owner is not a person of this town',
    zh: '户主不是本镇人员',
  },
  CAMERA_CONSENT_NOT_NEEDED: {
    status: 400,
    en: 'Public cameras need no consent',
    zh: '公共视频无需授权',
  },
  CONSENT_WINDOW_INVALID: {
    status: 400,
    en: 'A consent cannot end before it starts',
    zh: '授权截止日期不能早于开始日期',
  },
  CAMERA_CONSENT_NOT_FOUND: { status: 404, en: 'Consent not found', zh: '未找到该授权' },
  CAMERA_CONSENT_REVOKED: { status: 409, en: 'This consent was already revoked', zh: '该授权已撤销' },
  CAMERA_GROUP_NOT_FOUND: { status: 404, en: 'Camera group not found', zh: '未找到该视频分组' },
  CAMERA_GROUP_NAME_TAKEN: {
    status: 409,
    en: 'The town already has a camera group of this name',
    zh: '本镇已有同名视频分组',
  },
  CAMERA_TOWN_REQUIRED: { status: 400, en: 'Choose the town', zh: '请选择乡镇' },
  CAMERA_GRANT_NOT_FOUND: { status: 404, en: 'Grant not found', zh: '未找到该授权' },
  CAMERA_GRANT_TAKEN: {
    status: 409,
    en: 'The group already grants this role or account',
    zh: '该分组已授权此角色或账号',
  },
  CAMERA_GRANT_ACCOUNT_UNKNOWN: {
    status: 400,
    en: 'The account does not exist or works in another town',
    zh: '账号不存在或不属于本镇',
  },
  MEDIA_NOT_CONFIGURED: {
    status: 503,
    en: 'The media server is not configured: live video is unavailable',
    zh: '未配置流媒体服务器，无法查看实时视频',
  },
  MEDIA_UNAVAILABLE: {
    status: 503,
    en: 'The media server cannot play this stream right now',
    zh: '流媒体服务器暂时无法播放该视频',
  },
  VENUE_VILLAGE_NOT_FOUND: {
    status: 404,
    en: 'No such village or community within your reach for venues',
    zh: '该村（社区）不存在或不在您的场所管理范围内',
  },
  VENUE_CONTACT_NOT_FOUND: {
    status: 404,
    en: "No such person in the venue's town",
    zh: '联系人不存在或不属于该场所所在乡镇',
  },
  VENUE_CAMERA_NOT_ATTACHABLE: {
    status: 400,
    en: "Only venue cameras of the venue's town not attached to another venue can be added",
    zh: '只能添加本乡镇、尚未归属其他场所的场所类摄像机',
  },
  VENUE_CAMERA_NOT_OF_VENUE: {
    status: 400,
    en: "An agreement can only cover this venue's own cameras",
    zh: '共享协议只能包含本场所的摄像机',
  },
  VENUE_AGREEMENT_ENDS_BEFORE_START: {
    status: 400,
    en: 'The last day of the agreement is before its first day',
    zh: '协议截止日期早于起始日期',
  },
  VENUE_AGREEMENT_REVOKED: {
    status: 409,
    en: 'This agreement has already been revoked',
    zh: '该协议已撤销',
  },
  VIDEO_PATROL_CAMERA_NOT_IN_ROUND: {
    status: 400,
    en: 'That camera is not part of this round',
    zh: '该摄像头不在本次巡查范围内',
  },
  VIDEO_PATROL_CAMERA_UNKNOWN: {
    status: 400,
    en: 'A camera is unknown or belongs to another town',
    zh: '摄像头不存在或不属于本镇',
  },
  VIDEO_PATROL_RESULT_EXISTS: {
    status: 409,
    en: 'This camera already has its result in this round',
    zh: '该摄像头本次巡查已记录结果',
  },
  VIDEO_PATROL_ROUND_CLOSED: { status: 409, en: 'This round is finished', zh: '本次巡查已完成' },
  VIDEO_PATROL_ROUND_INCOMPLETE: {
    status: 409,
    en: 'Record a result for every camera before finishing the round',
    zh: '请先记录每个摄像头的巡查结果',
  },
  VIDEO_PATROL_ANSWER_UNKNOWN: {
    status: 400,
    en: 'An answer names an item that is not on the round’s checklist',
    zh: '检查项不在本次巡查清单中',
  },
  VIDEO_PATROL_PLAN_INACTIVE: { status: 409, en: 'This plan is not in use', zh: '该巡查方案已停用' },
  VIDEO_REMINDER_RECIPIENT_UNAVAILABLE: {
    status: 400,
    en: 'Nobody can receive this reminder: the village has no such recipient',
    zh: '无法提醒：该村没有对应的提醒对象',
  },
  VIDEO_REMINDER_OUTCOME_RECORDED: {
    status: 409,
    en: 'The outcome of this reminder is already recorded',
    zh: '该提醒已反馈结果',
  },
  VIDEO_REMINDER_RETRY_INVALID: {
    status: 409,
    en: 'Only a reminder left without an answer can be sent again, once',
    zh: '仅未应答的提醒可再次提醒，且只能一次',
  },
  INTERNAL: { status: 500, en: 'Something went wrong on the server', zh: '服务器内部错误' },
} as const satisfies Record<string, { status: number; en: string; zh: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; messageZh: string; details?: unknown };
}
