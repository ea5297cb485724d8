import { describe, expect, it } from 'vitest';
import type { Actor } from './policy-actor';
import { canReadSupervisionNotice, supervisionNoticeListScope, supervisionNoticePermissions } from './supervision-notice.policy';

const actor = (role: Actor['role'], unitId: number | null = null): Actor => ({ id: 1, username: 'u', displayName: 'u', role, unitId, ip: null });
const none = { canSign: false, canRespond: false, canUploadEvidence: false, canReview: false };

describe('督办单 policy', () => {
  it('lets the 督查室 and leaders read all, the addressed unit its own, and no other unit', () => {
    const n = { unit_id: 7 };
    expect(
      [actor('admin'), actor('supervisor'), actor('leader'), actor('unit_staff', 7), actor('unit_manager', 7)].every((a) => canReadSupervisionNotice(a, n)),
    ).toBe(true);
    expect(canReadSupervisionNotice(actor('unit_staff', 8), n)).toBe(false);
    expect(supervisionNoticeListScope(actor('leader'))).toEqual({ all: true });
    expect(supervisionNoticeListScope(actor('unit_staff', 8))).toEqual({ unitId: 8 });
  });

  it('gives each step to its role in its state only', () => {
    const unit = actor('unit_staff', 7);
    const office = actor('supervisor');
    expect(supervisionNoticePermissions(unit, { unit_id: 7, status: 'issued' })).toEqual({ ...none, canSign: true });
    expect(supervisionNoticePermissions(unit, { unit_id: 7, status: 'signed' })).toEqual({ ...none, canRespond: true, canUploadEvidence: true });
    expect(supervisionNoticePermissions(unit, { unit_id: 7, status: 'returned' })).toEqual({ ...none, canRespond: true, canUploadEvidence: true });
    expect(supervisionNoticePermissions(unit, { unit_id: 7, status: 'responded' })).toEqual(none);
    expect(supervisionNoticePermissions(actor('unit_staff', 8), { unit_id: 7, status: 'issued' })).toEqual(none);
    expect(supervisionNoticePermissions(office, { unit_id: 7, status: 'responded' })).toEqual({ ...none, canReview: true });
    expect(supervisionNoticePermissions(office, { unit_id: 7, status: 'closed' })).toEqual(none);
    expect(supervisionNoticePermissions(actor('leader'), { unit_id: 7, status: 'responded' })).toEqual(none);
  });
});
