import { Inject, Injectable } from '@nestjs/common';
import { AuditChainRepository } from '@dondoc/persistence';
import type { AuditActivities } from '@dondoc/workflow-contract';

/** The daily audit checkpoint: a thin adapter over the chain repository. */
@Injectable()
export class AuditActivitiesImpl {
  constructor(@Inject(AuditChainRepository) private readonly chain: AuditChainRepository) {}

  asActivities(): AuditActivities {
    return {
      takeAuditCheckpoint: async ({ day }) => {
        const checkpoint = await this.chain.takeCheckpoint(day);
        return { pos: checkpoint.pos, hash: checkpoint.hash };
      },
    };
  }
}
