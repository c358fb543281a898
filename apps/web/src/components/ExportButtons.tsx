import { useMutation } from '@tanstack/react-query';
import { download, openPrintView } from '../api/client';
import { useI18n } from '../i18n';
import { ErrorNote } from './ui';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;

/**
 * XLSX, CSV and PDF of the table on screen: the same request with `format=`, in the
 * reader's language; with `print`, also the print view (an A4 page to print).
 */
export function ExportButtons(props: {
  path: string;
  query: Record<string, string | number | boolean | undefined>;
  fileName: string;
  print?: boolean;
}) {
  const { t, lang } = useI18n();
  const save = useMutation({
    mutationFn: (format: (typeof FORMATS)[number]) =>
      download(props.path, { ...props.query, format }, `${props.fileName}.${format}`, lang),
  });
  const print = useMutation({ mutationFn: () => openPrintView(props.path, props.query, lang) });
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
      {props.print ? (
        <button type="button" disabled={print.isPending} onClick={() => print.mutate()} data-testid="export-print">
          {t('stats.exportPrint')}
        </button>
      ) : null}
      <ErrorNote error={save.error ?? print.error} />
    </div>
  );
}
