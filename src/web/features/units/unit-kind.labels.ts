import type { UnitKind } from '../../../contract/units.contract';

/** Unit kinds as the notice groups them. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: '区直部门',
  town: '镇（街道）',
  enterprise: '国有企业',
  external: '派驻及上级单位',
};

export const UNIT_KIND_COLORS: Record<UnitKind, string> = {
  department: 'blue',
  town: 'green',
  enterprise: 'gold',
  external: 'purple',
};
