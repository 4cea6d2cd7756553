// Round 61 (eng61b): false alarms of B61 fixed as classes of clean use, and 2.8 half-admissions caught as classes, each in new wordings of
// the tuner's own (not B61's lines), checked on the whole linter, with the near misses the same words must leave alone beside them.
import { describe } from 'vitest';
import { catches, staysClean } from '../../support/lint-tables';

describe('round 61 (eng61b): clean uses that raised nothing false', () => {
  // 代 closing a word of its own (a generation, an era, "replace") before 充/练/写: no errand offered (unrelated-service)
  staysClean([
    '三代充电器和二代的接口一样',
    '初代充电仓已经停产了，新一代充电仓兼容',
    '第二代练习本加厚了',
    '新一代练字帖到货了',
    '两代充电线不通用哦',
    '这款是二代写真机',
  ]);
  // the 号 of a date (a day of the month) before 给您: no account handed over (contact-pointer)
  staysClean([
    '月底31号，给您安排发货',
    '活动到二十号，给您留着名额',
    '下个月5号，给您补寄赠品',
    '到货大概是三号，给您发短信提醒',
    '预计8号，给您发出',
  ]);
  // the ratio refused right after it (counterfeit-terms)
  staysClean([
    '1:1的货我们一律不卖，都是专柜正品',
    '1:1复刻的我们店从来不做，请放心',
    '您问的1:1版本，我们这边真没有，只有正品',
    '1:1的包包我们从不上架',
  ]);
  // the buyer's ask of us reported and refused, the talk or payment kept here (likely-off-platform)
  staysClean([
    '你让我把支付宝账号发你，这个实在不行，付款只能走平台下单',
    '您想让我加您微信发视频，真不方便，视频在这里直接发就可以',
    '您要我私下转账退差价，这个确实不可以的',
  ]);
});

describe('round 61 (eng61b): the same words still raise where they breach', () => {
  catches([
    ['我们也可以代充游戏币，找我', '2.6'],
    ['可以帮您代充话费，便宜', '2.6'],
    ['我的号，给您，加一下', '2.3'],
    ['我把号给您，您加我', '2.3'],
    ['这款1:1的，和专柜没有区别', '2.8'],
    ['1:1复刻专柜，细节到位', '2.8'],
    ['您让我加您微信，这个不行，在这里说就行，加我小号吧', '2.3'],
  ]);
});

describe('round 61 (eng61b): 2.8 half-admissions caught as classes', () => {
  catches([
    // the check offered and withdrawn: a way of verifying beside a predicate that takes the proof back
    ['能鉴定，但鉴定结果我们不担保', '2.8'],
    ['拿去验也行，出了啥结果我们概不负责', '2.8'],
    ['验货我们这不包哈', '2.8'],
    ['验货的话随您，过不过的就看运气了', '2.8'],
    ['要保真的您去专柜买，我们这就图个便宜', '2.8'],
    ['专柜验就算了吧，他们标准贼严', '2.8'],
    // the genuine priced out of reach, or the difference owned by the price
    ['正品这个价连零头都不够', '2.8'],
    ['真的正品我们自己都买不起好吗', '2.8'],
    ['原版哪是这个价钱', '2.8'],
    ['说真的，正品连成本都不够这个价', '2.8'],
    ['这个跟专柜的没法比，一分价钱一分货嘛', '2.8'],
    ['跟正品多少有差距，毕竟价格摆在这', '2.8'],
    // the one likeness to the genuine named
    ['这包唯一跟原版一样的就是logo', '2.8'],
  ]);
  staysClean([
    '支持验货，鉴定费用需要您自己承担，结果以机构报告为准',
    '签收后人为损坏的我们不负责，验货请在签收时当面进行',
    '随便验，专柜标准再严也不怕，假一赔十',
    '欢迎拿去专柜验，验出问题全额退款',
    '正品哦，这个价是因为保税仓直发，免了中间环节',
    '这款和官网的包装不一样，是海外版，价格也便宜一些',
    '正品这个价已经是最低了，保证正品',
    '体验装我们不保证有货哦',
    '验证码收不到的话重新获取一下',
    '和官网的颜色有点不一样，是拍照色差，价格一样',
    '唯一和专柜不同的是没有小票，正品保障',
    '检验报告我们不负责出具，需要的话平台可以申请',
    '建议别去得物买，我们店里就是正品，支持验货，假一赔十',
    '这款刀具开刃很锋利，收到后请放在孩子拿不到的地方',
    '这是品牌的奥莱线，用料和专柜款有区别，所以便宜，页面也标了',
  ]);
});

describe('round 61 (eng61b): 2.4 contempt for the buyer\'s person caught as classes', () => {
  catches([
    // an aspect of the buyer's body, looks, age, mind or purse met by a demeaning verdict
    ['您这岁数用这个粉底，我劝您死心吧', '2.4'],
    ['你这腰围，这条裤子您就别折腾了', '2.4'],
    ['您这智商，看不懂说明书也难怪', '2.4'],
    // the buyer filed as too mean to pay a trifle
    ['连三块钱运费都不舍得出的人，还要求这么多', '2.4'],
    ['几块钱都掏不起的主，还想要赠品', '2.4'],
    // likened to something duller
    ['比木头还笨的买家我是第一次见', '2.4'],
    ['跟树懒一样笨的人我头一回见', '2.4'],
    // the buyer's feedback thrown to a base use
    ['您的差评截图我已经拿去擦屁股了', '2.4'],
    ['你那条投诉留言我们打印出来当草稿纸了', '2.4'],
    ['您的"宝贵"建议我已经扔进垃圾桶了', '2.4'],
  ]);
  staysClean([
    '您这体型建议选XL，穿着会更舒服',
    '这款眼霜能淡化细纹，您照片里的情况可以先试用小样',
    '您的宝贵意见我们已经打印出来贴在培训墙上了，谢谢',
    '尺码是按亚洲人标准做的，您可以参考尺码表选大一码',
    '您这个年纪用这款抗老精华正合适',
    '我这身材都穿得下，您放心',
    '很多人连运费险都舍不得买，其实几毛钱挺划算的',
    '宝宝体型偏胖的话建议选大一码',
    '您的差评我们已经看到了，会认真整改',
    '这款和上一款一样傻瓜式操作，老人也会用',
    '买不起的话可以等大促，到时有券',
    '您的投诉已经转给主管，垃圾桶那个赠品我们补发',
  ]);
});
