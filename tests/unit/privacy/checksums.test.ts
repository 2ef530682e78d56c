// The checksums behind cards and IBANs, on published test numbers.
import { describe, expect, it } from 'vitest';
import { isValidIban, luhnValid, paymentCardBrand } from '@/lib/privacy';

// Example IBANs of the SWIFT IBAN Registry.
const IBANS = [
  'AD1200012030200359100100', 'AL47212110090000000235698741', 'AT611904300234573201', 'BE68539007547034',
  'CH9300762011623852957', 'CY17002001280000001200527600', 'CZ6508000000192000145399', 'DE89370400440532013000',
  'DK5000400440116243', 'EE382200221020145685', 'ES9121000418450200051332', 'FI2112345600000785',
  'FR1420041010050500013M02606', 'GB29NWBK60161331926819', 'GR1601101250000000012300695', 'HR1210010051863000160',
  'HU42117730161111101800000000', 'IE29AIBK93115212345678', 'IT60X0542811101000000123456', 'LT121000011101001000',
  'LU280019400644750000', 'LV80BANK0000435195001', 'MT84MALT011000012345MTLCAST001S', 'NL91ABNA0417164300',
  'NO9386011117947', 'PL61109010140000071219812874', 'PT50000201231234567890154', 'SE4550000000058398257466',
  'SI56263300012039086', 'SK3112000000198742637541',
];

// Test card numbers published by payment processors.
const CARDS: [number: string, brand: string][] = [
  ['4111111111111111', 'Visa'],
  ['4012888888881881', 'Visa'],
  ['4222222222222', 'Visa'],
  ['5555555555554444', 'Mastercard'],
  ['5105105105105100', 'Mastercard'],
  ['2223003122003222', 'Mastercard'],
  ['378282246310005', 'American Express'],
  ['371449635398431', 'American Express'],
  ['6011111111111117', 'Discover'],
  ['30569309025904', 'Diners Club'],
  ['3530111333300000', 'JCB'],
  ['6200000000000005', 'UnionPay'],
];

describe('IBAN checksum (ISO 13616)', () => {
  it.each(IBANS)('accepts the registry example %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it('rejects every registry example with one check digit changed', () => {
    for (const iban of IBANS) {
      const digit = Number(iban[3]);
      expect(isValidIban(iban.slice(0, 3) + String((digit + 1) % 10) + iban.slice(4))).toBe(false);
    }
  });

  it('rejects a valid checksum at the wrong length for the country', () => {
    // Same digits as DE89…, but under a country of another length.
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('XX89370400440532013000')).toBe(false);
    expect(isValidIban('')).toBe(false);
  });
});

describe('payment cards (Luhn and IIN)', () => {
  it.each(CARDS)('%s is a %s card', (number, brand) => {
    expect(luhnValid(number)).toBe(true);
    expect(paymentCardBrand(number)).toBe(brand);
  });

  it('a Luhn-invalid number is not a card, whatever its prefix', () => {
    for (const [number] of CARDS) {
      const last = Number(number[number.length - 1]);
      const wrong = number.slice(0, -1) + String((last + 1) % 10);
      expect(luhnValid(wrong)).toBe(false);
      expect(paymentCardBrand(wrong)).toBeNull();
    }
  });

  it('a Luhn-valid number outside every IIN range is not a card', () => {
    expect(luhnValid('9999999999999995')).toBe(true);
    expect(paymentCardBrand('9999999999999995')).toBeNull();
    expect(luhnValid('0000000000000000')).toBe(true);
    expect(paymentCardBrand('0000000000000000')).toBeNull();
  });

  it('Luhn rejects empty and non-digit input', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111-1111')).toBe(false);
  });
});
