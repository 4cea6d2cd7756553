/**
 * Round 43 (t43b, shared by t43j): the buyer's address noted for the next parcels (您住的小区我们记下了，以后走顺丰配送; 楼号我们备注了，以后快递
 * 直接送到楼下; 您住的小区我们记住了，以后都给您发京东): a delivery arrangement, the carrier or the drop-off told after the note — not with the
 * buyer watched or visited, a review, an if or a menace anywhere in the sentence (以后快递员会多留意您, 顺路去看看您, 差评您看着办).
 * Read by likely-threat and threat's 记住了-after-your-home cue.
 */
// Round 44 (t44a): …or the floor asked and taken in for a heavy delivery (您家住几楼，我们心里有数了，大件会安排两个师傅; 几楼我们记下了，
// 没电梯的话师傅帮您搬上去): the floor decides the hands and the carrying.
const ADDRESS_NOTED = /(?:小区|地址|住址|楼号|门牌号?|单元号?|楼栋|楼)(?:我们|我|这边|小店|店里)?(?:已经|已|都|也)*(?:记下|记好|记上|记住|登记|备注|记录|存)(?:了|啦|好了|下来了|下了|好)?|(?:几楼|楼层)[^。！？]{0,10}?(?:心里有数|有数了|记下|记好|记住|备注)(?:了|啦)?/;
const DELIVERY_ARRANGED = /顺丰|京东|中通|圆通|韵达|申通|极兔|邮政|ems|快递(?!员|小哥)|配送|派送|发货|寄|送货|送到|驿站|快递柜|丰巢|师傅|大件|搬(?:上|运|到)|上楼|电梯|楼梯|安装/;
const ADDRESS_NOTE_TURN = /差评|中评|评价|投诉|举报|曝光|删|撤|后果|小心|等着|看着办|走着瞧|别怪|(?:留意|关注|注意|盯|看着|关照|照顾|问候|拜访|看看|找|惦记|陪)(?:一下|着)?(?:您|你)|(?<!送货|送)上门(?!取件|安装)|家人|孩子|单位|如果|要是|否则|除非|老实|识相|顺路|转转|路过|清楚|知道|常联系|联系(?:您|你)|坐坐|串门|聊聊|见面|见见/;
export const addressNotedForDelivery = (s: string): boolean => {
  const m = ADDRESS_NOTED.exec(s);
  return m !== null && DELIVERY_ARRANGED.test(s.slice(m.index + m[0].length)) && !ADDRESS_NOTE_TURN.test(s);
};
