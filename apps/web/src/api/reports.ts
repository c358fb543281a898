// The statistics, reporting-cycle and audit answers, named for the pages: schemas of the
// API's OpenAPI document (openapi.ts, generated).
import type { Schema } from './operations';

export type CompletionRow = Schema<'CompletionRowDto'>;
export type RankingRow = Schema<'RankingRowDto'>;
export type OverdueItem = Schema<'OverdueItemDto'>;
export type Cycle = Schema<'ReadableCycleDto'>;
export type RoundSummary = Schema<'RoundSummaryDto'>;
export type RoundNode = Schema<'RoundNodeDto'>;
export type LateUnit = Schema<'NotReportedDto'>;
export type Round = Schema<'RoundDto'>;
export type Checkpoint = Schema<'CheckpointDto'>;
