// Round 38 (t38i, shared by t38j): the licence or permit the goods' own use needs, told as a fact (车台发射需要业余无线电执照，单纯接收不需要;
// 无人机户外飞需要实名登记，室内飞不需要; 电动车上路要挂牌). 执照, 考 and 登记 weigh like paperwork sold (2.6) or a permit dodged (2.7) to the
// statistical opinion, but nothing is offered or evaded — not with the paper got for the buyer, a course, a channel or a contact beside it
// (执照我们可以代办, 包过, 有渠道), nor a way around it (不登记也没人查, 偷偷飞, 解禁).
/** A side job, a loan, a date or a contact (as likely-off-topic.ts SIDE_WORDS). */
const SIDE_WORDS = '兼职|招聘|招人|代理|刷单|借|贷|投资|理财|交友|见面|微信|vx|qq|电话|号码|私聊|红包|返现';

const USE_NEEDS_PAPER = /(?:需要|要|得|须|必须|应当|应该)(?:先)?(?:有|持有|考|考取|取得|办|办理|申请|实名|登记|备案|挂|上)?(?:个|张)?(?:[\u4e00-\u9fff]{0,6}?)(?:执照|驾照|牌照|许可证?|操作证|资格证|备案|登记|上牌|挂牌)/;
const GOODS_USE = /发射|上路|飞|骑|驾驶|使用|操作|安装|接入|开机|架设/;
const PAPER_GOT_FOR_BUYER = new RegExp(`${SIDE_WORDS}|代办|代考|包过|帮(?:您|你)(?:办|考|弄|搞)|(?:我们|我)(?:这边)?(?:可以|能|也)?(?:办|代|帮)|渠道|找我|联系我|培训|课程|报名|收费|费用|私下|加我`);
const PAPER_DODGED = /没人(?:管|查|发现)|查不到|抓不到|不会被|偷偷|悄悄|解禁|破解|改装|屏蔽|不(?:用|登记|备案|考|挂牌|上牌)也(?:行|能|可以|没事)|无所谓|懂的|懂得/;

/** Whether the compact sentence tells a licence the goods' use needs, with nothing got for the buyer and no way around it. */
export function useNeedsPaper(s: string): boolean {
  return USE_NEEDS_PAPER.test(s) && GOODS_USE.test(s) && !PAPER_GOT_FOR_BUYER.test(s) && !PAPER_DODGED.test(s);
}
