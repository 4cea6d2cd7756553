// Every lint rule of chapter 2, in one list. A meta-test checks that each module in checks/ is
// registered here, documented and tested.

import type { RuleModule } from './define-rule';
import noChinese from './checks/no-chinese';
// 2.3 third-party information
import bankAccount from './checks/bank-account';
import contactEmail from './checks/contact-email';
import contactOtherIm from './checks/contact-other-im';
import contactPhone from './checks/contact-phone';
import contactPointer from './checks/contact-pointer';
import contactQq from './checks/contact-qq';
import contactWechat from './checks/contact-wechat';
import externalLink from './checks/external-link';
import offPlatformTrade from './checks/off-platform-trade';
import otherPlatformAd from './checks/other-platform-ad';
import paymentAccount from './checks/payment-account';
import qrCode from './checks/qr-code';
import storeAddress from './checks/store-address';

export const RULES: readonly RuleModule[] = [
  noChinese,
  contactWechat,
  contactQq,
  contactPhone,
  contactOtherIm,
  contactEmail,
  contactPointer,
  externalLink,
  bankAccount,
  paymentAccount,
  offPlatformTrade,
  qrCode,
  storeAddress,
  otherPlatformAd,
];
