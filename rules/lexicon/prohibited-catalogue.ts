// Round 62 (eng62a): clause 2.7 from the catalogue of what import e-commerce forbids or restricts (快手电商禁售/限售目录, 跨境零售进口
// 商品清单 and its exclusions, 禁止进境物品表, 药品管理法, 野生动物保护法 and CITES, 烟草专卖 and 电子烟管理办法, 枪支弹药与管制刀具,
// 赌博, 淫秽色情, 传销, 走私逃税, 伪造证件, 公民个人信息, 窃听窃照器材), not from labelled lines. Each table is a CLASS: items as the
// trade names them (formal names, slang, initials) and the ACTS that make a chat line a breach (offered, priced, sourced, hidden,
// forged, looked up). rules/checks/illegal-content.ts (section "round 62") pairs an item with an act inside a clause-sized window
// and lets the refusal / warning / lawful-use tables veto. Plain words only (folded and escaped by alt()); a count or a price (交2980, 一千条) is a regex beside the table in the check.

/** Drugs by street name whose everyday sense is nil (no veto needed beyond a refusal): 麻古 needs no second reading. */
export const DRUG_SLANG_62 = [
  '麻古', 'k粉', 'k仔', 'k他命', '氯胺酮', '摇头丸', '冰毒', '飞叶子', '大麻', '大麻烟', '大麻油', '大麻软糖', '大麻糖', 'thc', '海洛因',
  '白粉', '可卡因', '古柯', '鸦片', '吗啡', '芬太尼', '杜冷丁', 'lsd', '迷幻药', '致幻', '致幻剂', '神奇蘑菇', '魔菇', '裸盖菇', '迷幻蘑菇', '邮票贴',
  'ghb', 'γ羟基丁酸', '羟基丁酸', '听话水', '迷奸水', '迷药', '蒙汗药', '失身水', '乖乖水', '迷情水', '催情水', '春药', '依托咪酯', '上头电子烟',
  '笑气', '一氧化二氮', '开心水', '彩虹烟', '咔哇潮饮', '曲马多', '卡痛', 'kratom', '恰特草', ];

/** Drugs by a name shared with food or everyday goods: they count only beside a drug signal (purity, grams, high, a wink). */
export const DRUG_AMBIGUOUS_62 = ['溜冰', '冰糖', '叶子', '咖啡包', '奶茶包', '小药丸', '神仙水', '邮票', '麻果'];

/** What makes such a name a drug on sale: purity, a weight, the high, a drink spiked, the kit to use it, a wink. */
export const DRUG_SIGNAL_62 = [
  '纯度', '嗨', '飘', '飞一', '飞起来', '带劲', '致幻', 'high', '加在饮料', '加到饮料',
  '加在酒', '加到酒', '倒进饮料', '下在', '无色无味', '喝了就听话', '听话', '溜一口', '吸一口', '吸着玩', '壶', '冰壶', '工具', '锡纸', '懂的来', '懂的私聊',
];

/** Medicines an import shop may not sell or carry past the approval: generics from abroad, cancer and hepatitis drugs, controlled ones. */
export const UNAPPROVED_MEDICINE_62 = [
  '印度版', '印度仿制', '印度产的药', '老挝版', '孟加拉版', '孟加拉产', '仿制药', '格列卫', '伊马替尼', '吉非替尼', '易瑞沙', '奥希替尼', '泰瑞沙', '索非布韦',
  '索磷布韦', '吉三代', '丙肝药', '抗癌药', '靶向药', '化疗药', '境外药', '国外的药', '海外药', '代购药', '国内没上市', '国内还没上市', '没在国内上市',
  '九价', 'hpv疫苗', '减肥针', '肉毒素', ];

/** Acts that supply such a medicine: bought on the buyer's behalf, carried in, mailed, in stock, cheaper than the hospital. */
export const MEDICINE_SUPPLY_62 = [
  '代购', '帮您带', '帮你带', '帮您买', '帮你买', '带回来', '带进来', '带给您', '寄给您', '直接发', '给您发', '有现货', '现货', '有货', '一盒', '一瓶', '一支',
  '比国内便宜', '比医院便宜', '便宜十倍', '便宜一半', '不走药店', '不用去医院', '不用处方', '不用医生', '走私', '私下', '直邮',
];

/** Protected species a chat names by common name (CITES I/II, 国家重点保护), beyond products already in illegal-content. */
export const PROTECTED_SPECIES_62 = [
  '灰鹦鹉', '非洲灰', '金刚鹦鹉', '葵花鹦鹉', '凤头鹦鹉', '亚历山大鹦鹉', '猛禽', '老鹰', '金雕', '隼', '游隼', '猎隼', '猫头鹰', '雕鸮', '鸮', '红隼', '孔雀雉',
  '绿孔雀', '海龟', '玳瑁', '陆龟', '辐射龟', '苏卡达', '星龟', '印度星龟', '黄缘闭壳龟', '金钱龟', '鹰嘴龟', '大鲵', '娃娃鱼', '穿山甲', '懒猴', '蜂猴', '狐猴',
  '猕猴', '小熊猫', '豹猫', '云豹', '雪豹', '藏羚', '羚牛', '林麝', '犀鸟', '黑熊', '棕熊', '鲸', '海马', '儒艮',
  '中华鲟', '鹦鹉螺', '砗磲', '蜂鸟', ];

/** The animal's form in the trade: alive, stuffed, eggs, skin, bone, horn, tooth, claw, scale, gall, meat, dried. */
export const ANIMAL_FORMS_62 = [
  '活体', '活的', '标本', '剥制', '蛋', '卵', '皮', '骨', '角', '牙', '爪', '鳞', '鳞片', '胆', '肉', '干', '鞭', '头骨', '羽毛', '幼崽', '幼鸟', '雏鸟', '苗子', '苗',
];

/** A live or dead animal sold: priced, in stock, shipped, packed to survive, one per box. */
export const ANIMAL_SALE_62 = [
  '可以发快递', '发快递', '走快递', '快递发', '包活', '包成活', '装箱', '一只', '一对', '一盒', '一条', '有货', '现货', '出售', '转让', '价格', '私聊', '可做摆件',
  '摆件', '完整', '新鲜的', '懂的', '野生的', '野外抓', '山里抓', '刚抓', '收来的',
];

/** Tobacco and nicotine items beyond round 61's table: cigars, loose tobacco, salts, devices by brand. */
export const TOBACCO_62 = [
  '雪茄', '古巴雪茄', '烟草', '散烟', '烟丝', '旱烟', '卷烟纸', '尼古丁盐', '盐油', '烟油', '烟弹', '电子烟', '小烟', '烟杆', '雾化器', '万宝路', '中华烟',
  '软中华', '硬中华', '芙蓉王', '利群', '免税烟', '外烟', '进口烟', '日本烟', '韩国烟', '爱喜', '柔和七星', '骆驼烟',
];

/** What makes tobacco talk a sale: weight, volume, carton, pack, shipped from abroad, no declaration, DIY refill, price. */
export const TOBACCO_SALE_62 = [
  '按斤', '一斤', '一两', '一瓶', '一条', '一包', '一盒', '一支', '直邮', '海外直邮', '原装', '不用报', '不报', '清关', '代购', '带进来',
  '自己卷', 'diy', '加到', '加进', '灌', '有货', '现货', '到货', '价格', '便宜', '渠道货', '私聊',
];

/** Goods a covert-surveillance or cheating trade sells: cameras, recorders, bugs, trackers, jammers, earpieces. */
export const SPY_DEVICES_62 = [
  '摄像头', '摄像机', '针孔', '微型摄像', '隐形摄像', '监控器', '录音笔', '录音器', '窃听器', '监听器', '监听软件', '监听', '窃听', '定位器', '追踪器', 'gps',
  '屏蔽器', '信号屏蔽', '隐形耳机', '无线耳机', '耳机', '透视', '偷拍', '偷录', '作弊器', '作弊', '远程导出', '远程查看', '远程控制', ];

/** What makes such a device covert or a cheat: hidden, disguised, unknown to the other, in a private room, on someone else's phone or car. */
export const COVERT_USE_62 = [
  '藏在', '偷偷', '偷拍', '偷录', '隐形', '伪装', '谁都不知道', '不被发现', '发现不了', '看不出', '察觉不到', '更衣室', '出租屋', '卫生间',
  '厕所', '浴室', '酒店', '宾馆', '车底', '对方手机', '别人手机', '对方的手机', '别人的手机', '看穿', '穿衣服', '考试', '监考', '作弊', '看穿', ];

/** Personal data items a broker sells (公民个人信息): records, lists, locations, credit, identities, accounts. */
export const PERSONAL_DATA_62 = [
  '客户资料', '客户数据', '客户名单', '买家名单', '买家信息', '买家资料', '会员数据', '会员资料', '用户数据', '粉丝数据', '这批数据', '一批数据', '数据包', '宝妈数据',
  '收件人信息', '快递信息', '面单信息', '开房记录', '住宿记录', '出行记录', '行程记录', '通话记录', '通话清单', '征信', '征信记录', '社保信息', '户籍', '户籍信息',
  '机主姓名', '机主信息', '手机号定位', '手机定位', '住址', '身份证号', '身份信息', '人脸照片', '实名号', '老号', '白号', '实名卡',
  '手机卡', '流量卡', '四件套', '三件套', ];

/** The acts of a data or identity broker: looked up for the buyer, exported, sold by the row, bought in, passing a check. */
export const DATA_ACT_62 = [
  '查到', '能查到', '帮您查', '帮你查', '查谁', '查别人', '查人', '导出', '调取', '调出来', '打包', '按地区卖', '按条', '一千条', '一万条',
  '转化率', '精准', '收的', '收号', '出号', '卖号', '带实名', '不实名', '不用本人', '过认证', '过人脸', '过验证', '能过', '一套', '现货', '有货', '有渠道',
  '别人的', '对方的', '某个人', '您给我手机号',
];

/** Papers no shop may issue at all (a doctor's, a school's, the state's): 'we can issue' is forging them. */
export const NOT_OURS_PAPERS_62 = [
  '诊断证明', '诊断书', '病假条', '假条', '病历', '处方', '处方单', '体检报告', '健康证', '核酸报告', '出生证明', '结婚证', '离婚证', '房产证', '户口本', '身份证',
  '驾驶证', '驾照', '行驶证', '护照', '签证', '学历', '毕业证', '学位证', '学生证', '营业执照', '原产地证明', '原产地证', '检验检疫证书', '检疫证明',
  '完税证明', '卫生证书', '公章', '印章', '合同章',
];

/** Papers a shop may issue or carry, forged only by a falsifying act (made to order, any value, a counter's look, an origin faked). */
export const OURS_PAPERS_62 = ['报关单', '合格证', '质检合格证', '中文标签', '中文背标', '小票', '购物小票', '收据', '保修卡', '防伪标', '防伪码', '检测报告', '质检报告', '鉴定证书'];

/** Acts that issue or forge a paper. */
export const ISSUE_ACTS_62 = ['可以开', '能开', '帮您开', '帮你开', '给您开', '代开', '我们开', '补一张', '补开', '补一份', '现开', '现做', '办一个', '可以办', '能办', '也能办', '帮您办'];
export const FALSIFY_ACTS_62 = [
  '仿一个', '仿一张', '仿一份', '随便印', '随便开', '随便写', '随便填', '想要什么', '要什么数据', '什么数据都', '做成专柜', '伪造', '假装', '冒充', 'p一张',
  'p一个', '印一张', '刻一个', '盖个章', '跟真的一样', '高金额', '金额随', ];

/** A pyramid's entry payment: a fee, a stock bought in, a package, an investment. */
export const SCHEME_ENTRY_62 = [
  '入门费', '门槛费', '加盟费', '会费', '入会费', '代理费', '交钱', '先交', '投资', '本金', '囤货',   '买套餐', '升级费', '报单', ];

/** A pyramid's pay: by recruits, by depth, by pairs, by a fixed daily return. */
export const SCHEME_PAY_62 = [
  '拉人', '发展下线', '发展一个', '发展两个', '拉够', '拉满', '推荐一个', '推荐两个', '推荐三个', '推荐人', '推荐奖', '下线', '下级', '下面的人', '伞下', '三代', '两代', '代奖金', '层级', '碰对',
  '对碰', '左右区', '双轨', '太阳线', '公排', '滑落', '见点', '每天返', '日返', '每日返', '静态收益', '动态收益', '躺赚', '从您这拿货',
  '从你这拿货',
];

/** A scheme's jargon with no lawful sense in a shop's chat. */
export const SCHEME_JARGON_62 = ['双轨制', '太阳线', '报单中心', '碰对奖', '对碰奖', '见点奖', '层碰奖', '量碰奖', '静态收益', '动态收益', '公排', '滑落奖', '资金盘', '拆分盘'];

/** Money games by name (most have no innocent sense in a shop's chat once money is beside them). */
export const MONEY_GAMES_62 = [
  '扫雷', '红包扫雷', '红包接龙', '接龙红包', '抢红包群', '抢庄', '押大小', '猜大小', '买大小', '百家乐', '德州扑克', '捕鱼游戏', '打鱼机', '龙虎斗', '炸金花', '老虎机',
  '时时彩', '快三', '北京赛车', '幸运飞艇', 'pc蛋蛋', '六合彩', '特码', '赌球', '盘口', '买球', ];

/** Money beside a game: a stake, a win paid out, an income. */
export const MONEY_IN_GAME_62 = ['挣', '赚', '赢', '输', '提现', '充值', '押', '下注', '翻倍', '返现', '几百', '一块', '五块', '十块', '现金'];

/** Game or chance currency and prizes a shop buys back for cash (盲盒二次回收, 游戏币回收 — 《盲盒经营活动规范指引》 bans it). */
export const CHANCE_PRIZES_62 = ['盲盒', '隐藏款', '福袋', '一番赏', '扭蛋', '卡包', '豆子', '欢乐豆', '游戏币', '筹码', '点券'];
export const CASH_BACK_62 = ['回收现金', '现金回收', '回收', '换钱', '换现金', '兑现', '折现', '提现', '换成钱', '收回来'];

/** Sexual media and company sold or given with goods. */
export const SEX_MEDIA_62 = ['小视频', '小电影', '福利视频', '福利图', '私房照', '私密照', '裸照', '写真', '学生妹', '外围女', '嫩模', '陪睡', '约炮'];
export const SEX_CUE_62 = ['情趣', '成人', '尺度', '裸', '露', '私密发', '私发', '您挑', '你挑', '价格私聊', '懂的', '照片', '上门', '包夜', '过夜', '一晚', '福利'];

/** Rival shops or their goods, named as the target of a harm claim (2.7: 诋毁其他商家、商品). */
export const RIVAL_62 = ['别家', '别的店', '其他店', '其他家', '其他商家', '隔壁', '同行', '那家', '他们家', '他家', '某某', '海外店', '旗舰店', '对家', '友商'];
/** A harm or falsity claim about goods: dangerous to health, fake, expired, smuggled, a con. */
export const GOODS_HARM_62 = ['致癌', '有毒', '吃坏', '吃死', '吃出问题', '烂脸', '毁容', '有激素', '含激素', '重金属超标', '都是仿的', '全是仿的', '是仿的', '都是假的', '都是仿货', '过期', '临期换标', '三无', '地沟油', '死人'];
