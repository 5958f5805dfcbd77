import { describe, expect, it } from 'vitest';
import { delegateKey, phoneDigits, postKey, seatKey } from './delegate-keys';

describe('delegate keys', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912.345.678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084-912-345-678', '0912345678'],
    ['(+84) 24 3825 1234', '02438251234'],
    ['0845 123 456', '0845123456'],
    ['', ''],
  ])('writes the phone %s as %s', (phone, digits) => {
    expect(phoneDigits(phone)).toBe(digits);
  });

  it.each([
    [{ email: ' An.Nguyen@Example.VN ', phone: '0912345678', name: 'An' }, 'mail:an.nguyen@example.vn'],
    [{ phone: '+84 912 345 678', name: 'Nguyễn Văn An' }, 'tel:0912345678'],
    [{ name: 'Nguyễn Văn  An', unitName: 'UBND xã Cẩm Bình' }, 'name:nguyen van an|ubnd xa cam binh'],
    [{ name: 'NGUYỄN VĂN AN', unitName: 'ubnd xã cẩm bình' }, 'name:nguyen van an|ubnd xa cam binh'],
    [{ name: 'Nguyễn Văn An', unitId: 12, unitName: 'Xã Cẩm Bình' }, 'name:nguyen van an|u12'],
    [{ name: null, position: 'Chủ tịch UBND', unitId: 12 }, 'seat:chu tich uy ban nhan dan|u12'],
    [{ name: '  ', position: 'Chủ tịch UBND xã', unitId: 12 }, 'seat:chu tich uy ban nhan dan|u12'],
    [{ phone: '123', name: 'An' }, 'name:an|'],
  ])('keys %j as %s', (delegate, key) => {
    expect(delegateKey(delegate)).toBe(key);
  });

  it('keys a seat by its post, written in full or abbreviated', () => {
    expect(seatKey('Chủ tịch Ủy ban nhân dân', 5)).toBe(seatKey('Chủ tịch UBND xã', 5));
    expect(seatKey('Chủ tịch UBND', 5)).not.toBe(seatKey('Chủ tịch UBND', 6));
    expect(postKey('Chủ tịch UBMTTQVN')).toBe(postKey('Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam'));
  });
});
