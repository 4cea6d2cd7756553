// The notice of a page that outlived its extension (round 51, timers F3): updated, reloaded or turned off, and not
// given a new copy of the content script (background/revive.ts could not inject one: no permission for the site,
// or the extension is off). Nothing on the page is timed or recorded any more, so the agent is told at once and
// visibly, not only at a stopped send (the guard's stale banner). Non-blocking: a small box at the top that the
// agent may close; it never takes the focus from the composer. Text only (textContent), never page text.
import { createShadowHost } from './shadow-host';

export const UPDATE_NOTICE_PART = 'update-notice';
export const UPDATE_NOTICE_ZH = '回复卫士已更新或重新加载，本页已停止计时：请刷新本页以继续计时（未发送的草稿请先复制）。';
export const UPDATE_NOTICE_EN = 'ReplyGuard was updated or reloaded and stopped timing replies on this page: reload it to continue (copy an unsent draft first).';

const CSS = `
.box { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647; max-width: min(560px, calc(100vw - 24px));
  display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 8px; border: 1px solid #b45309;
  background: #fffbeb; color: #78350f; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.en { display: block; font-size: 12px; color: #92400e; }
button { flex: none; font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 6px; border: 1px solid #b45309; background: #fff; color: #78350f; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

/** Shows the notice in `doc` until `signal` aborts (a new copy took over) or the agent closes it. */
export function showUpdateNotice(doc: Document, signal: AbortSignal): HTMLElement | null {
  if (signal.aborted) return null;
  const { host, root } = createShadowHost(doc, 'replyguard-update-notice', UPDATE_NOTICE_PART, CSS);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('span');
  text.textContent = UPDATE_NOTICE_ZH;
  const en = doc.createElement('span');
  en.className = 'en';
  en.textContent = UPDATE_NOTICE_EN;
  text.append(en);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '知道了 / OK';
  close.addEventListener('click', () => host.remove());
  box.append(text, close);
  root.append(box);
  (doc.body ?? doc.documentElement).append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}
