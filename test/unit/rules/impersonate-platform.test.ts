import impersonatePlatform from '../../../rules/checks/impersonate-platform';
import { ruleTable } from '../../support/rule-table';

ruleTable(impersonatePlatform, {
  valid: [
    '我是店铺客服小美，不是平台客服哦，平台规则相关的问题需要您在帮助中心联系官方。',
    '您可以在App里联系快手官方客服，他们会帮您核实。',
    '平台介入后会有平台小二联系您，请留意消息。',
    '我们是品牌的快手官方旗舰店，所有商品品牌直供。',
    '本店是快手官方认证的跨境商家，资质在店铺首页可以看到。',
    '作为店铺客服，我可以保证这款是品牌授权的正品。',
    '平台审核通过后，退款会原路返回。',
    '平台工作人员会在48小时内联系您核实情况。',
    '店小二为您服务，请问有什么可以帮您？',
    '我们的说法不代表平台，具体以平台处理结果为准。',
    '如果对处理结果不满意，您可以申请平台介入，平台客服会尽快联系您。',
  ],
  invalid: [
    { text: '您好，我是快手官方客服，您的订单存在异常，需要重新验证身份。', severity: 'block' },
    { text: '我 是 快 手 官 方 客 服，请不要申请平台介入，直接和我沟通。', severity: 'block' },
    { text: '我们这边是平台小二，已经帮您处理了投诉，请撤销售后申请。', severity: 'block' },
    { text: '这里是筷手官方售后中心，退款需要您先确认收货。', severity: 'block' },
    { text: '本人是平台审核专员，您这个差评违规了，请尽快删除。', severity: 'block' },
    { text: '作为平台认证的仲裁员，我判定这单不予退款。', severity: 'block' },
    { text: '平台已经介入，我就是平台指派的仲裁专员，判定您不能退货。', severity: 'block' },
    { text: '这里是KS官方售后，请不要申请平台介入。', severity: 'block' },
    { text: '我代表快手平台向您保证，这批货没有任何问题。', match: '代表快手平台' },
    { text: '我们和快手官方是一家的，我说的就代表平台。', severity: 'block' },
    { text: '快手官方审核已通过您的退款，请在24小时内点确认收货完成流程。', severity: 'warn' },
    { text: '平台这边已经判定您属于恶意退款，请立即撤销申请。', severity: 'warn' },
  ],
});
