// The five stages of a complaint (capture, investigate, resolve, communicate, follow up) by name, in the
// agent's language: My cases and the playbook runner word them the same way.
import { t } from '../../shared/i18n';
import type { Stage } from '../../shared/model';

/** Message keys of the stage names. */
const STAGE_NAMES: Record<Stage, string> = {
  capture: 'panelStageCapture',
  investigate: 'panelStageInvestigate',
  resolve: 'panelStageResolve',
  communicate: 'panelStageCommunicate',
  'follow-up': 'panelStageFollowUp',
};

/** A stage's name in the agent's language; a stage this version does not know shows as stored. */
export const stageName = (stage: string) => (stage in STAGE_NAMES ? t(STAGE_NAMES[stage as Stage]) : stage);
