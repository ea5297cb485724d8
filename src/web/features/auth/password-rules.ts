import type { FormRule } from 'antd';
import { isStrongPassword, PASSWORD_RULE_HINT } from './role-labels';

/** Form rules for a new password, matching the server's policy (the server checks again). */
export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入密码' },
  {
    validator: (_, value: string | undefined) => (!value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(PASSWORD_RULE_HINT))),
  },
];
