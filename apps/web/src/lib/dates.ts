const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const WEEKDAYS = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/**
 * A day with its weekday, in Asia/Ho_Chi_Minh: "Thứ Hai, 14/12/2026" / "Mon 14/12/2026";
 * with `time`, the hour first: "17:00 Thứ Hai, 14/12/2026". A civil date (YYYY-MM-DD) is
 * that day (and has no hour). The one date format of the task pages and lists.
 */
export function fmtDay(value: string | null | undefined, lang: 'vi' | 'en', time = false): string {
  if (!value) return '—';
  const civil = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(civil ? `${value}T12:00:00+07:00` : value))
      .map((part) => [part.type, part.value]),
  );
  const weekday = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day))).getUTCDay();
  const day = `${p.day}/${p.month}/${p.year}`;
  const dated = lang === 'vi' ? `${WEEKDAYS.vi[weekday]}, ${day}` : `${WEEKDAYS.en[weekday]} ${day}`;
  return time && !civil ? `${p.hour}:${p.minute} ${dated}` : dated;
}
