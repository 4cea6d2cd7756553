// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domPointAt, MAYBE_HIDDEN, rangeFromOffsets, readEditableText, skipsContents } from '../../../content/guard/dom-text';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html; // test fixture markup, not page or draft text
  document.body.replaceChildren(el);
  return el;
}

describe('readEditableText', () => {
  it.each([
    ['Quill lines', '<p>a</p><p>b</p>', 'a\nb'],
    ['Quill empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['empty Quill editor', '<p><br></p>', ''],
    ['leading empty line (as Quill getText)', '<p><br></p><p>a</p>', '\na'],
    ['Chrome divs after inline text', 'a<div>b</div><div><br></div><div>c</div>', 'a\nb\n\nc'],
    ['line break inside a block', '<p>a<br>b</p>', 'a\nb'],
    ['trailing placeholder <br>', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['ProseMirror hard break + trailing break', '<p>a<br><br class="ProseMirror-trailingBreak"></p>', 'a\n'],
    ['Lexical spans', '<p dir="ltr"><span data-lexical-text="true">加我</span><span data-lexical-text="true">微信</span></p>', '加我微信'],
    ['nested lists', '<ul><li><p>x</p></li><li><p>y</p></li></ul>', 'x\ny'],
    ['inline formatting', '<p>a<strong>b</strong><em>c</em></p>', 'abc'],
    // slate-react 0.146's empty editor, as Chromium has it: the placeholder is shown text, never the draft's.
    [
      'Slate placeholder is not draft text',
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span><span data-slate-placeholder="true" aria-hidden="true" contenteditable="false">请输入消息…</span></span></span></div>',
      '\uFEFF',
    ],
    ['images add no text (their alt is recorded apart); our own hosts are skipped', '<p>a<img alt="[微笑]">b<span data-replyguard="x">zz</span></p>', 'ab'],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(editor(html)).text).toBe(text);
  });

  it('records each link with visible text: where the text is and its address', () => {
    const map = readEditableText(editor('<p>亲，<a href="https://item.taobao.com/x">点<b>这里</b></a>下单</p><p><a href="weixin://dl/chat?a">联系</a></p><p><a href="https://x.cn"><img alt="x"></a>好<a>无</a></p>'));
    expect(map.text).toBe('亲，点这里下单\n联系\n好无');
    expect(map.links).toEqual([
      { start: 2, end: 5, href: 'https://item.taobao.com/x' },
      { start: 8, end: 10, href: 'weixin://dl/chat?a' },
    ]);
  });

  it('maps every text node to its place in the text', () => {
    const map = readEditableText(editor('<p>您好</p><p>加<b>我</b>微信</p><p><br></p><p>abc</p>'));
    expect(map.text).toBe('您好\n加我微信\n\nabc');
    map.nodes.forEach((node, i) => expect(map.text.slice(map.starts[i], map.starts[i]! + node.data.length)).toBe(node.data));
  });

  it('holds for random block structures (property)', () => {
    const line = fc.array(fc.oneof(fc.stringMatching(/^[a-z微信加我]{1,4}$/), fc.constant('<br>'), fc.stringMatching(/^<b>[a-z]{1,3}<\/b>$/)), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const map = readEditableText(editor(lines.map((parts) => `<p>${parts.join('') || '<br>'}</p>`).join('')));
        map.nodes.forEach((node, i) => {
          if (map.text.slice(map.starts[i], map.starts[i]! + node.data.length) !== node.data) throw new Error('offset drift');
        });
        // One line per paragraph at least: as many separators as paragraph boundaries.
        expect(map.text.split('\n').length).toBeGreaterThanOrEqual(lines.length);
      }),
    );
  });
});

describe('ranges from offsets', () => {
  it('maps a finding across inline elements to the exact characters', () => {
    const map = readEditableText(editor('<p>您好，加<b>我微</b>信 abc</p>'));
    const start = map.text.indexOf('加');
    const range = rangeFromOffsets(map, start, start + 4)!;
    expect(range.toString()).toBe('加我微信');
  });

  it('a range starting right after a block break starts in the next line', () => {
    const map = readEditableText(editor('<p>ab</p><p>cd</p>'));
    expect(map.text).toBe('ab\ncd');
    expect(rangeFromOffsets(map, 2, 5)!.toString()).toBe('cd');
    expect(rangeFromOffsets(map, 0, 3)!.toString()).toBe('ab');
  });

  it('points: forward/backward bias at node boundaries', () => {
    const map = readEditableText(editor('<p>ab<b>cd</b></p>'));
    expect(domPointAt(map, 2, 'forward')).toMatchObject({ node: map.nodes[1], offset: 0 });
    expect(domPointAt(map, 2, 'backward')).toMatchObject({ node: map.nodes[0], offset: 2 });
    expect(domPointAt(map, 4, 'backward')).toMatchObject({ node: map.nodes[1], offset: 2 });
    expect(domPointAt(map, 4, 'forward')).toBeNull();
  });

  it('an empty editor has no range', () => {
    expect(rangeFromOffsets(readEditableText(editor('<p><br></p>')), 0, 1)).toBeNull();
  });
});

describe('readCodeEditorText (round 39, L2)', () => {
  it('reads CodeMirror 5 lines without line numbers, widgets or the empty line\'s zero-width space; ranges map to the display', async () => {
    const { readCodeEditorText } = await import('../../../content/guard/dom-text');
    document.body.innerHTML = `<div class="CodeMirror"><div><textarea></textarea></div><div class="CodeMirror-lines">
      <div class="CodeMirror-measure"><pre class="CodeMirror-line">xxxx</pre></div>
      <div class="CodeMirror-code"><div><div class="CodeMirror-gutter-wrapper"><div class="CodeMirror-linenumber">1</div></div><pre class="CodeMirror-line"><span><span class="cm-a">加我</span>微信</span></pre></div><pre class="CodeMirror-line"><span><span cm-text="">\u200b</span></span></pre><pre class="CodeMirror-line"><span>abc12345</span></pre></div></div></div>`;
    const root = document.querySelector('.CodeMirror')!;
    const map = readCodeEditorText(root);
    expect(map.text).toBe('加我微信\n\nabc12345');
    expect(rangeFromOffsets(map, 1, 4)!.toString()).toBe('我微信');
  });

  it('reads Ace rows, a wrapped row (a line group) as one line, and a bare display as text', async () => {
    const { readCodeEditorText } = await import('../../../content/guard/dom-text');
    document.body.innerHTML = `<div class="ace_editor"><textarea></textarea><div class="ace_gutter"><div>1</div></div>
      <div class="ace_text-layer"><div class="ace_line_group"><div class="ace_line">加我微</div><div class="ace_line">信 abc</div></div><div class="ace_line">详聊</div></div></div>
      <div id="bare"><pre class="CodeMirror-lines">亲，在的</pre></div>`;
    expect(readCodeEditorText(document.querySelector('.ace_editor')!).text).toBe('加我微信 abc\n详聊');
    const bare = document.querySelector('#bare')!;
    expect(readCodeEditorText(bare).text).toBe('亲，在的');
    // A CodeMirror with no line drawn yet reads empty (not its measuring copies).
    document.body.innerHTML = '<div class="CodeMirror"><div class="CodeMirror-lines"><div class="CodeMirror-measure"><pre>xxxx</pre></div><div class="CodeMirror-code"></div></div></div>';
    expect(readCodeEditorText(document.querySelector('.CodeMirror')!).text).toBe('');
  });
});

describe('a quote of another message inside the editor (round 41, L9)', () => {
  it.each([
    ['a non-editable island reading 引用', '<div contenteditable="false">引用 买家：能加你微信吗？</div><p>好的亲</p>', '好的亲'],
    ['a non-editable blockquote', '<blockquote contenteditable="false">能加你微信吗？</blockquote><p>好的亲</p>', '好的亲'],
    ['a non-editable island with a quote class', '<div class="reply-quote" contenteditable="false">买家：微信多少</div><p>好的亲</p>', '好的亲'],
    ['an editable blockquote (the agent\'s own quote format)', '<blockquote>加我微信</blockquote><p>好的亲</p>', '加我微信\n好的亲'],
    ['another non-editable island (an @mention chip)', '<p><span contenteditable="false">@小王</span> 好的亲</p>', '@小王 好的亲'],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(editor(html)).text).toBe(text);
  });
});

describe('text the page hides inside the editor (round 43, finding 1)', () => {
  it('the draft is the drawn text; hidden runs with a word are recorded where they sit', () => {
    const split = readEditableText(editor('<p>这是高<span style="display:none">低</span>仿的</p><p>私下<span hidden>不</span>转账</p>'));
    expect(split.text).toBe('这是高仿的\n私下转账');
    expect(split.hidden).toEqual([{ at: 3, text: '低' }, { at: 8, text: '不' }]);
    // The map points at the drawn text nodes only: 高仿 spans two of them around the hidden one.
    const range = rangeFromOffsets(split, 2, 4)!;
    expect(range.toString()).toBe('高低仿'); // a DOM range between them holds the hidden span (a fix deletes it too)
    expect([range.startContainer.textContent, range.endContainer.textContent]).toEqual(['这是高', '仿的']);
  });

  it('a display:none block makes no line; visibility:hidden hides text until a descendant shows it again', () => {
    const map = readEditableText(editor('<p>a</p><div style="display: none">x<p>y</p></div><p>b<span style="visibility:hidden">藏<b style="visibility:visible">见</b></span></p>'));
    expect(map.text).toBe('a\nb见');
    expect(map.hidden).toEqual([{ at: 1, text: 'xy' }, { at: 3, text: '藏' }]);
  });

  it("editors' bookmark spans (a hidden space, \\uFEFF, punctuation) are neither text nor recorded; aria-hidden is not hiding", () => {
    const map = readEditableText(
      editor('<p>私下<span data-cke-bookmark="1" style="display:none">&nbsp;</span>转账<span data-mce-type="bookmark" style="display:none">\uFEFF</span>高<span style="display:none">，</span>仿<span aria-hidden="true">微信</span></p>'),
    );
    expect(map.text).toBe('私下转账高仿微信');
    expect(map.hidden).toEqual([]);
  });
});

describe('text a stylesheet hides (round 44, item 1)', () => {
  const styled = (css: string, html: string) => {
    const el = editor(html);
    const style = document.createElement('style');
    style.textContent = css;
    document.body.appendChild(style);
    return el;
  };

  it('a class with display:none or visibility:hidden hides text as an inline mark does; a class setting visibility back shows it', () => {
    const map = readEditableText(styled('.gone{display:none}.inv{visibility:hidden}.back{visibility:visible}', '<p>这是高<span class="gone">低</span>仿的</p><p>b<span class="inv">藏<b class="back">见</b></span></p>'));
    expect(map.text).toBe('这是高仿的\nb见');
    expect(map.hidden).toEqual([{ at: 3, text: '低' }, { at: 7, text: '藏' }]);
  });

  it('a descendant selector hides a bare element once the editor holds a candidate (its parent has a class)', () => {
    const map = readEditableText(styled('.box b{display:none}', '<p class="box">加我微<b>不</b>信</p>'));
    expect(map.text).toBe('加我微信');
    expect(map.hidden).toEqual([{ at: 3, text: '不' }]);
  });

  it('content-visibility: hidden (hidden="until-found") hides the contents of any box but a plain inline one', () => {
    expect(skipsContents({ display: 'block', contentVisibility: 'hidden' })).toBe(true);
    expect(skipsContents({ display: 'inline-block', contentVisibility: 'hidden' })).toBe(true);
    expect(skipsContents({ display: 'inline', contentVisibility: 'hidden' })).toBe(false);
    expect(skipsContents({ display: 'contents', contentVisibility: 'hidden' })).toBe(false);
    expect(skipsContents({ display: 'block', contentVisibility: 'visible' })).toBe(false);
    expect(skipsContents({ display: 'block' })).toBe(false);
  });

  it('an editor of bare elements (Quill, ProseMirror, TipTap lines) asks no computed style; one with a class, id, style or [hidden] does', () => {
    const bare = editor('<p>亲，<strong>好的</strong><br></p><p><em>请</em>查收</p>');
    const calls = { n: 0 };
    const real = window.getComputedStyle.bind(window);
    window.getComputedStyle = ((el: Element) => (calls.n++, real(el))) as typeof window.getComputedStyle;
    try {
      expect(readEditableText(bare).text).toBe('亲，好的\n请查收');
      expect(calls.n).toBe(0);
      for (const html of ['<p class="x">a</p>', '<p id="x">a</p>', '<p style="color:red">a</p>', '<p hidden>a</p>']) {
        const el = editor(html);
        expect(el.querySelector(MAYBE_HIDDEN), html).not.toBeNull();
        calls.n = 0;
        readEditableText(el);
        expect(calls.n, html).toBeGreaterThan(0);
      }
      // The guard's own elements (none is put in a draft today) never make an editor a candidate.
      expect(editor('<p>a<span data-replyguard="x" class="y"></span></p>').querySelector(MAYBE_HIDDEN)).toBeNull();
    } finally {
      window.getComputedStyle = real as typeof window.getComputedStyle;
    }
  });
});
