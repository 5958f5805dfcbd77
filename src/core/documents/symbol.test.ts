import { describe, expect, it } from 'vitest';
import { symbolAbbreviation } from './nd30';

describe('the issuing body part of a ký hiệu', () => {
  it.each([
    ['BCĐ', 'BCĐ'],
    ['UBND', 'UBND'],
    ['UBND xã', 'UBND'],
    ['Sở VHTTDL', 'SVHTTDL'],
    ['Phòng VH&TT', 'PVH&TT'],
    ['MTTQ', 'MTTQ'],
    ['Hội LHPN', 'HLHPN'],
    ['xã', 'xã'],
  ])('%s → %s', (shortName, symbol) => {
    expect(symbolAbbreviation(shortName)).toBe(symbol);
  });
});
