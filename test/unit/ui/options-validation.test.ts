import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDenyTerm, checkInt, checkSite, checkTerm, checkTermBatch, formatLadder, readLadder, punycodeLabel, showTerm, siteForDisplay, siteMatchPattern, splitTerms, TermIndex, termKey, withoutFull } from '@/utils/options-validation';
import { charCount } from '@/utils/settings-schema';
import { domainToUnicode } from 'node:url';
import { foldTerm } from '@/rules/normalize';
import { translator } from '@/utils/i18n';
import type { CustomTerm } from '@/rules/engine';

const zh = translator('zh');
const problemText = (r: { ok: boolean; problem?: { key: never; params?: never } }) => (r.ok ? '' : zh(r.problem!.key, r.problem!.params));

describe('terms', () => {
  it.each([['微信号'], ['  加我 V  '], ['淘宝店'], ['a.b'], ['100$ 红包'], ['C++']])('accepts plain term %j', (t) => {
    expect(checkTerm(t, [])).toEqual({ ok: true, value: t.trim() });
  });
  it.each([['.*微信'], ['微|薇'], ['^加我'], ['[0-9]+'], ['\\d{11}'], ['微信$'], ['*信'], ['(?:vx)'], ['a{2,3}']])('refuses regex-like %j with a Chinese error', (t) => {
    const r = checkTerm(t, []);
    expect(r.ok).toBe(false);
    expect(problemText(r as never)).toMatch(/只支持普通词语，不支持正则表达式/);
  });
  it('refuses empty, too long and duplicate terms', () => {
    expect(problemText(checkTerm('  ', []) as never)).toBe('请输入词语');
    expect(problemText(checkTerm('字'.repeat(51), []) as never)).toBe('词语不能超过 50 个字');
    expect(checkTerm('字'.repeat(50), []).ok).toBe(true);
    expect(problemText(checkTerm('VX', ['vx']) as never)).toBe('“VX”已在列表中');
  });
  // UX-6: the engine folds terms as it folds drafts; a term that folds to nothing could never match.
  it.each([['～～'], ['\u200b\u200b'], ['。'], ['\u0301'], ['\ufe0f'], ['、，！'], ['— —'], ['\u200d\ufe0f']])('refuses %j, which the engine folds to nothing, with a Chinese error', (t) => {
    const r = checkTerm(t, []);
    expect(r.ok).toBe(false);
    expect(problemText(r as never)).toMatch(/只有标点、空格或不可见字符.*永远不会命中/);
    expect(checkDenyTerm({ term: t, clause: '2.3', severity: 'block' }, []).ok).toBe(false);
  });
  it('keeps terms that fold to something: symbols the engine reads as letters, digits or +', () => {
    for (const t of ['➕', '❶', '✈', 'V', '①']) expect(checkTerm(t, []).ok, t).toBe(true);
  });
  it("termKey agrees with the engine's foldTerm (its traditional and dialect tables aside): empty exactly when it is", () => {
    const pool = ['é', 'e\u0301', 'ǜ', 'Ä', ...'～。，、！ \u3000—·•…\u200b\u200d\u2060\ufe0f\u0301\u20e3\t+＋➕❶①✈🐧😀🅥𝐀aAｖＸ微信加我0９〇\u00a0\ufeff'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), (chars) => {
        const t = chars.join('');
        expect(termKey(t), JSON.stringify(t)).toBe(foldTerm(t));
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses a term already in the other list (as the engine folds it: the allowed one would win)', () => {
    expect(problemText(checkDenyTerm({ term: '微 信', clause: '2.3', severity: 'block' }, [], ['微信']) as never)).toMatch(/“微信”已在放行词中/);
    expect(problemText(checkTerm('ＶＸ', [], { terms: ['vx'], key: 'errTermInDeny' }) as never)).toMatch(/“vx”已在禁用词中/);
    expect(checkDenyTerm({ term: '私聊', clause: '2.3', severity: 'block' }, [], ['微信']).ok).toBe(true);
  });
  it('an indexed list (TermIndex) answers as the array does: duplicates, the other list (its first term with the key), full', () => {
    const pool = ['微信', '微 信', 'VX', 'vx', 'ＶＸ', '私聊', '加我', '～～', '.*', 'C++', 'c++', '淘宝'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 6 }), fc.array(fc.constantFrom(...pool), { maxLength: 6 }), fc.constantFrom(...pool), (existing, other, term) => {
        const deny = { terms: other, key: 'errTermInDeny' } as const;
        expect(checkTerm(term, new TermIndex(existing), { ...deny, terms: new TermIndex(other) })).toEqual(checkTerm(term, existing, deny));
        const denyList = existing.map((t) => ({ term: t, clause: '2.3' as const, severity: 'block' as const }));
        expect(checkDenyTerm({ term, clause: '2.3', severity: 'block' }, new TermIndex(existing), new TermIndex(other))).toEqual(checkDenyTerm({ term, clause: '2.3', severity: 'block' }, denyList, other));
      }),
      { numRuns: 500 },
    );
    const full = Array.from({ length: 2000 }, (_, i) => `词${i}`);
    expect(problemText(checkTerm('新词', new TermIndex(full)) as never)).toBe(problemText(checkTerm('新词', full) as never));
  });
  it('deny terms keep clause, severity and a trimmed note', () => {
    expect(checkDenyTerm({ term: ' 私聊 ', clause: '2.3', severity: 'warn', note: ' 店规 ' }, [])).toEqual({ ok: true, value: { term: '私聊', clause: '2.3', severity: 'warn', note: '店规' } });
    expect(checkDenyTerm({ term: '私聊', clause: '2.3', severity: 'warn' }, [{ term: '私聊', clause: '2.3', severity: 'block' }]).ok).toBe(false);
  });
});

describe('alert ladder', () => {
  it('parses m:ss lists in any separator, sorted and unique', () => {
    expect(readLadder('3:00, 4:00, 5:00')).toEqual({ ok: true, value: [180, 240, 300], dropped: [] });
    expect(readLadder('5:00，3:00、4：30 3:00')).toEqual({ ok: true, value: [180, 270, 300], dropped: [] });
    expect(readLadder('45')).toEqual({ ok: true, value: [45], dropped: [] });
    // The bounds: 0:10 and the 5:00 deadline itself are accepted.
    expect(readLadder('0:10, 5:00')).toEqual({ ok: true, value: [10, 300], dropped: [] });
    expect(formatLadder([180, 270, 5])).toBe('3:00, 4:30, 0:05');
  });
  it.each([
    ['', '请至少填写一个提醒时间'],
    ['3:00, abc', '“abc”格式不对，请写成 分:秒，例如 3:00'],
    ['3:75', '“3:75”格式不对，请写成 分:秒，例如 3:00'],
    ['0:05', '“0:05”超出范围，须在 0:10 到 5:00 之间'],
    ['61:00', '“61:00”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间'],
    // Several times, none in range: each named (round 55, as an import names each).
    ['6:00, 8:00', '6:00, 8:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存'],
    ['-1:00', '“-1:00”格式不对，请写成 分:秒，例如 3:00'],
  ])('refuses %j', (text, message) => {
    expect(problemText(readLadder(text) as never)).toBe(message);
  });
});

describe('numbers', () => {
  it('whole numbers in range only', () => {
    expect(checkInt(' 90 ', 1, 3650)).toEqual({ ok: true, value: 90 });
    for (const bad of ['0', '3651', '1.5', '', 'abc', '-3']) expect(problemText(checkInt(bad, 1, 3650) as never)).toBe('须为 1 到 3650 之间的整数');
  });
});

describe('sites', () => {
  const valid = () => true;
  it('turns an origin into a whole-host match pattern', () => {
    expect(siteMatchPattern('https://im.example.com')).toBe('https://im.example.com/*');
    expect(siteMatchPattern('https://IM.Example.com/chat?x=1')).toBe('https://im.example.com/*');
    expect(siteMatchPattern('http://10.0.0.5:8080/')).toBe('http://10.0.0.5:8080/*');
    expect(siteMatchPattern('https://*.example.com/*')).toBe('https://*.example.com/*');
    for (const bad of ['im.example.com', 'ftp://x.com', 'javascript:alert(1)', 'https://', 'https://u:p@x.com', 'https://exa mple.com']) expect(siteMatchPattern(bad), bad).toBeNull();
  });
  it('refuses the built-in sites, duplicates, bad selectors; keeps good ones', () => {
    expect(problemText(checkSite({ origin: 'https://im.kwaixiaodian.com' }, [], valid) as never)).toBe('该网站默认已启用，无需添加');
    expect(problemText(checkSite({ origin: 'https://a.com' }, [{ match: 'https://a.com/*', enabled: true }], valid) as never)).toBe('该网站已在列表中');
    expect(problemText(checkSite({ origin: 'nope' }, [], valid) as never)).toMatch(/^网址格式不对/);
    expect(problemText(checkSite({ origin: 'https://a.com', composer: 'div[' }, [], () => false) as never)).toBe('选择器无效：div[');
    expect(checkSite({ origin: 'https://a.com', composer: ' #composer ', send: '' }, [], valid)).toEqual({ ok: true, value: { match: 'https://a.com/*', enabled: true, composer: '#composer' } });
  });
});

describe('terms pasted many at once', () => {
  it('splits on lines and 、，, ; ；, trimming and skipping empty pieces', () => {
    expect(splitTerms(' 加微信 \r\n私聊、返现，代发,刷单;拉群；\n\n ')).toEqual(['加微信', '私聊', '返现', '代发', '刷单', '拉群']);
    expect(splitTerms('wei xin')).toEqual(['wei xin']);
  });

  it('adds the valid ones in order and gives each refused one with its reason', () => {
    const batch = checkTermBatch<CustomTerm>('加微信\n～～\n加微信\n加购\n' + '长'.repeat(51) + '\n私聊', (term, accepted) =>
      checkDenyTerm({ term, clause: '2.3', severity: 'block' }, [{ term: '私聊', clause: '2.3', severity: 'warn' }, ...accepted], ['加购']),
    );
    expect(batch.accepted.map((d) => d.term)).toEqual(['加微信']);
    expect(batch.rejected.map((r) => [r.term, r.problem.key])).toEqual([
      ['～～', 'errTermNothing'],
      ['加微信', 'errTermDuplicate'],
      ['加购', 'errTermInAllow'],
      ['长'.repeat(51), 'errTermLong'],
      ['私聊', 'errTermDuplicate'],
    ]);
  });
});

// Round 51 (ux51a).
describe('terms as the agent sees them (round 51)', () => {
  it('counts characters as shown: 30 emoji, 26 𠮷 or 50 family emoji are within 50; 51 characters are not', () => {
    expect(charCount('👨‍👩‍👧')).toBe(1);
    expect(charCount('𠮷'.repeat(26))).toBe(26);
    expect(problemText(checkTerm('😀'.repeat(30), []) as never)).not.toMatch(/超过/);
    expect(problemText(checkTerm('𠮷'.repeat(26) + '野家', []) as never)).toBe('');
    expect(checkTerm('𠮷野家' + '字'.repeat(47), []).ok).toBe(true);
    expect(problemText(checkTerm('𠮷'.repeat(51), []) as never)).toBe('词语不能超过 50 个字');
    // An emoji-only term folds to nothing: the reason says emoji are ignored too.
    expect(problemText(checkTerm('👨‍👩‍👧', []) as never)).toMatch(/表情符号/);
  });
  it('a duplicate is what the guard folds alike: ＶＸ号 = vx号, NFD café = café; the message names the listed one', () => {
    expect(problemText(checkTerm('vx号', ['ＶＸ号']) as never)).toBe('“vx号”与列表中的“ＶＸ号”在检查时是同一个词（不分全角半角、大小写、空格和标点），无需再添加');
    expect(checkTerm('cafe\u0301', ['café']).ok).toBe(false);
    expect(checkTerm('cafe\u0301', new TermIndex(['café'])).ok).toBe(false);
    expect(checkTerm('vx号', new TermIndex(['ＶＸ号'])).ok).toBe(false);
    expect(checkTerm('加 V', new TermIndex(['加v'])).ok).toBe(false);
  });
  it('refuses bidi controls, and shows them written out', () => {
    expect(problemText(checkTerm('反向词\u202e已在列表中', []) as never)).toMatch(/改变文字显示方向/);
    expect(checkTerm('a\u2067b', []).ok).toBe(false);
    expect(showTerm('词\u202e向反')).toBe('词⟨U+202E⟩向反');
  });
  it('groups the refusals for a full list', () => {
    const full = { key: 'errTermsFull' as const, params: { max: 2000 } };
    expect(withoutFull([{ problem: full }, { problem: { key: 'errTermEmpty' as const } }, { problem: full }])).toEqual({ rest: [{ problem: { key: 'errTermEmpty' } }], full: 2 });
  });
  it('reads full-width digits and colons in alert times and numbers', () => {
    expect(readLadder('３：００，４：３０')).toEqual({ ok: true, value: [180, 270], dropped: [] });
    expect(checkInt('９０', 1, 3650)).toEqual({ ok: true, value: 90 });
  });
  it('shows a site with its Unicode host (decoded here, no network), as node:url does', () => {
    expect(siteForDisplay('https://xn--fiq06l2rdsvs.xn--fiqs8s/*')).toBe('https://中文域名.中国/*');
    expect(siteForDisplay('https://*.xn--mnchen-3ya.de/*')).toBe('https://*.münchen.de/*');
    expect(siteForDisplay('https://xn--zz.com/*')).toBe('https://xn--zz.com/*');
    for (const d of ['xn--fiq06l2rdsvs', 'xn--bcher-kva', 'xn--ls8h', 'xn--e1afmkfd', 'xn--fiqs8s']) expect(punycodeLabel(d.slice(4))).toBe(domainToUnicode(d));
  });
});
