// @vitest-environment happy-dom
// Round 60 (ux60): 「立即清理过期数据」 asked with window.confirm, a blocking native box (the browser's own buttons,
// English in an English browser, out of reach of a keyboard flow or a test). It asks in the page now, with the
// dialog the kept-text deletion uses: nothing is deleted until the agent confirms; Esc and 「取消」 delete nothing.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const purge = vi.fn(async () => 7);
vi.mock('@/components/options/data', async (original) => ({
  ...(await original<typeof import('@/components/options/data')>()),
  purge: (...args: unknown[]) => purge(...(args as [])),
  loadImportUndo: async () => null,
  keptTexts: async () => 0,
}));
const { DataSection } = await import('@/components/options/DataSection');

let root: HTMLElement;
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 50 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
};
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

beforeEach(() => {
  purge.mockClear();
  root = document.createElement('div');
  document.body.append(root);
  render(<DataSection settings={structuredClone(DEFAULT_SETTINGS)} update={async () => {}} />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('options 60: the purge asks in the page', () => {
  it('clicking 立即清理过期数据 opens the in-page dialog (no window.confirm); 删除过期记录 purges and says how many', async () => {
    // (happy-dom has no window.confirm: a stand-in that says yes, as an agent clicking OK would.)
    const native = vi.fn(() => true);
    vi.stubGlobal('confirm', native);
    q('purge')!.click();
    await settle(() => (q('purge-ask') as HTMLDialogElement | null)?.open === true);
    expect(native).not.toHaveBeenCalled();
    const dialog = q('purge-ask') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain(`将删除 ${DEFAULT_SETTINGS.retentionDays} 天以前的全部记录`);
    expect(purge).not.toHaveBeenCalled();
    q('purge-confirm')!.click();
    await settle(() => q('purge-result') !== null);
    expect(purge).toHaveBeenCalledTimes(1);
    expect(purge.mock.calls[0]).toEqual([expect.any(Number), DEFAULT_SETTINGS.retentionDays]);
    expect(q('purge-result')!.textContent).toBe('已删除 7 条记录');
    expect(dialog.open).toBe(false);
  });

  it('取消 and Esc (the dialog\'s cancel event) delete nothing and close it', async () => {
    vi.stubGlobal('confirm', vi.fn(() => true));
    q('purge')!.click();
    await settle(() => (q('purge-ask') as HTMLDialogElement | null)?.open === true);
    q('purge-cancel')!.click();
    await settle(() => !(q('purge-ask') as HTMLDialogElement).open);
    expect((q('purge-ask') as HTMLDialogElement).open).toBe(false);

    q('purge')!.click();
    await settle(() => (q('purge-ask') as HTMLDialogElement).open);
    const esc = new Event('cancel', { cancelable: true });
    q('purge-ask')!.dispatchEvent(esc);
    await settle(() => !(q('purge-ask') as HTMLDialogElement).open);
    expect(esc.defaultPrevented).toBe(true);
    expect((q('purge-ask') as HTMLDialogElement).open).toBe(false);
    expect(purge).not.toHaveBeenCalled();
    expect(q('purge-result')).toBeNull();
  });

  it('a purge that fails says so in Chinese (an alert), nothing claimed deleted', async () => {
    purge.mockRejectedValueOnce(new Error('QuotaExceededError'));
    q('purge')!.click();
    await settle(() => (q('purge-ask') as HTMLDialogElement | null)?.open === true);
    q('purge-confirm')!.click();
    await settle(() => q('purge-result') !== null);
    expect(q('purge-result')!.getAttribute('role')).toBe('alert');
    expect(q('purge-result')!.textContent).toMatch(/^清理失败：Error: QuotaExceededError。没有删除任何记录/);
  });
});
