import type { InstructionStatus } from '../../../contract/leaders.contract';

/** 批示 states as the leader and the unit read them. */
export const INSTRUCTION_STATUS_LABELS: Record<InstructionStatus, string> = {
  open: '待答复',
  answered: '已答复',
  closed: '已办结',
};

export const INSTRUCTION_STATUS_COLORS: Record<InstructionStatus, string> = {
  open: 'error',
  answered: 'processing',
  closed: 'success',
};
