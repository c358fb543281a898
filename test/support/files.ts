import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Small real files of each kind the attachment sniffer knows, built byte by byte: the
 * magic numbers and container layouts are the formats' own (ZIP local headers and central
 * directory, OLE2 header and directory sector), so the sniffer is tested on what it meets.
 */

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** Stored (method 0) rather than deflated; an ODF `mimetype` entry must be. */
  stored?: boolean;
}

/** A ZIP archive (no ZIP64, no encryption) of these entries, in order. */
export function zip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const packed = entry.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An OLE2 compound file whose first directory sector names these streams (after the root). */
export function ole2(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(0, 0x30);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(directory, i * 128);
    directory.writeUInt16LE(utf16.length, i * 128 + 64);
    directory[i * 128 + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024)]);
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const odf = (type: string) =>
  zip([
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${type}`, stored: true },
    { name: 'content.xml', data: '<office:document-content/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
  ]);

/** A one-page PDF (enough structure for a reader to open it). */
export function pdf(text = 'Bao cao'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${text.length + 24}>>stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj\n` +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

export const SAMPLES = {
  pdf: pdf(),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000dIHDR', 'latin1'),
  ]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  webp: Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1')]),
  docx: zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]),
  xlsx: zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
  ]),
  pptx: zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'ppt/presentation.xml', data: '<p:presentation/>' },
  ]),
  odt: odf('text'),
  ods: odf('spreadsheet'),
  odp: odf('presentation'),
  doc: ole2(['WordDocument', '1Table', '\u0005SummaryInformation']),
  xls: ole2(['Workbook', '\u0005SummaryInformation']),
  ppt: ole2(['PowerPoint Document', 'Current User']),
  msi: ole2(['\u4840\u3b3f\u4577', '\u0005SummaryInformation']),
  csv: Buffer.from('Đơn vị;Số xã\nMTTQ;5\n', 'utf8'),
  text: Buffer.from('Ghi chú: hoàn thành đúng hạn.\r\n', 'utf8'),
  zip: zip([
    { name: 'anh-1.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]) },
    { name: 'bang-so-lieu.csv', data: 'a;b\n1;2\n' },
  ]),
  nestedZip: zip([{ name: 'inner.zip', data: zip([{ name: 'x.txt', data: 'x' }]) }]),
  zipBomb: zip([{ name: 'zeros.txt', data: Buffer.alloc(4 * 1024 * 1024) }]),
  exe: Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    Buffer.alloc(56),
    Buffer.from('PE\0\0', 'latin1'),
  ]),
  elf: Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'),
  latin1Text: Buffer.from('caf\xe9 cr\xe8me', 'latin1'),
  nulText: Buffer.from('abc\0def', 'latin1'),
};

/** One sample of each allowed type, with a name and the type its bytes say (the sniffer's unit table, the upload e2e). */
export const ALLOWED_SAMPLES: [what: string, bytes: Buffer, name: string, mediaType: string][] = [
  ['a PDF', SAMPLES.pdf, 'bao-cao.pdf', 'application/pdf'],
  ['a PNG', SAMPLES.png, 'anh.png', 'image/png'],
  ['a JPEG named .png', SAMPLES.jpeg, 'anh.png', 'image/jpeg'],
  ['a GIF', SAMPLES.gif, 'anh.gif', 'image/gif'],
  ['a WebP', SAMPLES.webp, 'anh.webp', 'image/webp'],
  ['a DOCX', SAMPLES.docx, 'ke-hoach.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['an XLSX', SAMPLES.xlsx, 'so-lieu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [
    'a PPTX',
    SAMPLES.pptx,
    'trinh-bay.pptx',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
  ['an ODT', SAMPLES.odt, 'ke-hoach.odt', 'application/vnd.oasis.opendocument.text'],
  ['an ODS', SAMPLES.ods, 'so-lieu.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['an ODP', SAMPLES.odp, 'trinh-bay.odp', 'application/vnd.oasis.opendocument.presentation'],
  ['a legacy DOC', SAMPLES.doc, 'cong-van.doc', 'application/msword'],
  ['a legacy XLS', SAMPLES.xls, 'so-lieu.xls', 'application/vnd.ms-excel'],
  ['a legacy PPT', SAMPLES.ppt, 'trinh-bay.ppt', 'application/vnd.ms-powerpoint'],
  ['a CSV (UTF-8)', SAMPLES.csv, 'so-lieu.csv', 'text/csv'],
  ['plain UTF-8 text', SAMPLES.text, 'ghi-chu.txt', 'text/plain'],
  ['a plain ZIP of photos and a table', SAMPLES.zip, 'minh-chung.zip', 'application/zip'],
];
