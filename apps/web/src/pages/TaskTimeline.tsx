import { ExportButtons } from '../components/ExportButtons';
import { HistoryList } from '../components/History';
import { useI18n } from '../i18n';

/** The task's timeline: GET /tasks/{id}/history, polled while the page is open; its exports and print view. */
export function TaskTimeline({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  return (
    <HistoryList
      of={{ entity: 'tasks', id: taskId }}
      title={t('task.timeline')}
      queryKey={['task', taskId, 'history']}
      poll
      actions={<ExportButtons path={`/tasks/${taskId}/history`} query={{}} fileName="lich-su-nhiem-vu" print />}
    />
  );
}
