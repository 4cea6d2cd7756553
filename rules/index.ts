// Public API of the rule engine (pure: no browser or Node API), shared by the extension and the CLI.
export { lint, createLinter, type Linter, type LinterOptions, type LintResult, type CustomTerm } from './engine';
export { RULES } from './registry';
export { CLAUSES, type Clause } from './clauses';
export type { Finding, Fix, Severity, ClauseId } from './types';
export type { RuleModule, RuleMeta } from './define-rule';
