import { describe, expect, it } from 'vitest';
import { registerSendCheck, runSendChecks } from '../../../content/guard/send-checks';

describe('send checks', () => {
  it('runs registered checks, fills in the range, ignores a throwing one, and unregisters', () => {
    const controller = new AbortController();
    registerSendCheck(() => ({ clause: '2.5', rule: 'contact-frequency', severity: 'warn', message: '频繁联系' }), controller.signal);
    const remove = registerSendCheck(() => {
      throw new Error('broken');
    });
    registerSendCheck(() => null, controller.signal);
    expect(runSendChecks({ text: '在吗', site: 'kuaishou', now: 0 })).toEqual([
      { clause: '2.5', rule: 'contact-frequency', severity: 'warn', message: '频繁联系', start: 0, end: 0, match: '' },
    ]);
    controller.abort();
    remove();
    expect(runSendChecks({ text: '在吗', site: 'kuaishou', now: 0 })).toEqual([]);
  });
});
