/**
 * The notes the workflows write themselves into notices and audit rows (a sub-task
 * cancelled with its parent, a role taken over from a deactivated unit, an explanation's
 * reminders). They are stored in the system's language, Vietnamese, never glued to a
 * second one: libs/i18n's `renderNote` recognises each as its catalogue text
 * (`notes.<name>` in vi.json) and says it in the reader's language; a reader of the raw
 * row still reads one language (docs/decisions/0069-one-language-per-reader.md).
 * Each text equals its catalogue text with the values put in (a unit test holds them so).
 */
export const SYSTEM_NOTES = {
  parentTaskCancelled: (reason: string) => `Nhiệm vụ cấp trên bị hủy: ${reason}`,
  takenOverFromDeactivatedUnit: (reason: string) => `Tiếp nhận từ đơn vị ngừng hoạt động: ${reason}`,
  explanationRequested: (note: string) => `Yêu cầu giải trình: ${note}`,
  explanationTakenOver: (note: string) => `Yêu cầu giải trình, tiếp nhận từ đơn vị ngừng hoạt động: ${note}`,
  explanationDue: () => 'Hạn giải trình',
  explanationOverdue: () => 'Chưa giải trình',
  directiveNotRecorded: () => 'Không ghi nhận được văn bản, dữ liệu không hợp lệ',
} as const;

/**
 * The same notes as the workflows wrote them before (glued, two languages), kept for the
 * runs recorded before the `i18n-text-notes` patch: a replay must send the same activity
 * inputs. Never used for anything new.
 */
export const LEGACY_NOTES = {
  parentTaskCancelled: (reason: string) => `Nhiệm vụ cấp trên bị hủy / parent task cancelled: ${reason}`, // i18n-legacy: replay
  takenOverFromDeactivatedUnit: (reason: string) =>
    `Tiếp nhận từ đơn vị ngừng hoạt động / taken over from a deactivated unit: ${reason}`, // i18n-legacy: replay
  explanationRequested: (note: string) => `Yêu cầu giải trình / explanation requested: ${note}`, // i18n-legacy: replay
  explanationTakenOver: (note: string) =>
    `Yêu cầu giải trình, tiếp nhận từ đơn vị ngừng hoạt động / explanation requested, taken over from a deactivated unit: ${note}`, // i18n-legacy: replay
  explanationDue: () => 'Hạn giải trình / explanation due', // i18n-legacy: replay
  explanationOverdue: () => 'Chưa giải trình / explanation overdue', // i18n-legacy: replay
} satisfies Omit<typeof SYSTEM_NOTES, 'directiveNotRecorded'>;

/** A rejected directive's reason as it was written before the patch (it named the failure's type). */
export const legacyDirectiveNotRecorded = (type: string) =>
  `Không ghi nhận được văn bản / the directive could not be recorded (${type})`; // i18n-legacy: replay

/** The notes a workflow writes: one language behind the patch, the old glued texts in runs recorded before it. */
export function systemNotes(oneLanguage: boolean): Omit<typeof SYSTEM_NOTES, 'directiveNotRecorded'> {
  return oneLanguage ? SYSTEM_NOTES : LEGACY_NOTES;
}

/** The message of an update the task workflow could not store, as it was before the `i18n-text-refusals` patch. */
export const legacyUnstorable = (type: string) =>
  `Không lưu được, dữ liệu không hợp lệ / could not be stored, invalid data (${type})`; // i18n-legacy: replay
