// Every rule module in rules/checks/ is registered, documented (Chinese and English, clause) and tested.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSES } from '../../../rules/clauses';
import { RULES } from '../../../rules/registry';

const checksDir = join(process.cwd(), 'rules/checks');
const NOT_REGISTERED = new Set(['custom-deny']); // built per agent settings, not part of the default pack
const files = readdirSync(checksDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((id) => !NOT_REGISTERED.has(id));

describe('rule registry', () => {
  it('registers every module in rules/checks/ exactly once', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...files].sort());
  });
  it.each(RULES.map((r) => [r.meta.id, r]))('%s is documented and tested', (id, rule) => {
    expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Object.keys(CLAUSES)).toContain(rule.meta.clause);
    for (const text of [rule.meta.title, rule.meta.description, rule.meta.hint]) {
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      expect(text.en.length).toBeGreaterThan(3);
    }
    expect(rule.meta.description.zh.length).toBeGreaterThanOrEqual(10);
    const testFile = join(process.cwd(), `test/unit/rules/${id}.test.ts`);
    expect(existsSync(testFile), `missing test/unit/rules/${id}.test.ts`).toBe(true);
    const source = readFileSync(testFile, 'utf8');
    expect(source).toMatch(/ruleTable\(/);
    expect(source).toMatch(/valid:/);
    expect(source).toMatch(/invalid:/);
  });
});
