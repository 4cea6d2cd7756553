// The Kuaishou merchant chat workbench (https://im.kwaixiaodian.com/workbench), from what public
// automation code shows of its DOM (../shared/notes/workbench-and-metrics.md §2). Class names may change:
// every selector lists the known form first and a looser fallback after it.
import type { SiteAdapter } from './types';
import { WORKBENCH_NOTICES } from '../rules/metrics/notice-rows';

export const kuaishou: SiteAdapter = {
  id: 'kuaishou',
  name: '快手商家客服工作台',
  matches: (location) => location.hostname === 'im.kwaixiaodian.com' || document.querySelector('.SendBox .SendBox-Editor') !== null,
  composer: {
    editor: '.SendBox .SendBox-Editor .ql-editor, .SendBox [contenteditable="true"], .SendBox textarea',
    send: '.SendBox-buttonRight .ant-btn-primary, .SendBox button.ant-btn-primary',
    container: '.SendBox',
  },
  chat: {
    list: '.ChatMessageList, .ChatMessageList-ContentWrap',
    row: 'div[id^="0_"], div[id*="cs-common-message-list-item"]',
    // Round 48: a middle (system) row is found from its wrapper too — an id-less 「用户已经评价」 row whose text sits in the
    // wrapper itself, without a _msgBody, was never read (its rating never recorded).
    rowPart: '[class*="LayoutDefaultWrapper_lrWrapper"], [class*="LayoutMiddleWrapper_msgBody"], [class*="LayoutMiddleWrapper"], [class*="kwaishop-cs-Biz"], [class*="kwaishop-cs-biz"]',
    mine: '.kwaishop-cs-LayoutDefaultWrapper__isMine, [class*="LayoutDefaultWrapper__isMine"]',
    notMe: '.kwaishop-cs-LayoutDefaultWrapper__notMe, [class*="LayoutDefaultWrapper__notMe"]',
    stamp: '[class*="LayoutDefaultWrapper_beforeMsgBody"]',
    body: '[class*="LayoutDefaultWrapper_msgBody"]',
    system:
      '[class*="LayoutMiddleWrapper_msgBody"], [class*="LayoutMiddleWrapper"], .kwaishop-cs-BizTextCard, .kwaishop-cs-BizOrderCard, .kwaishop-cs-BizNoticeCard, .kwaishop-cs-bizBuyerFromCard, [class*="kwaishop-cs-Biz"], [class*="kwaishop-cs-biz"]',
    buyerCard: '.kwaishop-cs-BizOrderCard, .kwaishop-cs-BizProductCard, [class*="kwaishop-cs-BizOrder"], [class*="kwaishop-cs-BizProduct"], [class*="kwaishop-cs-BizGoods"]',
    currentBuyer: '.TargetUserHeader .LoginUserInfo-mainTitle-text, .LoginUserInfo-mainTitle-text',
  },
  sessions: {
    card: '.SessionBaseCard',
    name: '.SessionBaseCard-topHeadName',
    timeout: '.SessionBaseCard-topHeadTime',
    lastMessage: '.SessionBaseCard-lastMessage',
    active: '.SessionBaseCard.active, .SessionStarCard.active .SessionBaseCard',
  },
  // The shop the workbench is logged in to (round 46). Nothing public shows where the live page names it (the notes
  // know it only from the page's runtime, appInfo.extraLoginInfo {shopId, shopName}, which we never read): a
  // shopId/sellerId-like URL parameter or path segment first, then a shop-name element in the header (likely class
  // names; verify on a live shop). Found nowhere: no shop (one shop per profile).
  shop: {
    params: ['shopId', 'shop_id', 'shopid', 'sellerId', 'seller_id', 'sellerid', 'merchantId', 'merchant_id'],
    path: ['/(?:shops?|sellers?|merchants?)/(\\d{1,30})(?:/|$)'],
    name: '.ShopHeader .shopName, [class*="shopName"], [class*="ShopName"], [class*="shop-name"]',
    notInside: '.ChatMessageList, #OrderListDom, .OrderCard, .SessionBaseCard, .SessionListGroup, .AllSessionList-Sessions, [data-replyguard]',
  },
  ignoredTexts: WORKBENCH_NOTICES,
};
