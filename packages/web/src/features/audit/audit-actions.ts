/** Readable names for the audit actions the server records; an unknown action is shown as its raw code. */
export const AUDIT_ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  'auth.login': { zh: '登录', en: 'Log in' },
  'auth.login_failed': { zh: '登录失败', en: 'Failed login' },
  'auth.logout': { zh: '退出登录', en: 'Log out' },
  'auth.logout_all': { zh: '退出所有设备', en: 'Log out everywhere' },
  'auth.password_change': { zh: '修改密码', en: 'Change password' },
  'auth.mfa_enrol': { zh: '绑定动态验证码', en: 'Set up MFA' },
  'person.create': { zh: '新增人员', en: 'Add person' },
  'person.update': { zh: '修改人员', en: 'Edit person' },
  'person.read_pii': { zh: '查看个人信息', en: 'Read personal data' },
  'person.unmask': { zh: '查看明文', en: 'Unmask' },
  'user.create': { zh: '新建账号', en: 'Create account' },
  'user.update': { zh: '修改账号', en: 'Edit account' },
  'user.password_reset': { zh: '重置密码', en: 'Reset password' },
  'user.set_roles': { zh: '设置角色', en: 'Set roles' },
  'user.unlock': { zh: '解锁账号', en: 'Unlock account' },
  'jurisdiction.create': { zh: '新增辖区', en: 'Add jurisdiction' },
  'jurisdiction.update': { zh: '修改辖区', en: 'Edit jurisdiction' },
  'assignment.create': { zh: '新增包保', en: 'Add assignment' },
  'assignment.delete': { zh: '删除包保', en: 'Remove assignment' },
  'import.people': { zh: '导入人员', en: 'Import people' },
  'import.villages': { zh: '导入村/社区', en: 'Import villages' },
};

export const AUDIT_TARGET_TYPES = ['user', 'person', 'jurisdiction', 'assignment', 'organization', 'import', 'session'];
