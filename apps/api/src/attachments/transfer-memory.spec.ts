import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { counted, TransferMemory } from './transfer-memory';

describe('the memory file transfers leave behind', () => {
  it('asks for a young-generation collection each time the transfers together moved the threshold', () => {
    const asked: string[] = [];
    const memory = new TransferMemory((options) => asked.push(options.type), 1000);
    memory.moved(600);
    expect(asked).toEqual([]);
    memory.moved(600); // 1,200: past it
    memory.moved(999);
    expect(asked).toEqual(['minor']);
    memory.moved(1);
    expect(asked).toEqual(['minor', 'minor']);
  });

  it('moves bytes as they are when the runtime gives no collector', () => {
    const memory = new TransferMemory(null, 1);
    memory.moved(10_000);
    expect(memory.collections).toBe(0);
  });

  it('passes a stream through unchanged, counting its bytes', async () => {
    const asked: string[] = [];
    const memory = new TransferMemory((options) => asked.push(options.type), 4);
    const bytes = Buffer.from('Báo cáo sơ kết 6 tháng');
    const out = await buffer(counted(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), memory));
    expect(out.equals(bytes)).toBe(true);
    expect(asked.length).toBeGreaterThanOrEqual(1);
  });

  it('gets V8’s collector in this runtime, and a collection runs', () => {
    const memory = new TransferMemory(undefined, 1);
    memory.moved(2);
    expect(memory.collections).toBe(1);
  });
});
