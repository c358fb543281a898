import { AuditChainEntity, AuditChainHeadEntity, AuditCheckpointEntity } from './audit-chain.entity';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentUploadEntity } from './attachment-upload.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CalendarOverrideEntity } from './calendar-override.entity';
import {
  DeliveryEntity,
  NotificationPreferenceEntity,
  WebhookEndpointEntity,
  WebhookPacingEntity,
  SmsBudgetEntity,
} from './delivery.entity';
import { DeliveryReceiptEntity } from './delivery-receipt.entity';
import { DirectiveEntity } from './directive.entity';
import { DirectiveDraftEntity } from './directive-draft.entity';
import { ReorganisationPlanEntity } from './reorganisation-plan.entity';
import { ChannelAddressEntity } from './channel-address.entity';
import { ZaloTokenEntity } from './zalo-token.entity';
import { DirectiveRequestEntity } from './directive-request.entity';
import { DirectiveTaskCountEntity } from './directive-task-count.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { ExplanationRequestEntity } from './explanation-request.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { NotificationEntity } from './notification.entity';
import { ReportingCycleEntity, ReportingRoundEntity, ReportingRoundUnitEntity } from './reporting-cycle.entity';
import { RefreshTokenEntity, SessionFamilyEntity } from './session.entity';
import { TaskReportEntity } from './task-report.entity';
import { TaskCohortEntity } from './task-cohort.entity';
import { TaskCoordinatorEntity, TaskEntity, TaskIndicatorEntity } from './task.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export type { CycleDefinition, CycleStatus } from './reporting-cycle.entity';
export type { TaskCountState } from './directive-task-count.entity';
export {
  AttachmentEntity,
  AttachmentUploadEntity,
  ReorganisationPlanEntity,
  ChannelAddressEntity,
  ZaloTokenEntity,
  LoginAttemptEntity,
  SessionFamilyEntity,
  RefreshTokenEntity,
  ReportingCycleEntity,
  ReportingRoundEntity,
  ReportingRoundUnitEntity,
  IdempotencyKeyEntity,
  DeliveryEntity,
  DeliveryReceiptEntity,
  NotificationPreferenceEntity,
  WebhookEndpointEntity,
  WebhookPacingEntity,
  SmsBudgetEntity,
  DirectiveRequestEntity,
  DirectiveDraftEntity,
  DirectiveTaskCountEntity,
  ExtensionRequestEntity,
  ExplanationRequestEntity,
  NotificationEntity,
  TaskReportEntity,
  TaskCohortEntity,
  AuditEventEntity,
  AuditChainEntity,
  AuditChainHeadEntity,
  AuditCheckpointEntity,
  CalendarOverrideEntity,
  DirectiveEntity,
  TaskCoordinatorEntity,
  TaskEntity,
  TaskIndicatorEntity,
  UnitEntity,
  UserEntity,
};
export type { AuditPayload } from './audit-event.entity';
export type { ReorganisationPlanStatus } from './reorganisation-plan.entity';
export type { AddressChannel } from './channel-address.entity';
export type { TaskDriver } from './task.entity';
export type { DeliveryChannel, DeliveryStatus } from './delivery.entity';

export const ENTITIES = [
  IdempotencyKeyEntity,
  UnitEntity,
  UserEntity,
  DirectiveEntity,
  TaskEntity,
  TaskCoordinatorEntity,
  TaskIndicatorEntity,
  TaskCohortEntity,
  AuditEventEntity,
  AuditChainEntity,
  AuditChainHeadEntity,
  AuditCheckpointEntity,
  CalendarOverrideEntity,
  NotificationEntity,
  TaskReportEntity,
  ExtensionRequestEntity,
  DirectiveRequestEntity,
  DirectiveTaskCountEntity,
  NotificationPreferenceEntity,
  WebhookEndpointEntity,
  WebhookPacingEntity,
  SmsBudgetEntity,
  DeliveryEntity,
  DeliveryReceiptEntity,
  ReportingCycleEntity,
  ReportingRoundEntity,
  ReportingRoundUnitEntity,
  ExplanationRequestEntity,
  LoginAttemptEntity,
  SessionFamilyEntity,
  RefreshTokenEntity,
  AttachmentEntity,
  AttachmentUploadEntity,
  DirectiveDraftEntity,
  ReorganisationPlanEntity,
  ChannelAddressEntity,
  ZaloTokenEntity,
];
