/** Shapes of the leader routes (issue 5): 分管领导, the leader portfolio, 旬 digests and instructions (批示). */
import type { BlockerKind, BlockerStatus } from './steering-api.types';
import type { ProjectStatus } from './weekly-api.types';

export interface LeaderUser {
  userId: number;
  username: string;
  displayName: string;
}

export interface ProjectLeader extends LeaderUser {
  assignedAt: string;
}

export interface Xun {
  start: string;
  end: string;
  /** e.g. 2024年6月中旬 */
  label: string;
}

export interface PortfolioChanges {
  statusAtXunStart: ProjectStatus | null;
  statusChanged: boolean;
  values: { updateId: number; week: string; acceptedAt: string; label: string; unit: string; actual: number | null }[];
  newBlockers: { id: number; kind: BlockerKind; description: string; status: BlockerStatus; raisedAt: string }[];
  overdueActionItems: { id: number; meetingId: number; title: string; deadline: string; ownerUnitName: string }[];
}

export interface PortfolioItem {
  projectId: number;
  planId: number;
  seq: number;
  name: string;
  /** one of the leader's own projects */
  mine: boolean;
  leadUnits: string[];
  status: ProjectStatus | null;
  progress: number | null;
  expected: number | null;
  notReported: boolean;
  openInstructions: number;
  changes: PortfolioChanges;
}

/** A blocker the lead unit escalated to the leader (提请领导协调). */
export interface EscalatedBlocker {
  id: number;
  projectId: number;
  planId: number;
  projectSeq: number;
  projectName: string;
  kind: BlockerKind;
  description: string;
  neededFrom: string | null;
  status: BlockerStatus;
  raisedBy: string;
  raisedAt: string;
  escalatedAt: string | null;
  instructions: number;
  openInstructions: number;
}

export interface LeaderPortfolio {
  asOf: string;
  xun: Xun;
  escalatedBlockers: EscalatedBlocker[];
  items: PortfolioItem[];
  total: number;
}

export interface XunDigest {
  id: number;
  periodStart: string;
  periodEnd: string;
  label: string;
  generatedAt: string;
  content: { asOf: string; items: PortfolioItem[]; escalatedBlockers?: EscalatedBlocker[] };
}

export type InstructionStatus = 'open' | 'answered' | 'closed';

export interface Instruction {
  id: number;
  projectId: number;
  authorId: number;
  author: string;
  authorName: string;
  targetKind: 'weekly_update' | 'blocker' | null;
  targetId: number | null;
  text: string;
  status: InstructionStatus;
  answer: string | null;
  evidence: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  createdAt: string;
  version: number;
}

/** An instruction in someone's inbox (GET /me/instructions), with its project. */
export interface MyInstruction extends Instruction {
  project: { id: number; planId: number; seq: number; name: string };
}

export interface NewInstruction {
  text: string;
  updateId?: number;
  blockerId?: number;
}
