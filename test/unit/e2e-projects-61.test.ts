// playwright.config.ts splits the e2e specs into two projects with their own worker limits: every spec file in exactly one,
// the timers specs (real-time waits) in 'timers' with two workers (round 64: on one they were a 21-min floor of their own),
// the rest in 'e2e' with two, four workers in all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../playwright.config';

const specs = fs
  .readdirSync('test/e2e')
  .filter((name) => name.endsWith('.spec.ts'))
  .map((name) => path.resolve('test/e2e', name));
const project = (name: string) => config.projects!.find((p) => p.name === name)!;
const matches = (pattern: unknown, file: string) => (pattern as RegExp).test(file);

describe('e2e projects', () => {
  it('put every spec in exactly one project: timers-* in timers, the rest in e2e', () => {
    const timers = project('timers');
    const rest = project('e2e');
    for (const file of specs) {
      const inTimers = matches(timers.testMatch, file);
      const inRest = !matches(rest.testIgnore, file);
      expect([file, inTimers !== inRest]).toEqual([file, true]);
      expect([file, inTimers]).toEqual([file, path.basename(file).startsWith('timers-')]);
    }
    expect(specs.filter((file) => matches(timers.testMatch, file)).length).toBeGreaterThan(30);
  });

  it('give the timers two workers and the rest two, four in all', () => {
    expect(project('timers').workers).toBe(2);
    expect(project('e2e').workers).toBe(2);
    expect(config.workers).toBe(4);
  });
});
