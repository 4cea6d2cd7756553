// Advice to guard one's own data and the ultimatum that turns such words into a menace: shared by the threat rule and
// the 2.5 second opinion (likely-threat), so both read 注意保护隐私 / 记得打码 the same way.
// Round 23 (t23c): advice to keep one's own data out of sight (注意保护隐私, 记得打码, 保护好个人信息, 谨防) and the ultimatum or dare
// that turns such words back into a menace (你再投诉, 敢给差评, 还要投诉的话, 不然, 信不信).
export const GUARD_OWN_DATA = /保护(?:好)?(?:自己|个人|您|你)?(?:的)?(?:隐私|信息|个人信息|身份信息|资料)|(?:注意|做好)(?:隐私|信息|个人信息)(?:保护|安全)|打码|打马赛克|遮挡|谨防|防范/;
export const ULTIMATUM = /(?:你|您)再|再(?:这样|闹|吵|投诉|给差评|差评|举报|曝光|退|申请|找|乱|骂)|不然|否则|要是|敢|信不信|劝你|给我|不删|不撤|不改|还不|还要|继续|非要|执意/;
