// Insult and vulgarity lexicon for rule 2.4 (data only; rules/checks/insult.ts decides by context).
// Three strengths: words that are vulgar on their own, insults that need no target because they have no
// innocent sense, and words that insult only when aimed at the buyer (猪 狗 垃圾 有病 have honest uses:
// 猪鬃梳, 狗粮, 垃圾袋, 有病史).

/** Vulgar on their own, whoever they are aimed at (symbol/space splits fold into these). */
export const VULGAR = [
  '傻逼', '傻b', '傻比', '傻屄', '傻x', '傻叉', '傻吊', '傻屌', '煞笔', '煞逼', '煞b', '沙比', '沙笔', '沙雕', '傻雕', '撒比', '啥比', '傻bi', 'sha比',
  'shabi', 'sabi', '憨批', '憨逼', '二逼', '苕逼', '傻缺', '沙缺', 'low逼', 'lowb',
  '草泥马', '草拟吗', '草你妈', '草你大爷', '操你妈', '操你大爷', '操你祖宗', '操你们', '日你妈', '日你大爷', '日你先人', '日了狗', '艹你', 'cao你', '曹尼玛',
  '你妈逼', '你妈b', '你妈个', '你妈了个', '你妈死', '你妈炸', '尼玛的', '泥马的', '他妈的', '他妈个', '他娘的', '特么的', '他喵的', 'tmd', '你大爷的', '你奶奶的',
  '去你妈', '去你大爷', '关你妈', '退你妈', '滚你妈', '干你妈',
  'cnm', 'cnmd', 'mdzz', 'mlgb', 'nmlgb', 'wcnm', 'nmsl', 'nmb', 'wqnmlgb', 'rnm', 'mmp',
  // fa16: initials the engine cannot find inside a longer run (a latin term must stand alone: nmd is not read in qnmd) — 什么鸡巴,
  // 去你妈的, 操你妈逼, 你妈个逼, 我叼你妈的, 他妈妈的, 你娘的, 日你妈逼, 大傻逼, 去你妈了个逼, 我操你妈的. Spaced or capitalised
  // forms (Q N M D, s m j b) fold into these. No English word is spelled so.
  'smjb', 'qnmd', 'cnmb', 'nmgb', 'wdnmd', 'tmmd', 'nnd', 'rnmb', 'dsb', 'qnmlgb', 'wcnmd', '妈卖批', '狗日的', '狗娘养的', '王八蛋', '王八羔子', '龟孙', '龟儿子', '滚犊子', '婊子', '绿茶婊', '贱人', '贱货', '贱种',
  '屌丝', '吊丝', '屌', '艹', '靠北', '靠杯', '靠腰',
  // dialect swearing: Sichuan 哈批 瓜娃子, Cantonese 扑街 冚家铲 丢你老母, Shanghai 戆大, Northeast 虎逼 瘪犊子
  '哈批', '瓜批', '瓜娃子', '扑街', '仆街', '冚家铲', '丢你老母', '屌你', '戆大', '虎逼', '瘪犊子', '懂个锤子', '个锤子哦',
  // Cantonese 痴线 (mad) 戆居 / on9 (fool) 躝尸 (get lost) 食屎; Sichuan 哈麻批 懂个铲铲
  '痴线', '黐线', '戆居', 'on9', '躝尸', '食屎', '哈麻批', '懂个铲铲', '个铲铲',
  // round 10: Cantonese 屎忽 (arse, 屎忽鬼), 仆你个街, 收皮 (shut up), 含家铲 (冚家铲 misspelt)
  '屎忽', '仆你个街', '收皮啦', '收皮吧', '含家铲',
  'fuck', 'fk', 'fxxk', 'fuk', 'shit', 'bitch', 'wtf', 'asshole', 'motherfucker', 'idiot', 'stupid',
  // round 8: borrowed swears (Korean 西八, Japanese 八嘎), 币 for 逼, 你mother的, the 草（一种植物） meme
  '西八', '八嘎', '沙币', '傻币', '煞币', '你mother的', '草一种植物',
  // round 19 (t19dk): 哔 (the bleep) for 逼 — 傻哔吧你, 煞哔.
  '傻哔', '煞哔', '沙哔',
  // round 31 (t31a): Taiwanese swearing (幹你娘, 機掰/雞歪, 講三小 — not 三小时) and Cantonese (戇鳩, 好撚煩, 柒頭, 撚樣)
  '干你娘', '干恁娘', '干林娘', '机掰', '鸡掰', '鸡歪', '机歪', '讲三小', '冲三小', '创三小', '供三小', '戆鸠', '戆尻', '好撚', '撚样', '柒头',
  // round 31 (t31a): Japanese and Korean abuse (バカじゃないの, 死ね, キモい; 씨발, 병신) — not バカうま / バカかわいい (praise)
  'バカじゃないの', 'バカじゃねえの', 'バカなの', 'ばかなの', 'アホなの', 'あほなの', 'バカ野郎', 'ばかやろう', 'バカヤロー', '死ね', 'うざい', 'ウザい', 'うぜえ', 'うぜー',
  'キモい', 'きもい', 'クソ客', 'くそ客', '씨발', '시발', '병신', '개새끼', '미친놈', '미친년', '꺼져',
  // round 39 (t39e): Hokkien swearing as typed in Singapore and Malaysia (kanina / kan ni na = 干你娘, cheebye / chibai, lanjiao) — latin
  // terms stand alone, so no English word holds them
  'kanina', 'kannina', 'kaninabei', 'cheebye', 'cheebai', 'chibai', 'lanjiao', 'lanjiu',
  // round 39 (t39h): 事儿逼 (a fussy so-and-so) — 事逼 is a label in CONTEMPT_LABELS, the 儿 form had no entry
  '事儿逼', '事儿b', '事儿比',
];

/** Coarse but not aimed at anyone (牛逼 as praise): a warning, still uncivil in a service chat. */
// (round 39, t39h: 屎盆子 — 别什么屎盆子都往我们头上扣)
export const MILD_VULGAR = ['牛逼', '牛b', '装逼', '逗比', '屁话', '扯淡', '扯犊子', '鸟事', '破事', '屁大点', '屁大的', '屁点大', '芝麻屁大', '屎盆子'];

/** Insults with no innocent sense: they need no target. */
export const INSULT_NOUNS = [
  '脑残', '智障', '弱智', '白痴', '蠢货', '蠢猪', '蠢蛋', '蠢材', '笨蛋', '笨猪', '猪脑子', '猪脑', '狗东西', '狗杂种', '杂种', '杂碎', '畜生', '畜牲',
  '人渣', '败类', '废物', '窝囊废', '混蛋', '混账', '贱骨头', '丑八怪', '土包子', '乡巴佬', '穷鬼', '穷逼', '穷b', '穷光蛋', '老不死', '白眼狼', '差评狗',
  '神经病', '蛇精病', '傻子', '傻帽', '傻冒', '傻蛋', '傻狍子', '二百五', '低能儿', '瘪三', '小瘪三', '泼妇', '刁民', '死胖子', '肥猪', '狗腿子', '舔狗', '疯狗', '二愣子', '丫头片子', '矮冬瓜', '傻了吧唧', '傻不拉几', '傻不愣登', '虎了吧唧', '二了吧唧',
  // round 31 (t31a): Taiwanese 奧客 (a nasty customer), Cantonese 八婆, 黐孖筋 (nuts), 蠢才
  '奥客', '八婆', '死八婆', '黐孖筋', '蠢才',
  // round 39 (t39e): Malay and Indonesian for a fool (bodoh ke?, goblok) — no honest sense in a reply to a buyer
  'bodoh', 'goblok',
  // round 57 (eng57a, A57): regional, ethnic and gender slurs with no innocent sense (外地佬就是不懂规矩, 娘们唧唧的, 一个大男人还挑颜色，娘炮)
  '外地佬', '乡下佬', '北佬', '黑鬼', '娘们唧唧', '娘们儿唧唧', '娘娘唧唧', '娘炮', '阿三一样', '阿三似的', '阿三式',

];

/** Insults only when aimed at someone (you/buyer): honest senses exist (猪肉, 狗粮, 垃圾袋, 有病史, 傻瓜式). */
export const AIMED_WORDS = [
  '有病', '神经', '傻', '蠢', '笨', '瞎', '猪', '狗', '垃圾', '辣鸡', '丑', '贱', '变态', '奇葩', 'nc', '2b', '二货', '脑瘫', '有毛病', '没脑子', '缺心眼',
  '没素质', '没教养', '没文化', '素质低', '素质差', '文盲', '法盲', '猪头', '废柴', '傻瓜', '疯子', '疯了', '无赖', '流氓', '乡下人', '穷', 'loser', '妈宝',
  '聋子', '瞎子', '哑巴', '残废', '低能', '弱鸡', '小丑', '矫情', '山炮', '伞兵', '菜鸡', '菜狗', 'low', 'zz', 'nt', 'sjb', '脑残', '智障', '弱智',
  // net slang and dialect name-calling: 老六 (a sneak), 冤种, 显眼包, 小趴菜; 憨包 宝器 (Sichuan/Yunnan), 十三点 猪头三 寿头 (Shanghai)
  '饭桶', '货色', '老六', '憨憨', '铁憨憨', '冤种', '大冤种', '显眼包', '小趴菜', '扫把星', '丧门星', '蠢驴', '呆瓜', '憨货', '憨包', '宝器', '十三点', '猪头三', '寿头', '死蠢',
  // round 31 (t31a): Taiwanese 腦包 (an airhead), 北七 (白痴; 北七家 is a town), 白目 (clueless), 龜毛 (fussy), 雞婆, 俗仔/俗辣/卒仔 (a coward);
  // Cantonese 傻仔 (fond for a child, so aimed only)
  '脑包', '北七', '白目', '龟毛', '鸡婆', '俗仔', '俗辣', '卒仔', '傻仔',
  // round 35 (t35a): 傻 / 蠢 before an animal (傻鸟, 傻驴, 蠢狗): literal of a pet (我家鹦鹉是个傻鸟), so aimed only
  '傻鸟', '傻驴', '蠢狗',
  // round 31 (t31a): 脑子装水 (a variant of 进水), 眼睛业障重 (a meme for blind)
  '脑子装水', '脑袋装水', '脑袋进水', '业障重',
  // round 35 (t35f): a bloodsucker or a parasite for someone who takes more than their due (你就是个吸血鬼, 退款还想多要) — aimed only: 吸血鬼
  // is also a costume (吸血鬼獠牙, 吸血鬼披风), a lipstick shade, a theme party; 寄生虫 a pet's worms (您家猫体内有寄生虫).
  '吸血鬼', '寄生虫',
  // round 57 (eng57a, A57): 阿三 (a slur for Indians; also a nickname, so aimed only), 娘娘腔 (also a singer's falsetto style), the 没文化 family
  // hedged by a quantity (一看您头像就知道没什么文化, 您这是没啥文化吧), 手残 (a clause of its own: insult.ts T57A_FACULTY_ASKED)
  '阿三', '娘娘腔', '没什么文化', '没啥文化', '没多少文化', '没点文化',
];

/**
 * Round 21 (t21dq): aimed insults written as their split parts (犭者 = 猪, 犭句 = 狗, 目害 = 瞎, 贝戋 = 贱, 春虫 = 蠢); 犭 also as the radical ⺨,
 * which folds to 犭 (lexicon/fold-table.ts; round 35, t35c: listed here it folded to a bare 者 / 句).
 */
export const SPLIT_AIMED = ['犭者', '犭句', '目害', '贝戋', '春虫', '春虫虫', '女昌'];

/**
 * Round 35 (t35b): body words written as their split parts (月半 = 胖, 月巴 = 肥: 月半成这样还买S码, 你这么月巴). Each body-shaming word list
 * gets the split spellings beside the whole ones, so every wording the rules know for 胖/肥 is known split too. Only inside those
 * lists (月半 alone is also 农历月半, the middle of a month).
 */
const SPLIT_BODY: readonly (readonly [string, string])[] = [['胖', '月半'], ['肥', '月巴']];
/** Round 35 (t35b): 妈 split as 女马 in the swear words (你女马的, 去你女马) — the same trick on the family insult. */
export function withSplitKin(words: readonly string[]): string[] {
  return [...words, ...words.filter((w) => w.includes('妈')).map((w) => w.split('妈').join('女马'))];
}
export function withSplitBody(words: readonly string[]): string[] {
  const out = [...words];
  for (const w of words) {
    for (const [whole, split] of SPLIT_BODY) if (w.includes(whole)) out.push(w.split(whole).join(split));
  }
  return out;
}
/** The same as a regex alternative for sentence tests (胖|月半). */
export const FAT_SRC = '(?:胖|月半)';
export const OBESE_SRC = '(?:肥|月巴)';

/**
 * Labels for a kind of person held in contempt (妈宝男, 绿茶婊, 要饭的, 神金 for 神经): an insult when aimed (你这个妈宝男)
 * or said as a clause of its own (妈宝男吧，…); not in running text (妈宝男的话题).
 */
export const PERSON_LABELS = ['妈宝男', '妈宝女', '普信男', '普信女', '凤凰男', '捞女', '拜金女', '绿茶婊', '圣母婊', '心机婊', '作精', '戏精', '杠精', '事精', '巨婴',
  '要饭的', '叫花子', '铁公鸡', '守财奴', '吝啬鬼', '小气鬼', '讨厌鬼', '穷鬼', '土鳖', '泼妇', '神金', '深井冰', '神精病', '二百五', '冤大头', '怂包', '窝囊废', '憨批', '活宝', '奇葩货', '戏精本精'];

/**
 * Initials and slang of insults (sjb 神经病, zz 智障, nt 脑瘫, nc 脑残, 伞兵 for 傻逼): most have honest senses
 * (NT$, NC 面霜, 伞兵刀), so they count aimed, alone as a clause (zz吧你) or as a label on the buyer (nc买家).
 */
// (round 39, t39e: knn, the Hokkien initials of 干你娘 typed in Singapore and Malaysia — also the k-nearest-neighbours algorithm, so
// only alone as a clause or aimed: KNN，自己摔烂还要我赔？)
export const SLANG_INSULTS = ['knn', 'sjb', 'zz', 'nt', 'nc', '伞兵', '菜鸡', '菜狗', 'low', '脑瘫', '智障', '弱智', '脑残', '白痴', '铸币', '傻批', 'shazi', 'fw', 'lj'];

/** Contempt put on the buyer as a label: 穷鬼买家, 白嫖客户, 极品顾客. */
export const CONTEMPT_LABELS = [...SLANG_INSULTS, '垃圾', '辣鸡', '极品', '奇葩', '穷鬼', '穷逼', '白嫖', '事逼', '杠精', '巨婴', '铁公鸡', '抠门', '抠搜', '穷酸', '土鳖', '无脑', '刁蛮', '傻', '蠢'];

/** Where people come from, for regional contempt (东北人就是事多, 你们乡下人…): provinces, regions, the countryside. */
export const REGIONS = [
  '东北', '西北', '华北', '南方', '北方', '河南', '河北', '山东', '山西', '陕西', '甘肃', '宁夏', '青海', '新疆', '西藏', '内蒙', '内蒙古', '辽宁', '吉林',
  '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '湖北', '湖南', '广东', '广西', '海南', '四川', '重庆', '贵州', '云南', '上海', '北京', '天津', '温州',
  '潮汕', '苏北', '乡下', '农村', '山里', '村里', '山区', '外地', '小地方', '小县城', '县城', '十八线', '偏远地区', '穷地方',
];

/** The countryside, said with 出来的 / 来的 (山沟里出来的): where the buyer grew up, as a put-down. */
export const RURAL = ['乡下', '农村', '山里', '村里', '山区', '山沟', '山沟里', '穷山沟', '小地方', '小县城', '县城', '穷地方', '大山里'];

/** Phrases that insult by themselves (the target is implied). */
export const INSULT_PHRASES = [
  '脑子进水', '脑袋进水', '脑子被驴踢', '脑子被门夹', '脑子有坑', '脑子有病', '脑子有问题', '脑子坏了', '脑子瓦特', '脑子不好使', '脑子不好', '脑子是摆设',
  '没长脑子', '瞎了你的狗眼', '狗眼', '眼瞎', '瞎了眼', '瞎眼', '眼睛瞎', '瞎了吗', '臭不要脸', '不要脸', '丢人现眼', '死全家', '死妈', '找死', '去死',
  '去屎', '滚蛋', '滚远点', '滚出去', '给我滚', '滚一边去', '滚一边', '你滚', '快滚', '赶紧滚', '没见过世面', '算什么东西', '你算老几', '算老几', '长得丑',
  '长得难看', '长这么丑', '丑人多作怪', '素质低下', '低素质', '小学没毕业', '小学没读完', '小学都没毕业', '初中没毕业', '初中都没毕业', '智商欠费', '智商感人', '智商堪忧', '智商捉急', '智商为零', '智商是硬伤',
  '智商低', '你这智商', '什么智商', '没智商', '跟猪一样', '你不是人', '真不是东西', '不是个东西', '放屁', '放狗屁', '狗屁不通',
];

/**
 * Round 9: the insult phrases above of four or more characters spelt wholly in pinyin (ni shi bu shi nao zi jin shui le):
 * the generated pinyin variants stop at three characters. Written out (from pinyin-pro, polyphones checked by hand) because
 * the runtime pinyin table only holds the characters of the 2–3-character terms; a dozen letters cannot occur by chance.
 */
export const INSULT_PINYIN = [
  'naozijinshui', 'naodaijinshui', 'naozibeilvti', 'naozibeimenjia', 'naoziyoukeng', 'naoziyoubing', 'naoziyouwenti', 'naozihuaile',
  'naoziwate', 'naozibuhaoshi', 'naozishibaishe', 'meichangnaozi', 'xialenidegouyan', 'choubuyaolian', 'diurenxianyan',
  'gunyibianqu', 'meijianguoshimian', 'suanshenmedongxi', 'nisuanlaoji', 'changzhemechou', 'chourenduozuoguai', 'suzhidixia',
  'xiaoxuemeibiye', 'xiaoxuedoumeibiye', 'chuzhongmeibiye', 'chuzhongdoumeibiye', 'zhishangqianfei', 'zhishangganren', 'zhishangkanyou',
  'zhishangzhuoji', 'zhishangweiling', 'nizhezhishang', 'genzhuyiyang', 'nibushiren', 'zhenbushidongxi', 'bushigedongxi', 'goupibutong',
  'shalebaji', 'shabulaji', 'shabulengdeng', 'hulebaji', 'erlebaji', 'caonidaye', 'caonizuzong', 'rinidaye', 'rinixianren', 'nidayede',
  'ninainaide', 'qunidaye', 'gouniangyangde', 'wangbagaozi', 'diunilaomu', 'donggechuizi', 'donggechanchan',
  // the other reading of 长 (zhang) in 没长脑子 / 长这么丑
  'meizhangnaozi', 'zhangzhemechou',
];
