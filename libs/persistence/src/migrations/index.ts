import { Initial1795463859087 } from './1795463859087-initial';
import { UnitsUsersDirectives1795465312663 } from './1795465312663-units-users-directives';
import { FollowUp1795466547628 } from './1795466547628-follow-up';
import { DirectiveRequests1795468853961 } from './1795468853961-directive-requests';
import { Cascade1795470000000 } from './1795470000000-cascade';
import { Delivery1795474894064 } from './1795474894064-delivery';
import { TaskPeriods1795479000000 } from './1795479000000-task-periods';
import { OfficialCalendar1795480000000 } from './1795480000000-official-calendar';
import { AuditChain1795481000000 } from './1795481000000-audit-chain';
import { AuditorClearance1795482000000 } from './1795482000000-auditor-clearance';
import { ExplanationRequests1795490200000 } from './1795490200000-explanation-requests';
import { ReportingCycles1795490300000 } from './1795490300000-reporting-cycles';
import { IdempotencyKeys1795490100000 } from './1795490100000-idempotency-keys';
import { TokenVersion1795491520000 } from './1795491520000-token-version';
import { CoordinatorOrder1795491600000 } from './1795491600000-coordinator-order';
import { IdempotencyExpiry1795491700000 } from './1795491700000-idempotency-expiry';
import { SignInSessions1795500100000 } from './1795500100000-sign-in-sessions';
import { RoundWithdrawal1795500300000 } from './1795500300000-round-withdrawal';
import { AuditEntityId1795500500000 } from './1795500500000-audit-entity-id';
import { KeysetLists1795500700000 } from './1795500700000-keyset-lists';
import { UnitSearch1795500800000 } from './1795500800000-unit-search';
import { TaskCohorts1795500900000 } from './1795500900000-task-cohorts';
import { BatchedDeliveries1795501000000 } from './1795501000000-batched-deliveries';
import { DirectiveTaskCounts1795501100000 } from './1795501100000-directive-task-counts';
import { ClosedTaskIndexes1795501150000 } from './1795501150000-closed-task-indexes';
import { DirectiveExpansion1795501200000 } from './1795501200000-directive-expansion';
import { MyWorkReviewIndex1795501500000 } from './1795501500000-my-work-review-index';
import { NoticeParams1795501600000 } from './1795501600000-notice-params';
import { Attachments1795502000000 } from './1795502000000-attachments';
import { AttachmentUploads1795502800000 } from './1795502800000-attachment-uploads';
import { DirectiveDrafts1795501900000 } from './1795501900000-directive-drafts';
import { ReorganisationPlans1795502300000 } from './1795502300000-reorganisation-plans';
import { ReorganisationApply1795502400000 } from './1795502400000-reorganisation-apply';
import { ChannelAddresses1795502700000 } from './1795502700000-channel-addresses';
import { ChannelFallback1795503100000 } from './1795503100000-channel-fallback';
import { DeliveryReceipts1795503200000 } from './1795503200000-delivery-receipts';
import { NullableLocale1795501800000 } from './1795501800000-nullable-locale';
import { HolidayNamesEn1795501810000 } from './1795501810000-holiday-names-en';

// Every migration, in order. Listed explicitly so that the apps, the CLI and the
// tests all run the same set.
export const MIGRATIONS: Function[] = [
  Initial1795463859087,
  UnitsUsersDirectives1795465312663,
  FollowUp1795466547628,
  DirectiveRequests1795468853961,
  Cascade1795470000000,
  Delivery1795474894064,
  TaskPeriods1795479000000,
  OfficialCalendar1795480000000,
  AuditChain1795481000000,
  AuditorClearance1795482000000,
  IdempotencyKeys1795490100000,
  ExplanationRequests1795490200000,
  ReportingCycles1795490300000,
  TokenVersion1795491520000,
  CoordinatorOrder1795491600000,
  IdempotencyExpiry1795491700000,
  SignInSessions1795500100000,
  RoundWithdrawal1795500300000,
  AuditEntityId1795500500000,
  KeysetLists1795500700000,
  UnitSearch1795500800000,
  TaskCohorts1795500900000,
  BatchedDeliveries1795501000000,
  DirectiveTaskCounts1795501100000,
  ClosedTaskIndexes1795501150000,
  DirectiveExpansion1795501200000,
  MyWorkReviewIndex1795501500000,
  NoticeParams1795501600000,
  NullableLocale1795501800000,
  HolidayNamesEn1795501810000,
  DirectiveDrafts1795501900000,
  Attachments1795502000000,
  ReorganisationPlans1795502300000,
  ReorganisationApply1795502400000,
  ChannelAddresses1795502700000,
  AttachmentUploads1795502800000,
  ChannelFallback1795503100000,
  DeliveryReceipts1795503200000,
];
