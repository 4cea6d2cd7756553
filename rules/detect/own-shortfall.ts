// The shop's own work set below others' and apologised for: a put-down whose object is us. Shared by the 2.4 second
// opinion (likely-insult, also for self-blame) and the 2.7 one (likely-illegal-or-defamation: no smear of other shops).
// Round 23 (t23c): 我们的服务连别家都不如，真的很抱歉; 这次发货速度连隔壁都不如，给您添麻烦了 — 连…都不如 weighs like the put-down.
export const OWN_SHORTFALL = /(?:我们|我|本店|小店|咱们|咱家|店里|我家)(?:的|这次|这边|这回)?[^，。！？你您]{0,8}?(?:连[^，。！？你您]{1,6}?(?:都|也)(?:不如|比不上)|(?:远远|确实|真的|实在)?(?:不如|比不上|不及)(?:别家|同行|人家|隔壁|其他|别人)|(?:做|干)得(?:不好|太差|很差|不到位))/;
/** An apology in the same sentence. */
export const APOLOGY = /抱歉|对不起|不好意思|sorry|失误|赔(?:个)?不是|赔礼|给您添麻烦|添麻烦|见谅|请原谅|原谅我|给您带来(?:了)?不便/;
/** Words aimed at the buyer (你, 您这…, 指望): then the sentence puts someone else down after all. */
export const AT_BUYER = /你|比您|指望|您(?:这|那|也|还|真(?!实)|自己(?!说了算|决定|判断|选)|的脑|的眼|能看|会看|看得|看懂|懂|理解|能不能)/;
/** The shop's own shortfall apologised for, no one else put down. */
export const ownShortfallApologised = (s: string): boolean => OWN_SHORTFALL.test(s) && APOLOGY.test(s) && !AT_BUYER.test(s);
