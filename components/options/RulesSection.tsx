// Per-rule severity: every registered rule with its title and clause; default, block, warn, info or off.
// The rule's name (the page's language) first and prominent; its id (what the CLI and the exports use)
// small and secondary under it. Grouped by clause (a header row each), with a skip link before the table
// and a way back to its top after it: 39 selects are 39 Tab stops, and a keyboard user going to the
// sections below had to walk through all of them (round 33).
import { CLAUSES, type CitedClause } from '../../rules/clauses';
import { RULE_LIST, type RuleListEntry } from '../../rules/rule-list.generated';
import type { Severity } from '../../rules/types';
import type { Settings } from '../../utils/settings-schema';
import { useI18n } from '../i18n';
import type { Update } from './OptionsApp';
import { SEVERITY_KEYS } from './TermsSection';
import { useSavedNote } from './unsaved';

/** The rules by clause, clauses in the order they first appear in the registry, rules in registry order within each. */
const GROUPS: readonly (readonly [string, readonly RuleListEntry[]])[] = (() => {
  const by = new Map<string, RuleListEntry[]>();
  for (const meta of RULE_LIST) by.set(meta.clause, [...(by.get(meta.clause) ?? []), meta]);
  return [...by];
})();

export function RulesSection({ settings, update }: { settings: Settings; update: Update }) {
  const { t, lang } = useI18n();
  // What 默认 means for this rule: its one severity, or every severity its findings can have (the engine's
  // declared metadata, held to each rule's test table), e.g. 拦截、提醒或提示，视内容而定.
  const defaultLabel = (severities: readonly Severity[]) => {
    const names = severities.map((s) => t(SEVERITY_KEYS[s]));
    if (names.length === 1) return t('sevDefault', { severity: names[0]! });
    const list = lang === 'zh' ? names.slice(0, -1).join('、') : names.slice(0, -1).join(', ');
    return t('sevDefaultMixed', { severities: `${list}${lang === 'zh' ? '' : ' '}${t('sevOr')}${lang === 'zh' ? '' : ' '}${names.at(-1)}` });
  };
  const saved = useSavedNote('rules-saved');
  return (
    <section class="card" id="sectionRules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('sectionRules')}</h2>
      <p class="muted">{t('rulesHelp')} {saved.note}</p>
      {/* A plain link: following it moves the Tab starting point to the next section, as the page's nav does. */}
      <p class="skip-row"><a href="#sectionTimers" data-testid="rules-skip">{t('rulesSkip', { n: RULE_LIST.length })}</a></p>
      {/* Round 62 (ux62): at 200% zoom in a 640 px window (320 CSS px) a rule's select (「默认（拦截、提醒或提示，视内容
          而定）」, 223 px) made the table 403 px wide and the whole page scroll sideways. The table scrolls in its own box. */}
      <div class="table-scroll" data-testid="rules-scroll">
        <table data-testid="rules">
          <thead>
            <tr><th scope="col" class="nowrap">{t('colClause')}</th><th scope="col">{t('colRule')}</th><th scope="col">{t('severityLabel')}</th></tr>
          </thead>
          {GROUPS.map(([clause, metas]) => (
            <tbody key={clause} data-clause={clause}>
              <tr class="clause-row">
                <th scope="rowgroup" colSpan={3}>
                  {t('rulesGroup', { clause, title: CLAUSES[clause as CitedClause]?.title[lang] ?? '', n: metas.length })}
                </th>
              </tr>
              {metas.map((meta) => {
                const value = settings.guard.ruleSeverity[meta.id] ?? 'default';
                return (
                  <tr key={meta.id} data-rule={meta.id}>
                    <td>{meta.clause}</td>
                    <td>
                      <label class="rule-name" for={`sev-${meta.id}`}>{meta.title[lang]}</label>
                      <code class="rule-id" data-testid="rule-id">{meta.id}</code>
                    </td>
                    <td>
                      <select
                        id={`sev-${meta.id}`}
                        value={value}
                        onChange={(e) => {
                          const v = (e.currentTarget as HTMLSelectElement).value as Severity | 'off' | 'default';
                          void update((s) => {
                            if (v === 'default') delete s.guard.ruleSeverity[meta.id];
                            else s.guard.ruleSeverity[meta.id] = v;
                          }).then(saved.flash);
                        }}
                      >
                        <option value="default">{defaultLabel(meta.severities)}</option>
                        {(['block', 'warn', 'info', 'off'] as const).map((s) => <option key={s} value={s}>{t(SEVERITY_KEYS[s])}</option>)}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <p class="skip-row"><a href="#sectionRules" data-testid="rules-top">{t('rulesTop')}</a></p>
    </section>
  );
}
