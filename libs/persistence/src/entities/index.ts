import { AuditEventEntity } from './audit-event.entity';
import { DirectiveEntity } from './directive.entity';
import { TaskEntity } from './task.entity';

export { AuditEventEntity, DirectiveEntity, TaskEntity };

export const ENTITIES = [DirectiveEntity, TaskEntity, AuditEventEntity];
