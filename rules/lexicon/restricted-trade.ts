// Round 61 (eng61a): clause 2.7 as category tables. Each table is a CLASS of the trade, filled from what import shops
// actually sell and say, far beyond any one labelled line; rules/checks/illegal-content.ts (section "round 61") pairs
// them inside a clause- or sentence-sized window and lets refusal / warning / lawful-explanation tables veto.
// Plain words only (folded like drafts by alt()); no regexes here.

/** Illnesses and conditions a health claim names, beyond T60A_ILLNESS_WORDS: the circulatory, liver, eye, child-growth, hair, skin,
 *  thyroid and nerve families (the sufferer's everyday words too: 坐不住, 个子矮, 长不高, 度数). */
export const CONDITIONS_61 = [
  '血栓', '脑血栓', '静脉血栓', '后遗症', '脑梗后遗症', '中风后遗症', '动脉硬化', '血管斑块', '斑块', '心梗', '心肌梗', '心衰', '心绞痛', '冠状动脉', '房颤', '早搏',
  '肾衰', '尿毒症', '肌酐', '蛋白尿', '肝炎', '小三阳', '大三阳', '丙肝', '肝损伤', '肝纤维化', '转氨酶', '胆结石', '胆囊炎', '胰腺炎',
  '多动', '注意力不集中', '坐不住', '发育迟缓', '个子矮', '长不高', '矮小症', '性早熟', '弱视', '散光', '度数', '飞蚊症', '干眼症', '黄斑',
  '斑秃', '脱发', '毛囊坏死', '少白头', '白发', '痛经', '宫寒', '多囊', '卵巢早衰', '子宫肌瘤', '更年期', '前列腺炎', '前列腺增生', '尿频', '夜尿',
  '痔疮', '红血丝', '激素脸', '玫瑰痤疮', '痤疮', '脂溢性皮炎', '灰指甲', '脚气', '鱼鳞病', '黄褐斑', '甲状腺', '桥本', '甲亢', '甲减', '高尿酸',
  '高血脂', '血脂高', '血压高', '血糖高', '低血压', '慢阻肺', '肺结节', '幽门螺杆菌', '胃炎', '肠炎', '结肠炎', '肠息肉', '静脉曲张', '腱鞘炎', '骨刺',
  '半月板', '滑膜炎', '耳鸣', '耳聋', '中耳炎', '口腔溃疡', '牙周炎', '老花眼', '脑瘫', '脑萎缩', '记忆力衰退', '老年痴呆', '肌无力', '红斑狼疮',
];

/** A reversal or a cure told as done to the condition: the words an inspector reads as a medical effect claim. */
export const REVERSALS_61 = [
  '逆转', '转阴', '往回降', '降回来', '降回去', '退回去', '恢复正常', '就正常了', '都正常了', '完全正常', '救回来', '救活', '长满', '长回来', '重新长出',
  '溶血栓', '溶解血栓', '化掉血栓', '化血栓', '化掉', '溶掉', '疏通血管', '通血管', '软化血管', '清理血管', '摘掉眼镜', '摘眼镜', '眼镜都可以摘', '不用戴眼镜', '利索了',
  '断根', '不复发', '永不复发', '不再复发', '消除', '清除', '修复好', '彻底好', '彻底治', '痊愈', '治愈', '根治', '抑制住', '控制住了', '逆生长',
];

/** Medicines by name (generic, brand or class) that a claim says the goods replace or let the buyer stop. */
export const MEDICINES_61 = [
  '优甲乐', '左甲状腺素', '甲巯咪唑', '赛治', '二甲双胍', '格华止', '格列美脲', '阿卡波糖', '拜糖平', '胰岛素', '降糖药', '降压药', '硝苯地平', '拜新同', '氨氯地平',
  '络活喜', '倍他乐克', '缬沙坦', '他汀', '阿托伐他汀', '立普妥', '瑞舒伐他汀', '降脂药', '阿司匹林', '波立维', '氯吡格雷', '华法林', '抗凝药', '别嘌醇', '非布司他',
  '秋水仙碱', '利他林', '专注达', '舍曲林', '左洛复', '帕罗西汀', '氟西汀', '百忧解', '抗抑郁药', '安眠药', '激素药', '强的松', '泼尼松', '地塞米松', '孟鲁司特',
  '布地奈德', '抗癫痫药', '丙戊酸', '卡马西平', '化疗药', '靶向药', '抗病毒药', '恩替卡韦', '替诺福韦', '降尿酸药', '护肝药', '西药',
];

/** Prescription-only medicines an import shop is asked for (antibiotics, psychiatric, hormonal, slimming, male, hair, skin, abortifacient). */
export const PRESCRIPTION_DRUGS_61 = [
  '阿奇霉素', '阿莫西林', '头孢', '左氧氟沙星', '环丙沙星', '甲硝唑', '克拉霉素', '抗生素', '抗抑郁', '抗焦虑', '舍曲林', '帕罗西汀', '氟西汀', '百忧解', '草酸艾司西酞普兰',
  '安眠药', '唑吡坦', '思诺思', '艾司唑仑', '阿普唑仑', '劳拉西泮', '地西泮', '安定片', '曲马多', '可待因', '奥施康定', '利他林', '专注达', '莫达非尼', '司美格鲁肽',
  '度拉糖肽', '利拉鲁肽', '奥利司他', '西地那非', '他达拉非', '伐地那非', '非那雄胺', '保法止', '度他雄胺', '异维a酸', '泰尔丝', '他克莫司', '维a酸乳膏', '米非司酮',
  '米索前列醇', '优甲乐', '二甲双胍', '胰岛素', '地塞米松', '强的松', '泼尼松', '处方药', '精神类药', '抗病毒药',
];

/** Nicotine and tobacco goods, in the trade's own names and its evasions (online sale of vapes is banned; tobacco needs a licence). */
export const NICOTINE_GOODS_61 = [
  '电子烟', '雾化杆', '雾化杆子', '雾化棒', '雾化器', '电子雾化', '烟弹', 'yan弹', '烟杆', '烟油', '小烟', '一次性小烟', '大烟雾', '换弹', '主机杆', '尼古丁',
  '尼古丁袋', '尼古丁小袋', '口含烟', '鼻烟', '嚼烟', 'snus', '加热烟', '加热不燃烧', 'iqos', '烟草棒', '烟支', '悦刻', 'relx', '柚子烟', '小野', '口味弹',
  '免税烟', '香烟', '卷烟', '烟丝', '雪茄烟', '烟叶', '水烟', '烟膏',
];

/** A nicotine or tobacco good offered: in stock, a flavour, a price per box, a listing to order under, shipped. */
export const NICOTINE_OFFER_61 = [
  '有货', '到货', '到了', '现货', '库存', '新口味', '口味', '一盒', '一条', '一颗', '一支', '下单', '拍那个', '拍这个', '选那个', '链接', '备注', '上的架', '上架了',
  '改名', '名字叫', '发出来', '发货', '包邮', '口感', '劲大', '不用点火', '随时随地', '在哪都能', '在哪都可以',
];

/** Lawful talk about tobacco and vapes: a refusal, the law, the age gate, accessories only, quitting. */
export const NICOTINE_CLEAN_61 = [
  '不卖', '不售', '不销售', '没有卖', '没卖', '都没上架', '没有上架', '不上架', '不能卖', '不能售', '禁止', '不允许', '违法', '违规', '未成年', '戒烟', '只有配件',
  '只卖配件', '雪茄剪', '保湿盒', '打火机', '烟灰缸', '不含尼古丁', '无尼古丁', '0尼古丁', '零尼古丁', '危害', '有害', '吸烟有害',
];

/** Protected or smuggled animal products, by name and by the trade's euphemisms. */
export const WILDLIFE_EUPHEMISMS_61 = [
  '鱼翅', '原翅', '翅针', '排翅', '散翅', '海里的软骨', '鲨鱼翅', '熊胆', '熊胆粉', '熊胆汁', '熊掌', '虎鞭', '虎骨酒', '豹骨', '山甲片', '穿山甲片',
  '犀角粉', '羚羊角', '羚羊角粉', '赛加', '海马干', '玳瑁片', '老象牙', '猛犸牙', '牙雕', '红珊瑚', '血珊瑚', '阿卡珊瑚', '砗磲', '鹦鹉螺',
  '盔犀鸟', '鹤顶红', '穿山甲', '燕窝毛燕', '活熊', '野生甲鱼', '野生黄唇鱼', '花胶黄唇', '黄唇肚', '石首鱼胶', '野生石斛',
];

/** The sourcing or selling of such a product: drawn from a live animal, wild, from a border country, in short supply, 'you know'. */
export const WILDLIFE_SOURCE_61 = [
  '活取', '活抽', '野生', '越南那边', '缅甸那边', '老挝那边', '非洲那边', '边境', '那边过来', '带过来', '带回来', '量不多', '数量不多', '就这点', '懂的', '您懂',
  '你懂', '有货', '原只', '原个', '整只', '干货', '私聊', '老货', '早年', '不好弄', '难弄', '收来的',
];

/** Papers an import sale leans on. */
export const DOCUMENTS_61 = [
  '授权书', '授权证书', '品牌授权', '鉴定证书', '鉴定报告', '检测报告', '质检报告', '卫生证书', '检疫证', '检疫证书', '检疫证明', '原产地证', '产地证', '报关单',
  '合格证', '完税证明', '批文', '备案证', '许可证', '进口许可', '注册证', '中检码', '溯源码', '入境证明', '报关单据', '发票', '保单', '保修卡', '证书',
];

/** The paper falsified: made up, re-dated, re-used from another batch, written to order, issued without the goods being seen. */
export const FALSIFY_61 = [
  'p一个', 'p一张', 'p一份', 'p个', 'p张', 'ps一个', 'ps一下', '做一个', '做一份', '做一张', '弄一个', '弄一份', '改一下', '改改', '改个日期', '日期改', '换个日期',
  '想写什么', '写什么结果', '随便写', '随便填', '想怎么写', '怎么写都', '要什么结果', '结果随', '上一批的改', '用上一批的', '拿上一批的', '用别的批次的', '套用', '借用', '不用寄过去', '不用送检',
  '不用送过去', '不用看货', '不看货', '包过', '写您的店名', '写你的店名',
];

/** An order's identity at customs filled with someone else's: ours, a borrowed one, any that passes. */
export const IDENTITY_SWAPPED_61 = [
  '用我们的', '用我们这边的', '用我们提供的', '我们来提供', '我们帮您找', '我们给您找', '不一定要您本人', '不一定要本人', '不用本人', '不是本人也行',
  '能过的名字', '能过的号码', '能过的身份', '随便一个名字', '随便填一个', '借一个', '找一个能用的', '填个别人', '填别人的',
];

/** An import parcel broken up or dressed up so customs reads it as personal (ant moving; split dates, addresses, names). */
export const SPLIT_SHIPMENT_61 = [
  '蚂蚁搬家', '化整为零', '分开寄', '分批寄', '分几次寄', '分不同日子', '分不同地址', '不同地址寄', '不同日子寄', '分几个地址', '分几个人名', '拆成几个包裹',
  '拆成几单', '分成小包', '小包裹混', '混进去', '混在', '塞在', '塞进', '夹在', '藏在', '一起寄过去', '跟着别的货', '按个人物品', '按自用', '当个人物品', '当自用',
];

/** What the split or the hiding dodges: a limit, a check, a quarantine, the tax. */
export const CUSTOMS_DODGED_61 = [
  '个人物品', '自用', '不会被抽到', '抽不到', '查不到', '不会查', '不会被查', '限量', '限购', '超额', '额度', '检疫证没下来', '没检疫', '没报检', '过关', '过海关',
  '免税', '不交税', '不用交税', '少交税', '超限', '批量', '一次要',
];

/** A limited or quarantined import hidden inside other goods (奶粉 in the nappy box). */
export const HIDDEN_IN_61 = ['纸尿裤箱', '尿不湿箱', '衣服箱', '零食箱', '玩具箱', '书箱', '别的箱子', '其他货里', '别的货里', '其他商品里', '礼品盒里', '大箱子里'];

/** Origin relabelled: the package printed as from elsewhere. */
export const ORIGIN_RELABEL_61 = ['印成', '贴成', '标成', '改成', '写成', '换成', '包装成', '打成'];
export const ORIGIN_CLAIMED_61 = ['原装', '原产', '进口', '产地', '澳洲', '澳大利亚', '新西兰', '日本', '韩国', '美国', '德国', '法国', '荷兰', '瑞士', '意大利', '英国', '泰国'];

/** Chance goods sold for money (blind boxes, lucky bags, draws) and the stake / payout that makes them gambling. */
export const CHANCE_GOODS_61 = ['福袋', '盲盒', '抽奖', '转盘', '刮刮卡', '刮刮乐', '奖池', '开箱', '一番赏', '扭蛋', '抽卡', '卡包', '拆卡'];
export const STAKE_PAYOUT_61 = ['加注', '下注', '押注', '追加', '加码', '翻倍', '奖池', '折现', '兑现', '换现金', '提现', '现金回收', '回收现金', '回收价', '赔率', '中了直接', '中奖直接'];
export const CHANCE_CLEAN_61 = ['不能折现', '不可折现', '不可兑现', '不能兑现', '不折现', '不兑现', '不支持折现', '不回收', '明码标价', '概率公示', '免费抽', '不花钱'];

/** Scheme ranks and downline depth: a fee buys a level that pays on the recruits' sales. */
export const SCHEME_LEVELS_61 = [
  '钻石', '金卡', '银卡', '白金', '皇冠', '董事', '总代', '一级代理', '二级代理', '合伙人', '联创', '大区', '升级', '升级到', '两代', '三代', '下两代', '下三代',
  '下面两代', '下面三代', '下级', '下线', '伞下', '团队业绩', '拿业绩', '市场业绩', '见点奖', '层级', '推荐奖', '对碰',
];

/** Sexual hints in selling talk: the partner's body, the act, positions. */
export const SEXUAL_HINTS_61 = ['腿软', '下不了床', '起不来床', '姿势', '体位', '一夜七次', '欲罢不能', '喊停', '求饶', '受不了', '吃不消', '扶墙', '折腾一晚', '湿了', '硬了'];
export const PARTNER_61 = ['老公', '老婆', '男朋友', '女朋友', '男人', '女人', '对象', '另一半', '他', '她', '今晚', '晚上', '床上', '房间'];

/** A blade or tool tried on a person's body, not on food. */
export const BODY_TARGETS_61 = ['脖子', '喉咙', '喉管', '颈动脉', '动脉', '心口', '心脏', '肚子', '肚皮', '太阳穴', '后脑勺', '眼睛', '脑袋', '手筋', '脚筋'];
export const HARM_STROKES_61 = ['一抹', '一划', '一割', '一捅', '一刺', '一扎', '一刀', '一下', '抹一下', '划一下', '割一下', '捅一下', '扎一下', '砍一下'];
export const HARM_SOLVED_61 = ['解决了', '就解决', '就完事', '就没了', '就倒', '躺下', '放倒', '搞定', '结束', '摆平', '见血', '坏人', '对方', '仇人', '那人'];

// ---- round 64 (eng27-64): 2.7 by class — papers made to order, a declaration belied, parcels split under other names, scheme tiers and
// recruit counts, the doctor bypassed, rigged gambling gear, intimate photos asked for, goods re-dated. Paired in illegal-content.ts ----

/** Papers a shop could make up for the buyer beyond DOCUMENTS_61: receipts, repair and medical papers, warranty and origin papers. */
export const PAPERS_64 = [
  '维修单', '维修证明', '维修记录', '购物凭证', '购物小票', '小票', '专柜小票', '收据', '凭证', '病历', '诊断证明', '诊断书', '病假条', '假条', '理赔单',
  '出库单', '质保书', '质保卡', '鉴定书', '原厂证书', '保修卡', '合同', '流水', '银行流水', '在职证明', '收入证明',
];

/** The goods said to be really something other than the declared name (…其实是新的羊绒大衣). */
export const REALLY_IS_64 = ['其实是', '实际是', '实际上是', '实物是', '真实的是', '里面其实是', '实际发的是', '实际装的是', '其实发的是', '其实装的是', '真正发的是'];

/** A parcel's recipients changed so one buyer's order reads as several people's. */
export const RECIPIENTS_SWAPPED_64 = [
  '不同名字', '不同的名字', '不同收件人', '不同的收件人', '不同的人名', '几个名字', '几个收件人', '换个名字', '换个收件人', '换个人名', '写别人的名字',
  '写家人的名字', '家人的名字', '朋友的名字', '亲戚的名字', '不同的人收', '换着名字', '名字轮着', '名字错开', '分别写不同',
];

/** Ordinal scheme tiers (一级…二级…三级): the chain itself is the class, whatever the rank is called. */
export const SCHEME_TIERS_64 = ['一级', '二级', '三级', '四级', '五级'];

/** Recruiting by a head count (拉两个, 发展三个): a verb of bringing people in with a number. */
export const RECRUIT_COUNTS_64 = ['拉', '发展', '推荐', '邀请', '带', '找'].flatMap((verb) =>
  ['一', '两', '二', '三', '四', '五', '十', '几', '1', '2', '3', '5', '10'].map((n) => `${verb}${n}个`),
);

/** The doctor, the hospital or the prescription waved off (不需要走医院, 省得挂号, 无需面诊). */
export const DOCTOR_BYPASSED_64 = ['不用', '不需要', '无需', '不必', '省得', '免得', '省去', '免去', '用不着'].flatMap((lead) =>
  ['去医院', '走医院', '跑医院', '上医院', '看医生', '找医生', '问医生', '挂号', '开方', '开处方', '面诊', '问诊', '就诊', '看诊', '门诊'].map((w) => `${lead}${w}`),
);

/** Gambling gear that can be rigged. */
export const GAMBLING_GEAR_64 = ['骰子', '色子', '筛子', '骰盅', '色盅', '扑克', '扑克牌', '纸牌', '麻将', '麻将牌', '牌九', '赌具', '牌局'];

/** Intimate photos, the kind an agent must never ask a buyer for. */
export const INTIMATE_PHOTOS_64 = ['私房照', '私密照', '裸照', '内衣照', '身材照', '性感照', '大尺度照', '露点照', '半裸照'];

/** Paid company by chat or video. */
export const PAID_COMPANY_64 = ['陪聊', '裸聊', '陪睡', '陪夜', '视频陪聊', '陪聊服务', '陪聊视频'];

/** A date or batch mark on the goods. */
export const DATE_MARKS_64 = ['生产日期', '有效期', '保质期', '批号', '批次号', '喷码', '日期'];

// ---- round 66 (eng27-66): 2.7 by class — an identity lent to the buyer's order, credit cashed out by an order that ships nothing,
// a gate at home stated missing or skipped, goods hidden or repacked past a check, blocked services reached, devices planted on
// another person, a tracking number for a parcel never sent. Paired in illegal-content.ts (section "round 66") ----

/** The identity an import order is cleared under (身份证, 证件号, 订购人, 名下, 额度): the slot someone else's may fill. */
export const ORDER_IDENTITY_66 = [
  '身份证', '身份证号', '证件号', '证件', '身份信息', '实名信息', '他的信息', '她的信息', '的信息', '订购人', '名下', '额度', '跨境额度', '实名额度',
];

/**
 * A gate the goods need at home, stated missing, pending or skipped (没有进口备案, 还在审批, 不是专卖渠道, 不能进境, 检疫那套我们不走). Not a
 * Chinese label: cross-border retail goods may come without one (海外直邮的这款没有中文标签，所以比国内便宜).
 */
export const GATE_SKIPPED_66 = [
  ...['没有', '没', '没做', '没办', '没贴', '未', '无', '不带', '没拿到', '也没有', '也没做', '也没'].flatMap((lead) =>
    ['蓝帽子', '进口备案', '备案', '注册证', '配方注册', '批文', '检疫证', '检疫证明', '检验检疫', '报检', '许可证', '进口许可',
      '入境许可', '卫生许可', '特证', '进口批文'].map((gate) => `${lead}${gate}`)),
  '还在审批', '在审批', '审批中', '没批下来', '还没批', '还没上市', '没有上市', '没上市',
  '不是专卖渠道', '不是烟草专卖', '不走专卖', '不走检验检疫', '不走检疫', '检疫那套', '检验检疫那套', '不报检', '不走报关', '没走报关',
  '不能进境', '不能入境', '禁止进境', '禁止入境', '不让入境', '不让进境', '不许入境', '进不了境', '入境要许可', '进境要许可', '入境要检疫', '进境要检疫',
];

/** Goods hidden on a body or in luggage or other goods (塞进衣服里, 缝在, 夹在). */
export const HIDDEN_ABOUT_66 = ['塞进', '塞在', '藏在', '藏进', '夹在', '夹进', '缝在', '缝进', '裹在', '裹进', '绑在', '贴身', '揣在', '揣进'];

/** The packing swapped for another product's (外盒换成茶叶包装, 装成零食, 伪装成). */
export const REPACKED_66 = ['换成', '换个', '装成', '包装成', '伪装成', '套上', '套个', '换了包装', '换包装', '换外盒', '拆了外盒', '外盒拆了', '撕了标', '撕掉标签'];

/** Customs' passage without a declaration (绿色通道, 无申报通道). */
export const UNDECLARED_LANE_66 = ['绿色通道', '无申报通道', '不申报通道', '走无申报', '不申报', '没申报', '没有申报', '未申报', '没报关', '不报关'];

/** Services blocked at home, reached through a line, a card or a tool. */
export const BLOCKED_SERVICES_66 = [
  '谷歌', 'google', '脸书', 'facebook', '油管', 'youtube', '推特', 'twitter', 'instagram', '奈飞', 'netflix', '境外流媒体', '境外的流媒体', '外网',
  '境外网站', '国外网站', '被墙', '墙外', 'telegram',
];

/** Another person's space or things, where a device is planted to watch or record them. */
export const OTHERS_PLACES_66 = ['他', '她', '对方', '别人', '老公', '老婆', '男朋友', '女朋友', '男友', '女友', '前任', '员工', '同事', '室友', '邻居'].flatMap((who) =>
  ['车里', '车上', '车底', '的车里', '的车上', '的车底', '包里', '的包里', '手机上', '手机里', '的手机上', '的手机里', '房间', '的房间', '办公室', '的办公室', '衣服上', '身上', '电脑上', '的电脑上'].map(
    (where) => `${who}${where}`,
  ),
);

/** Private rooms of others, where a camera is a peeping camera. */
export const PRIVATE_ROOMS_66 = ['女生宿舍', '女宿舍', '宿舍', '更衣室', '试衣间', '女厕', '厕所', '浴室', '卫生间', '淋浴间', '酒店房间', '出租屋', '民宿房间', '别人家'];

/** Credit and its cash-out routes: a card or a credit line, an order that ships nothing, money to be washed. */
export const CREDIT_OR_FAKE_ORDER_66 = [
  '信用卡', '花呗', '白条', '借呗', '信用额度', '假订单', '虚假订单', '虚假交易', '假交易', '不发货', '不用收货', '不用发货', '拍下不发',
  '拍了不发', '空单', '走个单', '洗钱', '洗白', '钱要洗', '钱洗一下', '钱洗干净', '洗一下钱', '来源就干净',
];

/** Orders placed to lift a shop's sales or rank, or the buyer's money advanced for them (冲店铺等级, 先垫钱). */
export const BRUSHED_ORDERS_66 = ['冲店铺等级', '冲等级', '冲销量', '冲单量', '冲单', '冲量', '冲排名', '冲信誉', '刷销量', '刷等级', '垫钱', '先垫', '垫付', '垫资'];

/** A tracking number, the slot a parcel never sent fills. */
export const TRACKING_NUMBERS_66 = ['运单号', '快递单号', '物流单号', '快递号'];

/** A party paying out on a claim the buyer is coached to make. */
export const CLAIM_PAYERS_66 = ['运费险', '退货险', '保险', '平台客服', '平台介入', '平台那边', '快递公司', '理赔', '保价'];

// ---- round 67 (eng27-67): 2.7 by class ----
/**
 * Illnesses a food, a formula, a cosmetic or a supplement is claimed to cure or prevent, by family: an organ's inflammation, infections
 * going round, an infant's complaints, skin and nail conditions a cosmetic is said to heal. (Round 60's list holds the chronic diseases.)
 */
export const ILLNESSES_67 = [
  ...['牙周', '牙龈', '咽', '咽喉', '扁桃体', '鼻窦', '胃', '肠', '结肠', '肝', '胆囊', '胰腺', '肾', '膀胱', '尿道', '阴道', '宫颈', '盆腔', '乳腺', '前列腺', '中耳',
    '结膜', '角膜', '支气管', '肺', '皮', '脂溢性皮', '毛囊', '甲沟', '滑膜', '腱鞘'].map((organ) => `${organ}炎`),
  '新冠', '新冠肺炎', '流感', '甲流', '乙流', '感冒', '手足口病', '手足口', '疱疹', '带状疱疹', '水痘', '诺如', '尿路感染', '口腔溃疡',
  '黄疸', '肠绞痛', '肠胀气', '乳糖不耐受', '牛奶蛋白过敏', '佝偻病', '便秘', '腹泻', '拉肚子',
  '痤疮', '玫瑰痤疮', '痘痘', '粉刺', '黄褐斑', '灰指甲', '脚气', '足癣', '扁平疣', '冻疮', '酒糟鼻', '红血丝', '激素脸',
  '高血脂', '血脂高', '血压高', '血糖高', '静脉曲张', '痔疮', '耳鸣',
];

/** Goods named as the thing taken or applied (a product, not the buyer's comfort): the claim's subject. */
export const CLAIM_GOODS_67 = [
  '这款', '这个', '这种', '我们的', '我们家', '咱家', '本品', '产品', '奶粉', '米粉', '辅食', '蜂蜜', '燕窝', '饮料', '青汁', '酵素', '咖啡', '面霜', '精华', '乳液',
  '面膜', '牙膏', '洗发水', '身体乳', '护手霜', '软膏', '益生菌', '鱼油', '胶囊', '滴剂', '保健品', '营养品',
];

/** Parts only a working firearm has (a model's or a toy's parts are named as such). */
export const GUN_PARTS_67 = ['击针', '扳机组', '扳机组件', '膛线管', '弹匣', '机匣', '下机匣', '上机匣', '枪管', '枪机', '复进簧', '钢制枪管'];

/** A firearm's silencer by its names and the trade's evasions (a kit with undrilled baffles, an oil-filter adapter). */
export const SUPPRESSORS_67 = ['减音器', '静音器', '消音套件', '消声套件', '消音器', '消声器', '消音管', '消音筒', '消声筒', '溶剂收集器', '油滤转接头'];

/** Devices the law controls: jammers, lock bypass, police gear, plate concealers, fake base stations. */
export const CONTROLLED_DEVICES_67 = [
  '信号屏蔽器', '屏蔽器', '干扰器', '反雷达', '开锁工具', '开锁器', '开锁', '万能钥匙', '万能开锁', '警服', '肩章', '警灯', '爆闪警灯', '警棍', '手铐', '伪基站',
  '翻牌器', '车牌遮挡',
];
// ---- end round 67 (eng27-67) ----
