// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyOffTopic from '../../../rules/checks/likely-off-topic';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../rules/engine';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyOffTopic, {
  valid: [
    // round 54 (eng54c): goods the buyer asked about back in stock, one held for them
    "您前几天问的那款保温杯补货了，需要我帮您留一个吗",
    // round 47 (t47e): own use of THIS item told, the buyer's situation echoed before a pick, customs errands, a referral thanked
    "我自己家也一直用这款保温杯，泡茶一整天都是热的。",
    "我妈用这台豆浆机做米糊，打得很细，您放心拍。",
    "您刚才说上夜班没空看说明书，我直接帮您选：干皮用这款就行。",
    "报关手续我们这边统一办理，您只需要核对订购人信息。",
    "您同事说是您介绍来的，太感谢您帮我们推荐啦。",
    // round 45 (t45c): the buyer's question handed to a colleague, by desk or by name (colleagueHandoff)
    '这个问题我请同事小周帮您看一下哈。',
    '您这个故障我请技术同事@大伟帮您看看。',
    '这个尺码问题我请仓库同事帮您核实一下，稍等哦。',
    '物流的事我让同事阿杰帮您查一下，马上回复您。',
    '退款进度我麻烦财务同事帮您确认下。',
    // round 44 (t44a): the checkout's instalments, a money box asked about interest (platformInstalment)
    '想用花呗分期的话，结算页直接选就行，分期利息以页面为准。',
    '花呗分期的话，利息是平台算的，我们这边看不到。',
    '您问存钱罐算不算利息，不算的，它只是记数。',
    // round 40 (t40b): a sentence that closes on an emphatic bare refusal (detect/warning-frame.ts closesOnRefusal)
    '代写论文这类我们不做过多解释，反正不接。',
    '代练这种我们不做别的解释，就是不做',
    // round 38 (t38i): the licence the goods' use needs, told as a fact beside the purchase
    '手台发射需要业余无线电执照，只听不需要，您先买回去听听也完全可以。',
    '对讲机发射需要业余无线电执照，单纯接收不需要，您先买来听听也可以。',
    // round 36 (t36g): goods suggested to a taste; the shop's own goods sold in bulk (goodsSuggested, bulkSale)
    '宝宝嫌奶粉太甜的话，可以换成我们家的低糖款试试。',
    '单位团购的话价格可以谈，也能开增值税发票。',
    // round 31 (t31d): someone near the buyer asked after to take the parcel (in the same sentence or the next)
    '亲，您旁边现在有人吗？这件需要有人当面签收一下哦。',
    '请问您单位有同事或者前台能帮忙代收一下吗，快递明早到。',
    '您家里有家人能帮您取一下包裹吗？驿站晚上九点关门。',
    // round 31 (t31c): the buyer's orders merged into one parcel
    '看到您两个号各拍了一单，地址一样，我们合成一个包裹寄出可以吗？',
    '这三单收货人都是您，我们合在一起发，省得您跑三趟驿站，可以吗？',
    '您的两个订单可以合并发货，要合单的话回复一下就行。',
    // round 24 (lead): money short for now, buy later through the cart, the wish list or a sale
    '钱不够没关系，可以先加购物车，发工资了再买',
    '手头紧的话不着急，先把链接收藏起来，等大促有券了再拍更划算',
    '预算不够可以先加购，发工资以后再下单，库存一直有的',
    '亲，钱不够就别勉强，等活动降价了再入也不迟',
    '这个月手头紧就先收藏着，有钱了再买',
    // round 23 (t23a): thanks passed on to a third person
    '麻烦帮我们谢谢您家宝妈，感谢她的好评',
    '帮我们谢谢您朋友的推荐哦',
    '您朋友也说好用？那太好了😊 帮我们谢谢她～',
    ...EVERYDAY_REPLIES,
    '这款奶粉适合一到三岁的宝宝，冲泡的水温四十度左右就可以了。',
    '有人冒充我们店招兼职刷单，那是骗子，我们从来不招兼职，请您注意。',
    // round 19 (t19dk): a scam warning that names the bait
    "最近有人冒充本店私信拉人做兼职，说日结返佣，都是骗局，本店从不招人，请勿相信。",
    // round 41 (t41m): a shipping delay explained by the shop's staffing or schedule
    '我们这周末仓库缺人手，发货会慢一点',
    '春节前仓库人手不够，出库要晚两天，麻烦您多等等',
  ],
  invalid: [
    // round 47 (t47e): near-misses of own use of THIS item told, the buyer's situation echoed before a pick, customs errands, a referral thanked — still caught
    "我老婆也在用这款面霜，她单身的闺蜜想认识一下您。",
    "清关代办一单收50元，您有货可以找我。",
    "谢谢您帮我们宣传，推荐一个朋友返您20红包。",
    "您说在做兼职，我帮您推荐个活，加我微信日结。",
    "我家也一直用这台咖啡机，您哪天有空来我家喝一杯，顺便交个朋友。",
    // round 45 (t45c): …not with a side job or a contact passed on with the colleague
    { text: '我请同事小美加您微信，她在做兼职代理。', severity: 'warn' },
    { text: '我请同事阿梅帮您看看，她在招兼职，日结两百。', severity: 'warn' },
    // round 44 (t44a): …not with a private rate, a loan or a cash-out in the sentence
    '花呗分期不划算，我这边有口子，利息低。',
    '信用卡分期利息高，我认识放款的，可以介绍。',
    '存钱罐攒够了的话，借我们周转下，给您利息。',
    '花呗分期还不上的话，我可以帮您垫一下。',
    // round 41 (t41m): …not with a side job in it
    { text: '仓库缺人手，您有空来兼职吧，发货会慢一点', severity: 'warn' },
    // round 38 (t38i): …but not with the paper got for the buyer through someone of ours
    { text: '车台发射需要业余无线电执照，考证的话我有个朋友专门带，私聊我。', severity: 'warn' },
    // round 36 (t36g): …but not with a side job or a date beside them
    { text: '公司批量采购的话价格好商量，顺便问下您想做兼职吗', severity: 'warn' },
    { text: '您家老人喝不惯浓咖啡的话，可以试试挂耳淡一点的，顺便问下您单身吗', severity: 'warn' },
    // round 31 (t31d): …but not when the person near is wanted for a date, a side job or a contact
    '亲，您身边有人吗？需要有人当面签收一下，顺便问下有没有人想做兼职。',
    '亲，您旁边有人吗？有单身的介绍给我认识一下。',
    // round 31 (t31c): …but not with a side job or a loan beside the merged parcel
    { text: '两单给您合成一箱发，另外我们在招兼职，日结两百，有兴趣的话跟我说', severity: 'warn' },
    // round 24 (lead): the same advice with a loan or a side job in it
    { text: '钱不够的话先加购物车，我这边可以先借您，发工资了再还我就行', severity: 'warn' },
    { text: '手头紧可以先加购，我有个朋友放款很快，利息不高，发工资再还', severity: 'warn' },
    { text: '钱不够先收藏着，我们这招兼职，干两天钱就够了，发工资了再买', severity: 'warn' },
    { text: '亲，我们店最近在招兼职客服，在家就能做，一天两三个小时，您有兴趣可以了解一下。', severity: 'warn' },
    { text: '看您头像挺漂亮的，单身吗？下班以后可以一起出来喝个咖啡认识一下。', severity: 'warn' },
    { text: '亲，您要是手头紧的话，我可以给您介绍个借钱的渠道，利息很低当天到账。', severity: 'warn' },
    // round 19 (t19dk): the warning turned back to an offer
    { text: "别信外面那些冒充我们的，不过我私下确实在招人打字兼职，日结，有兴趣可以聊聊。", severity: 'warn' },
  ],
});

// Round 46 (t46k): with every rule on — a put-down of the buyer's hobby already told under 2.4 by a word rule is not off-topic talk
// (unlessFound); a side line, a loan or an investment in the same sentence keeps the 2.6 warning. The table above runs the rule alone.
describe('likely-off-topic after the 2.4 word rules', () => {
  const offTopic = (text: string) => lint(text).filter((f) => f.rule === 'likely-off-topic' && f.severity !== 'info');
  it.each([
    ['手工皂这东西讲点天分，有人做一百块也是这样，真不是模具的事，您要不考虑换个爱好？'],
    ['做蛋糕多少讲点天赋，有的人烤一百次也是塌，真不是粉的事，您要不考虑换个爱好？'],
  ])('put-down told under 2.4: %s', (text) => {
    expect(lint(text).some((f) => f.clause === '2.4' && f.severity !== 'info')).toBe(true);
    expect(offTopic(text)).toEqual([]);
  });
  it.each([
    ['手工皂这东西讲点天分，您要不考虑换个爱好，来我们这做兼职得了'],
    ['手工皂这东西讲点天分，您要不考虑换个爱好，想理财的话我带您'],
    ['做蛋糕多少讲点天赋，您要不考虑换个爱好，来我们这做兼职得了'],
    ['做蛋糕多少讲点天赋，您要不考虑换个爱好，跟我学投资吧'],
  ])('side line kept: %s', (text) => {
    expect(offTopic(text).length).toBeGreaterThan(0);
  });
});
