import type { FieldProblem } from '@dondoc/domain';
import { renderText, type Language } from '@dondoc/i18n';

export { renderText };

export interface RenderedFieldProblem {
  field: string;
  message: string;
}

export function renderProblems(problems: FieldProblem[], lang: Language): RenderedFieldProblem[] {
  return problems.map((p) => ({ field: p.field, message: renderText(p.message, lang) }));
}
