import { changesText, changeText, durationText, unitIdsIn, valueText, type WordingContext } from './history-wording';
import { exportWords } from './labels';

const UNIT = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const OTHER = '11111111-2222-4333-8444-555555555555';
const ctx = (lang: 'vi' | 'en'): WordingContext => ({
  words: exportWords(lang),
  timeZone: 'Asia/Ho_Chi_Minh',
  unitName: (id) => (id === UNIT ? 'Hội Nông dân tỉnh' : undefined),
});

describe('history exports in words', () => {
  it.each([
    ['PT30S', 'vi', '30 giây'],
    ['PT30S', 'en', '30 seconds'],
    ['PT1S', 'en', '1 second'],
    ['PT1H30M', 'vi', '1 giờ 30 phút'],
    ['P2DT4H', 'en', '2 days 4 hours'],
    ['PT0S', 'vi', '0 giây'],
    ['P', 'vi', null],
    ['30 giây', 'vi', null],
  ] as const)('duration %s in %s is %s', (iso, lang, text) => {
    expect(durationText(iso, exportWords(lang))).toBe(text);
  });

  it.each([
    ['status', 'overdue', 'vi', 'quá hạn'],
    ['status', 'overdue', 'en', 'overdue'],
    ['phase', 'awaiting_ack', 'vi', 'chờ xác nhận đã nhận'],
    ['phase', 'under_review', 'en', 'awaiting review'],
    ['deadline', '2026-01-05T10:00:00.000Z', 'vi', '05/01/2026 17:00'],
    ['deadline', '2026-12-31T17:30:00Z', 'en', '01/01/2027 00:30'],
    ['leadUnitId', UNIT, 'vi', 'Hội Nông dân tỉnh'],
    ['leadUnitId', OTHER, 'vi', null],
    ['reason', `xem ${OTHER}`, 'vi', null],
    ['late', true, 'vi', 'có'],
    ['late', false, 'en', 'no'],
    ['reasonCategory', 'data_not_available', 'vi', 'Chưa có số liệu'],
    ['roles', 'lead,coordinating', 'vi', 'chủ trì, phối hợp'],
    ['duration', 'PT30S', 'vi', '30 giây'],
    ['recipients', 1620, 'vi', '1.620'],
    ['note', null, 'en', 'empty'],
    ['status', 'no_such_status', 'vi', null],
    // A workflow's note in the reader's language, as stored now and as it was stored glued before.
    ['reason', 'Nhiệm vụ cấp trên bị hủy: Văn bản hết hiệu lực', 'en', 'Parent task cancelled: Văn bản hết hiệu lực'],
    [
      'reason',
      'Nhiệm vụ cấp trên bị hủy / parent task cancelled: Đã lồng ghép',
      'vi',
      'Nhiệm vụ cấp trên bị hủy: Đã lồng ghép',
    ],
  ] as const)('%s = %p in %s reads %p', (field, value, lang, text) => {
    expect(valueText(field, value, ctx(lang))).toBe(text);
  });

  it('says each change with its field label, drops technical fields and anything that would show an id', () => {
    const changes = [
      { field: 'deadline', before: '2026-01-05T10:00:00.000Z', after: '2026-01-12T10:00:00.000Z' },
      { field: 'phase', before: 'in_progress', after: 'under_review' },
      { field: 'reportId', before: null, after: OTHER },
      { field: 'leadUnitId', before: OTHER, after: UNIT },
      { field: 'reason', before: null, after: 'Chờ số liệu' },
      { field: 'deadlines', before: null, after: [{ level: 'commune', deadline: '2026-01-05T10:00:00.000Z' }] },
    ];
    expect(changesText(changes, ctx('vi'))).toBe(
      'Hạn: 05/01/2026 17:00 → 12/01/2026 17:00; Bước xử lý: đang thực hiện → chờ thẩm định; Lý do: Chờ số liệu; ' +
        'Hạn theo cấp: cấp commune: 05/01/2026 17:00',
    );
    expect(changeText({ field: 'status', before: 'assigned', after: 'cancelled' }, ctx('en'))).toBe(
      'Status: in progress → cancelled',
    );
    expect(unitIdsIn(changes)).toEqual([OTHER, UNIT]);
  });
});
