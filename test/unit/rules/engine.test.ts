import { describe, expect, it } from 'vitest';
import { defineRule, terms, variants } from '../../../rules/define-rule';
import { readFileSync } from 'node:fs';
import { createLinter, type LintResult } from '../../../rules/engine';
import { displayOrder } from '../../../rules/bidi';

const demoRule = defineRule({
  meta: {
    id: 'demo-word',
    clause: '2.4',
    severity: 'block',
    title: { zh: '测试用词', en: 'Test word' },
    description: { zh: '仅用于测试引擎的规则。', en: 'Engine test rule.' },
    hint: { zh: '删掉', en: 'Remove it' },
  },
  terms: [...terms(['坏词', 'sb']), { term: '轻词', severity: 'warn' }],
  check(ctx, hits) {
    for (const hit of hits) if (!ctx.negated(hit.start)) ctx.report(demoRule, { start: hit.start, end: hit.end, severity: hit.spec.severity, fix: '' });
  },
});

const brokenRule = defineRule({
  ...demoRule,
  meta: { ...demoRule.meta, id: 'broken' },
  check() {
    throw new Error('boom');
  },
});

describe('engine', () => {
  const linter = createLinter({ rules: [demoRule] });

  it('reports original offsets through separators, width and invisible characters', () => {
    const text = '你这个坏 \u200b词';
    const [f] = linter.lint(text);
    expect(f).toMatchObject({ clause: '2.4', rule: 'demo-word', severity: 'block', match: '坏 \u200b词' });
    expect(text.slice(f!.start, f!.end)).toBe(f!.match);
    expect(f!.fix).toEqual({ start: f!.start, end: f!.end, text: '' });
  });

  it('does not match across a sentence end or a long gap', () => {
    expect(linter.lint('这个坏。词')).toEqual([]);
    expect(linter.lint('坏          词')).toEqual([]);
    expect(linter.lint('坏，词')).toHaveLength(1);
  });

  it('respects latin word boundaries', () => {
    expect(linter.lint('USB-C接口')).toEqual([]);
    expect(linter.lint('ＳＢ才给差评')).toHaveLength(1);
    expect(linter.lint('你是S B吗')).toHaveLength(1);
  });

  it('honours negation through the context helper', () => {
    expect(linter.lint('我们绝不说坏词')).toEqual([]);
  });

  it('applies term severity, per-rule overrides and off', () => {
    expect(linter.lint('轻词')[0]!.severity).toBe('warn');
    expect(createLinter({ rules: [demoRule], severity: { 'demo-word': 'info' } }).lint('坏词')[0]!.severity).toBe('info');
    expect(createLinter({ rules: [demoRule], severity: { 'demo-word': 'off' } }).lint('坏词')).toEqual([]);
  });
  it('a rule level set by the shop raises or lowers its breaches, never a mention it judged harmless (round 30)', () => {
    const asWarn = createLinter({ severity: { 'contact-wechat': 'warn' } });
    expect(asWarn.lint('我的微信号是abc12345').find((f) => f.rule === 'contact-wechat')!.severity).toBe('warn');
    const refusal = asWarn.lint('亲，我们不加微信的，有问题在这里说就行。').filter((f) => f.rule === 'contact-wechat');
    expect(refusal.length).toBeGreaterThan(0);
    expect(refusal.every((f) => f.severity === 'info')).toBe(true);
    const asBlock = createLinter({ severity: { 'contact-wechat': 'block' } });
    expect(asBlock.lint('亲，我们不加微信的，有问题在这里说就行。').filter((f) => f.rule === 'contact-wechat').every((f) => f.severity === 'info')).toBe(true);
  });

  it('adds agent deny terms with their clause and drops findings inside allowed terms', () => {
    const custom = createLinter({ rules: [demoRule], deny: [{ term: '隔壁老王', clause: '2.3', severity: 'warn' }], allow: ['坏词大王'] });
    const found = custom.lint('去找隔 壁老王，坏词大王是品牌名，坏词不行');
    expect(found.map((f) => [f.rule, f.clause, f.match])).toEqual([
      ['custom-deny', '2.3', '隔 壁老王'],
      ['demo-word', '2.4', '坏词'],
    ]);
    expect(found[1]!.start).toBe('去找隔 壁老王，坏词大王是品牌名，'.length);
  });

  it('keeps running the other rules when one throws', () => {
    const result = createLinter({ rules: [brokenRule, demoRule] }).lintDetailed('坏词');
    expect(result.errors).toEqual([{ rule: 'broken', error: 'boom' }]);
    expect(result.findings).toHaveLength(1);
  });

  it('merges overlapping findings of one clause, keeping the most severe', () => {
    const twice = createLinter({ rules: [demoRule, { ...demoRule, meta: { ...demoRule.meta, id: 'demo-2', severity: 'warn' } }] });
    expect(twice.lint('坏词')).toHaveLength(1);
  });

  it('expands character variants', () => {
    expect(variants('微信', { 微: '微薇', 信: '信伩' })).toEqual(['微信', '微伩', '薇信', '薇伩']);
  });
});

// One case per corpus example, and a draft of 80 examples (not all 212) for the interleaving: one case linting the whole
// corpus (2–3 CPU-s with the engine's warm-up), or 41 steps of the whole corpus beside two longer drafts, took 22–24 s at
// load ~30 and ran past 30 s under more load. Each case is now under a CPU-second; 30 s, not 5 s, for a busy machine.
describe('lintInSteps', { timeout: 30_000 }, () => {
  const linter = createLinter();
  const corpus = readFileSync(new URL('../../fixtures/corpus-examples.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);

  const drain = (steps: Generator<void, LintResult, void>, between?: () => void): { result: LintResult; yields: number } => {
    let yields = 0;
    for (;;) {
      const next = steps.next();
      if (next.done) return { result: next.value, yields };
      yields++;
      between?.();
    }
  };

  it.each(corpus.map((text, i) => [i + 1, text] as const))('example %i gives exactly what lintDetailed gives, one yield after normalising and one before each rule', (_, text) => {
    const { result, yields } = drain(linter.lintInSteps(text));
    expect(result).toEqual(linter.lintDetailed(text));
    expect(yields).toBe(1 + linter.rules.length);
  });

  it('keeps its own buffers: other lints between its steps change neither result', () => {
    const draft = corpus.slice(0, 80).join('\n'); // 2,476 characters, 77 findings
    // Between steps: drafts as long as this one, with other offsets (spaced out, reversed), to overwrite any
    // buffer the two would share.
    const others = [[...draft].join(' '), [...draft].reverse().join('')];
    const expected = others.map((other) => linter.lintDetailed(other));
    const alone = linter.lintDetailed(draft);
    let k = 0;
    const { result } = drain(linter.lintInSteps(draft), () => {
      expect(linter.lintDetailed(others[k % 2]!)).toEqual(expected[k++ % 2]);
    });
    expect(result).toEqual(alone);
    expect(alone.findings.length).toBeGreaterThan(50);
  });

  it('applies the settings (deny, allow, severity) as lintDetailed does', () => {
    const shop = createLinter({ deny: [{ term: '内部价', clause: '2.3', severity: 'warn' }], allow: ['微信支付'], severity: { 'contact-wechat': 'warn' } });
    for (const text of ['内部价加我微信abc12345', '支持微信支付，也可以花呗', ...corpus.slice(0, 40)]) {
      expect(drain(shop.lintInSteps(text)).result).toEqual(shop.lintDetailed(text));
    }
  });
});

describe('deleting fixes leave tidy spacing (round 29, red team 6)', () => {
  const linter = createLinter();
  const applied = (text: string, rule: string) => {
    const f = linter.lint(text).find((x) => x.rule === rule && x.fix?.text === '');
    expect(f, `a deleting fix of ${rule}`).toBeDefined();
    return text.slice(0, f!.fix!.start) + f!.fix!.text + text.slice(f!.fix!.end);
  };
  it.each([
    ['亲，有问题打我电话 13812345678 哦', 'contact-phone', '亲，有问题打我电话 哦'],
    ['13812345678 有事打我', 'contact-phone', '有事打我'],
    ['有事打我 13812345678', 'contact-phone', '有事打我'],
    ['详情请看 www.taobao.com 谢谢', 'external-link', '详情请看 谢谢'],
    // no space on one side: nothing else is taken
    ['亲，加我微信abc12345 私聊', 'contact-wechat', null],
  ])('%s', (text, rule, expected) => {
    const f = linter.lint(text).find((x) => x.rule === rule && x.fix);
    if (expected === null) {
      // whatever the fix is, it never eats a space that has no twin
      if (f?.fix?.text === '') expect(applied(text, rule)).not.toMatch(/ {2}|^ | $/);
      return;
    }
    expect(applied(text, rule)).toBe(expected);
  });
  it('keeps the finding itself on the words (the match is unchanged)', () => {
    const f = linter.lint('亲，有问题打我电话 13812345678 哦').find((x) => x.rule === 'contact-phone')!;
    expect(f.match).toBe('13812345678');
    expect(f.fix).toEqual({ start: f.start, end: f.end + 1, text: '' });
  });
});

describe('replacing fixes read as written Chinese once applied (round 33, t33a)', () => {
  const linter = createLinter();
  const applied = (text: string, rule: string) => {
    const f = linter.lint(text).find((x) => x.rule === rule && x.fix && x.fix.text !== '');
    expect(f, `a replacing fix of ${rule}`).toBeDefined();
    return text.slice(0, f!.fix!.start) + f!.fix!.text + text.slice(f!.fix!.end);
  };
  it.each([
    // a talk verb closing the clause is taken along; a space used as a clause break becomes a comma
    ['亲，加我微信聊 给您发实拍图', 'contact-wechat', '亲，在这里直接沟通，给您发实拍图'],
    ['加我微信聊聊吧', 'contact-wechat', '在这里直接沟通吧'],
    ['有事加我微信联系我', 'contact-wechat', '有事在这里直接沟通'],
    // a talk verb going on to its object keeps its own words
    ['加微信说一下尺码', 'contact-wechat', '在这里直接说一下尺码'],
    ['加我微信发图给您', 'contact-wechat', '在这里直接发图给您'],
    // round 35 (t35a): a new clause opened right after the replacement with no break typed gets a comma; 详聊 is a talk verb too
    ['亲，加我微信给您便宜', 'contact-wechat', '亲，在这里直接沟通，给您便宜'],
    ['加v聊还送小样哦', 'contact-wechat', '在这里直接沟通，还送小样哦'],
    ['加微信我发您图片', 'contact-wechat', '在这里直接沟通，我发您图片'],
    ['有需要加我微信详聊', 'contact-wechat', '有需要在这里直接沟通'],
    // nothing to tidy
    ['加个微信吧，我拉您进老客户群。', 'contact-wechat', '在这里直接沟通吧，我拉您进老客户群。'],
    ['加我微信的话给您便宜', 'contact-wechat', '在这里直接沟通的话给您便宜'],
    // round 46 (red team 15): a replacement opening with 您 takes the 您/你 typed before it, never doubles it
    ['亲，这个价格已经很低了，您爱买不买', 'rude-dismissal', '亲，这个价格已经很低了，您可以再考虑一下'],
    ['你爱要不要', 'rude-dismissal', '您可以再考虑一下'],
    ['亲，爱买不买', 'rude-dismissal', '亲，您可以再考虑一下'],
  ])('%s', (text, rule, expected) => {
    expect(applied(text, rule)).toBe(expected);
  });
  it('keeps the finding itself on the words (the match is unchanged)', () => {
    const f = linter.lint('亲，加我微信聊 给您便宜点').find((x) => x.rule === 'contact-wechat')!;
    expect(f.match).toBe('加我微信');
    expect(f.fix!.end).toBeGreaterThan(f.end);
  });
});

// Round 44 (t44e): bidi controls that reorder the screen; the draft is also read as displayed (rules/bidi.ts).
describe('display order (bidi overrides, embeddings, isolates)', () => {
  it.each([
    // override to its PDF, or unterminated to the paragraph's end
    ['手机\u202e00083100831\u202c', '手机13800138000'],
    ['加我\u202e信微', '加我微信'],
    ['A\u202e信微\u202c\nB\u202e信微', 'A微信\nB微信'],
    // nested: LRO inside RLO keeps its run left to right, placed by the outer one
    ['\u202e87654321\u202d139\u202c\u202c', '13912345678'],
    // an RTL embedding or isolate reverses digit groups (spaces between numbers go right to left)
    ['\u202b8000 0013 138\u202c', '138 0013 8000'],
    ['\u20671234 5678 139\u2069', '139 5678 1234'],
    // a first-strong isolate takes the direction of its content
    ['号码\u2068שלום 12\u2069', '号码12 םולש'],
  ])('%s displays as %s', (stored, shown) => {
    expect(displayOrder(stored)?.text).toBe(shown);
  });

  it.each([
    ['订单号\u202a2024052012345678\u202c已发货'], // LRE over digits: nothing moves
    ['加我\u2067xv信微\u2069'], // an RTL isolate of left-to-right letters shows them as stored
    ['שלום 138 0013 8000'], // plain RTL text, no controls
    ['مرحبا \u202eabc\u202c'], // an RTL paragraph is read in its stored (reading) order
    ['普通的中文句子'],
  ])('%s is read as stored', (stored) => {
    expect(displayOrder(stored)).toBeUndefined();
  });

  const linter = createLinter();
  it('maps a display-order finding onto the stored text, controls included, with a fix that leaves no stray control', () => {
    const text = '手机\u202e00083100831\u202c，随时打';
    const f = linter.lint(text).find((x) => x.rule === 'contact-phone')!;
    expect(f).toMatchObject({ start: 2, end: 15, match: '\u202e00083100831\u202c', severity: 'block' });
    expect(f.fix).toEqual({ start: 2, end: 15, text: '' });
  });

  it('rewrites a reversed scope as displayed when the fix replaces part of it', () => {
    const text = '\u202e号信微我加\u202c 拿优惠券';
    const f = linter.lint(text).find((x) => x.rule === 'contact-wechat')!;
    expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(f.fix).toEqual({ start: 0, end: 7, text: '在这里直接沟通号' });
  });

  it('gives the same through lintInSteps', () => {
    const text = '有事\u202e信微我加\u202c哈';
    const steps = linter.lintInSteps(text);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value.findings).toEqual(linter.lintDetailed(text).findings);
    expect(r.value.findings.some((x) => x.rule === 'contact-wechat' && x.severity === 'block')).toBe(true);
  });

  it('keeps a pure Arabic or Hebrew draft as it is', () => {
    for (const text of ['مرحبا، تم شحن طلبك اليوم', 'שלום, ההזמנה נשלחה היום', 'مرحبا \u202bطلبك\u202c اليوم']) {
      expect(linter.lint(text).filter((x) => x.severity !== 'info')).toEqual([]);
    }
  });
});
