// 2.7: illegal or prohibited content — gambling, drugs, pornography, pyramid schemes, political agitation,
// banned substances added to goods, smuggling and customs fraud, weapons, fake documents. Every word with a
// food, cosmetic or logistics sense is tied to context: 菠菜粉, 大麻籽油, 成人奶粉, 裸妆, 已下线, 子弹杯, 手枪钻,
// 笑气奶油弹, 激素脸, 政府补贴, 推翻了之前的配方, 不属于管制刀具. Also slang and evasions: 来点叶子, 🍃自种的懂的都懂,
// 冰糖不是吃的那种, 麻将群一块起底, 铅弹/气狗, 避开海关限额, 写成礼品, 拆成多个包裹, 走水货不用交税, 用别人的额度,
// 想开多少开多少/帮你抵税, 代开完税证明, 加了点特别成分, 少儿不宜/尺度很大 — traps: 鸦片香水, 冰糖雪梨膏, 麻将凉席,
// 钢珠按摩器, 额度内不用交关税, 如实申报不会写成礼品, 专利特殊成分, 美女直播间上新.

import { cueRule, sentenceOf, type Cue } from '../detect/cue-rule';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';

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
    notSentence: /禁止|严禁|不会|不能|不允许|不可以|不支持|不提供|不做|请勿|谨防|违法|举报|杜绝|按规定|如实|必须本人/,
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
    notSentence: [WARNING, /奶油枪|裱花|烘焙|护肤|成分表|不含|thc|处方|香水|香型|香调|香氛|淡香|战争|历史/],
  },
  {
    // Street names: 叶子 (cannabis), 溜冰 (meth); 糖果/邮票 left out (too many honest senses).
    words: ['叶子', '溜冰'],
    notAfter: /^(?:鞋|场|服|护具|头盔|裤)/,
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /渠道|懂的|懂得|私聊|私我|要的话|需要的话|有货|货源|货好|抽|嗨|飞|上头|克|一起玩|带你|(?:想要|要|来|整|弄|搞|拿)点\u0000|自种|自己种/,
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
    sentence: /返利|返现|返佣|佣金|返你|返您|提成|奖励|赚|收益|回报|分润|升级|总代|层级|团队|入会|保本|翻倍|月入|拉人|再拉/,
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
    after: /^(?:就是|真是|都是|全是|太|简直|纯属|根本)?(?:害的|搞的鬼|无能|腐败|黑|垃圾|黑心|骗人|骗子|不作为|坑人|废物|狗屎|一坨)/,
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
  // Protected wildlife products: 象牙手串, 犀角杯, 玳瑁梳子 — not the colours and patterns (象牙白, 玳瑁色镜框) or imitations (仿象牙).
  {
    words: ['象牙', '犀角', '犀牛角', '玳瑁', '虎骨', '虎皮', '豹皮', '穿山甲', '藏羚羊', '沙图什', '盔犀鸟', '鹤顶红', '熊掌'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    notBefore: /(?:仿|人造|树脂|塑料|亚克力)$/,
    notAfter: /^(?:白|色|黄|红|塔|果|瓷|纸|米|纹|框|花纹|款镜|眼镜|板材|图案|造型|皮纹)/,
    sentence: /卖|有货|出货|收|手串|手镯|手链|吊坠|摆件|雕|制品|杯|梳|原料|货源|渠道|私聊|私下|要的话|真的|正宗|天然|野生|整根|整只|片|粉|酒|泡/,
    notSentence: [WARNING, /保护|不卖|不出售|不收|没有|仿制|仿品|合成|替代/],
  },
  // Disguised goods named by what they are not: 冰糖有需要吗，不是吃的那种 / 🍃自种的，懂的都懂.
  {
    words: ['冰糖', '糖果', '冰块', '冰', '草', '叶子', '粉', '邮票', '奶茶'],
    severity: 'block',
    message: '疑似涉及毒品（暗语）',
    after: /^[^]{0,12}(?:不是(?:吃|喝|泡|用来吃|用来喝)的那种|懂的都懂|懂的来|懂得都懂|懂的私|自种|自己种|纯度高|纯度好)/,
    notAfter: /^(?:雪梨|膏|模|箱|袋|淇淋|沙|晶|皮|丝|底|饼|条|莓|坪|帽|鞋|药|刷|扑)/,
    notSentence: [WARNING, /茶|绿植|盆栽|蔬菜|菜园|花园|有机|农家|水果|果园|零食|冲泡|泡水|煲|炖|做菜|甜品|食谱|护肤|化妆/],
  },
  // Mahjong and card games for money: 麻将群一块起底 — not a mahjong mat or table (麻将凉席, 麻将机).
  {
    words: ['麻将', '斗地主', '跑得快', '扎金花', '牛牛'],
    severity: 'block',
    message: '疑似赌博内容（带彩棋牌）',
    sentence: /群|起底|底分|带彩|玩钱|输赢|上分|下分|红包|[一二两三五十0-9]+块起|[一二两三五十0-9]+元起|块一局|元一局|押|赌/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:机|桌|席|凉席|牌$|块|套装|垫|造型|图案|抱枕|挂件|玩具)/,
    notSentence: [WARNING, /凉席|麻将机|麻将桌|麻将块|麻将牌|麻将垫|包装|尺寸|材质|发货/],
  },
  // Weapons in parts and slang: 铅弹, 钢珠弹, 气狗, 气q.
  {
    words: ['铅弹', '钢珠弹', '气狗', '火狗', '气q', '猎弹', '弹弓枪', '狗粮弹', '钢珠'],
    severity: 'block',
    message: '疑似售卖枪支弹药',
    sentence: /有货|发货|货|卖|出|私聊|私我|渠道|要的话|需要|都有|配件|打|威力|射/,
    notAfter: /^(?:轴承|滑轨|按摩|笔)/,
    notSentence: [WARNING, /玩具|按摩|轴承|滚珠|滑轨|钓鱼|铅坠|滚轮/],
  },
  // Getting round customs: 避开海关限额, 拆成多个包裹寄, 报成礼品少交税, 走水货不交税, 用别人的额度清关.
  {
    words: ['避开', '绕开', '规避', '躲开', '躲过', '逃避', '绕过', '瞒过', '骗过'],
    severity: 'block',
    message: '涉及逃避海关监管或税费',
    after: /^[^]{0,4}(?:海关|关税|限额|额度|查验|监管|缉私|报关|税|检查|抽检)/,
    notSentence: [WARNING, /不会|不能|无法|没法|不可以|正规|合规|如实/],
  },
  {
    words: ['写成', '报成', '填成', '申报成', '申报为', '写作', '改成', '标成', '伪装成', '当成'],
    severity: 'block',
    message: '虚假申报货物以逃税，属于违法内容',
    after: /^(?:礼品|礼物|赠品|自用|样品|旧物|二手|个人物品|文件|日用品|杂物)/,
    notSentence: [WARNING, /不会|不能|不可以|如实|按实际|不得/],
  },
  {
    words: ['拆成多个包裹', '拆成几个包裹', '拆成好几个包裹', '分成几个包裹', '拆开寄', '分开寄', '分几次寄', '拆包寄', '分多个包裹', '拆成多单', '拆成几单', '分几单寄'],
    severity: 'block',
    message: '拆分包裹以逃避海关限额或税费，属于违法内容',
    sentence: /海关|限额|额度|关税|税|查|避开|逃|免检|不用交/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不会|不能|不可以|无法/],
  },
  {
    words: ['走水货', '水货渠道', '走水路', '不用交税', '不交税', '免交税', '不用交shui', '不交shui', '逃shui', '偷shui', '漏shui', '避shui', '少交很多税', '少交点税', '少交税'],
    severity: 'block',
    message: '涉及走私或逃税',
    sentence: /帮|可以|能|便宜|省|比报关|不报关|不走|走|渠道|写成|报成|拆/,
    notSentence: [WARNING, /额度内|以内|限额内|政策|免税额|跨境综合税|不会|不能|不可以|如实|按规定/],
  },
  {
    words: ['别人的额度', '别人额度', '借别人的', '用别人的', '借用别人', '冒用', '借个身份证', '借身份证', '买个身份证', '别人的名义', '他人的身份'],
    severity: 'block',
    message: '冒用他人身份或额度通关，属于违法内容',
    sentence: /身份|证件|实名|额度|名字|名义|清关|海关|报关|帮你找|帮您找|我帮|我找|能多买/,
    notSentence: [WARNING, /不能|不可以|不要|请勿|必须本人|需本人|本人实名|不支持|无法/],
  },
  // False invoices and documents: 想开多少开多少, 帮你抵税, 代开完税证明.
  {
    words: ['想开多少开多少', '开多少都行', '要多少开多少', '发票随便开', '票随便开', '金额随便开', '金额随便填', '虚开', '多开点发票', '帮你抵税', '帮您抵税', '拿去抵税'],
    severity: 'block',
    message: '虚开发票或用于抵税，属于违法内容',
    notSentence: [WARNING, /不能|不可以|无法|不支持|按实际|如实/],
  },
  {
    words: ['代开', '代办', '伪造', '做一份', '做一张', 'p一张', 'p一份', '改一份'],
    severity: 'block',
    message: '代开或伪造证明、单据，属于违法内容',
    after: /^[^]{0,6}(?:完税证明|证明|报关单|单据|检验报告|检疫证|原产地证|卫生证书|流水|收入证明|病假条|合同|证书|学历|驾照|执照)/,
    notAfter: /^[^]{0,6}(?:清关|发票抬头)/,
    notSentence: [WARNING, /不能|不可以|无法|不支持|不提供|官方|海关出具|平台出具/],
  },
  // Banned additives hinted at: 加了点“特别成分”，别问是什么.
  {
    words: ['特别成分', '特殊成分', '神秘成分', '秘密成分', '秘方成分', '不能说的成分', '别问是什么', '别问加了什么', '不能说是什么'],
    severity: 'block',
    message: '暗示在商品中添加违禁成分',
    sentence: /加|添加|放|掺|效果|立竿见影|见效|快|别问|懂的/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /专利|配方表|成分表|玻尿酸|胶原|维生素|益生菌|详情页|检测报告/],
  },
  // Pornography hinted at: 少儿不宜的小视频, 想看美女直播吗？尺度很大的那种.
  {
    words: ['少儿不宜', '尺度很大', '尺度大', '大尺度', '尺度够大', '没有尺度', '无尺度', '私密视频', '私房视频', '福利直播', '美女直播', '美女视频', '看美女'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /视频|直播|片|图|照|资源|私发|私聊|想看|看吗|那种|懂的|福利|刺激/,
    notSentence: [WARNING, /衣|裙|泳|睡|内衣|款式|上身|直播间|带货|讲解|试穿|上新|优惠|下单|儿童|宝宝|年龄|岁以下|玩具|图书|书/],
  },
];

/** Leaf emoji stand for cannabis beside dealer talk (🍃🍃自种的，懂的都懂); emoji never reach the compact view. */
const LEAF_EMOJI = ['🍃', '🌿'];
const LEAF_CONTEXT = /懂的|懂得|自种|自己种|私聊|私我|货好|有货|要的话|需要的话|嗨|飞|上头|克/;
const LEAF_INNOCENT = /茶|绿植|盆栽|蔬菜|菜园|有机|农家|水果|果园|清新|薄荷|香氛|护肤|面膜/;

function leafEmoji(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.text;
  const starts = ctx.norm.compact.start;
  for (const leaf of LEAF_EMOJI) {
    const at = text.indexOf(leaf);
    if (at < 0) continue;
    // The compact unit right after the first such emoji anchors the sentence test.
    let k = 0;
    while (k < starts.length && starts[k]! < at) k++;
    const sentence = sentenceOf(ctx, k, k);
    if (!LEAF_CONTEXT.test(sentence) || LEAF_INNOCENT.test(sentence) || WARNING.test(sentence)) continue;
    ctx.report(rule, { start: at, end: at + leaf.length, view: 'original', severity: 'block', message: '疑似涉及毒品（暗语）' });
  }
}

const rule = cueRule({
  pinyin: true,
  check: leafEmoji,
  regexes: [LEAF_CONTEXT, LEAF_INNOCENT],
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
