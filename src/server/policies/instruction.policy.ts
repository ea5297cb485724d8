import type { Actor, ProjectUnitRef } from './policy-actor';
import { isLeader, isOffice, isUserOfUnit, readsAll } from './policy-actor';
import { canInstruct, isLeadUser } from './project.policy';

/** The parts of a 批示 the rules read. */
export interface InstructionRef {
  author_id: number;
  status: 'open' | 'answered' | 'closed';
}

/** A 批示 is written by a leader (分管领导) only. */
export const canCreateInstruction = (actor: Actor) => canInstruct(actor);

/** A project's 批示 are read by the 督查室, the leaders and users of the project's units (lead or co). */
export function canReadInstructionsOf(actor: Actor, units: readonly ProjectUnitRef[]): boolean {
  return readsAll(actor) || units.some((u) => isUserOfUnit(actor, u.id));
}

/** The one who answers a 批示 (whatever its status): users of the project's lead unit. */
export const isInstructionAnswerer = (actor: Actor, units: readonly ProjectUnitRef[]) => isLeadUser(actor, units);

/** 答复 (or revise the answer): the lead unit, until the 批示 is 办结. */
export function canAnswerInstruction(actor: Actor, units: readonly ProjectUnitRef[], instruction: InstructionRef): boolean {
  return instruction.status !== 'closed' && isInstructionAnswerer(actor, units);
}

/** The one who closes a 批示 (whatever its status): the leader who wrote it or the 督查室. */
export const isInstructionCloser = (actor: Actor, instruction: InstructionRef) => isOffice(actor) || (isLeader(actor) && actor.id === instruction.author_id);

/** 办结: the author or the 督查室, once the lead unit has answered. */
export function canCloseInstruction(actor: Actor, instruction: InstructionRef): boolean {
  return instruction.status === 'answered' && isInstructionCloser(actor, instruction);
}

/** What the actor may do on one 批示; `units` are its project's units. Returned by the instruction views as `permissions`. */
export function instructionPermissions(actor: Actor, units: readonly ProjectUnitRef[], instruction: InstructionRef) {
  return { canAnswer: canAnswerInstruction(actor, units, instruction), canClose: canCloseInstruction(actor, instruction) };
}

/** What the actor may do on a project's 批示 as a whole; returned by the project's instruction list as `permissions`. */
export function projectInstructionsPermissions(actor: Actor) {
  return { canInstruct: canCreateInstruction(actor) };
}

export type InstructionPermissions = ReturnType<typeof instructionPermissions>;
