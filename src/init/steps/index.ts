import { actionsStep } from './actions.js';
import { comparisonStep } from './comparison.js';
import { goalsStep } from './goals.js';
import { identityStep } from './identity.js';
import { missionStep } from './mission.js';
import { pilotStep } from './pilot.js';
import { reviewStep } from './review.js';
import { rolloutStep } from './rollout.js';
import { standardsStep } from './standards.js';
import type { Step } from './step.js';

export type { Draft, Step, StepContext } from './step.js';

/** The wizard's steps in order: identity, the seven steps of the method, then review and feedback. */
export const STEPS: readonly Step[] = [
  identityStep, goalsStep, comparisonStep, missionStep, actionsStep, standardsStep, pilotStep, rolloutStep, reviewStep,
];

export const STEP_NAMES = STEPS.map((step) => step.name);
