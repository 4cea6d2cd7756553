// Everyday replies no rule may flag: the valid rows every table of the statistical second opinion shares
// (test/unit/rules/likely-*.test.ts), so each table lists only its own clause's near misses.
export const EVERYDAY_REPLIES = [
    '亲，真的很抱歉让您久等了，这边已经帮您催过仓库，明天一定发出。',
    '这款面霜是韩国直邮的，一般七到十天到货，到了以后记得先做个皮试哦。',
    '您的包裹已经清关完成了，今天下午会交给国内快递，单号晚上更新。',
    '亲还在吗？',
    '好的亲，我帮您查一下哦，稍等一下下～',
    '请问还有什么可以帮您的吗？祝您生活愉快！',
] as const;
