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
    zh: '文件不是可读取的 .xlsx 表格',
  },
  IMPORT_ROWS_INVALID: {
    status: 422,
    en: 'Some rows are wrong: nothing was imported',
    zh: '部分行有误，未导入任何数据',
  },
  FILE_TOO_LARGE: { status: 413, en: 'The file is too large', zh: '文件过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, en: 'Unsupported content type', zh: '不支持的内容类型' },
  IDEMPOTENCY_CONFLICT: {
    status: 409,
    en: 'This Idempotency-Key was used for a different request',
    zh: '该幂等键已用于其他请求',
  },
  RATE_LIMITED: { status: 429, en: 'Too many requests, try again later', zh: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, en: 'Something went wrong on the server', zh: '服务器内部错误' },
} as const satisfies Record<string, { status: number; en: string; zh: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; messageZh: string; details?: unknown };
}
