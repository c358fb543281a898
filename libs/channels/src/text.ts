/** Text for SMS: Vietnamese without diacritics, and the count of segments a text costs. */

/**
 * Vietnamese without diacritics: "Đôn Đốc nhắc việc" → "Don Doc nhac viec". Decomposes (NFD),
 * drops the combining marks, maps đ/Đ (a letter of its own, not a mark) to d/D.
 */
export function unaccent(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

// The GSM 03.38 default alphabet, and its extension table (each costs two septets: ESC + char).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const BASIC = new Set(GSM_BASIC);
const EXTENDED = new Set(GSM_EXTENDED);

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7, extension characters counting two) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Units per segment for this text: 160/153 (GSM-7) or 70/67 (UCS-2), single/concatenated. */
  perSegment: number;
}

/**
 * Segments an SMS costs: GSM-7 when every character is in the GSM alphabet (160 in one
 * message, 153 per part once concatenated: the part header takes 7 septets), else UCS-2
 * (70 in one, 67 per part). Vietnamese with diacritics is UCS-2; unaccented, GSM-7.
 */
export function countSegments(text: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const segments = septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153);
    return { encoding: 'GSM-7', units: septets, segments, perSegment: segments > 1 ? 153 : 160 };
  }
  const units = text.length; // UTF-16 code units: what UCS-2 (as the handsets' UTF-16) counts
  const segments = units <= 70 ? 1 : Math.ceil(units / 67);
  return { encoding: 'UCS-2', units, segments, perSegment: segments > 1 ? 67 : 70 };
}
