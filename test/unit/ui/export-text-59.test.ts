// Round 59 (rt59 F1): the options page's JSON export and guard-log CSV carry no kept text while 「保存消息原文」 is off,
// and still carry it while it is on.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLedger } from '@/background/ledger/db';
import { addChatEvents, addLintEvent } from '@/background/ledger/ingest';
import { jsonFile, keptTexts, lintCsvFile } from '@/components/options/data';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { bj, chatEvent } from '../../support/ledger-events';

const NOW = bj('2024-05-01 22:00:00');
const PHONE = '13912345678';

describe('exports while 保存消息原文 is off', () => {
  it('leave the kept texts out of the JSON and the guard-log CSV', async () => {
    const db = await openLedger();
    await addChatEvents(db, [chatEvent('c1', 'm1', 'in', '2024-05-01 10:00:00', { text: `手机${PHONE}` })], { now: NOW, storeText: true });
    await addLintEvent(db, { at: bj('2024-05-01 10:01:00'), site: 'kuaishou', conv: 'c1', action: 'override', clause: '2.3', rule: 'contact-wechat', severity: 'block', text: `加我 ${PHONE}` }, true);
    expect(await keptTexts()).toBe(2);
    const on = { ...structuredClone(DEFAULT_SETTINGS), storeText: true };
    const off = { ...structuredClone(DEFAULT_SETTINGS), storeText: false };
    expect((await jsonFile(NOW, on)).text).toContain(PHONE);
    expect((await lintCsvFile(NOW, on)).text).toContain(PHONE);
    const json = (await jsonFile(NOW, off)).text;
    expect(json).not.toContain(PHONE);
    expect(JSON.parse(json).messages).toHaveLength(1);
    const csv = (await lintCsvFile(NOW, off)).text;
    expect(csv).not.toContain(PHONE);
    expect(csv).toContain('contact-wechat');
    // The ledger itself is untouched by an export: deleting is the agent's choice.
    expect(await keptTexts()).toBe(2);
  });
});
