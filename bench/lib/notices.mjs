// One reminder per task of a directive, shaped as the task activities hand them to the
// delivery planner (bench/delivery and bench/sms-pacing plan them directly, without workflows).

/** The notices for the directive's tasks, each to the given users of its lead unit. */
export async function reminderNotices(persistence, dataSource, planner, directiveId, users) {
  const tasks = await dataSource
    .getRepository(persistence.TaskEntity)
    .find({ where: { directiveId }, relations: { directive: true }, order: { position: 'ASC' } });
  const usersOf = new Map();
  for (const user of users) {
    if (!usersOf.has(user.unitId)) usersOf.set(user.unitId, []);
    usersOf.get(user.unitId).push(user);
  }
  const preferences = await planner.preferences(users.map((u) => u.id));
  return tasks.map((task) => ({
    input: {
      noticeId: `${task.id}:reminder:bench`,
      kind: 'reminder',
      taskId: task.id,
      targetUnitId: task.leadUnitId,
      dueAt: task.deadline.toISOString(),
    },
    task,
    users: usersOf.get(task.leadUnitId) ?? [],
    preferences,
    lateUnitName: null,
  }));
}
