// Round 41 (t41m): an elder's failing hearing or sight explained kindly (老人耳背的话，铃声调到最大，别怪他们听不清; 家里长辈眼花的话，
// 选大字版更方便，多体谅一下): the buyer's family spoken of with care and the goods fitted to them, no one put down — weighed like a jab
// at the buyer by its 耳背 and 别怪. Not the buyer's own ailment thrown back (耳背就去医院，别赖耳机), nor an elder mocked (老糊涂, 老不死).

const ELDER = /老人|长辈|老年人|爷爷|奶奶|外公|外婆|姥姥|姥爷|爸妈|父母|老爷子|老太太|老两口|老人家/;
// Round 44 (t44a): …or their reading (老人不识字的话，可以让家人帮忙读说明书; 长辈不会打字的话发语音也行): help from the family or another way offered.
const AILMENT = /耳背|耳朵背|听力(?:不好|下降|差|弱)|听不(?:清|见|太清)|眼花|老花|看不(?:清|太清)|腿脚不(?:便|好|方便)|记性不好|手抖|不识字|不认字|识字不多|认字不多|不会(?:打字|拼音|认字)|看不懂(?:字|说明|说明书)/;
const KINDLY = /别怪|不怪|多体谅|体谅|理解|耐心|慢慢|调(?:到|成)?(?:最)?大|放大|大字|音量|声音大|建议|可以(?:选|试|调|换|买|让|请|发|用)|更方便|适合|家人|家里人|子女|孩子|帮(?:忙|着|他|她|老人)|读给|念给|语音|图示|视频/;
const PUT_DOWN = /你|您(?:这|也|还|自己|真|的耳|的眼)|赖|活该|聋子|瞎|老糊涂|老不|老东西|没用|废物|笨|蠢|傻|脑子|智商|去医院/;

/** An elder's ailment explained with care (for the model's 2.4 and 2.7 gates). */
export function elderAilmentKindly(s: string): boolean {
  return ELDER.test(s) && AILMENT.test(s) && KINDLY.test(s) && !PUT_DOWN.test(s);
}
