// detect/warning-frame.ts warnsOffUnlawful (round 33, t33a): a sentence that warns the buyer off an unlawful act and calls it unlawful,
// read by the statistical 2.7 and 2.4 opinions. Compact text, as the model reads it.
import { describe, expect, it } from 'vitest';
import { controlledRefused, warnsOffUnlawful } from '../../../rules/detect/warning-frame';

describe('warnsOffUnlawful', () => {
  it.each(['打牌图个开心千万别赌钱赌博是违法的', '别买来路不明的药那是犯法的', '斗地主玩玩就行千万别上头押钱违法的', '请远离网络赌博平台涉赌要负法律责任'])('%s: warned off', (s) => {
    expect(warnsOffUnlawful(s)).toBe(true);
  });
  it.each(['麻将玩点小钱没事不违法来我们群', '小赌怡情别怕违法', '别担心这个不犯法', '千万别声张这个是违法的但我们有门路', '打牌押钱违法吗'])('%s: not warned off', (s) => {
    expect(warnsOffUnlawful(s)).toBe(false);
  });
});

// Round 40 (t40i): controlledRefused — a kind called controlled or banned and refused by the shop, with no turn back to a sale.
describe('controlledRefused', () => {
  it.each(['蝴蝶刀弹簧刀属于管制刀具我们店不卖只有厨房用刀', '电击器甩棍都是管制器具本店不经营防身可以看看强光手电', '电子烟属于禁寄物品我们这边不卖', '气枪属于违禁品本店不卖只有积木枪'])('%s: refused', (s) => {
    expect(controlledRefused(s)).toBe(true);
  });
  it.each(['蝴蝶刀属于管制刀具我们店不卖不过熟人的话可以私下发', '管制刀具一般人我们不卖', '弹簧刀属于管制刀具我们店不卖但要的话找我', '蝴蝶刀我们店不卖只有厨房用刀', '弩属于管制器具您买回去注意别带出门'])('%s: not refused', (s) => {
    expect(controlledRefused(s)).toBe(false);
  });
});

// Round 42 (t42j): 报警 as a frame only when it is calling the police, not a device that will not (or will) alarm.
import { REFUSAL_FRAME } from '../../../rules/detect/warning-frame';
describe('REFUSAL_FRAME and 报警', () => {
  it.each(['再发这种消息我们会报警处理', '这种骗局建议您直接报警', '我们已报警'])('%s: a warning', (s) => {
    expect(REFUSAL_FRAME.test(s)).toBe(true);
  });
  it.each(['测速点不会报警超速也拍不到', '安检门没有报警', '过闸机不会报警', '温度到了会自动报警', '报警阈值可以自己调'])('%s: a device, no frame', (s) => {
    expect(REFUSAL_FRAME.test(s)).toBe(false);
  });
});
