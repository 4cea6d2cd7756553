// Every lint rule of chapter 2, in one list. A meta-test checks that each module in checks/ is
// registered here, documented and tested.

import type { RuleModule } from './define-rule';
import noChinese from './checks/no-chinese';
import chineseServiceRefused from './checks/chinese-service-refused';
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
// 2.4–2.9: conduct
import insult from './checks/insult';
import rudeDismissal from './checks/rude-dismissal';
import defameBuyer from './checks/defame-buyer';
import threat from './checks/threat';
import repeatedContact from './checks/repeated-contact';
import spam from './checks/spam';
import recruiting from './checks/recruiting';
import dating from './checks/dating';
import loan from './checks/loan';
import unrelatedService from './checks/unrelated-service';
import illegalContent from './checks/illegal-content';
import defamePlatform from './checks/defame-platform';
import defameMerchant from './checks/defame-merchant';
import reviewBait from './checks/review-bait';
import counterfeitTerms from './checks/counterfeit-terms';
import counterfeitImplied from './checks/counterfeit-implied';
import impersonatePlatform from './checks/impersonate-platform';
import fakeSystemNotice from './checks/fake-system-notice';
// The statistical second opinion (rules/model/): last, so it can tell whether the word rules spoke.
import likelyOffPlatform from './checks/likely-off-platform';
import likelyInsult from './checks/likely-insult';
import likelyThreat from './checks/likely-threat';
import likelyOffTopic from './checks/likely-off-topic';
import likelyIllegalOrDefamation from './checks/likely-illegal-or-defamation';
import likelyCounterfeit from './checks/likely-counterfeit';
import likelyImpersonation from './checks/likely-impersonation';

export const RULES: readonly RuleModule[] = [
  noChinese,
  chineseServiceRefused,
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
  insult,
  rudeDismissal,
  defameBuyer,
  threat,
  repeatedContact,
  spam,
  recruiting,
  dating,
  loan,
  unrelatedService,
  illegalContent,
  defamePlatform,
  defameMerchant,
  reviewBait,
  counterfeitTerms,
  counterfeitImplied,
  impersonatePlatform,
  fakeSystemNotice,
  likelyOffPlatform,
  likelyInsult,
  likelyThreat,
  likelyOffTopic,
  likelyIllegalOrDefamation,
  likelyCounterfeit,
  likelyImpersonation,
];
