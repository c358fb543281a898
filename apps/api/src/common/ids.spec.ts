import { uuidFromKey } from './ids';

describe('uuidFromKey', () => {
  it('is stable, well-formed and distinct per key', () => {
    const a = uuidFromKey('directive:officer-1:key-1');
    expect(a).toBe(uuidFromKey('directive:officer-1:key-1'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromKey('directive:officer-2:key-1')).not.toBe(a);
  });
});
