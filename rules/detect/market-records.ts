// A failed check explained by whose records it searched, not by the goods (2.8, and the borrowed-papers cue of 2.7).

/** Markets other than the mainland's, whose codes the mainland's records do not hold. */
const FOREIGN_MARKETS = '欧洲|欧盟|美国|日本|韩国|海外|国外|境外|澳洲|澳大利亚|新西兰|英国|法国|德国|意大利|香港|台湾|泰国|当地|品牌所在国';

/**
 * Round 19 (t19bq): a check whose records cover only the home market's goods (国内小程序只录入了国内专柜版，日版查不到是正常的;
 * 品牌官网只收录大陆行货; 国内系统没有录入海外版): the failure is explained by the channel, not the goods.
 * Round 68 (engfa68): …or the code said to be another market's, with where it is looked up (品牌国内官网查不到这个批号很正常，因为这是
 * 欧洲市场的批号，要在欧洲官网查): the same channel explanation, told from the code's side.
 */
export const HOME_RECORDS_ONLY = new RegExp(
  '(?:只|仅|只能|仅能)(?:录入|收录|登记|录|收|查|查询|查得到|覆盖|支持查询?|针对)(?:了)?(?:国内|国行|大陆|内地|中国|本国|当地)|' +
    '(?:没有|没|不|未)(?:录入|收录|登记)(?:海外|国外|境外|日版|港版|美版|韩版|欧版|外版|免税)|' +
    `(?:是|属于|用的是)(?:${FOREIGN_MARKETS})(?:市场|版|版本|地区|本土|当地)?的(?:批号|编码|编号|防伪码|序列号|货号|码)[^。！？]{0,12}?` +
    `(?:要|得|需要|请|可以)(?:在|去|到|用|上)(?:${FOREIGN_MARKETS})(?:的)?(?:官网|网站|系统|app|小程序|官方)`,
);
