// Round 56's guard red team (rt56g), fixed by guard56b: on a 工单给平台 form (its text goes to the platform unless something on it shows
// a buyer reads it) what a control shows as NOT chosen was read as a buyer sign, so 提 交 was stopped: F1 an unselected 回复买家 tab
// (element-ui, antd), F2 a select's closed option list kept in the form (el-select popper-append-to-body=false, antd
// getPopupContainer), F3 a switch that is off (a label beside it; el-switch's own inactive side), F4 an empty select's placeholder
// 「是否回复买家（选填）」. What is chosen still counts: a selected tab, an on switch's chosen side, a select's shown value.
import { expect } from './fixtures';
import type { Page } from '@playwright/test';
import { redTeamDoc, expectAttached, WORKBENCH_ORIGIN, RED_TEAM_BAD as BAD, RT_SCRIPT_END as E, recordedBy, typeIntoField, workbenchPagesTest, expectFieldStopped as stopped } from './guard-support';

const elTabs = (selected: 0 | 1) =>
  `<div class="el-tabs" role="tablist">${['仅平台处理', '回复买家'].map((t, i) => `<div class="el-tabs__item${i === selected ? ' is-active' : ''}" role="tab" aria-selected="${i === selected}">${t}</div>`).join('')}</div>`;
const antTabs = `<div class="ant-tabs"><div class="ant-tabs-nav" role="tablist"><div class="ant-tabs-tab ant-tabs-tab-active"><div role="tab" aria-selected="true" class="ant-tabs-tab-btn">仅平台处理</div></div><div class="ant-tabs-tab"><div role="tab" aria-selected="false" class="ant-tabs-tab-btn">回复买家</div></div></div></div>`;
const elInlineSelect = (shown: string) =>
  `<div class="el-select"><div class="el-input"><input type="text" readonly class="el-input__inner" value="${shown}"></div><div class="el-select-dropdown el-popper" style="display:none"><ul class="el-select-dropdown__list"><li class="el-select-dropdown__item">仅平台处理</li><li class="el-select-dropdown__item">回复买家</li></ul></div></div>`;
const antInlineSelect = `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-item" title="仅平台处理">仅平台处理</span></div><div class="ant-select-dropdown ant-select-dropdown-hidden"><div role="listbox"><div role="option" aria-selected="true">仅平台处理</div><div role="option" aria-selected="false">回复买家</div></div><div class="ant-select-item ant-select-item-option">回复买家</div></div></div>`;
const elSwitchBeside = (on: boolean) =>
  `<span>同步回复买家</span> <div class="el-switch${on ? ' is-checked' : ''}" role="switch" aria-checked="${on}"><input type="checkbox" class="el-switch__input"${on ? ' checked' : ''}><span class="el-switch__core"></span></div>`;
const antSwitchBeside = `<span>同时回复买家</span> <button type="button" role="switch" aria-checked="false" class="ant-switch"><div class="ant-switch-handle"></div></button>`;
const elSwitchOwnLabels = (on: boolean) =>
  `<div class="el-switch${on ? ' is-checked' : ''}" role="switch" aria-checked="${on}"><input type="checkbox" class="el-switch__input"${on ? ' checked' : ''}><span class="el-switch__label el-switch__label--left${on ? '' : ' is-active'}"><span>仅平台处理</span></span><span class="el-switch__core"></span><span class="el-switch__label el-switch__label--right${on ? ' is-active' : ''}"><span>同时回复买家</span></span></div>`;
const antPlaceholder = `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input class="ant-select-selection-search-input" role="combobox" readonly value=""></span><span class="ant-select-selection-placeholder">是否回复买家（选填）</span></div></div>`;

/** Each form: a 工单给平台 ticket whose 处理方式 row holds one control; its 提 交 records `k:text`. */
const FORMS: ReadonlyArray<readonly [string, string, string]> = [
  ['t1', elTabs(0), 'F1 el-tabs: 回复买家 not selected'],
  ['t2', antTabs, 'F1 antd tabs: 回复买家 not selected'],
  ['d1', elInlineSelect('仅平台处理'), 'F2 el-select showing 仅平台处理, its list (回复买家) in the form'],
  ['d2', antInlineSelect, 'F2 antd select showing 仅平台处理, its hidden list in the form'],
  ['s1', elSwitchBeside(false), 'F3 el-switch off beside 同步回复买家'],
  ['s2', antSwitchBeside, 'F3 antd Switch off beside 同时回复买家'],
  ['s3', elSwitchOwnLabels(false), 'F3 el-switch off, its own 同时回复买家 side not active'],
  ['p1', antPlaceholder, 'F4 antd select empty, placeholder 是否回复买家（选填）'],
  // Still buyer signs: what is chosen.
  ['y1', elTabs(1), 'el-tabs: 回复买家 selected'],
  ['y2', elInlineSelect('回复买家'), 'el-select showing 回复买家, its list in the form'],
  ['y3', elSwitchBeside(true), 'el-switch on beside 同步回复买家'],
  ['y4', elSwitchOwnLabels(true), 'el-switch on, its own 同时回复买家 side active'],
];
const form = ([k, control]: readonly [string, string, string]) =>
  `<section class="box"><h5>提交工单给平台</h5><div class="row"><label>处理方式</label>${control}</div><label for="f${k}">问题描述</label><textarea id="f${k}" rows="1" placeholder="请描述问题（仅平台可见）"></textarea><button type="button" id="b${k}">提 交</button></section>`;
const page = redTeamDoc(
  'platform tickets: what is not chosen',
  `<style>.box{border:1px solid #ddd;margin:2px;padding:2px;width:620px}textarea{width:560px;display:block}</style>
${FORMS.map(form).join('\n')}
<script>
for (const b of document.querySelectorAll('section button')) b.addEventListener('click', function () { var k = b.id.slice(1); var el = document.getElementById('f' + k); var v = el.value.trim(); if (v) window.__sent.push(k + ':' + v); el.value = ''; });
${E}`,
);

const test = workbenchPagesTest({ '/rt56b/tickets': page });

/**
 * openWorkbenchPage with a 40 s attach wait: written at load 40–86 on 2 cores, where the guard attached 0.2–0.5 s after the usual 10 s
 * (rt56g waited 40 s too). What this spec tests is the reading of a form once attached, not how fast the guard attaches.
 */
async function openTickets(pg: Page, field: string): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt56b/tickets`);
  await pg.locator(field).click();
  await expectAttached(pg, 40_000);
}

test('rt56g F1–F4: a tab not selected, a select’s list or placeholder, a switch that is off are no buyer sign: 提 交 goes', async ({ pg }) => {
  await openTickets(pg, '#ft1');
  for (const [k, , what] of FORMS.filter(([k]) => !k.startsWith('y'))) {
    await typeIntoField(pg, `#f${k}`, BAD);
    expect.soft(await recordedBy(pg, () => pg.locator(`#b${k}`).click()), `${what}: the ticket goes to the platform`).toEqual([`${k}:${BAD}`]);
  }
});

test('rt56g: what is chosen stays a buyer sign (a selected tab, a select’s shown value, a switch that is on, its chosen side)', async ({ pg }) => {
  await openTickets(pg, '#fy1');
  for (const [k, , what] of FORMS.filter(([k]) => k.startsWith('y'))) {
    await typeIntoField(pg, `#f${k}`, BAD);
    await stopped(pg, `#f${k}`, () => pg.locator(`#b${k}`).click(), what);
    await pg.locator(`#f${k}`).fill('');
  }
});
