// Shapes of the API's answers, written by hand after apps/api's response DTOs (which
// GET /docs/openapi.json now types in full). Times are ISO 8601 with offset.
export const BUCKETS = ['open_within_deadline', 'open_overdue', 'completed_on_time', 'completed_late'] as const;
export type Bucket = (typeof BUCKETS)[number] | 'cancelled';
export type Role = 'admin' | 'leader' | 'officer' | 'auditor';
export type Phase = 'awaiting_ack' | 'in_progress' | 'under_review' | 'revising' | 'completed' | 'cancelled';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}
export interface Unit extends UnitRef {
  kind: string;
  parentId: string | null;
  depth: number;
  active: boolean;
  successorId: string | null;
}
export interface Page<T> {
  items: T[];
  total: number;
}
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName: string;
}
export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  user: SessionUser;
}
export type BucketCounts = Record<Bucket, number>;
export interface Progress {
  ratio: number;
  subtasks: { total: number; completed: number; open: number; cancelled: number };
}
export interface Indicator {
  name: string;
  unitOfMeasure: string;
  target: number | null;
}
export interface DirectiveTask {
  id: string;
  title: string;
  description: string | null;
  parentTaskId: string | null;
  depth: number;
  leadUnit: UnitRef;
  coordinatingUnits: UnitRef[];
  status: string;
  bucket: Bucket;
  deadline: string;
  originalDeadline: string;
  completedAt: string | null;
  indicators: Indicator[];
  progress: Progress;
}
export interface DirectiveSummary {
  id: string;
  documentNumber: string;
  documentNumberNormalized: string;
  type: string;
  typeName: string;
  title: string;
  issueDate: string;
  issuingUnit: UnitRef;
  confidentiality: 'normal' | 'secret';
  urgency: 'normal' | 'urgent';
  status: 'active' | 'completed' | 'cancelled';
  acceptedAt: string;
  progress: BucketCounts;
}
export interface Directive extends DirectiveSummary {
  summary: string | null;
  createdBy: string;
  cancelReason: string | null;
  tasks: DirectiveTask[];
  /** The directive's own tasks, and how many have their follow-up started. */
  assignment?: { total: number; started: number };
}
export interface TaskListItem {
  id: string;
  title: string;
  directive: { id: string; documentNumber: string; title: string };
  leadUnit: UnitRef;
  parentTaskId: string | null;
  depth: number;
  status: string;
  bucket: Bucket;
  deadline: string;
  originalDeadline: string;
}
export interface Report {
  id: string;
  version: number;
  text: string;
  indicatorValues: { name: string; value: number; note?: string }[];
  submittedBy: string;
  submittedAt: string;
  late: boolean;
  reviewOutcome: 'accepted' | 'returned' | null;
  reviewComment: string | null;
}
export interface Extension {
  id: string;
  requestedDeadline: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decisionComment: string | null;
}
export interface Subtask {
  id: string;
  title: string;
  leadUnit: UnitRef;
  status: string;
  phase: Phase;
  bucket: Bucket;
  deadline: string;
  completedAt: string | null;
  progress?: Progress;
}
export interface TaskDetail extends Omit<TaskListItem, 'status'> {
  status: string;
  assigningUnit: UnitRef;
  phase: Phase;
  acknowledgedAt: string | null;
  reviewDeadline: string | null;
  revisionDeadline: string | null;
  completedAt: string | null;
  reports: Report[];
  extensions: Extension[];
  progress?: Progress;
  subtasks: Subtask[];
}
export interface Notice {
  id: string;
  kind: string;
  level: number | null;
  title: string;
  body: string;
  taskId: string | null;
  directiveId: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface Preferences {
  email: string | null;
  locale: 'vi' | 'en';
  channels: Record<string, string[]>;
  quietHours: { start: string; end: string } | null;
  digest: boolean;
}
export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName?: string;
  email: string | null;
  isHead: boolean;
  active: boolean;
}
export interface CalendarYear {
  year: number;
  daysOff: { date: string; name: string; source: string }[];
  workingWeekends: { date: string; name?: string }[];
  overrides: { date: string; kind: 'day_off' | 'working_day'; note: string }[];
}
export interface Delivery {
  id: string;
  channel: 'email' | 'webhook';
  kind: string;
  address: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}
export interface Webhook {
  id: string;
  url: string;
  kinds: string[] | null;
  active: boolean;
  createdAt: string;
}
export interface FieldProblem {
  field: string;
  message: string;
}
/** One entry of GET /tasks/{id}/history: an audited change or a notice the system sent. */
export interface HistoryEntry {
  at: string;
  kind: 'change' | 'notice';
  action: string;
  label: { vi: string; en: string };
  actor:
    | { type: 'system' }
    | {
        type: 'user';
        username: string;
        fullName: string | null;
        unit: { id: string; name: string | null } | null;
      };
  changes: { field: string; before: unknown; after: unknown }[];
  notice?: {
    level: number | null;
    targetUnit: { id: string; name: string | null } | null;
    recipients: number;
    readBy: number;
  };
}
