// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyCounterfeit from '../../../rules/checks/likely-counterfeit';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyCounterfeit, {
  valid: [
    // round 69 (eng28-69): two of our own variants said alike, neither the genuine article (detect/own-variants-alike.ts)
    "两个色号肉眼看不出区别，只是质地有点不一样。",
    "新旧包装内容物是一样的，看不出区别，都是正品。",
    // round 67 (engfa67): the copies named first and refused after them (高仿精仿这些我们从来不做, A货、仿品我们一律不卖)
    '亲，我们家只卖跟专柜一样的正品，高仿精仿这些我们从来不做，都是保税仓直接发货。',
    // round 60 (eng60b): the market's copies warned of, ours said to carry the proof the buyer is told to look for (OURS_CARRY_PROOF)
    '网上高仿不少，认准防伪码，我们每件都带',
    '网上很多高仿的，认准防伪码，我们家都带',
    '市面上仿品多，一定认准报关单，本店都能提供',
    // round 54 (eng54c, probes): our own brand named
    "这个价钱买不到专柜的，我们卖的是国产品牌，不是进口大牌",
    // round 54 (eng54c): a part's maker disclosed in the listing; a shared maker with the brands apart; the maker's own part the same as the fitted one
    "滤芯是第三方合作工厂做的替换装，不是原厂的，商品名里写明了",
    "这款和您问的那个是同一家代工厂做的，但品牌不同，我们卖的就是这个品牌的正品",
    "原装的替换刷头和您牙刷自带的那个一样，都是欧乐B的",
    // round 52 (fifth pass): a stance against the kind in the next clause (对于仿品，我们的态度是零容忍); 认准我们店 as the market warning's advice
    "这款包外面仿的很多，您认准我们店就行。",
    // round 52 (second pass): a copy argued away (copyArguedAwayText)
    "您在外面看到的几十块的多半是假的，我们这边都是专柜货。",
    "仿品哪能卖这么贵，这是专柜正品。",
    // round 52 (cf52): the market's copies warned of, none of ours in the sentence (marketWarnedText)
    "网上很多所谓的原单包其实都是仿的，您买的时候多留个心眼。",
    "市面上不少所谓的尾单其实都是仿货，擦亮眼睛别贪便宜。",
    // round 49 (t49e): an honest pinyin reply (toneless, no IME)
    "亲，xian zai xia dan jin tian jiu neng fa chu qu",
    // round 48 (t48e): a mark explained as the brand's own craft
    "这个logo是刺绣工艺，品牌原厂就是这样，线头藏在里面不会掉。",
    "表盘上的字母是激光镭雕，原厂本来就是这个做法，不是印上去的。",
    // round 45 (t45e): a wearable stand-in for a change to the body passing for the real one; still caught with a brand or the counter beside it
    "没有耳洞也能戴，换成我们送的隐形耳夹就行，戴上跟真打了耳洞一样看不出来",
    "穿戴甲戴上跟刚做的美甲一样，完全看不出来是贴的",
    "纹身贴贴上去跟真纹的一样，别人根本看不出来",
    "双眼皮贴贴上跟割的双眼皮一样，完全看不出来",
    // round 43 (t43b): a copy by 复制 denied, no copy word left
    '这本画册不是复制品，跟原版一样是原作者授权印刷的',
    '这本书不是复制的，跟原版一样',
    '这套邮票不是复制品，是邮局正式发行的原票',
    // round 43 (t43b): a sample split from the same genuine bottle, told in the sentence or the answer after it
    '这款是分装的，口感喝不出区别吗？喝不出，因为就是同一瓶原液分的',
    '这款是小样分装，摸不出区别，就是同一罐分的',
    '分装的精华是同一瓶正装倒出来的，用起来摸不出区别',
    // round 41 (t41a): an OEM factory's own brand sold as itself
    '我们是给大牌代工的工厂，这款是我们自己的品牌，不贴大牌的标',
    '这个牌子是我们代工厂自己的品牌，不是贴牌的大牌，就按自己的牌子卖',
    '我们厂以前做贴牌，现在是自有品牌，价格实在',
    // round 40 (t40m): two editions or packings of our own goods compared
    '精装版和平装版内容一样，精装版多一个书盒',
    '礼盒装和简装的茶叶是同一批，礼盒装多一个罐子',
    // round 40 (t40j): a reproduction in a historic style, sold as such
    '我们照着宋代汝窑仿的，外观很接近古瓷',
    '这把圈椅是仿明式的，榫卯结构，全实木，不是老家具',
    // round 39 (t39n): goods declared a no-name make, no brand claimed
    '这个是杂牌，没有贴任何品牌的标，介意慎拍',
    '这款是杂牌，没贴任何品牌的标，不是仿的',
    '这款收纳盒是白牌的，没有牌子，胜在便宜耐用。',
    // round 39 (t39n): a part told as swapped for an upgrade, from nowhere else (detect/upgrade-told.ts)
    '外壳是原厂的，里面的电调我们换成了升级版',
    '无人机的桨叶我们换成了加强版的，飞起来更稳。',
    // round 39 (t39m): aftermarket parts declared and priced against the original; lifelike scale models; made to the buyer's drawings; the market's copies against our genuine goods; a kin's recipe
    '副厂墨盒，非原装，价格只有原装的五分之一',
    '这款是通用款充电器，非原装，价格是原装的三分之一',
    '这架飞机模型是合金的，涂装高仿真，细节很到位',
    '坦克模型涂装高仿真，细节到位，跟真的一样',
    '这个支架是工厂照着您发的图纸做的，尺寸一样',
    '工厂照着您发的图纸做的，跟您要的一模一样',
    '街边卖的高仿碟便宜，但我们家是正版',
    '地摊上的盗版书错字多，我们是正版',
    '这款酱是照着外婆的配方做的，味道跟小时候一样',
    // round 38 (t38j): the fit the same whichever of ours is picked; batches from different makers told with their colour difference
    '这双鞋是标准码，脚宽的话穿哪双都一样舒服。',
    '脚宽的话穿哪双都一样舒服，鞋头很宽松。',
    '这批不是同一个厂出的，颜色可能有色差。',
    // round 38 (t38d): a part we fit or send said to be the brand's own, with its number to check
    '换的前轮是原厂配件，跟原装的一模一样，零件编号对得上。',
    '补发的滤芯是原厂配件，和原装的一样，型号对得上。',
    '给您换的电池是原装件，跟之前的一模一样，序列号可以查。',
    '给您补发的是原厂的件，跟原装一模一样，料号一致。',
    // round 36 (t36g): a licensed figure faithful to its source work; compatible goods owned as not the original
    '这个模型八成还原游戏角色，官方授权正版，涂装很细。',
    '通用滤芯比不上原厂的，价格便宜一半，按需选择。',
    // round 35 (t35a): the brand's authorisation claimed, the goods likened to its counter
    '我们家是品牌方正式授权的门店，和专柜是同一批货。',
    '品牌官方授权经销商，跟专柜一样的货，您放心。',
    // round 33 (t33a): goods vouched for as genuine, then the proverb of price and worth winked at: the wink defends the price
    "咱家都是正品哈，一分钱一分货，你懂的",
    "本店都是正品，一分价一分货嘛，您懂得",
    // round 31 (t31g): our entry tier below the brand's top line, or vouched genuine alongside
    "我们是入门款，做工比不了专柜旗舰款",
    "我们这是入门级，做工比不了专柜旗舰款，但都是正品",
    "基础款的用料确实不如高端系列",
    // round 31 (t31f): our goods told honestly to fall short of the big brands at their price
    "一分钱一分货，这个价格用料肯定跟奢侈品没法比",
    "理解您的心情，几百块的包做工确实赶不上一线大牌",
    // round 31 (t31a)
    "这个是高仿的吗？不是的亲，是专柜正品",
    "是不是A货啊？不是哦 每瓶都有溯源码",
    // round 31 (t31d): a lawful import channel told honestly, with its papers shown or its honest cost told
    '这一批走的是平行进口，并非品牌在国内的授权渠道，报关资料和检验检疫证明都能提供。',
    '这款不是专柜渠道的，是海外授权经销商那边进的，进口手续齐全，只是没有国内联保。',
    '咱家这批是平行货，不是品牌自己渠道发的，每件都有中文背标和税单。',
    '这一批走平行进口，不是品牌官方渠道出的，没有国内联保。',
    // round 31 (t31d): the buyer's own piece remade by us after a fault of ours, the same as the first one or the confirmed design
    '名字刻错了是我们的失误，马上请师傅重新刻一块，跟原版一样。',
    '手链做短了一截，我们让师傅重做一条，和您确认的设计图一模一样。',
    '印花印歪了，重新给您印一件，跟原来那件一样的图。',
    'logo印错了，我们找师傅重新做一个，跟原版一样。',
    '这个挂件断了，我们找师傅重新打一个，跟原版一样。',
    // round 23 (t23c): a hint the buyer asked about, named as a kind and refused at the sentence's end
    '您说的连柜姐都看不出的那种东西，我们这边一律不做',
    '您问的柜姐都验不出的货，我们这里从来不做，只卖正品',
    '连专柜都看不出来的那种货，我们店一律不卖的哦',
    // round 23 (t23a): our own original brand or design vouched for
    'logo是我们自己设计的原创品牌',
    '这是我们的自有品牌，图案都是设计师原创的',
    'logo是我们自己注册的商标，原创设计',
    // round 23 (t23a): goods that are an imitation by nature praised for realism
    '这个仿真绿植放客厅，根本看不出来是假的',
    '仿真多肉分不出是假的',
    '这款人造草坪铺在阳台，邻居都以为是真草',
    // round 23 (t23dz): copies refused in the northern register (不整/不卖那些假货), the rest vouching (不信你拿去专柜验)
    "老铁，咱可不整那些假玩意儿，正品这块没毛病，不信你拿去专柜验验。",
    "咱家不整假货，东西杠杠的，不信你拿去鉴定。",
    "我们家从来不卖假货，不信您拿去专柜验。",
    ...EVERYDAY_REPLIES,
    // round 22 (t22du)
    "这两款手表外观差不多，都是正品，价格差在表壳材质。",
    "两瓶看着一样，都是正品，区别在年份，一个2018一个2020。",
    // round 21 (t21bv): a copy's way of making denied, no copy word left
    "这本教材是精装原版，不是扫描版打印出来的，纸张是进口铜版纸。",
    '我们家都是品牌授权的正品，每件都带海关溯源码，支持专柜验货。',
    '这个价格是品牌清仓活动，所以比专柜便宜一些，都是同一批正品。',
  ],
  invalid: [
    // round 67 (engfa67): …but a wink or another copy tier after the refusal
    '高仿精仿这些我们从来不做，只做跟专柜一模一样的，懂的都懂。',
    'A货我们不卖，但有工厂尾货，便宜一半。',
    // round 60 (eng60b): the proof named, then copies of ours after it — no vouching
    { text: '外面很多精仿的，认准溯源码，我们家都有高仿的', severity: 'warn' },
    // round 54 (eng54c): a part's maker disclosed in the listing; a shared maker with the brands apart; the maker's own part the same as the fitted one
    { text: "替换头和原装的一模一样，看不出区别，懂的", severity: "warn" },
    // round 48 (t48e): near-misses of a mark explained as the brand's own craft — still caught
    "这个logo是刺绣工艺，品牌原厂就是这样，跟专柜一模一样",
    "logo是我们这边后印的，品牌原厂也是丝印工艺，看不出来",
    "标是热转印的，原厂就这样，原单尾货您懂的",
    "这款logo压印工艺跟原厂一样，一比一做的",
    // round 45 (t45e): a wearable stand-in for a change to the body passing for the real one; still caught with a brand or the counter beside it
    "这款耳夹跟大牌专柜那款一样，戴上看不出来",
    "迪奥同款耳夹，戴上跟真的一样看不出来",
    "纹身贴是照着大牌图案做的，贴上跟真的一样，看不出来",
    "穿戴甲跟香奈儿专柜款一模一样，戴上看不出来",
    // round 43 (t43b): 复制 denied, another way of copying owned (拷贝, 翻印)
    // (round 47, t47b: 这张专辑不是复制的，是拷贝母带压的，跟原版一样 moved to counterfeit-implied)
    '这幅画不是复制的，是高清翻印的，跟原作一模一样',
    // round 43 (t43b): a split with a wink, or a likeness to an import with no source told
    '这款是分装的，跟正装喝不出区别，懂的',
    '包装上印着分装厂名称，跟进口的吃不出区别',
    '这款分装的香水跟正装闻不出区别，您懂的',
    '分装小样是同一瓶分的？那倒不是，跟正装用着摸不出区别就行',
    '这款分装精华和正装喝不出区别，就是来源不方便说',
    // round 41 (t41a): …not with the big brand's likeness kept (用料一样, 同厂同线, 差不多就是没logo)
    { text: '我们工厂做了二十年代工，现在出了自己的品牌，用料一样', severity: 'warn' },
    { text: '我们给大牌代工，这款是自己的品牌，跟大牌同厂同线', severity: 'warn' },
    { text: '我们是代工厂，自己的牌子，跟专柜的差不多就是没logo', severity: 'warn' },
    // round 40 (t40j): …but passed off as old
    '我们照着宋代汝窑仿的，当古董送人完全没问题，包老',
    '这只碗仿的清代青花，拿去鉴定都说是老货',
    // round 39 (t39n): …but a no-name make likened to the genuine goods
    '这个是杂牌，没有贴任何品牌的标，跟正品看不出区别',
    // (not 不是品牌…: the tags or box said not the brand's own)
    '这块表的表盒是后配的，不是品牌随表出的',
    // round 39 (t39n): …but an upgrade with a copy's tier or a wink is no honest mod
    '外壳是原厂的，里面换了升级版，跟正品看不出区别，您懂的',
    // round 39 (t39m): the same with a wink, a likeness to the genuine or a brand
    '副厂墨盒，非原装，价格只有原装的五分之一，懂的',
    '副厂墨盒，非原装，价格只有原装的五分之一，打印出来跟原装一样',
    '这个手办涂装高仿真，跟正版一模一样',
    '车模涂装高仿真，跟原厂的一样，价格只有零头',
    '工厂照着您发的大牌图纸做的，跟专柜的一模一样',
    '照着外婆的配方做的，跟大牌的一样，懂的',
    // round 38 (t38j): …but set against the genuine article or the counter
    '这批和正品不是同一个厂出的，颜色可能有色差',
    '跟专柜的比穿哪双都一样，看不出区别',
    // round 38 (t38d): …but not the factory's quality, an aftermarket part, a turn or a price hint beside the number
    '换的前轮是原厂品质的配件，跟原装的一模一样。',
    '这个刹车片是副厂的，跟原装一模一样，编号都对得上。',
    // Round 56 (lead, retrain): the model alone no longer flags 给您换的屏幕是原装件，外观跟原装一模一样，型号对得上，就是便宜。 (the whole
    // linter still warns: counterfeit-implied).
    // round 36 (t36g): …but not with the licence denied or an exact likeness claimed
    '这款手办九成还原动画原作，不过不是正版授权的，细节很到位。',
    '我们家的兼容胶囊跟原装一模一样哈，口味没区别。',
    '发给您的是非原装的墨盒，不是品牌出的，但是兼容',
    // round 35 (t35a): authorisation claimed beside a price hint or an exact-copy likeness
    '品牌官方授权，和专柜货看不出区别，价格一半。',
    '品牌授权的货，跟专柜一样，价格只要两折。',
    '这批不是品牌授权渠道进的，但用起来跟专柜一样，价格只要一半。',
    // round 33 (t33a): …but a wink on a source after the proverb still hints
    "都是正品，一分钱一分货，外贸的您懂的",
    // round 31 (t31g): the entry tier told, then a likeness to the top line
    "入门款做工比不了旗舰款，但外观跟专柜一模一样，您懂的",
    // round 31 (t31f): the tier told, then a likeness winked at
    "这个价位做工是比不了大牌，但同一个厂出来的，您懂的",
    // round 31 (t31a)
    "这个是高仿的吗？不是哦，但是做工跟专柜一样",
    // round 31 (t31d): …but not with the papers denied, a wink or a grade beside the parallel import, nor a brand's piece remade
    // (round 47, t47b: 这一批是平行进口的，不走品牌官方渠道，也没有报关单，所以便宜。 moved to counterfeit-implied)
    '这批是平行货，报关单齐全，就是版本不太一样，外人看不出来。',
    '您发的那款大牌包，我们找师傅重新做一个，跟原版一样。',
    // round 23 (t23c): …but not a likeness refused with no kind of hint, an offer, or a higher grade after the refusal
    '您说的跟专柜一模一样的那种，我们一律不卖',
    '柜姐都验不出的货，我们这里有，价格好商量',
    '柜姐都看不出来的那种货我们不做，我们做的是更高版本的',
    // round 23 (t23dz): …but a wink, a factory source or a price hint beside the refusal still speaks
    // Round 56 (lead, retrain): the model alone no longer flags 俺家不整假货，就是版本不一样，懂的老铁直接拍。 (the whole linter still
    // blocks it: counterfeit-implied).
    "咱家可不整那些假货，都是工厂直接出的尾货，跟专柜一模一样。",
    "咱家不整假东西，这批是外贸渠道出来的，跟专柜没区别。",
    // round 22 (t22du)
    "这两款看着差不多，都是正品，区别在版本，便宜的那款外人看不出来。",
    { text: '这个版本和专柜的区别就是没有那个小票和防伪卡，其他的您放心，一样用。', severity: 'warn' },
    { text: '懂行的都知道这个价位是什么货，您要专柜品质就去专柜买嘛。', severity: 'warn' },
    { text: '这个是原单尾货，跟正品一个工厂出来的，只是没有吊牌，价格才这么低。', severity: 'warn' },
  ],
});
