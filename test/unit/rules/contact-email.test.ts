import rule from '../../../rules/checks/contact-email';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "您给的邮箱地址我们这边不会用来发东西，所有资料都在订单页面，请放心。",
    "您说的邮箱abc123@qq.com我们这边不会发邮件的，发票直接在订单里下载。",
    // round 48 (t48f): the buyer's own mailbox in words, a file found in a mailbox, 在 as "in" after another noun
    '电子发票会发到您 lily 在 163 的邮箱，请查收',
    '发票pdf在qq邮箱里可以找到',
    '安装包发到 app 里，在 qq 邮箱也能收到',
    // round 45 (t45g): the invoice mailed to the buyer, our company only named on the invoice
    '发票会发到您下单时留的邮箱，我们公司这边不经手',
    '发票抬头写我们公司，邮箱填您自己的',
    // round 45 (t45i): 小老鼠 / 163 as a toy and a size; the buyer's own address checked back
    '这个玩偶是小老鼠造型，名字叫米米，配163cm的娃衣',
    '键帽图案可以选小老鼠或者企鹅，名字可以刻拼音',
    '您的名字拼音中间一个圈a后面跟qq，是您的邮箱对吗？',
    // round 45 (t45e): a send to us waved off (不用发给我, 无需发给我们) asks for nothing beside the invoice form
    "开票时在订单页填个邮箱就行，发票会自动发到您邮箱，不需要再发给我。",
    "电子发票要在订单详情里申请，填个邮箱，开好会推送到您邮箱，无需发给我们。",
    "申请开票填个邮箱，电子发票会发到您邮箱，别再私信我了哈",
    // round 39 (t39i): a file type before the mailbox, the buyer's e-invoice mailbox
    "设计稿发PDF格式到邮箱不行，请直接在这个窗口发给我。",
    "电子发票会发到您下单时预留的163邮箱。",
    // round 37 (t37g): the invoice named on the line or sentence before, sent to the buyer's own mailbox
    '发票我们可以帮您开\n明天发到您邮箱',
    '电子发票已经开好了。稍后发到您的邮箱',
    '开票信息收到了\n开好后发至您邮箱',
    // round 36 (t36g): something of ours delivered to the buyer's own mailbox, nothing asked
    "软件激活码下单后会自动发送至您的邮箱，注意查收垃圾箱。",
    "电子说明书已经推送到您的注册邮箱了。",
    "会员卡券稍后会发到你的邮箱里，有效期一年。",
    // round 36 (t36b): the buyer's own mailbox on the invoice form, a two-character verb (填写, 留下, 登记)
    "电子发票开好后系统会推送到您填写的邮箱，三个工作日内可以查收。",
    "开票申请提交后，发票会发到您登记的邮箱里。",
    "企鹅邮箱收不到验证码的话，换个手机号注册快手就行。",
    "电子保修卡会写到您的邮箱里，注意查收。",
    // round 33 (t33e): an address shown masked (its name starred out) is a stored one read back, no channel handed over
    "发票会发送到您订单里留的邮箱 z***3@163.com，没收到的话看一下垃圾箱。",
    "系统显示您绑定的是 ch**@qq.com 这个邮箱，如果不用了可以在订单页的发票信息里修改，改完告诉我一声。",
    "您好，电子发票已经开好了，抬头是个人，金额按实付开。\n发送到的邮箱是 w****n@outlook.com，也就是您下单时填的那个，一般几分钟就到。\n如果邮箱填错了，您在订单详情里改一下，我这边重新推送。",
    // round 31 (t31f): the buyer's own mailbox on the order asked back to confirm
    "您之前留的是姓名全拼加163的那个邮箱吗？",
    "您注册时填的是名字缩写的那个网易邮箱吗？",
    "您下单时预留的邮箱是拼音开头、后缀163的那个吗？",
    // round 31 (t31b): the buyer's own mailbox told in words, a name's pinyin with no mailbox of ours to write to
    '电子发票会发到您名字拼音加163的那个邮箱，就是您下单时填的。',
    '品牌官网注册要用邮箱，店名拼音不用填。',
    '我们店名的拼音是haitao，跟163邮箱没关系，您在快手搜店名就行。',
    // round 25 (t25a): the first item of a comma list whose next item is refused with 都
    "发邮箱，加vx我们都不支持",
    "留邮箱的话，加微信这边都不方便",
    // round 10 (fa10)
    "品牌保修需要您自己登录品牌官网填写邮箱注册，我们没法代办。",
    "延保要在厂家官网上注册，填个邮箱就能收到电子保修卡。",
    "发票会存在订单里，也可以在申请的时候填个邮箱，开好了会同步发过去",
    "开发票的话，在订单页点“申请开票”，填好抬头和邮箱，开好后会发到您邮箱里。",
    "照片不方便发邮箱的话，直接在这个对话框里发给我就行。",
    "您留的邮箱我们看不到的，是平台保存的，开票系统自动发。",
    '我们公司邮箱不对外，资料在这里发就行。',
    '发票会发到您预留的邮箱，店名全拼的抬头。',
    '您的邮箱是 abc123 开头的那个QQ邮箱吗？发票已经发过去了。',
    'Gmail账号登录不上的话可以用手机号注册快手。',
    'outlook 2019 版本的发票我们开不了。',
    '这款前半截是奶油味，后半截有点酸，连起来吃很香。',
    '电子发票开好后会发送到您下单时预留的邮箱，请注意查收。',
    '国际段是日本邮政 EMS，到国内转中国邮政派送。',
    '邮费我们承担，退回时选到付就行。',
    '@客服小美 这位买家的补发单麻烦跟进一下。',
    '发票在订单页下载，也会发到您绑定的邮箱。',
    '我们不会通过邮箱索要您的证件信息。',
    '电子发票会发到您下单时预留的邮箱，名字是您的手机号，后缀qq。',
    '我们不使用邮箱，也不会让您发到qq邮箱，请在这里发图片。',
    // round 11 (t11a)
    '电子发票在订单详情里点“申请开票”，开好后会发到您下单时留的邮箱，不用在这里告诉我邮箱。',
    'Amy 在 163 邮箱里查一下快递通知。',
    '您不需要再发邮箱给我们，报告在详情页可以下载。',
    // round 39 (t39n): a delivery to the buyer's own mailbox told as done, no auxiliary
    '文件发到您的163邮箱了，请查收',
    '电路图纸发到您QQ邮箱了，麻烦看一下对不对。',
    '合同扫描件寄到你的gmail了，找不到的话看看垃圾箱。',
    '刺绣花样的源文件推送到您的邮箱了，打开就能用。',
  ],
  invalid: [
    // round 48 (t48f): a mailbox dictated in words — name (joins said), the at sign said, the provider — the dot-com left out
    { text: '合同扫描件发到 zhang 下划线 li 在 qq 那个邮箱，财务会核对', severity: 'block' },
    { text: '证书原件拍照后寄给 lvyou 杠 2024 艾特 163 的邮箱就行', severity: 'block' },
    { text: '设计稿发至我们 studio 点 hat 圈a gmail 那个邮箱', severity: 'block' },
    { text: '视频发到 petcare88 在 幺六三 那个邮箱，医生会回复您', severity: 'block' },
    // round 45 (t45g): the buyer told to send to our own mailbox, no address given
    { text: '资料整理好发到我们售后邮箱，我们那边统一处理', severity: 'block' },
    { text: '保修卡拍照寄到店里的邮箱就行', severity: 'block' },
    { text: '报销单据发我们财务邮箱，比在这发清楚', severity: 'block' },
    { text: '填完表格发给公司的邮箱，审核完给您回复', severity: 'block' },
    { text: '不用发我们公司邮箱，直接在这个对话框里发就行', severity: 'info' },
    // round 45 (t45i): an address told as a riddle — the name in words, the at sign said (圈a, 小老鼠, 艾特), the provider named
    '设计稿发给我们美工吧：店名的全拼，中间一个圈a，后面跟163',
    '文件发到这里：品牌缩写加生日0815，然后小老鼠，后缀是企鹅家的',
    '原图请发给我们：名字是“花店”的拼音首字母，接一个艾特，再接gmail',
    '资料发我们同事：店铺名拼音，中间圈圈a，结尾是qq的',
    // round 45 (t45e): a send to us waved off (不用发给我, 无需发给我们) asks for nothing beside the invoice form
    "开票的时候填个邮箱，顺便把邮箱告诉我，我这边也发一份",
    "发票在订单页申请，填个邮箱，然后您的邮箱也私信我一下",
    "电子发票不用急，您先把邮箱告诉我",
    "开票填个邮箱就行，不用发给我，另外把邮箱也发我一份",
    // round 39 (t39n): a delivery to the buyer's mailbox, then the mailbox asked for or ours given
    { text: '图纸发到您的163邮箱，您邮箱号告诉我一下。', severity: 'block' },
    { text: '报价单发到你的QQ邮箱了，收到后转发给我的邮箱。', severity: 'block' },
    { text: '样稿发至您邮箱，您邮箱是多少？', severity: 'block' },
    // round 39 (t39i): a mailbox name put before its provider, the buyer sent to write there
    "弓的定制图纸发到archerypro那个qq邮箱就行。",
    "纹身图案发到inkstudio的gmail，我们看完报价。",
    // round 37 (t37g): the invoice a line before does not cover a mailbox asked for us
    { text: '发票开好了\n您邮箱发我一下', severity: 'block' },
    { text: '发票开好了\n发到您邮箱，再加我邮箱 abc123@qq.com 联系', severity: 'block' },
    { text: '发票开好了\n您的邮箱发给我一下', severity: 'block' },
    // round 36 (t36g): the delivery told, then the mailbox asked for
    { text: "激活码会发到您的邮箱，您邮箱留一下。", severity: "block" },
    { text: "保修凭证已经发送至您邮箱？没有的话把邮箱告诉我。", severity: "block" },
    // round 36 (t36b): a QQ mailbox by its nickname as the place to send things, its name the digits of a shop name or ID
    { text: "尺寸表您直接发到企鹅邮箱，邮箱名就是我们店铺ID那串数字。", severity: "block" },
    { text: "报价明细我们老板会回，您写信到球球邮箱就行。", severity: "block" },
    { text: "有问题可以写到球球邮箱，地址就是店名后面那几位号码。", severity: "block" },
    // round 33 (t33e): an address shown masked (its name starred out) is a stored one read back, no channel handed over
    { text: "资料发我邮箱 lucky*88@qq.com 就行", severity: "block" },
    { text: "有问题直接发邮件到 shop2024@163.com，我们看到就回", severity: "block" },
    // round 31 (t31f): a check asked of the buyer's mailbox, then it sent to us
    { text: "您留的是163的邮箱吗？发给我一下", severity: 'block' },
    // round 31 (t31b): our mailbox told in words before the word, the buyer sent to write to it
    '资料太大这里传不了，您写信到我们店名全拼加163那个邮箱，我回给您。',
    '图纸您发到老板名字拼音@企鹅的邮箱就行。',
    '有问题写信到店名全拼@扣扣的那个邮箱。',
    // round 10 (fa10): the violations sharing the words stay caught
    "在我们官网填写邮箱注册，有专属优惠",
    "登录品牌官网填写邮箱，然后发给我截图",
    "填个邮箱给我，我把品牌保修卡发您",
    "品牌官网注册后，把邮箱发我一下",
    "登录我们店铺的小程序，填一下邮箱领券",
    "品牌官网的活动结束了，您留个邮箱，我私下发您优惠",
    "发票开好了，您填个邮箱发我，我私下发给您。",
    "发我邮箱吧，这里说不方便。",
    '资料您发我们公司邮箱吧，就是店名全拼，后面跟企鹅那个后缀。',
    '您把截图发我工作邮箱，名字是店名拼音，163结尾的。',
    '单据寄我们的官方邮箱，前缀是品牌名，后缀gmail。',
    '视频传我邮箱吧，店名拼音加888，扣扣的。',
    '发我们邮箱就行，名字就是店名全拼那个。',
    { text: '邮箱是 lucky88 那个QQ的，照片发过来。', severity: 'block' },
    { text: '邮箱前缀 lucky88，后缀是QQ的，照片发过来我看看。', severity: 'block' },
    { text: '邮箱用户名是 hkbaby2023，后缀是163的。', severity: 'block' },
    { text: 'Gmail账号 swisswatch.repair，维修报价我用邮件发您。', severity: 'block', match: 'Gmail账号 swisswatch.repair' },
    { text: '我们的163邮箱 tokyo.drug.jp 每天都看。', severity: 'block' },
    { text: '您把身份证照片发到 service@hkbeauty-shop.com。', match: 'service@hkbeauty-shop.com', fix: '' },
    '发票抬头发到 mygo2019 艾特 163 点 com。',
    '检测报告太大，您留个QQ邮箱，我发给您。',
    '把发票抬头发我邮箱：kf_hk(at)gmail.com',
    '邮箱 sales艾特hkgo点net，我发您合同。',
    '您的邮箱留一下，我把保修卡发您。',
    '2839471023qq.com 发这里。',
    '发到我QQ邮箱 3847261950 就行。',
    '联系邮箱 service [at] aumall [dot] com',
    '发个邮件到 hello＠kbeauty．cn。',
    '邮箱：mygo 艾特 一六三 点 com',
    'lisa.w@outlook.com 是我的工作邮箱。',
    '把您邮箱告诉我，我把券码发过去。',
    '发到 二八三七四六五一九零@qq.com',
    '邮箱：shop_hk（艾特）outlook（点）com',
    { text: '资料您发我们公司邮箱吧，就是店名全拼，后面跟企鹅那个后缀。', severity: 'block' },
    { text: '文件发到我们邮箱就行，名字是品牌拼音，后缀是qq的。', severity: 'block' },
    { text: '发到公司邮箱吧，店名缩写接企鹅后缀。', severity: 'block' },
    { text: '合同发我们邮箱，前缀是店名，谷歌那个。', severity: 'block' },
    // round 11 (t11a)
    { text: '账单明细我们用邮件发：xiaomei_jp 在 一六三 点 com，您写信过来我回复。', severity: 'block' },
    { text: '邮箱是 lily1990在qq点com', severity: 'block' },
    { text: '发到 amei_shop 小老鼠 gmail 点 com 就行', severity: 'block' },
    { text: '不用担心，告诉我邮箱就行。', severity: 'block' },
    { text: '邮箱：lucky再加88，后缀qq的', severity: 'block' },
  ],
});
