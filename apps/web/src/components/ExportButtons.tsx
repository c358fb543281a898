import { useMutation } from '@tanstack/react-query';
import { download } from '../api/client';
import { useI18n } from '../i18n';
import { ErrorNote } from './ui';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;

/** XLSX, CSV and PDF of the table on screen: the same request with `format=`. */
export function ExportButtons(props: {
  path: string;
  query: Record<string, string | number | boolean | undefined>;
  fileName: string;
}) {
  const { t } = useI18n();
  const save = useMutation({
    mutationFn: (format: (typeof FORMATS)[number]) =>
      download(props.path, { ...props.query, format }, `${props.fileName}.${format}`),
  });
  return (
    <div className="exports" role="group" aria-label={t('stats.export')}>
      <span className="muted">{t('stats.export')}:</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={save.isPending}
          onClick={() => save.mutate(format)}
          data-testid={`export-${format}`}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <ErrorNote error={save.error} />
    </div>
  );
}
