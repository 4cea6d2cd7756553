// @vitest-environment happy-dom
// Round 54 (guard54d, rt54g F4, F6, F9): a confirm popup is recognised by its shape (no role or class needed); a platform form's
// buyer sign is read from a native <select>'s selected option and a 「抄送买家」 checkbox; a field titled for staff only (团队公告（仅客服
// 团队可见）, 跟进记录) is no buyer-facing commit, 发 布 and 完成 included, unless a buyer word says otherwise.
import { describe, expect, it } from 'vitest';
import { confirmOpenerField, fieldsOfOwnSend, ownSendOf, platformOnlyReportOf } from '../../../sites/own-send';
import { isConfirmPopupShape } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('round 54d (rt54g F6): a confirm popup by shape', () => {
  const VALID = [
    ['<div id="p"><div class="x-pop">确定要发布吗？<button>取消</button><button>确定</button></div></div>', 'no role, 确定 + 取消'],
    ['<div id="p"><div>确认提交？<span role="button" tabindex="0">否</span><span role="button" tabindex="0">是</span></div></div>', 'role=button 是 / 否'],
    ['<div id="p" style="position:fixed;top:0">确认？<button>OK</button></div>', 'floating, OK alone'],
    ['<div id="p" class="ant-popover"><div class="ant-popover-inner">确定吗？<button>确 定</button></div></div>', 'a popup class, 确 定 alone'],
  ] as const;
  for (const [html, what] of VALID) {
    it(`valid: ${what}`, () => {
      page(html);
      expect(isConfirmPopupShape($('#p'))).toBe(true);
    });
  }
  const INVALID = [
    ['<div id="p">确定？<textarea></textarea><button>取消</button><button>确定</button></div>', 'holds a field (a dialog to write in)'],
    ['<div id="p"><button>取消</button><button>关闭</button></div>', 'no OK-like control'],
    ['<div id="p">已保存<button>撤销</button></div>', 'a toast with 撤销'],
    ['<div id="p"><span>确定吗？</span><button>确定</button></div>', 'static, no cancel, not floating'],
    [`<div id="p">${'很长的说明文字'.repeat(40)}<button>取消</button><button>确定</button></div>`, 'a long panel, not a short question'],
  ] as const;
  for (const [html, what] of INVALID) {
    it(`invalid: ${what}`, () => {
      page(html);
      expect(isConfirmPopupShape($('#p'))).toBe(false);
    });
  }
});

describe('round 54d (rt54g F4): a platform form’s buyer sign in a native select or a 抄送买家 checkbox', () => {
  const form = (extra: string) =>
    `<section><h4>工单给平台</h4><label for="f">问题描述</label><textarea id="f"></textarea>${extra}<button type="button" id="ok">提 交</button></section>`;
  // The choice is set by script (happy-dom misreads a third option's `selected` attribute; Chromium, in the e2e spec, reads both).
  const select = (index: number) =>
    `<label for="s">处理方式</label><select id="s" data-pick="${index}"><option>回复买家</option><option>仅提交平台</option><option>提交并回复买家</option><option>同时回复买家</option></select>`;
  const pick = () => {
    const s = document.querySelector<HTMLSelectElement>('select[data-pick]');
    if (s) s.selectedIndex = Number(s.dataset.pick);
  };
  const BUYER = [
    [form(select(2)), 'select: 提交并回复买家 selected'],
    [form(select(0)), 'select: 回复买家 (the first option, selected by default)'],
    [form(select(3)), 'select: 同时回复买家'],
    [form('<label><input type="checkbox" checked> 抄送买家</label>'), 'checked 抄送买家'],
    [form('<label class="ant-checkbox-wrapper"><span class="ant-checkbox ant-checkbox-checked"><input type="checkbox" class="ant-checkbox-input" checked></span><span>抄送买家</span></label>'), 'antd checked 抄送买家'],
    [form('<label><input type="checkbox" checked> 抄送给买家</label>'), 'checked 抄送给买家 (as before)'],
  ] as const;
  for (const [html, what] of BUYER) {
    it(`judged: ${what}`, () => {
      page(html);
      pick();
      expect(platformOnlyReportOf($('#ok'))).toBeNull();
    });
  }
  const PLATFORM = [
    [form(select(1)), 'select: 仅提交平台 selected'],
    [form('<label><input type="checkbox"> 抄送买家</label>'), 'unchecked 抄送买家'],
    [form('<label><input type="checkbox" checked> 抄送主管</label>'), 'checked 抄送主管'],
  ] as const;
  for (const [html, what] of PLATFORM) {
    it(`platform only: ${what}`, () => {
      page(html);
      pick();
      expect(platformOnlyReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [] });
    });
  }
});

describe('round 54d (rt54g F9): a field titled for staff only is kept from the buyer, 发 布 and 完成 included', () => {
  const thread = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div>';
  const KEPT = [
    ['<section><h4>团队公告（仅客服团队可见）</h4><textarea id="f"></textarea><button id="b">发 布</button></section>', '团队公告（仅客服团队可见） / 发 布'],
    [`<div>${thread}<div><h5>跟进记录</h5><input id="f" placeholder="记录跟进情况"><a href="javascript:;" id="b">完成</a></div></div>`, '跟进记录 beside a thread / <a>完成'],
    ['<section><h4>内部公告</h4><textarea id="f"></textarea><button id="b">发布</button></section>', '内部公告 / 发布'],
    [`<div>${thread}<div><h5>工作记录</h5><textarea id="f"></textarea><button id="b">确 定</button></div></div>`, '工作记录 beside a thread / 确 定'],
  ] as const;
  for (const [html, what] of KEPT) {
    it(`kept: ${what}`, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBeNull();
      expect(fieldsOfOwnSend($('#b'))).toEqual([]);
      expect(confirmOpenerField($('#b'))).toBeNull();
    });
  }
  const JUDGED = [
    ['<section><h4>店铺公告</h4><textarea id="f"></textarea><button id="b">发 布</button></section>', '店铺公告 (buyers read it) / 发 布'],
    ['<section><h4>跟进记录（买家可见）</h4><textarea id="f"></textarea><button id="b">发 布</button></section>', '跟进记录（买家可见）'],
    ['<section><h4>团队公告</h4><label for="f">回复买家评价</label><textarea id="f"></textarea><button id="b">发 布</button></section>', 'a buyer word in the name wins'],
    [`<div>${thread}<div><h5>跟进记录</h5><label for="f">给买家的说明</label><textarea id="f"></textarea><button id="b">确 定</button></div></div>`, '给买家的说明 under 跟进记录 beside a thread'],
  ] as const;
  for (const [html, what] of JUDGED) {
    it(`judged: ${what}`, () => {
      page(html);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#f')]);
    });
  }
});
