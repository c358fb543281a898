/**
 * The notes of the Government's calendar decisions (official-decisions.ts, as
 * officialOverrides writes them) in English, for English readers: by the Vietnamese
 * note, exactly. Loaded into calendar_overrides.note_en by migration 1795501810000;
 * a note not here shows in Vietnamese (it is data: the document's own words).
 */
export const OFFICIAL_NOTES_EN: Readonly<Record<string, string>> = {
  'Nghỉ Tết Nguyên đán Ất Tỵ 2025': 'Lunar New Year 2025 (Year of the Snake) break',
  'Nghỉ Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 năm 2025 (hoán đổi thứ Sáu 02/5)':
    'Victory Day (30 April) and International Labour Day (1 May) 2025 break (Friday 2 May swapped)',
  'Nghỉ Quốc khánh 2025': 'National Day 2025 break',
  'Nghỉ Tết Nguyên đán Bính Ngọ 2026': 'Lunar New Year 2026 (Year of the Horse) break',
  'Nghỉ Quốc khánh 2026 (ngày liền kề 01/9, hoán đổi thứ Hai 31/8)':
    'National Day 2026 break (the day beside is 1 September; Monday 31 August swapped)',
  'Nghỉ Tết Dương lịch 2026 (hoán đổi thứ Sáu 02/01)': "New Year's Day 2026 break (Friday 2 January swapped)",
  'Đi làm lại sau Tết Ất Tỵ 2025 (5 ngày Tết là 27/01–31/01, không có nghỉ bù)':
    'Back to work after Lunar New Year 2025 (the five holidays are 27–31 January, no day in lieu)',
  'Làm bù thứ Bảy 26/4/2025 cho ngày nghỉ thứ Sáu 02/5/2025': 'Saturday 26 April 2025 worked for Friday 2 May 2025 off',
  'Làm bù thứ Bảy 22/8/2026 cho ngày nghỉ thứ Hai 31/8/2026':
    'Saturday 22 August 2026 worked for Monday 31 August 2026 off',
  'Làm việc thứ Năm 03/9/2026 (ngày liền kề Quốc khánh 2026 là 01/9)':
    'Thursday 3 September 2026 is a working day (the day beside National Day 2026 is 1 September)',
  'Làm bù thứ Bảy 10/01/2026 cho ngày nghỉ thứ Sáu 02/01/2026':
    'Saturday 10 January 2026 worked for Friday 2 January 2026 off',
};
