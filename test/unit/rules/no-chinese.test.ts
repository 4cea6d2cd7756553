import noChinese from '../../../rules/checks/no-chinese';
import { ruleTable } from '../../support/rule-table';

ruleTable(noChinese, {
  valid: [
    // round 37 (t37c): a quote-reply answered in Chinese
    "「买家：几号能到」 明天下午到，tracking已经更新",
    "回复@Lily: 好的亲，今天就发",
    "“顾客：有没有小样” 有的，随单送两片",
    // round 33 (t33a): a Japanese greeting, then Chinese only Chinese writes (a simplified-only form or a Chinese-only word)
    'ご注文ありがとうございます，已经寄出',
    'ありがとうございます、明天到',
    'お待たせしました。这边给您退款了',
    '亲，ありがとうございます，已经给您发货了哦。',
    '这款ロート目薬是日本直邮的，明天发。',
    '小仙女の专属福利，下单送小样。',
    'かわいい款式，已发货。',
    '您好，已发货', 'OK的亲，已经帮您备注了', 'SK-II神仙水这批是日本直邮', 'Thank you～感谢您的支持', '', '   ', '亲～已发货✅', '紅酒已發貨',
    // round 29 (t29d): Chinese said to the buyer after a comma or at the end keeps an English reply Chinese
    '亲 we only take payment through the 快手 checkout哈，no bank transfer please, thank you',
    'The price is 399 yuan for this set and it ships today, 含税的哈',
    'Hi dear, the 兰芝 mask is back in stock，您直接拍就行',
    // round 45 (t45g): a quoted Chinese phrase that is itself said to the buyer, or Chinese after it
    'The “亲，已发货” note is our auto reply, it goes out today',
    'Your parcel shows “已签收” on the tracking page, 请您再确认一下',
  ],
  invalid: [
    // round 37 (t37c): the only Chinese is the buyer's quoted message or name in the @-label
    { text: "「买家：今天能发吗」 Yes, it ships today. Tracking is on the order page.", severity: "info" },
    { text: "回复@小米: ok ok will ship tmr", severity: "info" },
    { text: "“顾客：收到没” はい、昨日届きました。ありがとうございます。", severity: "info" },
    // round 33 (t33a): Japanese kanji the folded view would read as simplified (庫 → 库, 韓 → 韩), or shapes both scripts share (国)
    { text: '韓国から直送します。ありがとうございます。', severity: 'info' },
    { text: '国内の倉庫から発送します。よろしくお願いします。', severity: 'info' },
    // round 29 (t29d): English grammar throughout, the Chinese only a name inside it and a salutation
    // round 45 (t45g): the name in quotes or brackets inside the English
    { text: 'Please search “保湿霜” in our shop, it is in stock and ships today', severity: 'info' },
    { text: 'The filter is called 「滤芯」 on the order page, you can buy 2 of them there', severity: 'info' },
    { text: 'Yes, the (雪花秀) cream is back and we will ship it on Monday', severity: 'info' },
    { text: 'Sorry, the "保温杯" in pink is sold out, we will restock it next week', severity: 'info' },
    { text: '宝, your 稻香村 gift box has left the warehouse and will arrive in 2 days', severity: 'info' },
    { text: '亲 the 后 whoo set ships from the bonded warehouse tomorrow, thanks for waiting', severity: 'info' },
    { text: 'Hello 亲亲, the 蔻驰 bag you asked about is sold out, we will restock it next month', severity: 'info' },
    { text: 'ご注文ありがとうございます。明日発送いたします。', severity: 'info' },
    { text: '在庫切れです。申し訳ございません。', severity: 'info' },
    { text: '商品は明日届く予定です。', severity: 'info' },
    { text: 'OK', match: 'OK', severity: 'info' },
    { text: '  Sorry, out of stock.  ', match: 'Sorry, out of stock.', severity: 'info' },
    { text: '👌👌', match: '👌👌', severity: 'info' },
    { text: '안녕하세요, 주문하신 상품은 내일 발송됩니다.', severity: 'info' },
    { text: 'ありがとうございます', severity: 'info' },
  ],
});
