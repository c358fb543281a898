// The shapes the dashboard reads, named for the pages: each one is a schema of the API's
// OpenAPI document (openapi.ts, generated), so a DTO that changes changes these with it.
// Times are ISO 8601 with offset.
import type { Schema } from './operations';

export const BUCKETS = ['open_within_deadline', 'open_overdue', 'completed_on_time', 'completed_late'] as const;
export type Bucket = Schema<'DirectiveTaskDto'>['bucket'];
/** A bucket named in a URL, or undefined when it names none. */
export const asBucket = (text: string | null | undefined): Bucket | undefined =>
  [...BUCKETS, 'cancelled'].find((b): b is Bucket => b === text);
export type Role = Schema<'SignedInUserDto'>['role'];
/** The kinds of unit, in the order the forms offer them. */
export type UnitKind = Schema<'UnitDto'>['kind'];
export const UNIT_KINDS = [
  'party_committee',
  'advisory_board',
  'fatherland_front',
  'mass_organisation',
  'armed_force',
  'state_agency',
  'commune',
  'other',
] as const satisfies readonly UnitKind[];
// Fails to compile when the API gains a kind this list lacks.
export const everyUnitKind: Exclude<UnitKind, (typeof UNIT_KINDS)[number]> extends never ? true : never = true;
export type DeliveryStatus = Schema<'DeliveryDto'>['status'];
export type CalendarOverrideKind = Schema<'OverrideDto'>['kind'];

export type Unit = Schema<'UnitDto'>;
export type SessionUser = Schema<'SignedInUserDto'>;
export type DirectiveTask = Schema<'DirectiveTaskDto'>;
export type Indicator = Schema<'IndicatorViewDto'>;
export type DirectiveSummary = Schema<'DirectiveSummaryDto'>;
export type Directive = Schema<'DirectiveDto'>;
export type TaskListItem = Schema<'TaskListItemDto'>;
export type TaskDetail = Schema<'TaskDto'>;
export type Preferences = Schema<'PreferencesViewDto'>;
export type UserRow = Schema<'UserDto'>;
export type Delivery = Schema<'DeliveryDto'>;
export type NoticeDelivery = Schema<'NoticeDeliveryDto'>;
export type FieldProblem = Schema<'ErrorBody'>['details'][number];
/** One entry of GET /tasks/{id}/history: an audited change or a notice the system sent. */
export type HistoryEntry = Schema<'HistoryEntryDto'>;
export type Attachment = Schema<'AttachmentDto'>;
/** A resumable upload under way (decision 82): how far it got and its chunk size. */
export type UploadSession = Schema<'UploadSessionDto'>;
