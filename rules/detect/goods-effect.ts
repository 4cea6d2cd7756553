/**
 * Round 48 (t48e).
 */
// Round 48 (t48e): the goods' own strong effect on the user teased before 可别怪我 (练完第二天下楼梯腿软可别怪我, 吃了停不下来长胖可别怪我, 喷完
// 回头率太高可别怪我): a use of the goods (练完, 吃了, 喷上…) then what it does to the body or the day — the blame is the product's, no one is
// menaced. Read by threat (可别怪我 cues, with their DISPUTE and menace guards) and likely-threat.
const GOODS_USED = /(?:练|用|吃|喝|穿|戴|涂|抹|喷|擦|敷|泡|跑|骑|跳|做)(?:完|了|上|过)/;
const GOODS_EFFECT = /腿软|腿酸|酸痛|肌肉酸|浑身酸|胳膊酸|爬不起|下不了床|起不来|走不动|停不下来|上瘾|吃胖|长胖|胖了|睡不着|太香|回头率|被问链接|被要链接|舍不得脱|舍不得摘|离不开/;
export const goodsEffectTeased = (before: string): boolean => {
  const m = GOODS_USED.exec(before);
  return m !== null && GOODS_EFFECT.test(before.slice(m.index));
};
