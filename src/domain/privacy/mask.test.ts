import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './mask';

describe('masking rule of public views', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138 1234 1234')).toBe('138****1234');
  });
  it('hides at least half of a short number and answers null for none', () => {
    expect(maskPhone('88886666')).toBe('88****66');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBeNull();
    expect(maskPhone(null)).toBeNull();
  });
  it('keeps the first character of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王*');
    expect(maskName('  ')).toBeNull();
  });
});
