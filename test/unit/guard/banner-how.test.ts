// @vitest-environment happy-dom
// Round 50 (findings 10, 12): the banner's instructions name how this page sends, and a stop may take the free chat above.
import { describe, expect, it } from 'vitest';
import { placeBanner, sendWords } from '../../../content/guard/banner';
import { controlLabel, keyChord } from '../../../content/guard/enter-mode';

describe('sendWords', () => {
  it('names the key and the control as the page has them', () => {
    expect(sendWords()).toBe('按 Enter 或点「发送」');
    expect(sendWords({ key: 'Ctrl+Enter', control: '发送' })).toBe('按 Ctrl+Enter 或点「发送」');
    expect(sendWords({ key: 'Enter', control: '' })).toBe('按 Enter 或点发送按钮');
    expect(sendWords({ key: null, control: '提交' })).toBe('点「提交」');
    expect(sendWords({ key: null, control: null })).toBe('点发送按钮');
    expect(sendWords({ key: 'Ctrl+Enter', control: null })).toBe('按 Ctrl+Enter');
  });
});

describe('keyChord and controlLabel', () => {
  it('reads the chord of the key that sent', () => {
    expect(keyChord(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe('Enter');
    expect(keyChord(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe('Ctrl+Enter');
    expect(keyChord(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+S');
    expect(keyChord(new MouseEvent('click'))).toBeNull();
  });
  it('quotes a control by its own words, none for an icon', () => {
    const b = document.createElement('button');
    b.textContent = '发 送';
    expect(controlLabel(b)).toBe('发送');
    b.textContent = '➤';
    b.setAttribute('aria-label', '发送');
    expect(controlLabel(b)).toBe('');
    expect(controlLabel(null)).toBeNull();
  });
});

describe('placeBanner for a stop', () => {
  it('takes the free room above rather than scrolling', () => {
    const clear = { top: 600, bottom: 800 };
    expect(placeBanner(clear, 400, 800, 200).maxHeight).toBeLessThan(400);
    const stop = placeBanner(clear, 400, 800, 200, true);
    expect(stop.side).toBe('above');
    expect(stop.maxHeight).toBeGreaterThanOrEqual(400);
  });
});
