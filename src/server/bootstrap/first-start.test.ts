import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../test-support/test-app';
import { runFirstStart } from './first-start';

const quiet = { info: () => {}, warn: () => {} };

describeEachDialect(
  'first start without a configured admin password, without the sample',
  (t) => {
    it('writes a random admin password to DATA_DIR/admin-password.txt, readable by the owner only', async () => {
      const file = path.join(t().config.dataDir, 'admin-password.txt');
      const password = fs.readFileSync(file, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(12);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const res = await t().as(null, 'POST', '/api/v1/auth/login', { username: 'admin', password });
      expect(res.statusCode).toBe(200);
    });

    it('imports no sample when MINSHENG_SAMPLE=0', async () => {
      const plans = await t().ctx.db.selectFrom('plan').select('id').execute();
      expect(plans).toEqual([]);
    });

    it('does nothing on the next start', async () => {
      const file = path.join(t().config.dataDir, 'admin-password.txt');
      const before = fs.readFileSync(file, 'utf8');
      const again = await runFirstStart(t().ctx, t().config, quiet);
      expect(again).toEqual({ isFirstStart: false });
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
      const admins = await t().ctx.db.selectFrom('user').select('id').execute();
      expect(admins).toHaveLength(1);
    });
  },
  { MINSHENG_ADMIN_PASSWORD: '', MINSHENG_SAMPLE: '0' },
);

describeEachDialect('first start refuses a weak configured admin password', (t) => {
  it('has the sample but rejects a second start with a weak password only when users are missing', async () => {
    const projects = await t().ctx.db.selectFrom('project').select('id').execute();
    expect(projects).toHaveLength(27);
    await t().ctx.db.deleteFrom('session').execute();
    await t().ctx.db.deleteFrom('user').execute();
    await expect(runFirstStart(t().ctx, { ...t().config, adminPassword: 'password' }, quiet)).rejects.toThrow('MINSHENG_ADMIN_PASSWORD 不符合密码要求');
  });
});
