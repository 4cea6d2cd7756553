// @vitest-environment happy-dom
// Round 61 (ux61): undoing an import after the settings were changed again asked with window.confirm (a blocking native
// box with the browser's buttons, English in an English browser). It asks in the page now, with the dialog the purge and
// the kept-text deletion use: nothing is undone until the agent confirms; Esc and 「取消」 leave the settings as they are.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';

const before = structuredClone(DEFAULT_SETTINGS);
const after: Settings = { ...structuredClone(DEFAULT_SETTINGS), retentionDays: 30 };
const saved = vi.fn(async (_undo: unknown) => {});
vi.mock('@/components/options/data', async (original) => ({
  ...(await original<typeof import('@/components/options/data')>()),
  loadImportUndo: async () => ({ before, after, mode: 'replace', at: Date.UTC(2026, 11, 6, 2) }),
  saveImportUndo: (undo: unknown) => saved(undo),
  keptTexts: async () => 0,
}));
vi.mock('@/utils/site-scripts', () => ({ syncSiteScripts: async () => {} }));
const { DataSection } = await import('@/components/options/DataSection');

let root: HTMLElement;
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 50 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
};
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const dialog = () => q('settings-undo-ask') as HTMLDialogElement | null;
let update: ReturnType<typeof vi.fn>;

/** The options page with `current` as the settings now (the import applied `after`). */
async function open(current: Settings) {
  update = vi.fn(async () => {});
  render(<DataSection settings={current} update={update as never} />, root);
  await settle(() => q('settings-undo') !== null);
}

beforeEach(() => {
  saved.mockClear();
  root = document.createElement('div');
  document.body.append(root);
  // (happy-dom has no window.confirm: a stand-in that says yes, as an agent clicking OK would.)
  vi.stubGlobal('confirm', vi.fn(() => true));
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('options 61: undoing a changed import asks in the page', () => {
  it('settings changed since the import: 撤销 opens the in-page dialog (no window.confirm); confirming undoes', async () => {
    await open({ ...structuredClone(after), retentionDays: 45 });
    q('settings-undo')!.click();
    await settle(() => dialog()?.open === true);
    expect(window.confirm).not.toHaveBeenCalled();
    expect(dialog()!.open).toBe(true);
    expect(dialog()!.textContent).toContain('导入之后设置又改过，撤销会把那些改动也一起撤回');
    expect(update).not.toHaveBeenCalled();
    q('settings-undo-confirm')!.click();
    await settle(() => q('settings-result')?.textContent === '已撤销：设置恢复为导入前的样子。');
    expect(update).toHaveBeenCalledTimes(1);
    expect(saved).toHaveBeenLastCalledWith(null);
    expect(dialog()!.open).toBe(false);
  });

  it('取消 and Esc (the dialog\'s cancel event) undo nothing; the undo is still offered', async () => {
    await open({ ...structuredClone(after), retentionDays: 45 });
    q('settings-undo')!.click();
    await settle(() => dialog()?.open === true);
    q('settings-undo-cancel')!.click();
    await settle(() => !dialog()!.open);
    expect(dialog()!.open).toBe(false);

    q('settings-undo')!.click();
    await settle(() => dialog()!.open);
    const esc = new Event('cancel', { cancelable: true });
    dialog()!.dispatchEvent(esc);
    await settle(() => !dialog()!.open);
    expect(esc.defaultPrevented).toBe(true);
    expect(update).not.toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();
    expect(q('settings-undo')).not.toBeNull();
    expect(window.confirm).not.toHaveBeenCalled();
  });

  it('settings as the import left them: undone at once, nothing asked', async () => {
    await open(structuredClone(after));
    q('settings-undo')!.click();
    await settle(() => q('settings-result')?.textContent === '已撤销：设置恢复为导入前的样子。');
    expect(update).toHaveBeenCalledTimes(1);
    expect(dialog()!.open).toBe(false);
    expect(window.confirm).not.toHaveBeenCalled();
  });
});
