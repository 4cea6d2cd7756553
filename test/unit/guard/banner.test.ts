// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countLabel, createBanner, MAX_LISTED, placeBanner, renderBanner, type BannerActions } from '../../../content/guard/banner';
import type { Finding } from '../../../rules/types';

// The banner never covers the composer and its Send button (`clear`), and leaves most of the chat
// above the composer visible.
const span = (p: ReturnType<typeof placeBanner>) =>
  p.side === 'above' ? { top: p.edge - p.maxHeight, bottom: p.edge } : { top: p.edge, bottom: p.edge + p.maxHeight };

describe('placeBanner', () => {
  const vh = 720;
  it.each([
    ['composer at the bottom (workbench): above, within half the chat', { top: 560, bottom: 700 }, 180, 'above'],
    ['composer at the top (a form): below, where the page leaves room', { top: 8, bottom: 120 }, 260, 'below'],
    ['tall banner, composer in the middle: the larger side, scrolling', { top: 300, bottom: 420 }, 600, 'below'],
    ['composer filling the viewport: the larger strip', { top: 40, bottom: 700 }, 200, 'above'],
  ] as const)('%s', (_name, clear, natural, side) => {
    const place = placeBanner(clear, natural, vh);
    expect(place.side).toBe(side);
    const { top, bottom } = span(place);
    expect(bottom <= clear.top || top >= clear.bottom, `${top}-${bottom} vs ${clear.top}-${clear.bottom}`).toBe(true);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(vh);
    if (side === 'above' && clear.top > 200) expect(place.maxHeight).toBeLessThanOrEqual(Math.max(clear.top / 2, 160));
  });

  it('scrolling above, takes more than its share of the chat for its header, first finding and buttons (`need`), never over the composer', () => {
    const clear = { top: 530, bottom: 720 };
    expect(placeBanner(clear, 400, vh).maxHeight).toBeLessThan(300);
    const place = placeBanner(clear, 400, vh, 300);
    expect(place).toEqual({ side: 'above', edge: 524, maxHeight: 300 });
    // No more than the room above the composer.
    expect(placeBanner(clear, 900, vh, 900).maxHeight).toBe(530 - 6 - 8);
    // 200% zoom: the room above a tall composer is all there is.
    const zoom = placeBanner({ top: 170, bottom: 360 }, 380, 360, 200);
    expect(zoom.side).toBe('above');
    expect(zoom.edge).toBeLessThanOrEqual(170);
  });

  it('fits a short banner whole', () => {
    expect(placeBanner({ top: 560, bottom: 700 }, 150, vh).maxHeight).toBeGreaterThanOrEqual(150);
  });
});

describe('renderBanner', () => {
  const noop = () => undefined;
  const actions: BannerActions = { fix: noop, fixAll: noop, arm: noop, disarm: noop, dismiss: noop, escape: noop };
  const markup = '<img src=x onerror="alert(1)">';
  const finding: Finding = { clause: '2.3', rule: 'custom-deny', severity: 'block', start: 0, end: markup.length, match: markup, message: `提到 ${markup}`, fix: { start: 0, end: markup.length, text: '' } };

  it('with no findings, carries its notice alone under a "ready" title, with no list and no send buttons', () => {
    const section = renderBanner(document, { findings: [], mode: 'typing', notice: '请再发送一次' }, actions);
    expect(section.querySelector('.title')!.textContent).toBe('回复卫士已就绪，未发现问题');
    expect(section.querySelector('.notice')!.textContent).toBe('请再发送一次');
    expect(section.querySelector('ul')).toBeNull();
    expect(section.querySelector('.override, .fix-all, .fix')).toBeNull();
    expect(section.querySelector('.title')!.getAttribute('role')).toBe('status');
  });

  it('round 49, finding 3: a stop keeps the count by severity in its header, and only that header line is the live region', () => {
    const warn: Finding = { ...finding, severity: 'warn', start: 40, end: 42 };
    const findings = [finding, { ...finding, start: 30, end: 32 }, warn];
    const section = renderBanner(document, { findings, mode: 'blocked' }, actions);
    expect(section.getAttribute('role')).toBe('region');
    const alerts = section.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toBe('已拦截发送：请先修改下列违规内容 共 3 处（拦截 2，警告 1）');
    expect(alerts[0]!.querySelector('li')).toBeNull();
    expect(countLabel([finding])).toBe('共 1 处（拦截 1）');
    const typing = renderBanner(document, { findings, mode: 'typing' }, actions);
    expect(typing.querySelector('[role="status"]')!.textContent).toBe('发现可能违规的内容（3 处）');
  });

  it('round 49, finding 4: in an orphaned tab the override says it cannot be recorded until the page is reloaded', () => {
    const armed = renderBanner(document, { findings: [finding], mode: 'armed', stale: true }, actions);
    expect(armed.querySelector('.title')!.textContent).toContain('已允许发送这一条（刷新本页前无法记录）');
    expect(armed.textContent).not.toContain('会记录');
    expect(armed.textContent).not.toContain('(logged)');
    const blocked = renderBanner(document, { findings: [finding], mode: 'blocked', stale: true }, actions);
    expect(blocked.querySelector('.override')!.getAttribute('title')).toContain('刷新本页前无法记录');
    const fresh = renderBanner(document, { findings: [finding], mode: 'armed' }, actions);
    expect(fresh.querySelector('.title')!.textContent).toContain('（会记录）');
  });

  it('shows page and draft text as text only, with the clause, the penalty and the buttons of the mode', () => {
    const section = renderBanner(document, { findings: [finding], mode: 'blocked' }, actions);
    expect(section.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
    expect(section.querySelector('.match')!.textContent).toBe(markup);
    expect(section.querySelector('.clause')!.textContent).toBe('规则 2.3');
    expect(section.querySelector('.penalty')!.textContent).toMatch(/^后果：/);
    expect(section.getAttribute('data-mode')).toBe('blocked');
    expect([...section.querySelectorAll('button')].map((b) => b.className)).toEqual(['close', 'fix', 'override']);
  });

  it('round 44, finding 5: quotes draft words in a <bdi> (a bidi override in them stays inside the quote), unchanged, the ellipsis outside', () => {
    const match = '微信号\u202E654321xw';
    const bidi: Finding = { ...finding, match, start: 3, end: 3 + match.length, fix: { start: 3, end: 3 + match.length, text: '' } };
    const long: Finding = { ...finding, match: `\u202E${'很'.repeat(50)}`, start: 20, end: 71, fix: { start: 20, end: 71, text: `\u202E${'长'.repeat(20)}` } };
    const section = renderBanner(document, { findings: [bidi, long], mode: 'blocked' }, actions);
    const [first, second] = [...section.querySelectorAll('li')];
    expect(first!.querySelector('.match > bdi')!.textContent).toBe(match);
    expect(first!.querySelector('.match')!.textContent).toBe(match);
    expect(first!.querySelector('button.fix > bdi')!.textContent).toBe(match);
    expect(first!.querySelector('button.fix')!.textContent).toBe(`删除「${match}」`);
    expect(second!.querySelector('.match')!.textContent).toBe(`\u202E${'很'.repeat(39)}…`);
    expect(second!.querySelector('.match > bdi')!.textContent).toBe(`\u202E${'很'.repeat(39)}`);
    expect(second!.querySelector('button.fix')!.textContent).toBe(`改为「\u202E${'长'.repeat(13)}…」`);
    expect(second!.querySelector('button.fix > bdi')!.textContent).toBe(`\u202E${'长'.repeat(13)}`);
  });

  it('calls the action of a clicked button and Esc', () => {
    const calls: string[] = [];
    const spy: BannerActions = { ...actions, fix: (f) => calls.push(`fix ${f.rule}`), arm: () => calls.push('arm'), escape: () => calls.push('esc') };
    const section = renderBanner(document, { findings: [finding], mode: 'blocked' }, spy);
    section.querySelector<HTMLButtonElement>('button.fix')!.click();
    section.querySelector<HTMLButtonElement>('button.override')!.click();
    section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls).toEqual(['fix custom-deny', 'arm', 'esc']);
  });

  it('lists at most MAX_LISTED findings, blocks first, and says how many more there are', () => {
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      ...finding,
      start: i * 10,
      end: i * 10 + 2,
      match: `m${i}`,
      severity: i % 1000 === 999 ? 'block' : 'warn',
    }));
    const section = renderBanner(document, { findings: many, mode: 'typing' }, actions);
    const items = [...section.querySelectorAll('li.finding')];
    expect(items).toHaveLength(MAX_LISTED);
    // The five blocks (positions 999, 1999, …) come first, in draft order, then the warnings from the start.
    expect(items.slice(0, 6).map((li) => li.querySelector('.match')!.textContent)).toEqual(['m999', 'm1999', 'm2999', 'm3999', 'm4999', 'm0']);
    expect(section.querySelector('.more')!.textContent).toContain(`另有 ${5000 - MAX_LISTED} 处未列出（共 5000 处）`);
    expect(section.querySelector('.title')!.textContent).toContain('5000 处');
  });

  it('lists a block before the warnings that came before it in the draft, however few the findings', () => {
    const warn: Finding = { ...finding, rule: 'likely-off-platform', severity: 'warn', match: '打我电话', start: 0, end: 4, fix: undefined };
    const info: Finding = { ...finding, clause: '2.1', rule: 'no-chinese', severity: 'info', match: 'hi', start: 1, end: 2, fix: undefined };
    const block: Finding = { ...finding, match: '13812345678', start: 5, end: 16 };
    const section = renderBanner(document, { findings: [info, warn, block], mode: 'blocked' }, actions);
    expect([...section.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-severity'))).toEqual(['block', 'warn', 'info']);
    // Keyboard: the first fix button is the block's.
    expect(section.querySelector('button.fix')!.closest('li')!.getAttribute('data-severity')).toBe('block');
  });

  it("shows a clause's penalty and English title once, under its first finding", () => {
    const three = [finding, { ...finding, start: 40, end: 41, match: 'b' }, { ...finding, clause: '2.8' as const, start: 50, end: 51, match: 'c' }];
    const section = renderBanner(document, { findings: three, mode: 'blocked' }, actions);
    const items = [...section.querySelectorAll('li.finding')];
    expect(items.map((li) => !!li.querySelector('.en'))).toEqual([true, false, true]);
    expect(items.map((li) => !!li.querySelector('.penalty'))).toEqual([true, false, true]);
  });

  it('keeps the hint and the buttons outside the scrolling list, with a hidden "more below" line between', () => {
    const section = renderBanner(document, { findings: [finding, { ...finding, start: 40, end: 41 }], mode: 'blocked' }, actions);
    const list = section.querySelector('ul.list')!;
    expect(list.querySelector('.hint, footer, .override, .fix-all')).toBeNull();
    expect(list.nextElementSibling!.classList.contains('more-below')).toBe(true);
    expect((list.nextElementSibling as HTMLElement).hidden).toBe(true);
    const actionsBox = section.querySelector('.actions')!;
    expect(actionsBox.querySelector('.hint')!.textContent).toContain('Tab 键进入本提示');
    expect([...actionsBox.querySelectorAll('footer button')].map((b) => b.textContent)).toEqual(['全部修正', '仍要发送…']);
  });

  it('lists every finding when there are few, with no "more" line', () => {
    const section = renderBanner(document, { findings: [finding, { ...finding, start: 40, end: 41 }], mode: 'typing' }, actions);
    expect(section.querySelectorAll('li.finding')).toHaveLength(2);
    expect(section.querySelector('.more')).toBeNull();
  });
});

// Issue 4 (paint while typing): typing before a finding moves its offsets, not what the banner shows.
// The banner is not redrawn for that (a redraw is a relayout and repaint of it on every key), and its
// fix button then fixes the finding where it is now.
describe('createBanner: redraws only what the agent sees', () => {
  const at = (start: number, match = '禁词甲'): Finding => ({
    clause: '2.3',
    rule: 'custom-deny',
    severity: 'block',
    start,
    end: start + match.length,
    match,
    message: `提到「${match}」`,
    fix: { start, end: start + match.length, text: '' },
  });

  it('keeps the drawn banner when only the offsets moved; redraws when the text, the mode or the list changed', () => {
    const fixed: Finding[] = [];
    const ctl = new AbortController();
    const banner = createBanner(document, { fix: (f) => fixed.push(f), fixAll() {}, arm() {}, disarm() {}, dismiss() {}, escape() {} }, ctl.signal);
    const root = banner.host.shadowRoot!;
    banner.update({ findings: [at(5), at(20)], mode: 'typing' });
    const drawn = root.querySelector('.rg');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((rs) => records.push(...rs));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 1; i <= 20; i++) banner.update({ findings: [at(5 + i), at(20 + i)], mode: 'typing' });
    records.push(...observer.takeRecords());
    expect(records).toHaveLength(0);
    expect(root.querySelector('.rg')).toBe(drawn);
    // The fix applies where the finding is now.
    root.querySelectorAll<HTMLButtonElement>('button.fix')[1]!.click();
    expect(fixed.map((f) => f.start)).toEqual([40]);

    banner.update({ findings: [at(25), at(40, '禁词乙')], mode: 'typing' });
    expect(root.querySelector('.rg')).not.toBe(drawn);
    const second = root.querySelector('.rg');
    // While typing compact and click-through but for its buttons (banner.css); a held send is the full banner.
    expect(root.querySelector('.panel')!.classList.contains('compact')).toBe(true);
    banner.update({ findings: [at(25), at(40, '禁词乙')], mode: 'blocked' });
    expect(root.querySelector('.rg')).not.toBe(second);
    expect(root.querySelector('.rg')!.getAttribute('data-mode')).toBe('blocked');
    expect(root.querySelector('.panel')!.classList.contains('compact')).toBe(false);
    const third = root.querySelector('.rg');
    banner.update({ findings: [at(25), at(40, '禁词乙'), at(60)], mode: 'blocked' });
    expect(root.querySelector('.rg')).not.toBe(third);
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
    banner.update({ findings: [at(25), at(40, '禁词乙'), at(60)], mode: 'blocked', notice: '无法自动修改' });
    expect(root.querySelector('.notice')?.textContent).toBe('无法自动修改');

    banner.update(null);
    expect(banner.visible).toBe(false);
    banner.update({ findings: [at(25), at(40, '禁词乙'), at(60)], mode: 'blocked', notice: '无法自动修改' });
    expect(banner.visible).toBe(true);
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
    ctl.abort();
  });
});

describe('createBanner: collapsed by Esc (round 30, M2)', () => {
  const block: Finding = { clause: '2.3', rule: 'custom-deny', severity: 'block', start: 0, end: 3, match: '禁词甲', message: '提到「禁词甲」', fix: { start: 0, end: 3, text: '' } };
  const warn: Finding = { ...block, clause: '2.7', severity: 'warn', start: 4, end: 7, match: '提醒词' };

  it('one line with the state and the clauses, 展开 brings the whole banner back; Esc in it collapses and returns to the composer', () => {
    const ctl = new AbortController();
    const escaped: number[] = [];
    const banner = createBanner(document, { fix() {}, fixAll() {}, arm() {}, disarm() {}, dismiss() {}, escape: () => escaped.push(1) }, ctl.signal);
    const root = banner.host.shadowRoot!;
    banner.update({ findings: [block, warn], mode: 'blocked' });
    expect(root.querySelector('.rg')!.getAttribute('data-collapsed')).toBe('false');
    banner.collapse();
    expect(banner.collapsed).toBe(true);
    const line = root.querySelector('.rg')!;
    expect(line.getAttribute('data-collapsed')).toBe('true');
    expect(line.textContent).toContain('已拦截发送');
    expect(line.textContent).toContain('2.3、2.7');
    expect(root.querySelector('button.override'), 'no decision in the collapsed line').toBeNull();
    // Typing on: it stays collapsed with the new findings.
    banner.update({ findings: [block], mode: 'typing' });
    expect(banner.collapsed).toBe(true);
    root.querySelector<HTMLButtonElement>('button.expand')!.click();
    expect(banner.collapsed).toBe(false);
    expect(root.querySelector('.rg')!.getAttribute('data-collapsed')).toBe('false');
    // Esc inside the banner: collapsed, and the guard takes the agent back to the composer.
    root.querySelector('.rg')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(banner.collapsed).toBe(true);
    expect(escaped).toHaveLength(1);
    ctl.abort();
  });

  it('comes back whole after nothing to show, for another composer, and on focus (Tab after a stop)', () => {
    const ctl = new AbortController();
    const noop = () => undefined;
    const banner = createBanner(document, { fix: noop, fixAll: noop, arm: noop, disarm: noop, dismiss: noop, escape: noop }, ctl.signal);
    const a = document.body.appendChild(document.createElement('textarea'));
    const b = document.body.appendChild(document.createElement('textarea'));
    banner.anchor(a);
    banner.update({ findings: [block], mode: 'blocked' });
    banner.collapse();
    banner.update(null);
    banner.update({ findings: [block], mode: 'blocked' });
    expect(banner.collapsed).toBe(false);
    banner.collapse();
    banner.anchor(b);
    expect(banner.collapsed).toBe(false);
    banner.collapse();
    banner.focus();
    expect(banner.collapsed).toBe(false);
    ctl.abort();
  });
});
