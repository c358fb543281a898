import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

describe('unit search: diacritics, any word order, abbreviations both ways (the demo province)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let province: TestProvince;
  let http: Http;
  /** The province's standing board: its scope is this province alone (an admin would see every test file's). */
  let leader: string;

  beforeAll(async () => {
    [system, db] = await Promise.all([startSystem(), connectTestDatabase()]);
    province = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    leader = await http.login(province.user('thuongtruc.tu'), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  /** Demo codes (without the province's prefix) of the units a query finds, in the answer's order. */
  const search = async (q: string): Promise<string[]> => {
    const { status, body } = await http.request('GET', `/api/v1/units?q=${encodeURIComponent(q)}&limit=500`, {
      token: leader,
    });
    expect(status).toBe(200);
    return body.items.map((u: { code: string }) => u.code.slice(province.prefix.length + 1));
  };

  it('"mặt trận" finds the provincial Front and every commune\'s "Ủy ban MTTQ Việt Nam xã …", provincial first', async () => {
    const found = await search('mặt trận');
    expect(found[0]).toBe('MTTQ-GL');
    expect([...found].sort()).toEqual(['MTTQ-CHUSE', 'MTTQ-DAKDOA', 'MTTQ-GL', 'MTTQ-IAGRAI', 'MTTQ-PLEIKU']);
  });

  it('"mttq ia grai" and "mat tran ia grai" find "Ủy ban MTTQ Việt Nam xã Ia Grai" alone', async () => {
    expect(province.units.get('MTTQ-IAGRAI')!.name).toBe('Ủy ban MTTQ Việt Nam xã Ia Grai');
    expect(await search('mttq ia grai')).toEqual(['MTTQ-IAGRAI']);
    expect(await search('mat tran ia grai')).toEqual(['MTTQ-IAGRAI']);
    expect(await search('Ia Grai MẶT TRẬN tổ quốc')).toEqual(['MTTQ-IAGRAI']);
  });

  it('"ubnd chu se" finds "Ủy ban nhân dân xã Chư Sê"; "ủy ban nhân dân chư sê" too', async () => {
    expect(await search('ubnd chu se')).toEqual(['UBND-CHUSE']);
    expect(await search('ủy ban nhân dân chư sê')).toEqual(['UBND-CHUSE']);
  });

  it('knows the other abbreviations: HND, HLHPN, ĐTN, CCB, ĐU', async () => {
    expect(await search('hnd pleiku')).toEqual(['HND-PLEIKU']);
    expect(await search('HLHPN đak đoa')).toEqual(['HLHPN-DAKDOA']);
    expect(await search('đtn chư sê')).toEqual(['DTN-CHUSE']);
    expect(await search('ccb ia grai')).toEqual(['HCCB-IAGRAI']);
    expect(await search('đu ia grai')).toEqual(['DU-IAGRAI']);
  });

  it('still finds a unit by its code, and nothing for a word no unit has', async () => {
    expect(await search(`${province.prefix}-BDV-TU`)).toEqual(['BDV-TU']);
    expect(await search('mttq hà nội')).toEqual([]);
  });
});
