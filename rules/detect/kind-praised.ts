// The buyer filed as a kind of customer and the kind praised (有您这样的顾客是我们的福气, 像您这样爽快的顾客我们最欢迎了): not the
// contempt of 这种顾客我们见多了. Shared by the insult rule (its 这样的顾客 label) and the 2.4 second opinion (likely-insult).
/** The buyer as a kind of customer (您这样的顾客, 像您这样爽快的买家, 这种顾客). */
export const BUYER_KIND = /(?:(?:像)?(?:您|你)这(?:样|种)|这样|这种)(?:的)?[^，。！？]{0,6}?(?:顾客|买家|客人|客户)/;
/** A welcome, thanks or a good word, not turned by 不/没 (不欢迎). */
export const KIND_PRAISE =
  /(?<![不没])(?:喜欢|欢迎|福气|荣幸|感谢|谢谢|开心|幸运|难得|懂货|识货|爽快|好说话|细心|贴心|暖心|通情达理|讲道理|支持|好评|回购|老顾客|宠粉|优先)/;
