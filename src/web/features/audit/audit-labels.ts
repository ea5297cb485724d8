/** Chinese names for the audit codes the server writes; unknown codes are shown as they are. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: '用户',
  session: '登录会话',
  plan: '清单',
  project: '项目',
  unit: '单位',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  withdraw: '撤销',
  import: '导入通知',
  login: '登录',
  login_failed: '登录失败',
  lock: '锁定账号',
  logout: '退出',
  change_password: '修改密码',
  reset_password: '重置密码',
  disable: '停用',
  enable: '启用',
};

export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

export function codeOptions(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
