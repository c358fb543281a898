import { ValidationError } from '@dondoc/domain';
import { assertPasswordPolicy, passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts the demo and test passwords and a long passphrase', () => {
    for (const password of ['DonDoc@2026', 'DonDoc@2026-test', 'một câu đủ dài để nhớ']) {
      expect(passwordProblems(password, 'bdv.tinh')).toEqual([]);
    }
  });

  it('refuses short ones, the username in any case, and common ones, naming the field, each a catalogue key', () => {
    expect(passwordProblems('Ngan@2026', 'bdv.tinh')).toEqual([
      {
        field: 'password',
        message: expect.objectContaining({ key: 'auth.atLeastCharacters', params: { PASSWORD_MIN_LENGTH: 10 } }),
      },
    ]);
    expect(passwordProblems('BDV.Tinh.Gialai', 'bdv.tinh.gialai', 'newPassword')).toEqual([
      { field: 'newPassword', message: expect.objectContaining({ key: 'auth.mustNotBeTheUsername' }) },
    ]);
    expect(passwordProblems('Password123', 'x')).toEqual([
      { field: 'password', message: expect.objectContaining({ key: 'auth.tooCommonEasilyGuessed' }) },
    ]);
  });

  it('counts characters, not bytes: ten Vietnamese letters are enough', () => {
    expect(passwordProblems('đôn đốc ơi', 'x')).toEqual([]);
    expect(passwordProblems('đôn đốc', 'x')).toHaveLength(1);
  });

  it('throws a validation error (400) carrying the problems', () => {
    expect(() => assertPasswordPolicy('matkhau123', 'x', 'newPassword')).toThrow(ValidationError);
  });
});
