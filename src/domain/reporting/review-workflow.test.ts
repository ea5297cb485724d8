import { describe, expect, it } from 'vitest';
import {
  correctRefusal,
  editRefusal,
  isLocked,
  isRefusal,
  MONTHLY_REPORT,
  REVIEW_STATUSES,
  reviewOutcome,
  reviewRefusal,
  WEEKLY_REPORT,
} from './review-workflow';

describe('review workflow: which statuses lock a report', () => {
  it('locks a submitted or accepted report, not a draft or a returned one', () => {
    expect(REVIEW_STATUSES.filter(isLocked)).toEqual(['submitted', 'accepted']);
  });
});

describe('review workflow of the weekly ledger (周报)', () => {
  it('lets a draft or a returned week be saved and submitted', () => {
    expect(editRefusal(WEEKLY_REPORT, 'draft')).toBeNull();
    expect(editRefusal(WEEKLY_REPORT, 'returned')).toBeNull();
  });

  it('refuses to change a submitted or accepted week, pointing to 更正', () => {
    expect(editRefusal(WEEKLY_REPORT, 'submitted')).toEqual({
      code: 'UPDATE_LOCKED',
      message: '本周周报已提交，等待督查室审核，不能再修改；如需更正，请点击“更正”。',
    });
    expect(editRefusal(WEEKLY_REPORT, 'accepted')).toEqual({
      code: 'UPDATE_LOCKED',
      message: '本周周报已通过审核，不能再直接修改；如需更正，请点击“更正”生成新版本。',
    });
  });

  it('reviews only a submitted week', () => {
    expect(reviewRefusal(WEEKLY_REPORT, 'submitted')).toBeNull();
    expect(reviewRefusal(WEEKLY_REPORT, 'accepted')).toEqual({ code: 'NOT_SUBMITTED', message: '该周报已通过审核。' });
    for (const status of ['draft', 'returned'] as const) {
      expect(reviewRefusal(WEEKLY_REPORT, status)).toEqual({ code: 'NOT_SUBMITTED', message: '该周报尚未提交或已退回，不能审核。' });
    }
  });

  it('corrects only a submitted or accepted week; a draft or returned one is edited directly', () => {
    expect(correctRefusal(WEEKLY_REPORT, 'submitted')).toBeNull();
    expect(correctRefusal(WEEKLY_REPORT, 'accepted')).toBeNull();
    for (const status of ['draft', 'returned'] as const) {
      expect(correctRefusal(WEEKLY_REPORT, status)).toEqual({
        code: 'BAD_REQUEST',
        message: '只有已提交或已通过的周报需要更正；草稿和退回的周报可直接修改。',
      });
    }
  });
});

describe('review workflow of the monthly report (月报)', () => {
  it('lets a draft or a returned month be saved and submitted', () => {
    expect(editRefusal(MONTHLY_REPORT, 'draft')).toBeNull();
    expect(editRefusal(MONTHLY_REPORT, 'returned')).toBeNull();
  });

  it('refuses to change a submitted or accepted month, with no 更正 to point to', () => {
    expect(editRefusal(MONTHLY_REPORT, 'submitted')).toEqual({ code: 'REPORT_LOCKED', message: '本月月报已提交，等待督查室审核，不能再修改。' });
    expect(editRefusal(MONTHLY_REPORT, 'accepted')).toEqual({ code: 'REPORT_LOCKED', message: '本月月报已通过审核，不能再修改。' });
  });

  it('reviews only a submitted month', () => {
    expect(reviewRefusal(MONTHLY_REPORT, 'submitted')).toBeNull();
    expect(reviewRefusal(MONTHLY_REPORT, 'accepted')).toEqual({ code: 'NOT_SUBMITTED', message: '该月报已通过审核。' });
    expect(reviewRefusal(MONTHLY_REPORT, 'returned')).toEqual({ code: 'NOT_SUBMITTED', message: '该月报尚未提交或已退回，不能审核。' });
    expect(reviewRefusal(MONTHLY_REPORT, 'draft')?.code).toBe('NOT_SUBMITTED');
  });

  it('never corrects a month, whatever its status', () => {
    for (const status of REVIEW_STATUSES) {
      expect(correctRefusal(MONTHLY_REPORT, status)).toEqual({
        code: 'BAD_REQUEST',
        message: '只有已提交或已通过的月报需要更正；草稿和退回的月报可直接修改。',
      });
    }
  });
});

describe('review workflow: the outcome of a review', () => {
  it('accepts with or without a comment, trimmed, empty as null', () => {
    expect(reviewOutcome({ accept: true, comment: '  同意  ' })).toEqual({ status: 'accepted', comment: '同意' });
    expect(reviewOutcome({ accept: true, comment: '   ' })).toEqual({ status: 'accepted', comment: null });
    expect(reviewOutcome({ accept: true, comment: undefined })).toEqual({ status: 'accepted', comment: null });
  });

  it('returns only with a comment that tells the unit what to change', () => {
    expect(reviewOutcome({ accept: false, comment: '请补充照片' })).toEqual({ status: 'returned', comment: '请补充照片' });
    for (const comment of [null, undefined, '', '  ']) {
      const refused = reviewOutcome({ accept: false, comment });
      expect(isRefusal(refused)).toBe(true);
      expect(refused).toEqual({ code: 'BAD_REQUEST', message: '退回时请填写意见，告诉填报单位需要修改什么。', details: { field: 'comment' } });
    }
  });

  it('tells a refusal from an outcome', () => {
    expect(isRefusal(reviewOutcome({ accept: true, comment: null }))).toBe(false);
    expect(isRefusal(editRefusal(WEEKLY_REPORT, 'submitted'))).toBe(true);
    expect(isRefusal(null)).toBe(false);
  });
});
