// Every clause of 《商家客户服务管理规则》 that ReplyGuard cites, with the chapter-4 consequence it leads to.
// Text paraphrased from ../shared/rules-source.md (2024-04-18).

export interface Clause {
  id: string;
  title: { zh: string; en: string };
  /** What chapter 4 says happens on a breach. */
  penalty: { zh: string; en: string };
}

const GENERAL_PENALTY = {
  zh: '按快手社区及快手进口电商平台相关规则处理（第四章）',
  en: 'Handled under the Kuaishou community and platform rules (chapter 4)',
};

export const CLAUSES = {
  '2.1': {
    id: '2.1',
    title: { zh: '提供中文咨询服务', en: 'Serve buyers in Chinese' },
    penalty: GENERAL_PENALTY,
  },
  '2.2': {
    id: '2.2',
    title: { zh: '及时响应用户咨询', en: 'Answer every buyer message in time' },
    penalty: GENERAL_PENALTY,
  },
  '2.3': {
    id: '2.3',
    title: { zh: '不得发布第三方信息（站外链接、联系方式、账号、二维码、邮箱、实体店地址、广告）', en: 'No third-party information (outside links, contacts, accounts, QR codes, e-mail, store addresses, ads)' },
    penalty: { zh: '4.1：按《快手进口电商违规管理规则》“发布其他平台信息”处理', en: '4.1: handled as "posting other-platform information"' },
  },
  '2.4': {
    id: '2.4',
    title: { zh: '不得使用侮辱性、不文明用语或诽谤诋毁他人', en: 'No insults, vulgarity or defamation' },
    penalty: { zh: '4.2：按《快手进口电商违规管理规则》“骚扰他人”处理', en: '4.2: handled as "harassing others"' },
  },
  '2.5': {
    id: '2.5',
    title: { zh: '不得骚扰他人（恐吓、威胁、频繁联系、垃圾信息）', en: 'No harassment (threats, intimidation, repeated contact, spam)' },
    penalty: { zh: '4.2：按《快手进口电商违规管理规则》“骚扰他人”处理', en: '4.2: handled as "harassing others"' },
  },
  '2.6': {
    id: '2.6',
    title: { zh: '客服工具仅用于客户服务', en: 'Use the chat tool for customer service only' },
    penalty: GENERAL_PENALTY,
  },
  '2.7': {
    id: '2.7',
    title: { zh: '不得发送违法违禁内容，不得诋毁平台及其他商家、商品', en: 'No illegal or prohibited content; no defaming the platform, other merchants or goods' },
    penalty: GENERAL_PENALTY,
  },
  '2.8': {
    id: '2.8',
    title: { zh: '不得使用明示、暗示商品为假货的表述', en: 'No wording that states or implies the goods are fake' },
    penalty: GENERAL_PENALTY,
  },
  '2.9': {
    id: '2.9',
    title: { zh: '不得冒充平台或平台工作人员', en: 'Do not pose as the platform or its staff' },
    penalty: { zh: '4.3：按《快手进口电商违规管理规则》“扰乱电商平台秩序”处理', en: '4.3: handled as "disrupting platform order"' },
  },
  '3.1.1': {
    id: '3.1.1',
    title: { zh: '5 分钟回复率不低于 80%（8:00–24:00 的消息）', en: '5-minute reply rate at least 80% (messages 08:00–24:00)' },
    penalty: { zh: '4.4：按《快手进口电商违规管理规则》“售后违规”处理', en: '4.4: handled as an "after-sales violation"' },
  },
  '3.1.2': {
    id: '3.1.2',
    title: { zh: '店铺服务满意度不低于 80%（自然月）', en: 'Monthly service satisfaction at least 80%' },
    penalty: GENERAL_PENALTY,
  },
} as const satisfies Record<string, Clause>;

export type CitedClause = keyof typeof CLAUSES;
