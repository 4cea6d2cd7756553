// Words outside the rule lexicons whose traditional spellings must still fold (read by the
// regular-expression detectors: URL, e-mail and number context words).
export const EXTRA_T2S_WORDS: readonly string[] = [
  '点', '艾特', '号码', '电话', '手机', '联系', '邮箱', '银行', '账号', '账户', '卡号', '开户', '户名', '转账', '付款', '收款', '支付', '宝',
  '订单', '单号', '运单', '快递', '物流', '编号', '尾号', '批号', '条码', '工号', '发票', '身份证', '证件', '网址', '链接', '官网', '网站', '地址', '门店', '实体店',
];
