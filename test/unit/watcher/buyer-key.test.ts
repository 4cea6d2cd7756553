// @vitest-environment node
// Conversation keys from the workbench's row ids (utils/buyer-key.ts): the buyer, not the nickname.
import { describe, expect, it } from 'vitest';
import { buyerIdOfRowId, buyerIdOfRows, conversationKey, isBuyerIdKey, isNumericName } from '@/utils/buyer-key';

describe('buyer keys', () => {
  it('reads the buyer id of a workbench row id, nothing else', () => {
    expect(buyerIdOfRowId('0_111_m1')).toBe('111');
    expect(buyerIdOfRowId('0_2123456789_17')).toBe('2123456789');
    expect(buyerIdOfRowId('0_111_')).toBeNull();
    expect(buyerIdOfRowId('d:abc')).toBeNull();
    expect(buyerIdOfRowId('cs-common-message-list-item-3')).toBeNull();
    expect(buyerIdOfRowId('1_111_m1')).toBeNull();
    expect(buyerIdOfRowId('0_abc_m1')).toBeNull();
  });

  it('the buyer rows decide; agent rows only when there is no buyer row; disagreement is no id', () => {
    const row = (id: string, kind = 'in') => ({ id, kind });
    expect(buyerIdOfRows([])).toBeNull();
    expect(buyerIdOfRows([row('d:x'), row('d:y', 'out')])).toBeNull();
    expect(buyerIdOfRows([row('0_111_1'), row('0_111_2', 'out'), row('d:z', 'system')])).toBe('111');
    // Agent rows carrying another id (the shop's) do not hide the buyer's.
    expect(buyerIdOfRows([row('0_999_1', 'out'), row('0_111_2'), row('0_999_3', 'out')])).toBe('111');
    expect(buyerIdOfRows([row('0_111_1', 'out'), row('0_111_2', 'out')])).toBe('111');
    // A pane caught mid-switch (two buyers' rows): no id, the caller falls back to the nickname.
    expect(buyerIdOfRows([row('0_111_1'), row('0_222_2')])).toBeNull();
    expect(buyerIdOfRows([row('0_111_1', 'out'), row('0_222_2', 'out')])).toBeNull();
  });

  it('keys by the buyer id when there is one, else by the nickname', () => {
    expect(conversationKey('买家小王', '111')).toBe('id:111');
    expect(conversationKey('5829301177', '111')).toBe('id:111');
    expect(conversationKey('买家小王', null)).toBe('买家小王');
    expect(conversationKey(null, null)).toBeNull();
    expect(isBuyerIdKey('id:111')).toBe(true);
    expect(isBuyerIdKey('买家小王')).toBe(false);
    expect(isNumericName('5829301177')).toBe(true);
    expect(isNumericName('买家1')).toBe(false);
  });
});
