import { directiveSearchText, MAX_SEARCH_TERMS, searchTerms, unitSearchText } from './search-text';

/** What a stored text answers: every term a substring of it (the SQL's LIKE '%term%'). */
const finds = (stored: string, query: string) => searchTerms(query).every((term) => stored.includes(term));

describe('unitSearchText', () => {
  it.each([
    ['Ủy ban MTTQ Việt Nam xã Ia Grai', 'UY BAN MTTQ MAT TRAN TO QUOC VIET NAM XA IA GRAI'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'UY BAN MAT TRAN TO QUOC UBMTTQ MTTQ VIET NAM TINH'],
    ['Ủy ban nhân dân xã Chư Sê', 'UY BAN NHAN DAN UBND XA CHU SE'],
    ['Ủy ban nhân dân tỉnh (Đảng ủy UBND tỉnh)', 'UY BAN NHAN DAN UBND TINH DANG UY DU UBND UY BAN NHAN DAN TINH'],
    ['Đảng ủy xã Đak Đoa', 'DANG UY DU XA DAK DOA'],
    ['Hội đồng nhân dân tỉnh', 'HOI DONG NHAN DAN HDND TINH'],
    ['Thường trực HĐND xã', 'THUONG TRUC HDND HOI DONG NHAN DAN XA'],
    ['Hội Nông dân xã Ia Grai', 'HOI NONG DAN HND XA IA GRAI'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'HOI LIEN HIEP PHU NU HLHPN TINH'],
    ['Đoàn Thanh niên phường Pleiku', 'DOAN THANH NIEN DTN PHUONG PLEIKU'],
    ['Hội Cựu chiến binh tỉnh', 'HOI CUU CHIEN BINH HCCB CCB TINH'],
    ['Tỉnh đoàn (Đoàn TNCS Hồ Chí Minh tỉnh)', 'TINH DOAN DOAN TNCS THANH NIEN CONG SAN HO CHI MINH TINH'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'BO CHI HUY QUAN SU BCHQS QS TINH'],
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BO CHI HUY BO DOI BIEN PHONG BDBP TINH'],
    ['Công an xã Chư Sê', 'CONG AN CA XA CHU SE'],
    // An abbreviation is expanded only when written in capitals: "Cà Mau" is not the police.
    ['Tỉnh ủy Cà Mau', 'TINH UY TU CA MAU'],
    ['CA tỉnh', 'CA CONG AN TINH'],
    ['  Ban   Dân vận  ', 'BAN DAN VAN BDV'],
    ['', ''],
  ])('%s → %s', (name, stored) => {
    expect(unitSearchText(name)).toBe(stored);
  });
});

describe('searchTerms', () => {
  it.each([
    ['mặt trận', ['MAT', 'TRAN']],
    ['mttq ia grai', ['MTTQ', 'IA', 'GRAI']],
    ['  UBND,  Chư Sê ', ['UBND', 'CHU', 'SE']],
    ['HĐND', ['HDND']],
    ['"25-KH/TU"', ['25-KH/TU']],
    ['MTTQ-GL.', ['MTTQ-GL']],
    ['xã xa xã', ['XA']],
    // A term inside a longer one adds nothing: every term must occur anyway.
    ['grai gr', ['GRAI']],
    ['', []],
    [' , ; ', []],
  ])('%j → %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it(`keeps at most ${MAX_SEARCH_TERMS} terms`, () => {
    expect(searchTerms('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('what a query finds (every term in the stored text, any order)', () => {
  const front = unitSearchText('Ủy ban MTTQ Việt Nam xã Ia Grai');
  const provincialFront = unitSearchText('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
  const people = unitSearchText('Ủy ban nhân dân xã Chư Sê');
  const farmers = unitSearchText('Hội Nông dân xã Ia Grai');
  it.each([
    [front, 'mặt trận', true],
    [provincialFront, 'mặt trận', true],
    [front, 'mttq ia grai', true],
    [front, 'mat tran ia grai', true],
    [front, 'ia grai mat tran to quoc', true],
    [provincialFront, 'MTTQ', true],
    [front, 'mttq chu se', false],
    [farmers, 'mat tran ia grai', false],
    [farmers, 'hnd ia grai', true],
    [people, 'ubnd chu se', true],
    [people, 'Ủy ban nhân dân Chư Sê', true],
    [people, 'uy ban nhan dan chu se', true],
    [people, 'hdnd chu se', false],
  ])('%s, asked %j: %s', (stored, query, expected) => {
    expect(finds(stored, query)).toBe(expected);
  });
});

describe('directiveSearchText', () => {
  it.each([
    ['25-KH/TU', 'Kế hoạch tổ chức Hội nghị', '25-KH/TU KE HOACH TO CHUC HOI NGHI'],
    ['290-QĐ/TW', 'Quy chế công tác dân vận của UBND', '290-QD/TW QUY CHE CONG TAC DAN VAN CUA UBND UY BAN NHAN DAN'],
    ['20-NQ/TU', '', '20-NQ/TU'],
  ])('%s, %s → %s', (number, title, stored) => {
    expect(directiveSearchText(number, title)).toBe(stored);
  });

  it('keeps the document number alone as the first space-separated token', () => {
    const stored = directiveSearchText('12-CV/ĐU', 'Mặt trận (MTTQ)');
    expect(stored.split(' ')[0]).toBe('12-CV/DU');
  });
});
