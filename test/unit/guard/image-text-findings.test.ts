// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { readEditableText } from '../../../content/guard/dom-text';
import { HIDDEN_REMOVAL, imagesKey, sentText, withImageTextFindings } from '../../../content/guard/image-text-findings';

const linter = createLinter({ rules: [], deny: [{ term: '禁词甲', clause: '2.3', severity: 'block' }, { term: '提醒词乙', clause: '2.7', severity: 'warn' }] });

function draft(html: string) {
  const el = document.createElement('div');
  el.innerHTML = html; // test fixture markup, not page or draft text
  const map = readEditableText(el);
  return { map, findings: withImageTextFindings(linter, map.text, map.images, linter.lint(map.text)) };
}

describe('image-text findings', () => {
  it('splices each image text in where it sits', () => {
    const { map } = draft('<p>亲，<img alt="[微笑]">好<img alt="">的<img alt="[OK]"></p>');
    expect(map.text).toBe('亲，好的');
    expect(map.images).toEqual([{ at: 2, alt: '[微笑]' }, { at: 4, alt: '[OK]' }]);
    expect(sentText(map.text, map.images)?.text).toBe('亲，[微笑]好的[OK]');
    expect(imagesKey(map.images)).toBe('2:[微笑]\n4:[OK]');
  });

  it('a clean draft with emoji images gets nothing', () => {
    expect(draft('<p>亲，<img alt="[微笑]">已经为您安排发货啦<img alt="[玫瑰]"></p>').findings).toEqual([]);
  });

  it('words split between an image and the text: reported on the visible text around the image, naming it', () => {
    const { map, findings } = draft('<p>亲，<img alt="禁词">甲好</p>');
    expect(map.text).toBe('亲，甲好');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'custom-deny', clause: '2.3', severity: 'block', start: 2, end: 3, match: '禁词甲' });
    expect(f!.message).toMatch(/^表情\/图片「禁词」会作为文字发出：/);
    // The image sits at the range's edge: a DOM deletion of 甲 would leave it, so no fix is offered.
    expect(f!.fix).toBeUndefined();
  });

  it('words wholly inside one image: reported at its place (no span), naming its text', () => {
    const { findings } = draft('<p>亲<img alt="提醒词乙">好的</p>');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', start: 1, end: 1, match: '提醒词乙' })]);
    expect(findings[0]!.message).toContain('「提醒词乙」');
  });

  it('not twice what the plain text already reports', () => {
    const { findings } = draft('<p>禁词甲<img alt="[微笑]"></p>');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toContain('表情');
  });

  it('an image splitting words the plain text reports keeps that finding', () => {
    const { findings } = draft('<p>禁词<img alt="[微笑]">甲</p>');
    expect(findings).toEqual([expect.objectContaining({ rule: 'custom-deny', start: 0, end: 3 })]);
  });

  it('an emoji alone on a line is a line; our own images and images without text are not content', () => {
    expect(readEditableText(Object.assign(document.createElement('div'), { innerHTML: '<p>a</p><p><img alt="[微笑]"></p><p>b</p>' })).text).toBe('a\n\nb');
    expect(readEditableText(Object.assign(document.createElement('div'), { innerHTML: '<p>a</p><p><img alt=" "></p><p><img data-replyguard="x" alt="y"></p><p>b</p>' })).images).toEqual([]);
  });

  it('a fix only where it replaces a real range holding its images whole, from inside', () => {
    // A linter that flags 加微信 in whatever text it gets and fixes it by deleting it.
    const fake = {
      lint: (text: string) => {
        const at = text.indexOf('加微信');
        return at < 0 ? [] : [{ clause: '2.3' as const, rule: 'contact-wechat', severity: 'block' as const, start: at, end: at + 3, match: '加微信', message: 'm', fix: { start: at, end: at + 3, text: '' } }];
      },
    } as unknown as typeof linter;
    const run = (html: string) => {
      const el = document.createElement('div');
      el.innerHTML = html; // test fixture markup
      const map = readEditableText(el);
      return withImageTextFindings(fake, map.text, map.images, fake.lint(map.text));
    };
    // 微 inside: the DOM range from 加 to 信 holds the image; the fix deletes the visible 加信 with it.
    expect(run('<p>请加<img alt="微">信</p>')).toEqual([expect.objectContaining({ start: 1, end: 3, fix: { start: 1, end: 3, text: '' } })]);
    // At the edge (加微 in the image): no fix; cut in two (an image 信息 half in the words): no fix.
    expect(run('<p>请<img alt="加微">信</p>')[0]!.fix).toBeUndefined();
    expect(run('<p>请加微<img alt="信息">好</p>')[0]!.fix).toBeUndefined();
  });
});

describe('hidden text in the draft (round 43, finding 1)', () => {
  const read = (html: string) => {
    const el = document.createElement('div');
    el.innerHTML = html; // test fixture markup, not page or draft text
    document.body.replaceChildren(el); // computed styles need the element in the document
    const map = readEditableText(el);
    return { map, findings: withImageTextFindings(linter, map.text, map.images, linter.lint(map.text), map.hidden) };
  };

  it('hidden words inside a breach: the drawn text (what an innerText page sends) is linted as it is drawn', () => {
    const { map, findings } = read('<p>禁词<span style="display:none">不</span>甲</p>');
    expect(map.text).toBe('禁词甲');
    expect(findings).toEqual([expect.objectContaining({ rule: 'custom-deny', start: 0, end: 3 })]);
    expect(findings[0]!.message).not.toContain('看不见');
  });

  it('a breach wholly hidden in a clean draft (what a textContent page sends): reported at its place, naming the hidden words', () => {
    const { findings } = read('<p>亲，好的<span style="display:none">禁词甲</span>，请查收</p>');
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', start: 4, end: 4, match: '禁词甲' })]);
    expect(findings[0]!.message).toMatch(/^草稿里有看不见的文字「禁词甲」/);
    expect(sentText('亲，好的，请查收', [{ at: 2, alt: '[微笑]' }], [{ at: 4, text: '禁词甲' }])?.text).toBe('亲，[微笑]好的禁词甲，请查收');
    expect(imagesKey([], [{ at: 4, text: '禁词甲' }])).toBe('\n\n4:禁词甲');
  });

  it('a breach wholly hidden has no fix: its message says how to remove it (select all, delete, retype; round 44, item 2)', () => {
    const { findings } = read('<p>亲，好的<span style="display:none">禁词甲</span>，请查收</p>');
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.message.endsWith(HIDDEN_REMOVAL)).toBe(true);
    expect(HIDDEN_REMOVAL).toContain('Ctrl+A');
    // Hidden letters completing drawn words: marked on the drawn words, no removal note.
    const split = read('<p>禁词<span style="display:none">甲</span>，请查收</p>').findings;
    expect(split.length).toBeGreaterThan(0);
    for (const f of split) expect(f.message).not.toContain(HIDDEN_REMOVAL);
    // An image's text (a sticker) is not hidden: no removal note.
    const image = withImageTextFindings(linter, '亲，好的', [{ at: 2, alt: '禁词甲' }], []);
    expect(image[0]!.message).not.toContain(HIDDEN_REMOVAL);
  });

  it('a clean draft with hidden clean words or bookmarks gets nothing', () => {
    expect(read('<p>亲，好的<span style="display:none">\uFEFF</span>，请<span hidden>x</span>查收</p>').findings).toEqual([]);
  });
});
