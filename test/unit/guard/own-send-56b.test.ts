// @vitest-environment happy-dom
// Round 56 (guard56b, rt56g F1–F4): on a platform-only form, what a control shows as not chosen is no buyer sign — a tab not selected,
// a select's option list kept in the form, an empty select's placeholder, a switch that is off (the label beside it, el-switch's
// inactive side) — while what is chosen still is (a selected tab, a shown value, a switch that is on and its chosen side only).
import { describe, expect, it } from 'vitest';
import { platformOnlyReportOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const form = (control: string) =>
  `<section><h5>提交工单给平台</h5><div class="row"><label>处理方式</label><div class="content">${control}</div></div><label for="f">问题描述</label><textarea id="f" placeholder="请描述问题（仅平台可见）"></textarea><button type="button" id="ok">提 交</button></section>`;

const elTabs = (selected: 0 | 1) =>
  `<div class="el-tabs" role="tablist">${['仅平台处理', '回复买家'].map((t, i) => `<div class="el-tabs__item${i === selected ? ' is-active' : ''}" role="tab" aria-selected="${i === selected}">${t}</div>`).join('')}</div>`;
const antTabs = (selected: 0 | 1) =>
  `<div class="ant-tabs-nav" role="tablist">${['仅平台处理', '回复买家'].map((t, i) => `<div class="ant-tabs-tab${i === selected ? ' ant-tabs-tab-active' : ''}"><div role="tab" aria-selected="${i === selected}" class="ant-tabs-tab-btn">${t}</div></div>`).join('')}</div>`;
const elSelectWithList = (shown: string) =>
  `<div class="el-select"><div class="el-input"><input readonly class="el-input__inner" value="${shown}"></div><div class="el-select-dropdown" style="display:none"><ul><li class="el-select-dropdown__item">仅平台处理</li><li class="el-select-dropdown__item">回复买家</li></ul></div></div>`;
const antSelectWithList = (shown: string) =>
  `<div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-item" title="${shown}">${shown}</span></div><div class="ant-select-dropdown ant-select-dropdown-hidden"><div role="listbox"><div role="option" aria-selected="false">回复买家</div></div><div class="ant-select-item ant-select-item-option">回复买家</div></div></div>`;
const antPlaceholder = '<div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-placeholder">是否回复买家（选填）</span></div></div>';
const elPlusPlaceholder = '<div class="el-select"><div class="el-select__wrapper"><div class="el-select__selected-item el-select__placeholder is-transparent"><span>是否回复买家（选填）</span></div></div></div>';
const naivePlaceholder = '<div class="n-base-selection"><div class="n-base-selection-label"><div class="n-base-selection-placeholder">是否回复买家（选填）</div></div></div>';
const elSwitchBeside = (on: boolean) =>
  `<span>同步回复买家</span> <div class="el-switch${on ? ' is-checked' : ''}" role="switch" aria-checked="${on}"><input type="checkbox" class="el-switch__input"${on ? ' checked' : ''}><span class="el-switch__core"></span></div>`;
const antSwitchBeside = (on: boolean) => `<span>同时回复买家</span> <button type="button" role="switch" aria-checked="${on}" class="ant-switch${on ? ' ant-switch-checked' : ''}"></button>`;
const elSwitchOwn = (on: boolean, active = '同时回复买家', inactive = '仅平台处理') =>
  `<div class="el-switch${on ? ' is-checked' : ''}" role="switch" aria-checked="${on}"><input type="checkbox" class="el-switch__input"${on ? ' checked' : ''}><span class="el-switch__label el-switch__label--left${on ? '' : ' is-active'}"><span>${inactive}</span></span><span class="el-switch__core"></span><span class="el-switch__label el-switch__label--right${on ? ' is-active' : ''}"><span>${active}</span></span></div>`;
const antd5Switch = (on: boolean) =>
  `<button type="button" role="switch" aria-checked="${on}" class="ant-switch${on ? ' ant-switch-checked' : ''}"><span class="ant-switch-inner"><span class="ant-switch-inner-checked">回复买家</span><span class="ant-switch-inner-unchecked">仅平台</span></span></button>`;

describe('round 56b (rt56g F1–F4): what is not chosen is no buyer sign on a platform form', () => {
  const PLATFORM = [
    [elTabs(0), 'F1 el-tabs: 回复买家 not selected'],
    [antTabs(0), 'F1 antd tabs: 回复买家 not selected'],
    [elSelectWithList('仅平台处理'), 'F2 el-select showing 仅平台处理, its list in the form'],
    [antSelectWithList('仅平台处理'), 'F2 antd select showing 仅平台处理, its hidden list in the form'],
    [elSwitchBeside(false), 'F3 el-switch off beside 同步回复买家'],
    [antSwitchBeside(false), 'F3 antd Switch off beside 同时回复买家'],
    [elSwitchOwn(false), 'F3 el-switch off, own active-text 同时回复买家'],
    [antd5Switch(false), 'antd 5 Switch off, checkedChildren 回复买家'],
    [elSwitchOwn(true, '仅平台处理', '同时回复买家'), 'el-switch on at 仅平台处理, its inactive side 同时回复买家'],
    [antPlaceholder, 'F4 antd select placeholder 是否回复买家（选填）'],
    [elPlusPlaceholder, 'F4 element-plus placeholder'],
    [naivePlaceholder, 'F4 naive placeholder'],
    ['<label><input type="checkbox"> 抄送买家</label>', 'checkbox 抄送买家 unchecked'],
  ] as const;
  for (const [control, what] of PLATFORM) {
    it(`platform only: ${what}`, () => {
      page(form(control));
      expect(platformOnlyReportOf($('#ok'))?.evidence).toContain($('#f')); // (an el-select's readonly input is a field too)
    });
  }
  const BUYER = [
    [elTabs(1), 'el-tabs: 回复买家 selected'],
    [antTabs(1), 'antd tabs: 回复买家 selected'],
    [elSelectWithList('回复买家'), 'el-select showing 回复买家, its list in the form'],
    [antSelectWithList('同时回复买家'), 'antd select showing 同时回复买家'],
    [elSwitchBeside(true), 'el-switch on beside 同步回复买家'],
    [antSwitchBeside(true), 'antd Switch on beside 同时回复买家'],
    [elSwitchOwn(true), 'el-switch on, its own active side 同时回复买家 (the inactive 仅平台处理 is not read)'],
    [antd5Switch(true), 'antd 5 Switch on, checkedChildren 回复买家 (its unchecked 仅平台 is not read)'],
    ['<label><input type="checkbox" checked> 抄送买家</label>', 'checkbox 抄送买家 checked'],
    ['<p>提交后将同步回复给买家</p>', 'a note saying the buyer gets it'],
    [
      '<div role="radiogroup"><div role="radio" aria-checked="false" class="opt">仅平台处理</div><div role="radio" aria-checked="true" class="opt on">回复买家</div></div>',
      'aria radio 回复买家 checked in a group beside 仅平台处理 (named by its own words)',
    ],
  ] as const;
  for (const [control, what] of BUYER) {
    it(`buyer sign: ${what}`, () => {
      page(form(control));
      expect(platformOnlyReportOf($('#ok'))).toBeNull();
    });
  }
  it('a note beside a switch that is on stays a note; beside one that is off, only the switch’s own words go', () => {
    page(form(`<span>提交后将同步回复给买家</span> ${antSwitchBeside(false).replace('<span>同时回复买家</span>', '')}`));
    expect(platformOnlyReportOf($('#ok')), 'the off switch names itself by the words beside it').not.toBeNull();
    page(form(`<p>提交后将同步回复给买家</p><div>${antSwitchBeside(false)}</div>`));
    expect(platformOnlyReportOf($('#ok')), 'a note of its own paragraph still counts').toBeNull();
  });
});
