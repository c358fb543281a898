// Shapes of the statistics, reporting-cycle and audit answers (apps/api stats, reporting-cycles
// and audit controllers; libs/domain's CompletionRow, RankingRow, RolledNode).

export interface Heading {
  issuer: string;
  number: string | null;
  place: string | null;
  date: string;
  subtitle: string;
}
export interface CompletionRow {
  tt: number | null;
  key: string;
  label: string;
  total: number;
  completedOnTime: number;
  completedLate: number;
  openWithinDeadline: number;
  openOverdue: number;
  onTimeRate: number | null;
  lateRate: number | null;
  overdueRate: number | null;
  extended: number;
  cancelled: number;
  notes: string;
}
export interface Completion {
  heading: Heading;
  rows: CompletionRow[];
  total: CompletionRow;
}
export interface UnitMeasures {
  total: number;
  onTimeRate: number | null;
  meanWorkingDaysLate: number | null;
  medianHoursToAcknowledge: number | null;
  escalations: number;
  explanationRequests: number;
}
export interface RankingRow extends UnitMeasures {
  rank: number;
  unitId: string;
  unitName: string;
  lastYear: UnitMeasures;
}
export interface OverdueItem {
  taskId: string;
  unitId: string;
  unitName: string;
  directiveId: string;
  documentNumber: string;
  taskTitle: string;
  deadline: string;
  workingDaysOverdue: number;
  escalationLevel: number | null;
  lastNotice: string | null;
  lastNoticeAt: string | null;
  explanation: string | null;
  explanationStatus: string | null;
}

export interface CycleIndicator {
  name: string;
  unitOfMeasure: string;
  target: number | { min: number; max: number } | null;
  aggregation: string;
  direction: 'higher' | 'lower';
}
export interface Cycle {
  id: string;
  issuingUnitId: string;
  legalBasisNormalized: string;
  title: string;
  frequency: string;
  levelDeadlines: { level: string; workingDaysAfterCutOff?: number; afterCutOff?: string }[];
  indicators?: CycleIndicator[];
  startsAt: string;
  endsAt: string | null;
  status: 'active' | 'paused' | 'ended';
  version: number;
}
export interface RoundSummary {
  id: string;
  periodKey: string;
  label: string;
  cutOff: string;
  cycleVersion: number;
  openedBy: string;
  openedAt: string;
}
export interface RoundNode {
  unitId: string;
  unitCode?: string;
  unitName?: string;
  taskId?: string;
  level?: string;
  reported: Record<string, number> | null;
  rollup: Record<string, number | null>;
  attainment: Record<string, string | null>;
  missing: number;
  children: RoundNode[];
}
export interface LateUnit {
  unitId: string;
  unitCode: string;
  unitName: string;
  taskId: string;
  level: string;
  deadline: string;
  late: boolean;
  workingDaysLate: number;
}
export interface Round {
  id: string;
  cycleId: string;
  periodKey: string;
  label: string;
  cutOff: string;
  deadlines: { level: string; deadline: string }[];
  recipients: number;
  reported: number;
  notReported: LateUnit[];
  tree: RoundNode;
}

export interface ChainVerification {
  ok: boolean;
  fromPos: string;
  fromCheckpoint: string | null;
  checkedLinks: number;
  head: { pos: string; hash: string };
  firstBreak: { problem: string; pos: string; seq?: string; eventId?: string; detail: string } | null;
}
export interface Checkpoint {
  day: string;
  takenAt: string;
  pos: string;
  hash: string;
  rowCount: string;
}
