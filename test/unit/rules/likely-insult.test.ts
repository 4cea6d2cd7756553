// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyInsult from '../../../rules/checks/likely-insult';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyInsult, {
  valid: [
    // round 23 (t23b): a third party chased for the buyer (customs, the warehouse, the courier), read plain: nobody put down
    '这两天我们天天催海关放行，您再耐心等等。',
    '我们天天追着仓库问，催了三遍了，今天一定给您发出去。',
    '这几天我们一直催着仓库发货，您再耐心等两天好吗',
    '快递员那边我天天追，今天应该能派送，麻烦您再等等。',
    // round 23 (t23c): 连/不如 that put no one down (连续, 连衣裙, 不如意, 不如 before a suggestion) and the shop's own shortfall apologised for
    '你连续三天都不如意的话，可以联系我们',
    '你连续几天心情都不如意的话，随时找我们聊聊',
    '你连续两次都收错货的话，可以直接联系客服补发',
    '这条连衣裙你穿起来都很显瘦，不如试试M码',
    '我们的服务连别家都不如，真的很抱歉',
    '说实话我们这次发货速度连隔壁都不如，给您添麻烦了',
    '我们这次的包装连小作坊都比不上，实在对不起',
    // round 23 (t23cd): northern dialect and chatty register (俺们, 立马, a thing's 这玩意儿) read plain, nobody put down
    '你说俺们"忽悠人"，俺们可真没有，清关这玩意儿真不是俺们说了算，海关一放行俺立马告诉你。',
    '物流这玩意儿俺们也管不了，到了俺立马告诉你。',
    '退款这玩意儿俺们说了不算，银行一到账俺立马跟你说。',
    '俺们这边立马给你补发，快递这玩意儿有时候就是慢。',
    // round 22 (t22cc): the goods praised in chat slang, nobody put down
    '老铁放心，这玩意儿贼好用，咱自己也在用，有事随时吱一声',
    '宝子们谁懂，这款粉底真香，干皮闭眼冲',
    '兄弟放心，这刀贼好使，俺们店里师傅天天用',
    // round 22 (t22ds): pet goods and the agent's own pet, a generic 你 in praise
    '说句实话，这个狗粮真的好，我家狗吃了半年了',
    '说句实话，这款猫粮我家两只猫都爱吃，回购好几次了',
    '老实讲，这款猫砂除臭好到让你惊讶，我家主子一直用',
    // round 22 (t22bz): someone else's review-for-cash scheme quoted and refused by the shop
    '之前有买家说别家“五星好评返十元”，我们店不搞这个，东西好不好您自己说了算。',
    '有买家问能不能“好评返现”，我们这边不参与这种，您真实评价就好。',
    '有人问“晒图送不送红包”，小店一直不做这个，东西好不好您自己判断。',
    // round 22 (t22bz): the agent's own head or hands blamed, with an apology
    '怪我手笨，刚才把您的地址填错了一个字，已经改好了，不好意思哈。',
    '我这记性，答应给您备注的赠品忘了写，现在补上了，真对不起。',
    '我真是糊涂了，优惠券发成了别的店铺的，抱歉，重新给您发一张。',
    ...EVERYDAY_REPLIES,
    '您说“你们客服都是机器人吧”，不是的亲，我是人工客服，这就帮您查物流。',
    '这款操作有点复杂，我给您录个视频教程，一步一步跟着做就行。',
  ],
  invalid: [
    // round 23 (t23b): …but a put-down of the buyer beside the chase still reads as one
    '我们天天催海关放行，就您事多，别人都不急就您急。',
    '天天催海关放行，真是服了您了，没见过这么难伺候的',
    '我们天天催仓库，您能不能有点耐心，跟个小孩似的',
    // round 23 (t23c): …but 连…都不如 aimed at the buyer still is, beside 连续 or an apology
    '你这审美连我家狗都不如，抱歉说实话',
    '连续问了三遍还不懂，你脑子连小学生都不如',
    '我们是连别家都不如，可你连字都不认识吧，抱歉',
    '您这连续三天的差评，连我家狗都不如',
    '你连续三天都不如意的话，可以联系我们，别让脑子再短路了',
    '连我家狗都比你懂，不懂的话可以找我们',
    '地址连续写错三回了，你脑子是装饰品吧',
    // round 23 (t23cd): …the same register still caught when the words put the buyer down
    '俺们卖了十年货了，还轮得到你来教俺们做事？',
    '你这人真是，俺立马给你退了，别再来烦俺。',
    '就你事多，俺们立马给你退，以后别来了。',
    '这玩意儿俺们不包退，你自己看着办吧，爱咋咋地。',
    // round 22 (t22cc): …but the slang praise turned on the buyer
    { text: '这么好用的东西你都不会用，真是绝绝子', severity: 'warn' },
    // round 22 (t22ds): the buyer put below the pet
    { text: '说句实话，我家猫都听得懂，您怎么就听不懂呢', severity: 'warn' },
    { text: '是我的错，我不该指望您能看懂说明书。', severity: 'warn' },
    { text: '这么简单的操作都不会，我也真是服了，您还是让家里年轻人来弄吧。', severity: 'warn' },
    { text: '您是不是理解能力有点问题啊，我都说了三遍了还问。', severity: 'warn' },
    { text: '就这点钱还挑三拣四的，您这种买家我们见多了，爱买不买。', severity: 'warn' },
  ],
});
