import { z } from 'zod';
import { versionSchema } from './common.contract';

/** 候选项目 and the deputies' 差额票决 (choose at most N of M; the rules: src/domain/vote/vote-tally.ts). */

const yearSchema = z.number().int().min(2000).max(2100);

export const candidateSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  content: z.string(),
  leadUnit: z.string().nullable(),
  investment: z.number().nullable(),
  expectedEffect: z.string(),
  proposalId: z.number().int().nullable(),
  /** on the ballot paper of a session: no longer editable */
  isLocked: z.boolean(),
  version: z.number().int(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidateListSchema = z.object({ items: z.array(candidateSchema) });
export const candidateListQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const candidateFields = {
  name: z.string().trim().min(1, '请填写项目名称').max(200),
  content: z.string().trim().min(1, '请填写项目内容').max(5000),
  leadUnit: z.string().trim().max(200).nullable().optional(),
  investment: z.number().min(0).nullable().optional(),
  expectedEffect: z.string().trim().max(2000).optional(),
};
export const createCandidateBodySchema = z.object({ year: yearSchema, ...candidateFields, proposalId: z.number().int().positive().nullable().optional() });
export type CandidateInput = z.infer<typeof createCandidateBodySchema>;
export const updateCandidateBodySchema = z.object({ ...candidateFields, version: versionSchema });
export type CandidateChange = z.infer<typeof updateCandidateBodySchema>;
export const deleteCandidateQuerySchema = z.object({ version: z.coerce.number().int().positive() });
export const orderCandidatesBodySchema = z.object({ year: yearSchema, ids: z.array(z.number().int().positive()).min(1) });

export const voteSessionStatusSchema = z.enum(['draft', 'open', 'closed', 'published']);
export const VOTE_STATUS_LABELS: Record<z.infer<typeof voteSessionStatusSchema>, string> = {
  draft: '未开始',
  open: '投票中',
  closed: '已结束',
  published: '已公布',
};

export const voteResultRowSchema = z.object({
  candidateId: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  leadUnit: z.string().nullable(),
  votes: z.number().int(),
  rank: z.number().int(),
  elected: z.boolean(),
});
export type VoteResultRow = z.infer<typeof voteResultRowSchema>;

export const voteResultSchema = z.object({
  rows: z.array(voteResultRowSchema),
  /** candidates tied at the cut and the seats among them; null when the cut is clear */
  tie: z.object({ candidateIds: z.array(z.number().int()), seats: z.number().int() }).nullable(),
  resolved: z.boolean(),
  tieBreakNote: z.string().nullable(),
});
export type VoteResult = z.infer<typeof voteResultSchema>;

export const voteSessionSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  chooseCount: z.number().int(),
  candidateCount: z.number().int(),
  status: voteSessionStatusSchema,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  ballotCount: z.number().int(),
  /** enabled deputy accounts */
  deputyCount: z.number().int(),
  planId: z.number().int().nullable(),
  version: z.number().int(),
  /** after close only: nobody sees a running count */
  result: voteResultSchema.nullable(),
});
export type VoteSession = z.infer<typeof voteSessionSchema>;
export const voteSessionListSchema = z.object({ items: z.array(voteSessionSchema) });

export const createVoteSessionBodySchema = z.object({
  year: yearSchema,
  title: z.string().trim().min(1, '请填写票决名称').max(200),
  chooseCount: z.number().int().min(1),
});
export type VoteSessionInput = z.infer<typeof createVoteSessionBodySchema>;
export const voteSessionActionBodySchema = z.object({ version: versionSchema });
export const resolveTieBodySchema = z.object({
  candidateIds: z.array(z.number().int().positive()),
  note: z.string().trim().min(1, '请说明确定方式（如 再次票决结果）').max(500),
  version: versionSchema,
});
export const planDraftResponseSchema = z.object({ planId: z.number().int(), projectCount: z.number().int() });

/** The deputy's ballot paper. */
export const ballotCandidateSchema = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  name: z.string(),
  content: z.string(),
  leadUnit: z.string().nullable(),
  investment: z.number().nullable(),
  expectedEffect: z.string(),
});
export const ballotPaperSchema = z.object({
  sessionId: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  chooseCount: z.number().int(),
  status: voteSessionStatusSchema,
  candidates: z.array(ballotCandidateSchema),
  myBallot: z.object({ submittedAt: z.string(), candidateIds: z.array(z.number().int()) }).nullable(),
});
export type BallotPaper = z.infer<typeof ballotPaperSchema>;
export const myBallotsSchema = z.object({ items: z.array(ballotPaperSchema) });
export const castBallotBodySchema = z.object({ candidateIds: z.array(z.number().int().positive()).max(500) });
export const castBallotResponseSchema = z.object({ submittedAt: z.string(), candidateIds: z.array(z.number().int()) });

/** A published result as the public sees it. */
export const publicVoteResultSchema = voteSessionSchema
  .pick({ id: true, year: true, title: true, chooseCount: true, candidateCount: true, ballotCount: true })
  .extend({
    publishedAt: z.string(),
    tieBreakNote: z.string().nullable(),
    rows: z.array(voteResultRowSchema.omit({ candidateId: true })),
  });
export type PublicVoteResult = z.infer<typeof publicVoteResultSchema>;
