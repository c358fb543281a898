import { foldVietnamese, parseDocumentNumber, sameDocumentNumber } from './document-number';

describe('document numbers (docs/architecture.md#domain-rules)', () => {
  it.each([
    ['290-QĐ/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290-QD/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    [' 290 - qđ / tw ', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290-Q\u0110/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['20-NQ/TU', '20-NQ/TU', 'NQ', 'TU'],
    ['08-BC/TU', '8-BC/TU', 'BC', 'TU'],
    ['2824-CV/TU', '2824-CV/TU', 'CV', 'TU'],
    ['43-CT/TW', '43-CT/TW', 'CT', 'TW'],
    ['461-QĐ/TU', '461-QĐ/TU', 'QĐ', 'TU'],
    ['12-CT/TU', '12-CT/TU', 'CT', 'TU'],
    ['217-QĐi/TW', '217-QĐi/TW', 'QĐi', 'TW'],
    ['217-QDI/TW', '217-QĐi/TW', 'QĐi', 'TW'],
    ['05-KH/DU', '5-KH/ĐU', 'KH', 'ĐU'],
    ['15-CTr/BDVTU', '15-CTr/BDVTU', 'CTr', 'BDVTU'],
    ['3-DA/TU', '3-ĐA/TU', 'ĐA', 'TU'],
    ['7–TB/TU', '7-TB/TU', 'TB', 'TU'],
    // As they appear in documents and as people type them.
    ['Số: 290-QĐ/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['Số 290-QĐ/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['số 461-QĐ/TU', '461-QĐ/TU', 'QĐ', 'TU'],
    ['SỐ:461 - QĐ/TU', '461-QĐ/TU', 'QĐ', 'TU'],
    ['So: 461-QD/TU', '461-QĐ/TU', 'QĐ', 'TU'],
    ['Số ký hiệu: 08-BC/TU', '8-BC/TU', 'BC', 'TU'],
    ['No. 20-NQ/TU', '20-NQ/TU', 'NQ', 'TU'],
    ['No.20-NQ/TU', '20-NQ/TU', 'NQ', 'TU'],
    ['№ 20-NQ/TU', '20-NQ/TU', 'NQ', 'TU'],
    ['Quyết định số 290-QĐ/TW ngày 28/7/2025', '290-QĐ/TW', 'QĐ', 'TW'],
    ['Chỉ thị số 43-CT/TW,', '43-CT/TW', 'CT', 'TW'],
    ['Kế hoạch số 25-KH/TU, ngày 15 tháng 3 năm 2026', '25-KH/TU', 'KH', 'TU'],
    ['(290-QĐ/TW)', '290-QĐ/TW', 'QĐ', 'TW'],
    ['“2824-CV/TU”.', '2824-CV/TU', 'CV', 'TU'],
    ['290-Qđ/TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290-qd/tw', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290-QÐ/TW', '290-QĐ/TW', 'QĐ', 'TW'], // Ð: U+00D0, the look-alike of Đ
    ['05-KH/ÐU', '5-KH/ĐU', 'KH', 'ĐU'],
    ['290\u2212QĐ／TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290 — QĐ / TW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['290-QĐ/\u200BTW', '290-QĐ/TW', 'QĐ', 'TW'],
    ['\u00a0290-QĐ/TW\u00a0', '290-QĐ/TW', 'QĐ', 'TW'],
  ])('%j → %s', (input, normalized, type, issuer) => {
    const result = parseDocumentNumber(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ normalized, type, issuer });
  });

  it('keeps the raw form for display and a diacritic-free key for uniqueness', () => {
    const a = parseDocumentNumber('290-QĐ/TW');
    const b = parseDocumentNumber('290 - QD/TW');
    expect(a.ok && b.ok && a.value.key === b.value.key).toBe(true);
    expect(a.ok && a.value.raw).toBe('290-QĐ/TW');
    expect(b.ok && b.value.raw).toBe('290 - QD/TW');
  });

  it.each([
    [''],
    ['290'],
    ['QĐ/TW'],
    ['290-XYZ/TW'],
    ['0-NQ/TU'],
    ['290-QĐ'],
    ['abc-NQ/TU'],
    ['Số:'],
    ['Bất kỳ chữ số 290-QĐ/TW'],
    ['số 290-QĐ/TW/thêm'],
  ])('refuses %j', (input) => {
    expect(parseDocumentNumber(input).ok).toBe(false);
  });

  it('keeps the number as written, without the introducing word and the date', () => {
    const parsed = parseDocumentNumber('Quyết định số 290 - QĐ/TW ngày 28/7/2025');
    expect(parsed.ok && parsed.value.raw).toBe('290 - QĐ/TW');
  });

  it.each([
    ['Số: 290-QĐ/TW', '290-QD/TW'],
    ['số 290 – Qđ / tw', 'Quyết định số 290-QĐ/TW'],
    ['08-BC/TU', 'Số: 8-BC/TU.'],
    ['05-KH/DU', '5-KH/ÐU'],
  ])('%j and %j are the same document', (a, b) => {
    expect(sameDocumentNumber(a, b)).toBe(true);
  });

  it.each([
    ['290-QĐ/TW', '290-QĐ/TU'],
    ['290-QĐ/TW', '290-QĐi/TW'],
    ['290-QĐ/TW', '291-QĐ/TW'],
    ['290-QĐ/TW', 'không phải số'],
  ])('%j and %j are different documents', (a, b) => {
    expect(sameDocumentNumber(a, b)).toBe(false);
  });

  it('folds Vietnamese for search', () => {
    expect(foldVietnamese('Ban Dân vận Tỉnh ủy Đắk Lắk')).toBe('BAN DAN VAN TINH UY DAK LAK');
  });
});
