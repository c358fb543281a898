import { foldVietnamese, parseDocumentNumber } from './document-number';

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

  it.each([[''], ['290'], ['QĐ/TW'], ['290-XYZ/TW'], ['0-NQ/TU'], ['290-QĐ'], ['abc-NQ/TU']])('refuses %j', (input) => {
    expect(parseDocumentNumber(input).ok).toBe(false);
  });

  it('folds Vietnamese for search', () => {
    expect(foldVietnamese('Ban Dân vận Tỉnh ủy Đắk Lắk')).toBe('BAN DAN VAN TINH UY DAK LAK');
  });
});
