import { describe, expect, it } from 'vitest';
import { isValidUai, uaiCheckLetter } from '../../../src/lib/format/uai.ts';

describe('isValidUai', () => {
  it('accepts a UAI whose letter is the check letter, in either case', () => {
    expect(isValidUai('0330021U')).toBe(true);
    expect(isValidUai('0330021u')).toBe(true);
  });

  it('rejects a wrong check letter', () => {
    expect(isValidUai('0330021V')).toBe(false);
    expect(isValidUai('0330021A')).toBe(false);
  });

  it.each([['033002U'], ['03300210U'], ['A330021U'], ['0330021'], ['0330021UU'], ['']])('rejects the shape « %s »', (uai) => {
    expect(isValidUai(uai)).toBe(false);
  });
});

describe('uaiCheckLetter', () => {
  it('gives the letter a wrong UAI should have', () => {
    expect(uaiCheckLetter('0330021')).toBe('U');
  });

  it('reads the remainder modulo 23 in an alphabet without I, O and Q', () => {
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000008')).toBe('J');
    expect(uaiCheckLetter('0000013')).toBe('P');
    expect(uaiCheckLetter('0000014')).toBe('R');
    expect(uaiCheckLetter('0000022')).toBe('Z');
    expect(uaiCheckLetter('0000023')).toBe('A');
  });

  it('has no letter for anything but seven digits', () => {
    expect(uaiCheckLetter('033002')).toBeUndefined();
    expect(uaiCheckLetter('033002A')).toBeUndefined();
  });
});
