/**
 * Round 37 (t37g): the buyer's family member as the user of the goods, a review asked on their liking it (您家宝宝用着好的话麻烦给个评价,
 * 老人穿着合适的话帮忙评价一下): the family is who the goods are for, nothing held over the buyer — not with a review to drop, a complaint,
 * a review to think over, an ultimatum, or a remark on the person (可爱) in it. Read by threat's leverage cue and likely-threat.
 */
export const GOODS_USER_REVIEW =
  /^(?![^]*(?:差评|中评|一星|删|撤|投诉|举报|曝光|可爱|不然|否则|琢磨|想想|考虑|掂量|三思))[^]*(?:宝宝|孩子|小孩|小朋友|老人|家人|家里人|老公|老婆|爱人|爸妈|父母|女儿|儿子|闺女)(?:用|穿|吃|喝|戴|玩|睡|背|试)(?:着|得|了|起来|过|完)?[^，。？！]{0,6}?(?:好|满意|合适|喜欢|不错|舒服|习惯|顺手|合身)[^]*(?:评价|好评|五星|晒)/;
