import { asciiFileName, cleanFileName, contentDisposition, MAX_FILE_NAME } from './file-name';

describe('cleanFileName: Unicode kept, paths and control characters out', () => {
  it.each([
    ['a Vietnamese name, kept', 'Báo cáo quý II.pdf', 'Báo cáo quý II.pdf'],
    ['decomposed marks composed (NFC)', 'Ba\u0301o ca\u0301o.pdf', 'Báo cáo.pdf'],
    ['a Windows path: its last segment', 'C:\\Users\\vt\\Desktop\\ke-hoach.docx', 'ke-hoach.docx'],
    ['a Unix path: its last segment', '../../etc/passwd', 'passwd'],
    ['control characters and line breaks taken out', 'bao\u0000cao\r\n.pdf', 'baocao.pdf'],
    ['a right-to-left override taken out', 'anh\u202Egpj.exe', 'anhgpj.exe'],
    ['leading dots and spaces trimmed', '  ..hidden.txt ', 'hidden.txt'],
    ['nothing left: "file"', '\u0000/', 'file'],
  ])('%s', (_what, raw, expected) => {
    expect(cleanFileName(raw)).toBe(expected);
  });

  it('cuts a long name to the limit, keeping its extension', () => {
    const name = cleanFileName(`${'Đ'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(MAX_FILE_NAME);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition: RFC 6266 with an ASCII fallback and RFC 5987 filename*', () => {
  it.each([
    ['an ASCII name: filename only', 'report.pdf', 'attachment; filename="report.pdf"'],
    [
      'a Vietnamese name: marks dropped in the fallback, UTF-8 in filename*',
      'Báo cáo Đảng ủy.pdf',
      `attachment; filename="Bao cao Dang uy.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y.pdf`,
    ],
    [
      'quotes, backslashes, semicolons and percent signs replaced in the fallback',
      'a"b\\c;d%e.txt',
      `attachment; filename="a_b_c_d_e.txt"; filename*=UTF-8''a%22b%5Cc%3Bd%25e.txt`,
    ],
    [
      "characters RFC 5987 does not allow bare (' ( ) *) percent-encoded",
      "Tờ trình (1)*'.pdf",
      `attachment; filename="To trinh (1)*'.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%281%29%2A%27.pdf`,
    ],
    ['an ASCII name with the same characters: filename only', "it's (1).pdf", `attachment; filename="it's (1).pdf"`],

    ['an emoji: _ in the fallback', '📎.png', `attachment; filename="__.png"; filename*=UTF-8''%F0%9F%93%8E.png`],
  ])('%s', (_what, name, expected) => {
    expect(contentDisposition(name)).toBe(expected);
  });

  it('the ASCII fallback never holds a character outside printable ASCII', () => {
    expect(asciiFileName('Hồ sơ – bản cuối.docx')).toMatch(/^[\x20-\x7e]+$/);
  });
});
