import { Inject, Injectable } from '@nestjs/common';
import { ExplanationsRepository } from '@dondoc/persistence';
import type { ExplanationActivities } from '@dondoc/workflow-contract';

/** The explanation workflow's writes; its notices and escalation chain are the task activities'. */
@Injectable()
export class ExplanationActivitiesImpl {
  constructor(@Inject(ExplanationsRepository) private readonly explanations: ExplanationsRepository) {}

  asActivities(): Pick<
    ExplanationActivities,
    'recordExplanationRequest' | 'recordExplanationAnswer' | 'recordExplanationHandOver'
  > {
    return {
      recordExplanationRequest: (input) => this.explanations.recordRequest(input),
      recordExplanationAnswer: (input) => this.explanations.recordAnswer(input),
      recordExplanationHandOver: (input) => this.explanations.recordHandOver(input),
    };
  }
}
