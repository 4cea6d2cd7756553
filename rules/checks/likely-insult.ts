// 2.4 by the statistical second opinion (rules/model/): sarcasm, slang and put-downs the insult rules have
// no words for.
import { likelyRule } from '../model/likely-rule';

// Round 22 (t22ds): animal words in their pet-goods sense (猫砂, 狗粮) or the agent's own pet (我家猫, 我家主子) weigh like an animal
// insult to the model, the more so after a candour lead-in (说句实话，这个猫粮真的好，我家猫吃了半年了). Such a sentence is no insult when
// it addresses no one (a generic 你 in praise, 好用到让你…, does not count) and puts no one below the animal (我家猫都懂, 不如).
const PET_SENSE = /猫砂|猫粮|狗粮|猫条|猫罐|狗罐|冻干|宠物|主子|毛孩子|铲屎|我家(?:的)?(?:猫|狗|喵|汪)/;
const GENERIC_YOU = /(?:到|得)(?:让|叫|使)?你/g;
const PUT_BELOW = /都(?:会|懂|知道|比|能|明白|听得懂|看得懂)|不如|比(?:人|你|您)/;
const petTalk = (sentence: string): boolean =>
  PET_SENSE.test(sentence) && !PUT_BELOW.test(sentence) && !/你|您|买家/.test(sentence.replace(GENERIC_YOU, ''));

export default likelyRule({
  id: 'likely-insult',
  clause: '2.4',
  title: { zh: '疑似辱骂、讽刺或挑衅买家（统计判断）', en: 'Likely insulting or provoking the buyer (statistical)' },
  forbids: {
    zh: '禁止辱骂、讽刺、挑衅买家或使用让人不快的言语',
    en: 'forbids insults, sarcasm, provocation and words that offend the buyer',
  },
  hint: {
    zh: '请改成平和、尊重的说法，只说事实和处理办法。',
    en: 'Rephrase calmly and respectfully; state the facts and what you will do.',
  },
  message: '这句话读起来像在讽刺或贬低买家（统计判断，可能误判）',
  unless: petTalk,
});
