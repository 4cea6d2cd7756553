// Every lint rule of chapter 2, in one list. A meta-test checks that each module in checks/ is
// registered here, documented and tested.

import type { RuleModule } from './define-rule';
import noChinese from './checks/no-chinese';

export const RULES: readonly RuleModule[] = [noChinese];
