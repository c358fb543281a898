import { useEffect, useState, type FormEvent } from 'react';
import { requestKey } from '../lib/key';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../api/client';
import type { Schema } from '../api/operations';
import { DraftNote, useDraft, useKeepDraft } from '../components/Draft';
import { ErrorNote, Field, useFieldError } from '../components/forms';
import { todayVn, useI18n } from '../i18n';
import { emptyTask, taskBody, TaskFields, taskFromBody, type TaskDraft } from './TaskFields';

type ServerDraft = Schema<'DraftDto'>;

// <number>-<type>/<issuer>, tolerant of spaces, "QD" for "QĐ" and lower case (docs/domain-rules.md#document-numbers).
const NUMBER = /^\s*\d+\s*-\s*[A-Za-zĐđ]+\s*\/\s*[A-Za-zĐđ0-9-]+\s*$/;
const normalized = (text: string) => text.replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');

interface DirectiveDraft {
  documentNumber: string;
  title: string;
  summary: string;
  issueDate: string;
  confidentiality: 'normal' | 'secret';
  urgency: 'normal' | 'urgent';
  tasks: TaskDraft[];
}
const directiveIsEmpty = (d: DirectiveDraft) =>
  !d.documentNumber.trim() &&
  !d.title.trim() &&
  !d.summary.trim() &&
  d.tasks.every((task) => JSON.stringify(task) === JSON.stringify(emptyTask()));

export default function NewDirectivePage() {
  return <DirectiveForm mode="issue" />;
}

/**
 * The directive form: issued at once (a leader, POST /directives), or kept as a draft
 * for a leader's approval (POST /drafts, or PATCH /drafts/{id} from the version shown;
 * decision 74). A new form is kept in this browser until sent.
 */
export function DirectiveForm(
  props: { mode: 'issue' } | { mode: 'draft'; draft?: ServerDraft; onSaved?: (draft: ServerDraft) => void },
) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const editing = props.mode === 'draft' ? props.draft : undefined;
  // One key per form: a double click or a retried request issues one directive.
  const [idempotencyKey] = useState(requestKey);
  // Kept in this browser until sent: a reload or an ended session loses nothing typed.
  const draft = useDraft<DirectiveDraft>(
    props.mode === 'issue' ? 'directive:new' : editing ? `draft:${editing.id}:${editing.version}` : 'draft:new',
    directiveIsEmpty,
  );
  const body = editing?.body ?? undefined;
  const kept = draft.initial ?? (body && fromBody(body));
  const [documentNumber, setDocumentNumber] = useState(kept?.documentNumber ?? '');
  const [title, setTitle] = useState(kept?.title ?? '');
  const [summary, setSummary] = useState(kept?.summary ?? '');
  const [issueDate, setIssueDate] = useState(kept?.issueDate ?? todayVn);
  const [confidentiality, setConfidentiality] = useState<'normal' | 'secret'>(kept?.confidentiality ?? 'normal');
  const [urgency, setUrgency] = useState<'normal' | 'urgent'>(kept?.urgency ?? 'normal');
  const [tasks, setTasks] = useState<TaskDraft[]>(kept?.tasks ?? [emptyTask()]);
  useKeepDraft(draft, { documentNumber, title, summary, issueDate, confidentiality, urgency, tasks });
  const discard = () => {
    draft.forget();
    setDocumentNumber('');
    setTitle('');
    setSummary('');
    setIssueDate(todayVn());
    setConfidentiality('normal');
    setUrgency('normal');
    setTasks([emptyTask()]);
  };

  const request = () => ({
    documentNumber,
    title,
    summary: summary.trim() || undefined,
    issueDate,
    ...(body?.issuingUnitId ? { issuingUnitId: body.issuingUnitId } : {}),
    confidentiality,
    urgency,
    tasks: tasks.map(taskBody),
  });
  const create = useMutation({
    mutationFn: async (): Promise<{ to: string } | { saved: ServerDraft }> => {
      if (props.mode === 'issue') {
        const directive = await post('/directives', {
          body: request(),
          headers: { 'idempotency-key': idempotencyKey },
        });
        // Issued: the local copy goes before the page moves on.
        draft.forget();
        return { to: `/directives/${directive.id}` };
      }
      const saved = editing
        ? await patch('/drafts/{id}', {
            path: { id: editing.id },
            body: request(),
            headers: { 'if-match': `"${editing.version}"` },
          })
        : await post('/drafts', { body: request() });
      draft.forget();
      return editing ? { saved } : { to: `/drafts/${saved.id}` };
    },
    onSuccess: async (result) => {
      await Promise.all(
        [['directives'], ['tasks'], ['drafts']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      if ('to' in result) void navigate(result.to);
      else if (props.mode === 'draft') props.onSaved?.(result.saved);
    },
  });
  const fieldError = useFieldError(create.error);
  const onlyFieldErrors = create.error && ['documentNumber', 'title', 'issueDate', 'tasks'].some((f) => fieldError(f));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} className="form" noValidate>
      {props.mode === 'issue' ? (
        <h1>{t('newDirective.title')}</h1>
      ) : editing ? (
        <h2>{t('drafts.edit')}</h2>
      ) : (
        <h1>{t('drafts.new')}</h1>
      )}
      <DraftNote savedAt={draft.restoredAt} onDiscard={discard} />
      <Field
        label={t('directive.number')}
        error={fieldError('documentNumber')}
        hint={<NumberCheck number={documentNumber} issueDate={issueDate} />}
      >
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            value={documentNumber}
            placeholder="25-KH/TU"
            onChange={(e) => setDocumentNumber(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('directive.title')} error={fieldError('title')}>
        {(id, d) => <input id={id} aria-describedby={d} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('directive.summary')} error={fieldError('summary')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <div className="row">
        <Field label={t('directive.issueDate')} error={fieldError('issueDate')}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="date"
              value={issueDate}
              onChange={(e) => setIssueDate(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('directive.confidentiality')} error={fieldError('confidentiality')}>
          {(id, d) => (
            <select
              id={id}
              aria-describedby={d}
              value={confidentiality}
              onChange={(e) => setConfidentiality(e.target.value as 'normal' | 'secret')}
            >
              <option value="normal">{t('confidentiality.normal')}</option>
              <option value="secret">{t('confidentiality.secret')}</option>
            </select>
          )}
        </Field>
        <Field label={t('directive.urgency')} error={fieldError('urgency')}>
          {(id, d) => (
            <select
              id={id}
              aria-describedby={d}
              value={urgency}
              onChange={(e) => setUrgency(e.target.value as 'normal' | 'urgent')}
            >
              <option value="normal">{t('urgency.normal')}</option>
              <option value="urgent">{t('urgency.urgent')}</option>
            </select>
          )}
        </Field>
      </div>
      {tasks.map((task, index) => (
        <TaskFields
          key={index}
          index={index}
          task={task}
          issueDate={issueDate}
          fieldError={fieldError}
          onChange={(next) => setTasks(tasks.map((x, i) => (i === index ? next : x)))}
          onRemove={tasks.length > 1 ? () => setTasks(tasks.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      <button type="button" onClick={() => setTasks([...tasks, emptyTask()])}>
        {t('newDirective.addTask')}
      </button>
      {!onlyFieldErrors && <ErrorNote error={create.error} />}
      {onlyFieldErrors ? (
        <div className="error-note" role="alert">
          {t('error.seeFields')}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {props.mode === 'issue' ? t('newDirective.submit') : t('drafts.save')}
        </button>
      </div>
    </form>
  );
}

/** A stored draft's body as the form's fields. */
function fromBody(body: NonNullable<ServerDraft['body']>): DirectiveDraft {
  return {
    documentNumber: body.documentNumber,
    title: body.title,
    summary: body.summary ?? '',
    issueDate: body.issueDate,
    confidentiality: body.confidentiality ?? 'normal',
    urgency: body.urgency ?? 'normal',
    tasks: (body.tasks ?? []).map(taskFromBody),
  };
}

/** The number's shape at once, and whether this year already has it (the unique key is per year). */
function NumberCheck({ number, issueDate }: { number: string; issueDate: string }) {
  const { t } = useI18n();
  const [debounced, setDebounced] = useState(number);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(number), 300);
    return () => clearTimeout(timer);
  }, [number]);
  const wellFormed = NUMBER.test(debounced);
  const existing = useQuery({
    queryKey: ['directives', 'number', debounced],
    enabled: wellFormed,
    queryFn: () => get('/directives', { query: { q: debounced.trim(), limit: 20 } }),
  });
  if (!debounced.trim()) return <span>{t('newDirective.numberFormat')}</span>;
  if (!wellFormed) return <span className="warn">{t('newDirective.numberMalformed')}</span>;
  const taken = existing.data?.items.some(
    (d) =>
      normalized(d.documentNumberNormalized ?? d.documentNumber) === normalized(debounced) &&
      d.issueDate.slice(0, 4) === issueDate.slice(0, 4),
  );
  if (taken)
    return (
      <span className="warn" data-testid="number-taken">
        {t('newDirective.numberTaken')}
      </span>
    );
  return (
    <span className="ok">{existing.isSuccess ? t('newDirective.numberFree') : t('newDirective.numberFormat')}</span>
  );
}
