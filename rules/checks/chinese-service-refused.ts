// 2.1: the shop must serve buyers in Chinese, through the platform's chat tool. A reply written in Chinese can still
// withdraw that service: it suspends Chinese (中文咨询暂停，请用英文留言; 只安排英文客服), or it says the chat tool is not
// read and service goes elsewhere (这个窗口平时没人看; 售后一律电话处理; 在这留言也没用). Advice only (info), like no-chinese:
// an off-hours notice or a courier's call is the agent's to judge, and the phone as such is 2.3's business.
// Round 45 (t45g). Traps: 说明书只有英文版; 包装上是英文，附中文标签; 晚上窗口没人看，明早八点统一回复; 快递员只能电话联系您.

import { cueRule, type Cue } from '../detect/cue-rule';

/** The service the buyer gets (咨询, 客服, 留言…), not a label or a manual. */
const SERVICE = '(?:咨询|客服|服务|回复|沟通|交流|留言|答疑|值班|接待)';
/** Only a time-bound absence (夜里, 下班后, 节假日) with a promise to answer here later is no refusal. */
const OFF_HOURS = /晚上|夜里|夜间|凌晨|下班|节假日|假期|周末|休息时间|午休|明早|明天|稍后|尽快|马上回|上班后|看到(?:会|就|后)/;

const cues: Cue[] = [
  {
    // Chinese service suspended or stopped (中文咨询暂停, 中文客服暂不提供, 不再提供中文服务).
    words: ['中文', '汉语', '普通话'],
    severity: 'info',
    message: '暂停或不提供中文咨询服务，违反规则 2.1（商家应提供中文咨询服务）',
    after: new RegExp(`^${SERVICE}(?:服务)?(?:暂停|暂不提供|暂时停止|停止|关闭|取消|不再提供|不提供|无法提供|没有了|停了)`),
    deniable: false,
  },
  {
    words: ['中文', '汉语', '普通话'],
    severity: 'info',
    message: '暂停或不提供中文咨询服务，违反规则 2.1（商家应提供中文咨询服务）',
    before: /(?:暂停|暂不提供|停止|不再提供|不提供|无法提供|取消)$/,
    after: new RegExp(`^${SERVICE}`),
    deniable: false,
  },
  {
    // Only a foreign language served (只安排英文客服, 仅提供英语咨询), or the buyer told to write in one (请用英文留言).
    words: ['英文', '英语', '日文', '日语', '韩文', '韩语'],
    severity: 'info',
    message: '只用外语接待买家，没有中文咨询服务，违反规则 2.1',
    before: /(?:只|仅|只能|仅限|一律|统一|全部)(?:安排|提供|支持|用|使用|接受|能用|会用|有)?$/,
    after: new RegExp(`^${SERVICE}`),
  },
  {
    words: ['英文', '英语', '日文', '日语', '韩文', '韩语'],
    severity: 'info',
    message: '要求买家用外语咨询，没有中文咨询服务，违反规则 2.1',
    before: /(?:请|麻烦|务必|需要|只能)(?:各位|大家|您|你|买家|顾客|亲)*(?:用|使用|改用)$/,
    after: /^(?:留言|咨询|沟通|提问|联系|交流|描述|发消息)/,
  },
  {
    // The chat tool said to go unread (这个窗口平时没人看, 这里的消息不回, 在这留言也没用).
    words: ['没人看', '没人回', '没人管', '不看消息', '不回消息', '留言也没用', '留言没用', '发消息也没用', '发消息没用', '问也没用', '在这问没用'],
    severity: 'info',
    message: '告诉买家平台客服工具无人处理，不通过平台客服工具服务买家，违反规则 2.1',
    sentence: /窗口|对话框|聊天框|这里|这儿|这边|在这|平台上|后台|消息|留言/,
    notSentence: OFF_HOURS,
    deniable: false,
  },
  {
    // Service moved off the tool wholesale (售后一律电话处理, 咨询只接电话).
    words: ['电话处理', '电话沟通', '电话联系', '电话解决', '打电话', '电话'],
    severity: 'info',
    message: '售后或咨询一律改走电话，不通过平台客服工具服务买家，违反规则 2.1',
    before: /(?:售后|咨询|问题|退换货?|投诉)(?:一律|只|只能|统一|仅|都只|全部)(?:走|通过|用|接受|接)?$/,
    notSentence: [OFF_HOURS, /快递|骑手|物流|派送|配送|师傅/],
  },
];

const rule = cueRule({
  meta: {
    id: 'chinese-service-refused',
    clause: '2.1',
    severity: 'info',
    title: { zh: '不提供中文或平台内咨询服务', en: 'Chinese or in-tool service withdrawn' },
    description: {
      zh: '规则 2.1 要求商家提供中文咨询服务，并使用平台客服工具与用户沟通。回复说暂停中文咨询、只用外语接待，或说本窗口无人处理、售后一律改走电话时提示（只提示，不拦截）。',
      en: 'Rule 2.1 requires service in Chinese through the platform\'s chat tool. A reply that suspends Chinese service, serves only in a foreign language, or says the chat window is not read and service goes by phone gets a notice (never blocked).',
    },
    hint: { zh: '用中文在平台客服工具里接待买家；暂时无法回复时说明何时回复。', en: 'Serve the buyer in Chinese in the platform\'s chat tool; if you cannot answer now, say when you will.' },
  },
  cues,
});

export default rule;
