// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyInsult from '../../../rules/checks/likely-insult';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyInsult, {
  valid: [
    // round 22 (t22ds): pet goods and the agent's own pet, a generic 你 in praise
    '说句实话，这个狗粮真的好，我家狗吃了半年了',
    '说句实话，这款猫粮我家两只猫都爱吃，回购好几次了',
    '老实讲，这款猫砂除臭好到让你惊讶，我家主子一直用',
    ...EVERYDAY_REPLIES,
    '您说“你们客服都是机器人吧”，不是的亲，我是人工客服，这就帮您查物流。',
    '这款操作有点复杂，我给您录个视频教程，一步一步跟着做就行。',
  ],
  invalid: [
    // round 22 (t22ds): the buyer put below the pet
    { text: '说句实话，我家猫都听得懂，您怎么就听不懂呢', severity: 'warn' },
    { text: '这么简单的操作都不会，我也真是服了，您还是让家里年轻人来弄吧。', severity: 'warn' },
    { text: '您是不是理解能力有点问题啊，我都说了三遍了还问。', severity: 'warn' },
    { text: '就这点钱还挑三拣四的，您这种买家我们见多了，爱买不买。', severity: 'warn' },
  ],
});
