import { Inject, Injectable } from '@nestjs/common';
import { ReorganisationApplyRepository } from '@dondoc/persistence';
import type { ReorganisationActivities } from '@dondoc/workflow-contract';

/**
 * The reorganisation workflow's own activities (docs/decisions/0078): the tree's change at
 * the instant and the end of the apply. The hand-overs reuse the unit hand-over's
 * `handOverTasks` and `handOverExplanations` (unit-handover.activities.ts).
 */
@Injectable()
export class ReorganisationActivitiesImpl implements ReorganisationActivities {
  constructor(@Inject(ReorganisationApplyRepository) private readonly apply: ReorganisationApplyRepository) {}

  beginReorganisation(input: { planId: string; actor: string }) {
    return this.apply.begin(input.planId, input.actor);
  }

  finishReorganisation(input: Parameters<ReorganisationActivities['finishReorganisation']>[0]) {
    return this.apply.finish(input.planId, input.actor, input.progress);
  }

  asActivities(): ReorganisationActivities {
    return {
      beginReorganisation: (input) => this.beginReorganisation(input),
      finishReorganisation: (input) => this.finishReorganisation(input),
    };
  }
}
