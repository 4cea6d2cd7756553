// Every lint rule of chapter 2, in one list. A meta-test checks that each module in checks/ is
// registered here, documented and tested.

import type { RuleModule } from './define-rule';
import noChinese from './checks/no-chinese';
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

export const RULES: readonly RuleModule[] = [
  noChinese,
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
];
