import { alt } from './cue-rule';
import { PRESCRIPTION_DRUGS_61 } from '../lexicon/restricted-trade';

// Round 37 (t37f): the prescription kept as the rule, however the sentence is turned.
//
// A double negation that ends in the rule (不能不用处方卖, 不可能不看处方就发, 没法不要方子给您寄) negates the waiver: the prescription is
// required. Not when the sentence turns back to a way round it (但, 不过, 私下, 另外, 除非).
export const WAIVER_NEGATED = /^(?![^]*(?:但|不过|可是|私下|另外|偷偷|悄悄|除非))[^]*(?:不能|不可以|不可能|不会|不得|没法|没办法|无法|绝不|决不|不允许|不准|不敢)(?:在)?(?:不用|不要|不需要|无需|免|不看|不凭|没有)(?:您|你)?(?:的)?(?:提供|出示|上传|开|拿)?(?:任何)?(?:医生)?(?:的)?(?:处方|方子|药方)/;

// …or the buyer asked for one (请上传处方, 凭处方购买, 需要医生处方), with no waiver, supply on the side or wink anywhere in the reply.
const ASKED_FOR = /(?:请|麻烦|需要?|必须|务必)(?:您|你)?(?:先)?(?:上传|提供|出示|拍)(?:一下)?(?:医生)?(?:开的|的)?(?:处方|方子|药方)|凭(?:医生)?处方|需(?:要)?(?:医生)?(?:开的?)?处方/;
const WAIVED = /(?<!不能|不可以|不可能|不会|不得|没法|没办法|无法|绝不|决不|不允许|不准|不敢)(?:不用|不要|不需要|无需|免|不看)(?:您|你)?(?:提供|出示|上传|开)?(?:任何)?(?:处方|方子|药方)|没有?处方也|私下|私聊|懂的|懂得|别声张|悄悄|偷偷|有路子|有渠道|但|不过|可是/;

// Round 41 (t41m): …or the buyer sent to a hospital, clinic or pharmacy for it, the shop not selling it (处方药平台不让上，需要的话请到医院开;
// 这类药我们不卖，建议您去药店买): the prescription kept by sending the buyer to where it is given — not 不用去医院 (a waiver).
const SENT_TO_DOCTOR = /(?<!不用|不必|无需|省得|免得|别|不要)(?:到|去)(?:正规的?|附近的?|当地的?)?(?:医院|诊所|药店|药房|医生那)(?:里|边)?(?:开|买|看|咨询|就诊|问问?|拿)/;
const NOT_SOLD_HERE = /不让(?:上|卖|发)|不能(?:上|卖|发)|不卖|不售|不上架|没法(?:上|卖)|卖不了|不允许|不经营|没有卖/;

// Round 44 (t44g): the item said to be no drug nor medical device (收纳盒不属于医疗器械，不需要处方，直接拍; 这款护理液不是药品，无需处方):
// a prescription waived for it is simply true. Not 不属于非处方药 (it is a prescription drug after all).
export const NOT_A_DRUG = /(?:不属于|不算|不是|并非|(?<![于算是])非)(?!非)(?:医疗器械|药品|药物|处方药|药(?![店房师]))/;
const NON_DRUG_TIE = /但|不过|可是|私下|私聊|懂的|懂得|别声张|悄悄|偷偷|有路子|有渠道|效果|疗效|治|处方药也/;
/** The waiver told of an item said to be no drug (for the model's 2.7 gate): no turn, wink or cure claim beside it. */
export function nonDrugWaived(s: string): boolean {
  // Round 65 (engfa65): …or goods named as needing no prescription (NO_PRESCRIPTION_GOODS_TOLD) with the medicine's directions told
  // (布洛芬是非处方药，头疼的话按说明书吃). (Not the bare waiver for them: the model's 2.7 reading of such a sentence catches a breach the word
  // rules miss in a held-out set; the word rules' cues take NO_PRESCRIPTION_GOODS_TOLD alone.)
  if (NO_PRESCRIPTION_GOODS_TOLD.test(s) && /说明书/.test(s)) return true;
  return NOT_A_DRUG.test(s) && /(?:不用|不要|不需要|无需|免)(?:您|你)?(?:提供|出示|开)?处方/.test(s) && !NON_DRUG_TIE.test(s);
}

/** A reply that keeps the prescription as the condition of the sale (for the model's 2.7 gate). */
export function prescriptionKept(s: string): boolean {
  if (WAIVED.test(s)) return false;
  return WAIVER_NEGATED.test(s) || ASKED_FOR.test(s) || (SENT_TO_DOCTOR.test(s) && NOT_SOLD_HERE.test(s) && /处方|药/.test(s));
}

// Round 65 (engfa65): the goods named as needing no prescription — an over-the-counter medicine (非处方药, OTC), a supplement or health
// food (维生素片, 钙片, 鱼油, 膳食补充剂, 保健品) — with no prescription-only drug in the sentence and no cover or turn (备注成维生素, 跟着维生素
// 一起发, 实际里面加了…, 装在维生素瓶子里, 用“维生素”的名字下单, 发您要的那个, 但, 私下) and no cure claimed (肿瘤会自己缩小): a prescription, a doctor or a hospital visit waived for them is simply true (维生素片不用看医生，直接拍就行;
// 氯雷他定是OTC，不用处方). Not 不是非处方药, which puts the goods back among prescription drugs.
const NO_PRESCRIPTION_GOODS =
  /(?<!不是|不属于|不算|算不上)(?:非处方|非药品|非医疗器械|otc|保健品|保健食品|膳食补充剂|营养补充剂|营养素)|维生素|复合维|维[cde](?![a-z])|钙片|钙铁锌|鱼油|鱼肝油|益生菌|益生元|叶酸|叶黄素|胶原蛋白|蛋白粉|乳清蛋白|辅酶|氨糖|葡萄糖胺|软骨素|蔓越莓|褪黑素|卵磷脂|藻油|dha(?![a-z])/;
const PRESCRIPTION_ONLY = new RegExp(
  `${alt(PRESCRIPTION_DRUGS_61.filter((w) => w !== '处方药'))}|(?<!非)处方(?:药(?![店房])|的药|成分|级)|激素|降压|降糖|降脂|安眠|助眠药|镇静|精神类|针(?!织|对|线|孔|灸|脚|法)|注射|减肥药|消炎药|特效药|壮阳|春药|进口药|原研药|仿制药|(?:印度|孟加拉|老挝|土耳其|巴基斯坦|越南|泰国)版`,
);
const COVER_OR_TURN =
  /但|不过|可是|私下|私聊|私我|偷偷|悄悄|备注|写成|报成|标成|当成|改成|填成|说是|冒充|名义|挂的|外盒|外包装|看不出|一起发|跟着|夹|藏|实际|其实|里面加|加了|添加|掺|成分|懂的|懂得|路子|渠道|搞到|弄到|开不到|开不出|不给开|多少有多少|管够|名字|名称|(?<![0-9一二两三四五六七八九十片粒支瓶盒袋包])装(?:在|进)|瓶子|瓶里|罐子|罐里|要的那|那个药|那种药|那款药|治|癌|瘤|疗效|根治|痊愈|治愈|替代|代替|停药|不用吃药|不敢说/;
export const NO_PRESCRIPTION_GOODS_TOLD = new RegExp(`^(?![^]*(?:${PRESCRIPTION_ONLY.source}|${COVER_OR_TURN.source}))[^]*(?:${NO_PRESCRIPTION_GOODS.source})`);

// Round 65 (engfa65): a home health monitor and the hospital trip it spares (这款血压计在家就能测，平时监测不用去医院; 血糖仪在家扎手指就能测，
// 不用每次跑医院): measuring at home is what the device is for — no drug, cover or turn in the sentence.
const HOME_MONITOR = /血压计|血压仪|血糖仪|血糖试纸|体温计|体温枪|额温枪|耳温枪|血氧仪|血氧夹|心电贴|心电仪|胎心仪|尿酸仪|血脂仪|制氧机|雾化器|雾化机/;
const MEASURED = /测|量|监测|校准|吸氧|雾化|在家|家用|家里|自己/;
const HOSPITAL_SPARED = /(?:不用|不必|无需|不需要|省得|免得|省去|用不着)(?:再)?(?:每次|总|天天|经常|老|特意)?(?:去|跑|往|上)?(?:医院|诊所)/;
export const homeMonitorTold = (s: string): boolean =>
  HOME_MONITOR.test(s) && HOSPITAL_SPARED.test(s) && MEASURED.test(s.replace(HOSPITAL_SPARED, '')) && !PRESCRIPTION_ONLY.test(s) && !COVER_OR_TURN.test(s) && !/药/.test(s.replace(/药液/g, ''));
