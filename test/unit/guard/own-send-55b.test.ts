// @vitest-environment happy-dom
// Round 55 (guard55b, rt55g F10 F5 F3 F7): which clicks may open a confirm of a buyer-facing field's commit (a chat composer's toolbar
// popups only insert into the draft; a 复制 opens nothing), and a platform form's buyer sign read from a custom select's shown value and
// from checked radios only.
import { describe, expect, it } from 'vitest';
import { confirmOpenerField, noteReplyOpener, openingCount, platformOnlyReportOf } from '../../../sites/own-send';

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

describe('round 55b (rt55g F3 / F7): a platform form’s buyer sign in a custom select’s shown value or a checked radio', () => {
  const form = (extra: string) =>
    `<section><h5>工单给平台</h5>${extra}<label for="f">问题描述</label><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>`;
  const elSelect = (value: string) =>
    `<div class="el-form-item"><label class="el-form-item__label">处理方式</label><div class="el-select"><div class="el-input"><input readonly class="el-input__inner" value="${value}" placeholder="请选择"></div></div></div>`;
  const antSelect = (value: string) =>
    `<div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-item" title="${value}">${value}</span></div></div>`;
  const radios = (checked: 0 | 1) =>
    `<div class="ant-radio-group">${['仅平台处理', '回复买家']
      .map((t, i) => `<label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" name="r"${i === checked ? ' checked' : ''}></span><span>${t}</span></label>`)
      .join('')}</div>`;
  const BUYER = [
    [form(elSelect('回复买家')), 'el-select showing 回复买家'],
    [form(elSelect('提交并回复买家')), 'el-select showing 提交并回复买家'],
    [form(antSelect('同时回复买家')), 'antd select showing 同时回复买家'],
    [form(radios(1)), 'radio 回复买家 checked'],
    [form('<div role="radio" aria-checked="true" class="van-radio"><span>同时回复买家</span></div>'), 'vant role=radio 同时回复买家 checked'],
  ] as const;
  for (const [html, what] of BUYER) {
    it(`judged: ${what}`, () => {
      page(html);
      expect(platformOnlyReportOf($('#ok'))).toBeNull();
    });
  }
  const PLATFORM = [
    [form(elSelect('仅提交平台')), 'el-select showing 仅提交平台'],
    [form(antSelect('仅平台处理')), 'antd select showing 仅平台处理'],
    [form(radios(0)), 'radio 仅平台处理 checked, 回复买家 unchecked'],
    [form('<div role="radio" aria-checked="false" class="van-radio"><span>同时回复买家</span></div>'), 'vant role=radio 同时回复买家 unchecked'],
  ] as const;
  for (const [html, what] of PLATFORM) {
    it(`platform only: ${what}`, () => {
      page(html);
      const report = platformOnlyReportOf($('#ok'));
      expect(report).not.toBeNull();
      expect(report!.evidence).toContain($('#f'));
    });
  }
});

describe('round 55b (rt55g F6): each click on a control outside any dialog is a new opening', () => {
  it('valid: a row’s 回复 or 记录 counts; invalid: a click inside a dialog (its field, its 确 定) does not', () => {
    page(
      '<div><h4>评价列表</h4><div>买家：尺码偏小 <a href="javascript:;" id="r">回复</a></div></div><div><h4>工作记录</h4><div>跟进中 <a href="javascript:;" id="w">记录</a></div></div>' +
        '<div class="el-dialog" role="dialog"><textarea id="f"></textarea><button id="ok">确 定</button></div>',
    );
    const click = (sel: string) => noteReplyOpener([$(sel), document.body]);
    const start = openingCount();
    click('#r');
    expect(openingCount()).toBe(start + 1);
    click('#ok');
    click('#f');
    expect(openingCount()).toBe(start + 1);
    click('#w');
    expect(openingCount()).toBe(start + 2);
  });
});
