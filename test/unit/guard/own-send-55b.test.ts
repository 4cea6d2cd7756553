// @vitest-environment happy-dom
// Round 55 (guard55b, rt55g F10 F5 F3 F7): which clicks may open a confirm of a buyer-facing field's commit (a chat composer's toolbar
// popups only insert into the draft; a 复制 opens nothing), and a platform form's buyer sign read from a custom select's shown value and
// from checked radios only.
import { describe, expect, it } from 'vitest';
import { confirmOpenerField } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('round 55b (rt55g F10 / F5): a control opening a confirm popup of its box’s field', () => {
  const thread = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div>';
  const review = (control: string) => `<div class="box"><h4>评价回复</h4><textarea id="f"></textarea>${control}</div>`;
  const OPENS = [
    [review('<button id="c">更多</button>'), '更多 (an overflow menu)'],
    [review('<button id="c">⋯</button>'), '⋯ (an icon with no text)'],
    [review('<button id="c">发 布</button>'), '发 布'],
    [review('<a href="javascript:;" id="c">处理完毕</a>'), '<a>处理完毕'],
    [review('<button id="c">提交回复</button>'), '提交回复'],
  ] as const;
  for (const [html, what] of OPENS) {
    it(`valid opener: ${what}`, () => {
      page(html);
      expect(confirmOpenerField($('#c'))).toBe($('#f'));
    });
  }
  const NONE = [
    [review('<button id="c">复制</button>'), '复制 (only shows a toast)'],
    [review('<button id="c">翻译</button>'), '翻译'],
    [review('<button id="c">查看详情</button>'), '查看详情'],
    [
      `<div class="chat">${thread}<div class="SendBox"><div class="SendBox-toolbar"><span role="button" id="c">😀</span> <span role="button" id="q">快捷回复</span></div><div class="ql-editor" contenteditable="true" id="f"></div><button id="send">发送</button></div></div>`,
      'a chat composer’s toolbar (emoji, 快捷回复): its 发送 commits it',
    ],
  ] as const;
  for (const [html, what] of NONE) {
    it(`invalid opener: ${what}`, () => {
      page(html);
      expect(confirmOpenerField($('#c'))).toBeNull();
      const q = document.querySelector('#q');
      if (q) expect(confirmOpenerField(q)).toBeNull();
    });
  }
});
