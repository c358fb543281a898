import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { csvHeader, pdfPageSizes, pdfText, splitWords, xlsxStrings } from '../support/exports';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { EXPECTED, Q3, seedQuarterlyBriefing, type Briefing } from '../support/quarterly-briefing';
import { startSystem, type RunningSystem } from '../support/system';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The quarterly table over HTTP (docs/statistics.md): seed 003's briefing for the third
 * quarter of 2026, the table as printed at the quarter's end for both counting bases and
 * deadline modes, the same numbers after October's changes; the XLSX read back, the CSV
 * with its BOM, the PDF's text; an explanation request answered, in the task's history
 * and the overdue pack.
 */
describe('statistics, rankings, the overdue pack and exports (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let briefing: Briefing;
  let leader: string;

  beforeAll(async () => {
    system = await startSystem();
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
    briefing = await seedQuarterlyBriefing(db, p);
    http = new Http(system.baseUrl);
    leader = await http.login(p.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ from: Q3.from, to: Q3.to, asOf: Q3.asOf, ...extra }).toString();
  const completion = async (extra: Record<string, string> = {}) => {
    const response = await http.request('GET', `/api/v1/stats/completion?${query(extra)}`, { token: leader });
    expect(response.status).toBe(200);
    return response.body;
  };
  const totals = (body: { total: Record<string, number> }) =>
    ['total', 'completedOnTime', 'completedLate', 'openWithinDeadline', 'openOverdue'].map((k) => body.total[k]);
  const download = async (path: string, accept?: string) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${leader}`, ...(accept ? { accept } : {}) },
    });
    expect(response.status).toBe(200);
    return { type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('the quarterly table equals the numbers computed by hand, both bases and both deadline modes, before and after October', async () => {
    const first: unknown[] = [];
    for (const basis of ['assigned', 'due'] as const)
      for (const mode of ['current', 'original'] as const) {
        const body = await completion({ basis, mode });
        expect({ basis, mode, totals: totals(body) }).toEqual({ basis, mode, totals: EXPECTED[basis][mode] });
        first.push(body.rows);
      }
    const body = await completion();
    expect(body.rules).toMatchObject({
      basis: 'assigned',
      mode: 'current',
      subtasks: 'include',
      cancelled: 'excluded',
    });
    expect(body.total).toMatchObject({ tt: null, label: 'Tổng cộng' });
    await briefing.laterChanges();
    const again: unknown[] = [];
    for (const basis of ['assigned', 'due'] as const)
      for (const mode of ['current', 'original'] as const) again.push((await completion({ basis, mode })).rows);
    expect(again).toEqual(first);
  });

  it('XLSX: Vietnamese headings in a bold frozen header row, the same cells, rates as percentages, the total row', async () => {
    const { type, bytes } = await download(`/api/v1/stats/completion?${query({ format: 'xlsx' })}`);
    expect(type).toContain('spreadsheetml');
    const json = await completion();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = sheet.getRow(4);
    expect(header.values).toEqual([
      undefined,
      'TT',
      'Tên đơn vị',
      'Tổng số',
      'Hoàn thành trong hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành trong hạn',
      'Chưa hoàn thành quá hạn',
      'Tỷ lệ hoàn thành đúng hạn',
      'Tỷ lệ hoàn thành quá hạn',
      'Tỷ lệ chưa hoàn thành quá hạn',
      'Ghi chú',
    ]);
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    json.rows.forEach((row: Record<string, unknown>, i: number) => {
      const cells = sheet.getRow(5 + i);
      expect([cells.getCell(1).value, cells.getCell(2).value, cells.getCell(3).value, cells.getCell(7).value]).toEqual([
        row.tt,
        row.label,
        row.total,
        row.openOverdue,
      ]);
      if (row.onTimeRate !== null) expect(cells.getCell(8).value).toBeCloseTo((row.onTimeRate as number) / 100, 6);
      expect(cells.getCell(8).numFmt).toBe('0.0%');
    });
    const total = sheet.getRow(5 + json.rows.length);
    expect([total.getCell(2).value, total.getCell(3).value]).toEqual(['Tổng cộng', 6]);
    expect(total.font?.bold).toBe(true);
  });

  it('CSV: UTF-8 with a byte-order mark, by the Accept header', async () => {
    const { type, bytes } = await download(`/api/v1/stats/completion?${query()}`, 'text/csv');
    expect(type).toContain('text/csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'TT,Tên đơn vị,Tổng số,Hoàn thành trong hạn,Hoàn thành quá hạn,Chưa hoàn thành trong hạn,Chưa hoàn thành quá hạn,Tỷ lệ hoàn thành đúng hạn,Tỷ lệ hoàn thành quá hạn,Tỷ lệ chưa hoàn thành quá hạn,Ghi chú',
    );
    expect(lines.at(-1)).toMatch(/^,Tổng cộng,6,2,2,1,1,/);
  });

  it('PDF: an official report whose text holds the Vietnamese heading and the late units', async () => {
    const { type, bytes } = await download(
      `/api/v1/stats/completion?${query({ format: 'pdf', number: '08-BC/TU', place: 'Gia Lai' })}`,
    );
    expect(type).toBe('application/pdf');
    const { text } = await new PDFParse({ data: new Uint8Array(bytes) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      'Số: 08-BC/TU',
      'Gia Lai, ngày 30 tháng 09 năm 2026',
      'Tổng cộng',
      'Hội Nông dân tỉnh',
      'Ủy ban MTTQ Việt Nam xã Ia Grai',
      'Hội Cựu chiến binh tỉnh',
    ])
      expect(flat).toContain(expected);
    expect(flat).toMatch(/chậm, quá hạn: .*Hội Nông dân tỉnh/);
  });

  it('an explanation request: reminded, answered with a reason, in the task history and the overdue pack; rankings and exports', async () => {
    // #2 (Hội Nông dân tỉnh) made open and overdue again: its unit is asked to explain.
    const late = briefing.tasks[1]!;
    await db.query(`UPDATE tasks SET status = 'overdue', completed_at = NULL, phase = 'in_progress' WHERE id = $1`, [
      late,
    ]);
    const asked = await http.request('POST', `/api/v1/tasks/${late}/explanations`, {
      token: leader,
      body: { workingDays: 2, note: 'Đề nghị giải trình việc chậm báo cáo giao ban quý III' },
    });
    expect(asked.status).toBe(201);
    const { explanationId } = asked.body;
    const hnd = await http.login(p.user('hnd.tinh'), PASSWORD);
    let answered = { status: 0, body: {} as Record<string, unknown> };
    for (let i = 0; i < 100 && answered.status !== 200; i++) {
      answered = await http.request('POST', `/api/v1/explanations/${explanationId}/answer`, {
        token: hnd,
        body: { reasonCategory: 'data_not_available', answer: 'Chờ số liệu tổng hợp từ các xã' },
      });
      if (answered.status === 404) await sleep(100);
    }
    expect(answered).toMatchObject({ status: 200, body: { status: 'answered' } });
    const again = await http.request('POST', `/api/v1/explanations/${explanationId}/answer`, {
      token: hnd,
      body: { reasonCategory: 'other', answer: 'Lần nữa' },
    });
    expect(again.status).toBe(409);
    const history = await http.request('GET', `/api/v1/tasks/${late}/history?limit=100`, { token: leader });
    const actions = history.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['task.explanation_requested', 'task.explanation_answered']));
    const pack = await http.request('GET', `/api/v1/stats/overdue`, { token: leader });
    expect(pack.status).toBe(200);
    expect(pack.body.items.find((i: { taskId: string }) => i.taskId === late)).toMatchObject({
      unitName: 'Hội Nông dân tỉnh',
      explanation: 'Chưa có số liệu: Chờ số liệu tổng hợp từ các xã',
    });
    const xlsx = await download(`/api/v1/stats/overdue?format=xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    const rankings = await http.request('GET', `/api/v1/stats/rankings?${query({ sort: 'onTimeRate' })}`, {
      token: leader,
    });
    expect(rankings.status).toBe(200);
    expect(rankings.body.rows[0]).toMatchObject({ rank: 1, lastYear: { total: 0 } });
    const pdf = await download(`/api/v1/stats/rankings?${query({ format: 'pdf' })}`);
    expect(pdf.bytes.subarray(0, 4).toString()).toBe('%PDF');
    const historyCsv = await download(`/api/v1/directives/${briefing.directiveId}/history?format=csv`);
    expect(historyCsv.bytes.toString('utf8')).toContain('Yêu cầu giải trình');
  });
  const HEADERS = {
    vi: {
      completion: [
        'TT',
        'Tên đơn vị',
        'Tổng số',
        'Hoàn thành trong hạn',
        'Hoàn thành quá hạn',
        'Chưa hoàn thành trong hạn',
        'Chưa hoàn thành quá hạn',
        'Tỷ lệ hoàn thành đúng hạn',
        'Tỷ lệ hoàn thành quá hạn',
        'Tỷ lệ chưa hoàn thành quá hạn',
        'Ghi chú',
      ],
      rankings: [
        'Hạng',
        'Tên đơn vị',
        'Tổng số',
        'Tỷ lệ hoàn thành đúng hạn',
        'Cùng kỳ năm trước',
        'Số ngày làm việc chậm bình quân',
        'Cùng kỳ năm trước',
        'Thời gian tiếp nhận (giờ, trung vị)',
        'Số lần bị đôn đốc vượt cấp',
        'Cùng kỳ năm trước',
        'Số yêu cầu giải trình',
        'Cùng kỳ năm trước',
      ],
      overdue: [
        'TT',
        'Tên đơn vị',
        'Văn bản',
        'Nhiệm vụ',
        'Hạn hoàn thành',
        'Số ngày làm việc quá hạn',
        'Cấp đôn đốc đã đến',
        'Thông báo gần nhất',
        'Ngày thông báo',
        'Giải trình của đơn vị',
      ],
    },
    en: {
      completion: [
        'No.',
        'Unit',
        'Total',
        'Completed on time',
        'Completed late',
        'Open within deadline',
        'Open overdue',
        'On-time rate',
        'Late completion rate',
        'Overdue rate',
        'Notes',
      ],
      rankings: [
        'Rank',
        'Unit',
        'Total',
        'On-time rate',
        'Same period last year',
        'Mean working days late',
        'Same period last year',
        'Time to acknowledge (hours, median)',
        'Escalations',
        'Same period last year',
        'Explanation requests',
        'Same period last year',
      ],
      overdue: [
        'No.',
        'Unit',
        'Directive',
        'Task',
        'Deadline',
        'Working days overdue',
        'Escalation level reached',
        'Last notice',
        'Notice date',
        "Unit's explanation",
      ],
    },
  } as const;
  const inLanguage = async (path: string, lang: 'vi' | 'en') => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      headers: {
        authorization: `Bearer ${leader}`,
        'accept-language': lang === 'en' ? 'en-US,en;q=0.9,vi;q=0.5' : 'vi-VN,vi',
      },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const csvLine = (cells: readonly string[]) => cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');

  it.each(['vi', 'en'] as const)(
    "CSV headers in the reader's language (%s): the completion table, the rankings, the overdue pack",
    async (lang) => {
      const h = HEADERS[lang];
      expect(csvHeader(await inLanguage(`/api/v1/stats/completion?${query({ format: 'csv' })}`, lang))).toBe(
        csvLine(h.completion),
      );
      expect(csvHeader(await inLanguage(`/api/v1/stats/rankings?${query({ format: 'csv' })}`, lang))).toBe(
        csvLine(h.rankings),
      );
      expect(csvHeader(await inLanguage(`/api/v1/stats/overdue?format=csv`, lang))).toBe(csvLine(h.overdue));
      const xlsx = await xlsxStrings(await inLanguage(`/api/v1/stats/overdue?format=xlsx`, lang));
      expect(xlsx).toEqual(expect.arrayContaining([...h.overdue]));
      const total = (await inLanguage(`/api/v1/stats/completion?${query({ format: 'csv' })}`, lang))
        .toString('utf8')
        .trim()
        .split('\r\n')
        .at(-1);
      expect(total).toMatch(lang === 'vi' ? /^,Tổng cộng,6,/ : /^,Total,6,/);
    },
  );

  it.each(['vi', 'en'] as const)(
    'PDFs on A4 (%s): the wide rankings in landscape, headings wrapped at spaces only, page numbers',
    async (lang) => {
      for (const [path, headers] of [
        [`/api/v1/stats/rankings?${query({ format: 'pdf' })}`, HEADERS[lang].rankings],
        [`/api/v1/stats/completion?${query({ format: 'pdf' })}`, HEADERS[lang].completion],
        [`/api/v1/stats/overdue?format=pdf`, HEADERS[lang].overdue],
      ] as const) {
        const bytes = await inLanguage(path, lang);
        const sizes = pdfPageSizes(bytes);
        expect(sizes.length).toBeGreaterThan(0);
        expect(sizes.every((s) => s.width === 842 && s.height === 595)).toBe(true);
        const text = await pdfText(bytes);
        expect({ path, split: splitWords(text, [...headers]) }).toEqual({ path, split: [] });
        expect(text).toContain(lang === 'vi' ? `Trang 1/${sizes.length}` : `Page 1 of ${sizes.length}`);
        expect(text).toContain(lang === 'vi' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'COMMUNIST PARTY OF VIETNAM');
      }
    },
  );
});
