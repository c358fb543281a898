import { ValidationError } from '@dondoc/domain';
import { parseCsv, unitsFromCsv } from './units.csv';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

describe('CSV import parsing', () => {
  it('reads quoted fields with commas, quotes and Vietnamese text, keeping line numbers', () => {
    const csv =
      'code,name,kind,parentCode\r\nTU,"Tỉnh ủy Gia Lai",party_committee,\nBDV,"Ban Dân vận, Tỉnh ủy ""GL""",advisory_board,TU\n\nXA-1,Đảng ủy xã Ia Grai,commune,TU\n';
    const units = unitsFromCsv(csv);
    expect(units.map((u) => [u.line, u.code, u.name, u.parentCode])).toEqual([
      [2, 'TU', 'Tỉnh ủy Gia Lai', null],
      [3, 'BDV', 'Ban Dân vận, Tỉnh ủy "GL"', 'TU'],
      [5, 'XA-1', 'Đảng ủy xã Ia Grai', 'TU'],
    ]);
  });

  it('counts lines inside quoted line breaks', () => {
    expect(parseCsv('a,b\n"x\ny",z\nq,r').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('counts a quoted \\r\\n as one line break and skips blank records', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n,\r\n\r\nq,r\r\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', 'z']],
      [6, ['q', 'r']],
    ]);
  });

  it('names the line where an unterminated quote begins', () => {
    expect.assertions(2);
    try {
      parseCsv('a,b\nc,d\n\n"x\ny,z\n');
    } catch (error) {
      const details = (error as ValidationError).details;
      expect(details.map((d) => ({ field: d.field, message: both(d.message) }))).toEqual([
        { field: 'line 4', message: 'Dòng 4: thiếu dấu " đóng / line 4: unterminated quote' },
      ]);
      expect(details).toEqual([{ field: 'line 4', message: expect.anything() }]);
    }
  });

  it('refuses a header without the required columns', () => {
    expect(() => unitsFromCsv('code,title\nA,B')).toThrow(ValidationError);
  });
});
