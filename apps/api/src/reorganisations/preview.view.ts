import { roundOutcomes, toZonedIso, type PlanUser, type ReorganisationResult, type TreeUnit } from '@dondoc/domain';
import { renderText, type Language } from '@dondoc/i18n';
import type {
  PreviewCycleRow,
  PreviewExplanationRow,
  PreviewPreferenceRow,
  PreviewRoundRow,
  PreviewTaskRow,
  PreviewWebhookRow,
} from '@dondoc/persistence';
import type { ReorganisationPreviewDto } from './dto/reorganisation.response';

/** What a preview is made of: the plan resolved, the units and users it read, the rows that would move. */
export interface PreviewInput {
  result: ReorganisationResult;
  units: TreeUnit[];
  users: (PlanUser & { fullName: string })[];
  rows: {
    tasks: PreviewTaskRow[];
    rounds: PreviewRoundRow[];
    cycles: PreviewCycleRow[];
    explanations: PreviewExplanationRow[];
    webhooks: PreviewWebhookRow[];
    preferences: PreviewPreferenceRow[];
  };
}

/** The preview's answer: conflicts in the reader's language, counts per kind, then each kind's rows. */
export function previewView(input: PreviewInput, lang: Language, timezone: string): ReorganisationPreviewDto {
  const { result, rows } = input;
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const from = (unitId: string) => ({
    fromCode: unitById.get(unitId)?.code ?? unitId,
    fromName: unitById.get(unitId)?.name ?? '',
  });
  const userById = new Map(input.users.map((u) => [u.id, u]));
  const userRows = [...result.userMoves.keys()].map((id) => {
    const user = userById.get(id)!;
    return {
      userId: id,
      username: user.username,
      fullName: user.fullName,
      fromCode: unitById.get(user.unitId)?.code ?? user.unitId,
      toCode: result.userMoves.get(id) ?? null,
    };
  });
  const roundRows = roundRowsView(rows.rounds, from);
  const other = otherRowsView(input, from);
  const distinct = (list: { taskId: string }[]) => new Set(list.map((r) => r.taskId)).size;
  return {
    dryRun: true,
    conflicts: result.conflicts.map((c) => ({
      kind: c.kind,
      field: c.field,
      message: renderText(c.message, lang),
      subjects: c.subjects,
    })),
    counts: {
      units: result.units.length,
      tasks: distinct(rows.tasks.filter((t) => !t.delegated)),
      subTasks: distinct(rows.tasks.filter((t) => t.delegated)),
      roundObligations: roundRows.filter((r) => !r.successorOwn).length,
      cycleRecipients: rows.cycles.length,
      explanationRequests: new Set(rows.explanations.map((e) => e.explanationId)).size,
      users: userRows.length,
      webhooks: rows.webhooks.length,
      preferences: rows.preferences.length,
    },
    units: result.units,
    tasks: rows.tasks.map((t) => ({
      taskId: t.taskId,
      title: t.title,
      directiveId: t.directiveId,
      role: t.role,
      delegated: t.delegated,
      status: t.status,
      phase: t.phase,
      deadline: toZonedIso(new Date(t.deadline), timezone),
      ...from(t.fromUnitId),
      toCode: t.toCode,
    })),
    roundObligations: roundRows,
    cycleRecipients: other.cycleRecipients,
    explanationRequests: other.explanationRequests,
    users: userRows,
    webhooks: other.webhooks,
    preferences: other.preferences,
  };
}

type From = (unitId: string) => { fromCode: string; fromName: string };

/** Each round obligation with what the merge rule does to it (kept, closed naming the kept one…). */
function roundRowsView(rounds: PreviewRoundRow[], from: From) {
  return roundOutcomes(rounds.map((r) => ({ ...r, successorCode: r.toCode, isSuccessorOwn: r.isSuccessorOwn }))).map(
    ({ row, outcome, keptTaskId }) => ({
      roundId: row.roundId,
      label: rounds.find((r) => r.taskId === row.taskId)!.label,
      taskId: row.taskId,
      phase: row.phase,
      ...from(row.unitId),
      toCode: row.successorCode,
      outcome,
      keptTaskId,
      successorOwn: !!row.isSuccessorOwn,
    }),
  );
}

/** Cycle recipients, explanation requests, webhooks and preferences that would move. */
function otherRowsView({ result, rows, users, units }: PreviewInput, from: From) {
  const username = new Map(users.map((u) => [u.id, u.username]));
  const code = new Map(units.map((u) => [u.id, u.code]));
  return {
    cycleRecipients: rows.cycles.map((c) => ({
      cycleId: c.cycleId,
      title: c.title,
      role: c.role,
      ...from(c.unitId),
      toCode: c.toCode,
    })),
    explanationRequests: rows.explanations.map((e) => ({
      explanationId: e.explanationId,
      taskId: e.taskId,
      role: e.role,
      ...from(e.unitId),
      toCode: e.toCode,
    })),
    webhooks: rows.webhooks.map((w) => ({
      webhookId: w.webhookId,
      url: w.url,
      fromCode: code.get(w.unitId) ?? w.unitId,
      toCode: w.toCode,
    })),
    preferences: rows.preferences.map((p) => ({
      userId: p.userId,
      username: username.get(p.userId) ?? '',
      digest: p.digest,
      quietStart: p.quietStart,
      quietEnd: p.quietEnd,
      toCode: result.userMoves.get(p.userId) ?? null,
    })),
  };
}
