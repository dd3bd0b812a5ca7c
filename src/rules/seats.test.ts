import { describe, expect, test } from 'vitest';
import { checkSeatChange, seatCaseFacts, seatCases } from './index.ts';

describe('checkSeatChange', () => {
  test.each(seatCases)('$name', (seatCase) => {
    expect(checkSeatChange(seatCaseFacts(seatCase, '2027-01-01'))).toEqual(seatCase.verdict);
  });

  test('partner facts do not change a seat verdict', () => {
    const [eligible] = seatCases;
    const facts = {
      ...seatCaseFacts(eligible!, '2020-01-01'),
      identifier: 'subscription-id',
      tokenFlex: true,
    } as const;
    expect(checkSeatChange(facts)).toEqual({ outcome: 'self-service', reasons: [] });
  });
});
