import { noticeText, pickApiMessage, readerHalf } from './api-message';

const DUPLICATE = 'Văn bản số 25-KH/TU đã có trong năm này / directive 25-KH/TU already exists this year';

describe('readerHalf', () => {
  it.each([
    [DUPLICATE, 'vi', 'Văn bản số 25-KH/TU đã có trong năm này'],
    [DUPLICATE, 'en', 'directive 25-KH/TU already exists this year'],
    ['Dữ liệu không hợp lệ', 'en', 'Dữ liệu không hợp lệ'],
    // A slash inside a document number is not the separator.
    ['Số 20-NQ/TU', 'vi', 'Số 20-NQ/TU'],
  ] as const)('%s in %s → %s', (message, lang, expected) => {
    expect(readerHalf(message, lang)).toBe(expected);
  });
});

describe('pickApiMessage', () => {
  const id = '3f2c8a9e-1b4d-4c6e-9f00-aa11bb22cc33';
  it.each([
    // [message, lang, field, shown]
    [DUPLICATE, 'vi', 'documentNumber', 'Văn bản số 25-KH/TU đã có trong năm này'],
    [DUPLICATE, 'en', 'documentNumber', 'directive 25-KH/TU already exists this year'],
    // The field named again in front of the message: the label beside it names it already.
    ['title: không được để trống / must not be empty', 'vi', 'title', 'không được để trống'],
    ['tasks.0.title: không được để trống / must not be empty', 'en', 'tasks.0.title', 'must not be empty'],
    ['title: không được để trống / must not be empty', 'vi', undefined, 'không được để trống'],
    // Ids mean nothing to a person: they go, with what held them in place.
    [`25-KH/TU — ${id}`, 'vi', 'documentNumber', '25-KH/TU'],
    [`Không tìm thấy đơn vị (${id}) / unit (${id}) not found`, 'en', 'leadUnitId', 'unit not found'],
    [`Không tìm thấy đơn vị / unit not found: ${id}`, 'en', undefined, 'unit not found'],
    // Nothing readable left: the caller shows its own text for the field.
    [id, 'vi', 'id', undefined],
    [`id: ${id}`, 'vi', 'id', undefined],
    ['  ', 'vi', undefined, undefined],
  ] as const)('%s in %s for %s → %s', (message, lang, field, shown) => {
    expect(pickApiMessage(message, lang, field)).toBe(shown);
  });
});

describe('noticeText (a notice written before notices were worded for their reader)', () => {
  const body = '25-KH/TU — Kế hoạch đối thoại\nNhiệm vụ / task: Tổ chức hội nghị\nHạn / deadline: 22/12/2026 17:00';
  it.each([
    ['Nhiệm vụ mới: Tổ chức hội nghị / New task', 'vi', 'Nhiệm vụ mới: Tổ chức hội nghị'],
    ['Nhiệm vụ mới: Tổ chức hội nghị / New task', 'en', 'New task'],
    [body, 'vi', '25-KH/TU — Kế hoạch đối thoại\nNhiệm vụ: Tổ chức hội nghị\nHạn: 22/12/2026 17:00'],
    [body, 'en', '25-KH/TU — Kế hoạch đối thoại\ntask: Tổ chức hội nghị\ndeadline: 22/12/2026 17:00'],
    ['Nhiệm vụ mới', 'en', 'Nhiệm vụ mới'],
    ['New task', 'en', 'New task'],
  ] as const)('%j in %s → %j', (text, lang, shown) => {
    expect(noticeText(text, lang)).toBe(shown);
  });
});
