import type { FieldProblem } from '@dondoc/domain';
import { renderText, type Language } from '@dondoc/i18n';

export { renderText };

export interface RenderedFieldProblem {
  field: string;
  message: string;
}

export function renderProblems(problems: FieldProblem[], lang: Language): RenderedFieldProblem[] {
  // A legacy text may still begin with its field's path; the field is named in `field`.
  return problems.map((p) => {
    const message = renderText(p.message, lang);
    return {
      field: p.field,
      message: message.startsWith(`${p.field}: `) ? message.slice(p.field.length + 2) : message,
    };
  });
}
