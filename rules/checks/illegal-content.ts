// 2.7: illegal or prohibited content — gambling, drugs, pornography, pyramid schemes, political agitation,
// banned substances added to goods, smuggling and customs fraud, weapons, fake documents. Every word with a
// food, cosmetic or logistics sense is tied to context: 菠菜粉, 大麻籽油, 成人奶粉, 裸妆, 已下线, 子弹杯, 手枪钻,
// 笑气奶油弹, 激素脸, 政府补贴, 推翻了之前的配方, 不属于管制刀具.

import { cueRule, type Cue } from '../detect/cue-rule';

/** A sentence that forbids, warns against or reports these things is compliant. */
const WARNING = /禁止|严禁|拒绝|远离|打击|举报|抵制|违法|犯罪|不得|谨防|警惕|不涉及|不存在|不允许|杜绝|防范/;

const cues: Cue[] = [
  {
    // Customs fraud, order brushing, relabelling, prescription drugs, smuggling, sex services, false invoices.
    words: [
      '别人的身份证', '别人身份证', '用不同人的名字', '不同人的名字', '拆成好几单', '拆单避税', '海关查不到', '填低一点', '低报', '没走海关', '不走海关', '人肉背', '人肉带',
      '生产日期重新打', '重新打日期', '改生产日期', '换了新标签', '处方药也能', '不用处方', '禁售的成分', '禁售成分', '刷几单', '刷单', '冲一下销量', '冲销量', '下单再退款',
      '上门服务的妹子', '别的公司名头', '开别的公司', '举报竞争对手', '买码', '特码', '溜冰', '带点叶子',
    ],
    severity: 'block',
    message: '涉及违法违规内容（走私、逃税、刷单、违禁药品、色情等，规则 2.7）',
    notAfter: /^(?:鞋|场|裤)/,
    notSentence: /禁止|严禁|不会|不能|不允许|不支持|不提供|不做|请勿|谨防|违法|举报|杜绝|按规定|如实/,
  },
  // Gambling
  {
    words: ['赌博', '博彩', 'bo彩', '百家乐', '六合彩', '时时彩', '北京赛车', '彩金', '下注', '押注', '投注', '赌球', '网赌', '赌钱', '娱乐城', '真人荷官', '老虎机', '炸金花', '上分下分', '上下分', '赌一把', '菠菜网', '菠菜平台', '跟投', '电子游艺'],
    severity: 'block',
    message: '涉及赌博内容',
    notSentence: WARNING,
  },
  {
    // Lottery tips: 彩票群, 内部计划, 跟着买就能中 — not a prize draw (抽奖不是彩票).
    words: ['彩票', '私彩', '网彩', '购彩', '彩民', '内部计划', '包中', '必中', '稳中', '跟着买就能中', '跟着买必中', '跟单必中', '带单', '导师带'],
    severity: 'block',
    message: '疑似赌博或非法彩票内容',
    sentence: /群|计划|跟着|跟单|中奖率|包中|必中|稳中|能中|充值|平台|下注|投注|网站|app|链接|带你|导师|回本|翻倍|赚|收益/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不是彩票|抽奖|体育彩票站|福利彩票站/],
  },
  {
    words: ['牌九', '推牌九', '梭哈', '德州扑克', '押大小', '骰宝', '番摊', '捕鱼游戏', '斗牛', '菠菜', '棋牌', '赌场', '返水', '赔率', '庄家', '开盘', '计划群', '稳赚不赔', '包赢'],
    severity: 'block',
    message: '疑似赌博内容',
    sentence: /网站|平台|充值|首充|推荐|带你|注册|台子|下注|稳赚|玩|娱乐|app|赢|提现|上分|下分|押|投注|彩|赌|跟着买|链接|群/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:粉|面|汁|泥|叶|种|汤|苗|籽|饼|馅|鸡蛋|炒)/,
    notSentence: [WARNING, /色号|色名|眼影|口红|香水|配色|限定色|辅食|宝宝|造型|冰箱贴|文创|玩具|桌游|纪念品|斗牛犬|西班牙/],
  },
  // Drugs
  {
    words: ['冰毒', '海洛因', 'k粉', '摇头丸', '麻古', '麻果', '可卡因', '罂粟壳', '冰du', '吸毒', '毒品', '嗑药', '迷幻药', '迷幻蘑菇', '听话水', '迷药', '迷奸药', '催情药', '春药', '依托咪酯', '太空油', '上头电子烟', '大麻糖', '大麻烟', '大麻电子烟', '飞叶子', 'lsd', '氯胺酮'],
    severity: 'block',
    message: '涉及毒品或违禁药物',
    notSentence: WARNING,
  },
  {
    words: ['大麻', '笑气', '白粉', '吗啡', '鸦片', '罂粟'],
    severity: 'block',
    message: '疑似涉及毒品',
    sentence: /吸|嗨|上头|克|搞到|带|私聊|懂的|货|卖|有|需要|要|来点|整点|弄点|兄弟/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:籽|子|仁|纤维|布|绳|哈|底|病|饼|状|色|弹|奶油|瓶|花造型|类止痛|止痛)/,
    notSentence: [WARNING, /奶油枪|裱花|烘焙|护肤|成分表|不含|thc|处方/],
  },
  {
    // Street names: 叶子 (cannabis), 溜冰 (meth); 糖果/邮票 left out (too many honest senses).
    words: ['叶子', '溜冰'],
    notAfter: /^(?:鞋|场|服|护具|头盔|裤)/,
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /渠道|懂的|懂得|私聊|私我|要的话|需要的话|有货|货源|抽|嗨|飞|上头|克|一起玩|带你/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /茶|植物|绿植|盆栽|蔬菜|叶子边|形状|树|花|发黄|枯|卷|图案|印花|造型|面霜|精华|护肤|航班|机长|汽车|加油|燃油/],
  },
  // Pornography
  {
    words: [
      '黄片', '黄色视频', '黄色网站', '黄色小说', '成人视频', '成人电影', '成人小电影', '成人网站', '成人资源', '成人影片', '成人片', '裸聊', '裸照', '裸体视频', '约炮', '一夜情', '援交',
      '包夜', '楼凤', '外围女', '卖淫', '嫖娼', '嫖', 'av女优', 'av资源', '三级片', '毛片', '黄网', '偷拍视频', '走光视频', '迷奸', '色情', '性服务', '大保健', '性交易',
      '陪睡', '睡一晚', '啪啪视频', '露点视频', '情色',
    ],
    severity: 'block',
    message: '涉及色情内容',
    notSentence: WARNING,
  },
  {
    words: ['小电影', '福利视频', '福利资源', '特殊服务', '全套服务', '上门服务', '你懂的资源', '外围', '外围资源', '学生妹', '兼职妹', '约妹', '小姐姐资源', '陪玩陪睡'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /成人|资源|合集|懂的|私发|私聊|美女|小姐|按摩|全套|特殊|刺激|一部|[0-9]+部|高端|模特|包夜|过夜|上门|约|咨询|价格|颜值|身材/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /安装|维修|取件|送货|清洗|保养|外围尺寸|外围直径|外围长度|包装外围|瓶身外围|外围的/],
  },
  // Pyramid schemes and fraudulent investment
  {
    words: [
      '传销', '发展下线', '拉人头', '拉下线', '三级分润', '三级分销', '多级分销', '二级分润', '分润', '资金盘', '躺赚', '躺着赚', '躺着就能赚', '躺着赚钱', '人头费', '入会费', '入门费',
      '推荐一人返', '拉一个人奖励', '拉一人返', '团队越大', '被动收入', '静态收益', '动态收益', '零风险高回报', '保本高收益', '原始股', '拉新返利', '下线消费',
    ],
    severity: 'block',
    message: '涉及传销或非法集资类内容',
    notSentence: WARNING,
  },
  {
    words: ['下线', '拉人进来', '拉人', '投资项目', '理财项目', '高回报', '虚拟币', '数字货币', '区块链项目'],
    severity: 'block',
    message: '疑似传销或非法集资',
    sentence: /返利|返现|提成|奖励|赚|收益|回报|分润|升级|总代|层级|团队|入会|保本|翻倍|月入/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /已下线|停产|下架|售罄|品牌方/],
  },
  // Political agitation
  {
    words: ['反动', '暴动', '台独', '港独', '藏独', '疆独', '法轮功', '法轮大法', '六四事件', '颠覆政权', '颠覆国家', '推翻政府', '推翻政权', '推翻共产党', '打倒共产党', '打倒政府', '起来反抗', '推翻这个政权'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    notSentence: WARNING,
  },
  {
    words: ['推翻', '颠覆', '打倒', '上街', '静坐', '示威', '游行', '抗议', '联合起来', '反抗'],
    severity: 'block',
    message: '煽动性政治内容',
    sentence: /政府|政权|共产党|党|国家|制度|统治|上街|静坐|示威|游行|抗议|闹事|讨说法|反对|政策|关税/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /配方|说法|之前的|方案|设计|记录|纪录/],
  },
  {
    words: ['政府', '共产党'],
    severity: 'warn',
    message: '对政府的煽动性言论，与客户服务无关',
    after: /^(?:害的|搞的鬼|无能|腐败|太黑|垃圾|黑心|骗人|骗子|不作为|坑人)/,
  },
  // Banned substances in goods, smuggling and customs fraud
  {
    words: ['西布曲明', '酚酞', '芬氟拉明', '麻黄碱', '安非他命', '违禁成分', '违禁药', '违禁品', '禁用成分', '禁药', '瘦肉精', '苏丹红', '三聚氰胺', '氢醌', '氯倍他索', '地塞米松'],
    severity: 'block',
    message: '在商品中添加违禁成分，属于违法违禁内容',
    notSentence: [WARNING, /不含|未检出|检测合格|没有添加|不添加|零添加/],
  },
  {
    words: ['激素', '荧光剂', '重金属', '汞', '铅', '硼砂', '甲醛', '泻药'],
    severity: 'block',
    message: '在商品中添加违规成分',
    before: /(?:加了|添加了?|加入了?|含有?|放了|有加|掺了?|掺入|里面有|偷偷加)[^]{0,3}$/,
    // 我们不会在商品里添加任何激素: a denial further back in the clause than the usual window.
    notBefore: /(?:不|没|未|无|绝不|从不|从没|决不)(?:会|曾|有)?[^]{0,8}(?:加|添加|含|放|掺)[^]{0,4}$/,
    notSentence: [WARNING, /标准|合格|安全范围|微量|限值|未检出|不含|别家|其他家|隔壁/],
  },
  {
    words: ['走私', '水客带货', '水客', '没过海关', '不过海关', '绕过海关', '绕关', '逃关', '逃税', '偷税', '瞒报', '拆单逃税', '伪报', '夹带', '海关也查不出', '海关查不出来', '海关也查不到', '躲过海关', '过海关不用报'],
    severity: 'block',
    message: '涉及走私、逃税或逃避海关监管',
    notSentence: WARNING,
  },
  {
    words: ['低报', '少报', '海关查不到', '查不出来', '检测不出来', '测不出来', '验不出来'],
    severity: 'block',
    message: '疑似逃避海关或检测监管',
    sentence: /货值|价格|申报|少交|税|加了|添加|成分|药|偷偷|夹带|包装好|海关|效果/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /信息|暂时|系统|单号|申报中|有害物质|重金属|任何问题|专柜|正品/],
  },
  // Weapons
  {
    words: ['枪支', '枪械', '气枪', '猎枪', '步枪', '仿真枪', '钢珠枪', '火药枪', '麻醉枪', '电击枪', '真枪', '弓弩', '弩', '弹药', '炸药', '雷管', '甩棍', '军刺', '管制刀具', '催泪瓦斯', '子弹', '手枪'],
    severity: 'block',
    message: '涉及枪支弹药或管制器具',
    notAfter: /^(?:杯|头|笔|咖啡|型|钻|式|握|弓造型)/,
    notSentence: [WARNING, /不属于|玩具水枪|水弹|不是管制/],
  },
  {
    words: ['匕首'],
    severity: 'block',
    message: '疑似售卖管制刀具',
    sentence: /卖|有货|能发|可以发|私下|联系|便宜/,
    notSentence: WARNING,
  },
  // Fake documents, money laundering, stolen cards
  {
    words: ['假证', '假发票', '假币', '洗钱', '黑钱', '盗刷', '买卖银行卡', '出租银行卡', '收购银行卡', '收银行卡', '跑分', '身份证买卖', '卖身份证', '象牙制品', '犀牛角', '穿山甲', '虎骨'],
    severity: 'block',
    message: '涉及违法交易内容',
    notSentence: WARNING,
  },
];

const rule = cueRule({
  pinyin: true,
  meta: {
    id: 'illegal-content',
    clause: '2.7',
    severity: 'block',
    title: { zh: '违法违禁内容', en: 'Illegal or prohibited content' },
    description: {
      zh: '规则 2.7 禁止发送涉及反动、色情、赌博、毒品、传销、暴力等违法违禁内容。在商品里添加违禁成分、走私逃税、售卖枪支刀具、假证假发票等同样会被拦截；成人奶粉、裸妆、菠菜粉、不含激素、已下线等正常用语不算。',
      en: 'Rule 2.7 forbids illegal content: political agitation, pornography, gambling, drugs, pyramid schemes, violence; also banned additives, smuggling, weapons and fake documents. Ordinary words such as adult formula milk, nude makeup or spinach powder are fine.',
    },
    hint: { zh: '删除相关内容。客服沟通只涉及本店商品和订单。', en: 'Remove the content; keep to the shop\'s goods and orders.' },
  },
  cues,
});

export default rule;
