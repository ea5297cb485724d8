import { describe, expect, it } from 'vitest';
import { isBeyondHardBound, valueBoundRefusal } from './value-bounds';

describe('hard bounds of a reported value', () => {
  const charger = { label: '新改建充电桩', unit: '座', target: 110, kind: 'quantity' as const };
  it('refuses the absurd value of the example, naming the field, the value and the target', () => {
    expect(valueBoundRefusal({ ...charger, actual: 99_999_999_999_999 })).toBe(
      '“新改建充电桩”的累计完成值 99,999,999,999,999座 超过目标 110座 的 10 倍，不能提交。请核实是否多输了数字；如确实大幅超额完成，请联系督查室调整目标。',
    );
  });
  it('refuses a negative count and a share above 100 %', () => {
    expect(valueBoundRefusal({ ...charger, actual: -5 })).toContain('不能为负数（填写了 -5）');
    expect(valueBoundRefusal({ label: '处置率', unit: '%', target: 95, kind: 'rate', actual: 120 })).toContain('不能超过 100%（填写了 120%）');
    expect(valueBoundRefusal({ label: '录取率', unit: '%', target: 60, actual: 101 })).toContain('比率');
    expect(valueBoundRefusal({ ...charger, actual: Number.NaN })).toContain('不是有效的数字');
  });
  it('lets the plausible range through (the soft flags ask for a reason there)', () => {
    expect(valueBoundRefusal({ ...charger, actual: 1100 })).toBeNull();
    expect(valueBoundRefusal({ ...charger, actual: 0 })).toBeNull();
    expect(valueBoundRefusal({ label: '处置率', unit: '%', target: 95, kind: 'rate', actual: 100 })).toBeNull();
    expect(isBeyondHardBound({ ...charger, actual: 1101 })).toBe(true);
    // a lower-is-better target may start far above its goal; a target of 0 has only the absolute limit
    expect(valueBoundRefusal({ label: '事故起数', unit: '起', target: 5, direction: 'decrease', actual: 80 })).toBeNull();
    expect(valueBoundRefusal({ label: '新增', unit: '个', target: 0, actual: 5000 })).toBeNull();
    expect(valueBoundRefusal({ label: '新增', unit: '个', target: 0, actual: 2e12 })).toContain('不能提交');
  });
});
