// Help offered to someone who cannot read (老人家不识字的话，可以语音下单): not the insult of calling the buyer illiterate.
// Shared by the insult rule and rude-dismissal.
/** A supposition that someone cannot read, then help (…不识字的话，您可以帮他语音下单 / 可以让家里人念给他听). */
export const READ_HELP = /(?:如果|要是|假如|万一)?(?:老人家|老人|长辈|爸妈|父母|爷爷|奶奶|外婆|姥姥|家里人|他|她)[^，。]{0,4}(?:不识字|不认字|看不懂字)的话[^。]{0,16}(?:可以|帮|语音|念给|读给|视频|打电话|我们|客服)(?![^。]{0,8}(?:别买|别来|滚|省省))/;
