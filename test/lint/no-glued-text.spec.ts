import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * No human text glued "tiếng Việt / English" in the code of the API, the worker, the libs
 * and the workflows (docs/decisions/0069-one-language-per-reader.md): texts are catalogue
 * keys (libs/i18n), OpenAPI descriptions are English, logs are English. Only string and
 * template literals are read (a comment, or `a / b` arithmetic, is not a text); a literal
 * is glued when a " / " has Vietnamese before it and English words after it. The texts the
 * workflows wrote before their patches are kept for replay, each marked on its line with
 * `// i18n-legacy: replay`.
 */
const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['apps/api/src', 'apps/worker/src', 'libs', 'workflows'];
/** Being moved to the catalogues on another branch (issue 22: notices and e-mails); drop when it lands. */
const LEGACY_MARK = '// i18n-legacy: replay';
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Whether a literal's text is two languages glued with " / ". */
export function isGlued(text: string): boolean {
  for (let cut = text.indexOf(' / '); cut >= 0; cut = text.indexOf(' / ', cut + 3)) {
    // The first two words after the separator (past a placeholder): English, not a code or more Vietnamese.
    const words = text
      .slice(cut + 3)
      .split(/\s+/)
      .filter((word) => word && !word.startsWith('${'))
      .slice(0, 2);
    const english = words.some((word) => /[a-z]{2}/.test(word)) && !words.some((word) => VIETNAMESE.test(word));
    if (english && VIETNAMESE.test(text.slice(0, cut))) return true;
  }
  return false;
}

/** Each string or template literal of a file with its line; a template's ${…} read as "${x}". */
function literals(source: string): { line: number; text: string }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const found: { line: number; text: string }[] = [];
  const lineOf = (pos: number) => source.slice(0, pos).split('\n').length;
  let template: { line: number; text: string; joined: boolean } | null = null;
  const depth: number[] = [];
  // 'tiếng Việt / ' + 'English' is one text: a literal after `literal +` is joined to it.
  type State = 'literal' | 'literal+' | 'other';
  let state = 'other' as State;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const before: State = state;
    state = token === ts.SyntaxKind.PlusToken && before === 'literal' ? 'literal+' : 'other';
    switch (token) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        if (before === 'literal+') found[found.length - 1]!.text += scanner.getTokenValue();
        else found.push({ line: lineOf(scanner.getTokenStart()), text: scanner.getTokenValue() });
        state = 'literal';
        break;
      case ts.SyntaxKind.TemplateHead:
        template = {
          line: lineOf(scanner.getTokenStart()),
          text: scanner.getTokenValue() + '${x}',
          joined: before === 'literal+',
        };
        depth.push(0);
        break;
      case ts.SyntaxKind.OpenBraceToken:
        if (depth.length) depth[depth.length - 1]!++;
        break;
      case ts.SyntaxKind.CloseBraceToken:
        if (depth.length && depth[depth.length - 1] === 0) {
          const part = scanner.reScanTemplateToken(false);
          if (template) template.text += scanner.getTokenValue();
          if (part === ts.SyntaxKind.TemplateTail) {
            depth.pop();
            if (template?.joined) found[found.length - 1]!.text += template.text;
            else if (template) found.push({ line: template.line, text: template.text });
            template = null;
            state = 'literal';
          } else if (template) template.text += '${x}';
        } else if (depth.length) depth[depth.length - 1]!--;
        break;
      case ts.SyntaxKind.SlashToken:
      case ts.SyntaxKind.SlashEqualsToken: {
        // A regular expression where an expression may start (after an operator or a bracket).
        const previous = source.slice(0, scanner.getTokenStart()).trimEnd().at(-1) ?? '';
        if (/[(,=:[!&|?{};+\-*%<>~^]/.test(previous) || previous === '') scanner.reScanSlashToken();
        break;
      }
    }
  }
  return found;
}

function files(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !/\.(spec|e2e-spec|int-spec|browser-spec)\.ts$/.test(name))
    .filter((name) => !name.split(sep).includes('node_modules'))
    .map((name) =>
      relative(ROOT, join(ROOT, folder, name))
        .split(sep)
        .join('/'),
    );
}

describe('no glued "tiếng Việt / English" texts in the code', () => {
  it.each<[string, boolean]>([
    ['Nhiệm vụ đã kết thúc / the task is closed', true],
    ['Số ký hiệu / document number ${x}', true],
    ['to: ${x} ngày, tối đa ${x} / ${x} days, at most ${x}', true],
    ['Nhiệm vụ đã kết thúc', false],
    ['the task is closed', false],
    ['25 - QĐ / TU', false],
    ['Số liệu / số tổng hợp', false],
    ['a / b', false],
  ])('judges %j', (text, glued) => {
    expect(isGlued(text)).toBe(glued);
  });

  it('reads literals, not comments or arithmetic, and joins a text cut with +', () => {
    const source = [
      '// Không tìm thấy / not found (a comment)',
      'const half = total / count;',
      "const text = 'Không tìm thấy đơn vị / ' +",
      "  'unit not found';",
      'const pattern = /a \\/ b/;',
      'const t = `Còn ${n} ngày / ${n} days left`;',
      "const u = `Khóa, nhớ trong ${h} giờ / ${what}. ` + `Within ${h} h` + 'a repeat';",
    ].join('\n');
    expect(literals(source).map(({ line, text }) => [line, isGlued(text)])).toEqual([
      [3, true],
      [6, true],
      [7, true],
    ]);
  });

  it('finds none in apps/api/src, apps/worker/src, libs and workflows', () => {
    const glued: string[] = [];
    for (const path of FOLDERS.flatMap(files)) {
      const source = readFileSync(join(ROOT, path), 'utf8');
      const lines = source.split('\n');
      for (const { line, text } of literals(source))
        if (isGlued(text) && !lines[line - 1]!.includes(LEGACY_MARK)) glued.push(`${path}:${line}: ${text}`);
    }
    expect(glued).toEqual([]);
  });
});
