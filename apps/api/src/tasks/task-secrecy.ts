import { SECRET_PLACEHOLDER } from '../directives/directive.view';

interface TaskDetail {
  title: string;
  directive: { title: string };
  reports: { text: string; reviewComment: string | null }[];
  extensions: { reason: string; decisionComment: string | null }[];
  subtaskOverrideReason: string | null;
  subtasks: { title: string }[];
}

/** A task of a secret directive as an auditor without clearance sees it: dates and states, no content. */
export function redactTask<T extends TaskDetail>(view: T): T {
  return {
    ...view,
    title: SECRET_PLACEHOLDER,
    directive: { ...view.directive, title: SECRET_PLACEHOLDER },
    reports: view.reports.map((r) => ({ ...r, text: SECRET_PLACEHOLDER, reviewComment: null })),
    extensions: view.extensions.map((e) => ({ ...e, reason: SECRET_PLACEHOLDER, decisionComment: null })),
    subtaskOverrideReason: null,
    subtasks: view.subtasks.map((s) => ({ ...s, title: SECRET_PLACEHOLDER })),
  };
}
