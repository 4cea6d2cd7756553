// What a send held at start-up says, at once (round 52, guard52b; the notice of round 51's unmerged guard51c without its
// replay): the guard's banner is in the engine file, so until the engine has loaded nothing could be shown, and an engine
// load that hangs held the agent's sends for up to 30 s in silence (rt50-guard #1). This small box is drawn by the
// document_start script (startup-hold.ts) beside the held field. It never sends anything: it tells the agent the send did
// not go out, to send again once the guard says it is ready, and what happens if it never comes. Text only (textContent,
// fixed strings and a number), never the page's or the draft's.
import { createShadowHost, hostParentFor } from '../shadow-host';

export const STARTUP_NOTICE_PART = 'startup-hold';

/** How the agent sent (and is to send again): [Chinese, English]. */
export type SendAgain = readonly [string, string];
export const sendAgainBy = (via: 'enter' | 'click', chord = 'Enter'): SendAgain =>
  via === 'enter' ? [`再按 ${chord} `, `press ${chord} again`] : ['再点一次发送按钮', 'click Send again'];

/** While the engine loads: `seconds` until sends are no longer held (STARTUP_HOLD_MS from document_start). */
export const loadingNotice = (seconds: number, [zh, en]: SendAgain): [string, string] => [
  `回复卫士正在载入检查，刚才的发送没有发出（已暂停）。载入完成后这里会告诉您草稿已检查，届时请${zh}发送。若 ${seconds} 秒后仍未载入完成，之后的发送将不经检查直接发出，这里也会说明。`,
  `ReplyGuard is still loading its check: that send did NOT go out (paused). This notice will say when it is ready and the draft is checked; then ${en} to send. If it has not loaded within ${seconds} s, later sends go out unchecked, and this notice will say so.`,
];

/** The guard listens, and has not (yet) checked the held draft (no composer found, the draft changed): send again, it judges. */
export const loadedNotice = ([zh, en]: SendAgain): [string, string] => [
  `回复卫士已载入，刚才暂停的发送没有发出：请${zh}发送，发送前会照常检查。`,
  `ReplyGuard has loaded; the paused send did not go out: ${en} to send, checked as usual.`,
];

/** The guard listens and has checked the held draft: its banner shows the findings (or that there are none). */
export const readyNotice = ([zh, en]: SendAgain): [string, string] => [
  `回复卫士已就绪，刚才暂停的草稿已检查（结果见提示条）。刚才的发送没有发出：确认后请${zh}发送。`,
  `ReplyGuard is ready and has checked the paused draft (see its banner). That send did not go out: ${en} to send.`,
];

/** The hold ran out, or the guard will not start here: the held send went nowhere, and the next one goes unchecked. */
export const uncheckedNotice = ([zh, en]: SendAgain): [string, string] => [
  `回复卫士未能载入检查：刚才的发送没有发出。现在${zh}将不经检查发出（或重新加载页面后再发）。`,
  `ReplyGuard could not load its check: that send did not go out. Now ${en} to send it without the check (or reload the page first).`,
];

const CSS = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(480px, calc(100vw - 16px));
  display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px; border-radius: 8px; border: 1px solid #1d4ed8;
  background: #eff6ff; color: #1e3a8a; font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.box[hidden] { display: none; }
.en { display: block; font-size: 12px; color: #1e40af; }
button { flex: none; font: inherit; font-size: 12px; padding: 0 6px; border-radius: 6px; border: 1px solid #1d4ed8; background: #fff; color: #1e3a8a; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

/** The gap between the box and what it must not cover. */
const GAP = 6;

export interface StartupNotice {
  /** Shows `text` clear of `avoid` (the held field, the 发送 control clicked): above them where there is room, else below. */
  show(avoid: readonly Element[], text: [string, string]): void;
  hide(): void;
  /** Whether an event is on the notice itself (its close button): never a send to hold. */
  owns(event: Event): boolean;
}

/** One box per document; shown without taking the focus (role=status: read out by a screen reader, not focused). */
export function createStartupNotice(win: Window): StartupNotice {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let zh: HTMLElement | null = null;
  let en: HTMLElement | null = null;
  // Kept in the page once made, only hidden: a live region that is already there has its changes read out.
  const hide = () => {
    if (box) box.hidden = true;
  };
  return {
    hide,
    owns: (event) => !!host && event.composedPath().includes(host),
    show(avoid, [textZh, textEn]) {
      const doc = win.document;
      const anchor = avoid.find((el) => el.isConnected) ?? null;
      if (!host || host.ownerDocument !== doc) {
        host?.remove();
        const made = createShadowHost(doc, 'replyguard-startup', STARTUP_NOTICE_PART, CSS);
        host = made.host;
        box = doc.createElement('div');
        box.className = 'box';
        box.setAttribute('role', 'status');
        box.setAttribute('aria-live', 'polite');
        const text = doc.createElement('span');
        zh = doc.createElement('span');
        en = doc.createElement('span');
        en.className = 'en';
        text.append(zh, en);
        const close = doc.createElement('button');
        close.type = 'button';
        close.textContent = '×';
        close.setAttribute('aria-label', '关闭提示 / Close');
        close.addEventListener('click', hide);
        box.append(text, close);
        made.root.append(box);
      }
      // In the top layer / modal holding the field (a <dialog>, a popover), else <body>: a box outside would be drawn under it.
      const parent = hostParentFor(anchor, doc);
      if (host.parentNode !== parent) parent.append(host);
      zh!.textContent = textZh;
      en!.textContent = textEn;
      box!.hidden = false;
      place(win, box!, avoid);
    },
  };
}

/** Above the union of `avoid` where the box fits (the chat history is there, mostly), else below it: never over it. */
function place(win: Window, box: HTMLElement, avoid: readonly Element[]): void {
  const rects = avoid.filter((el) => el.isConnected).map((el) => el.getBoundingClientRect());
  const style = box.style;
  if (!rects.length) {
    style.left = '8px';
    style.top = '8px';
    return;
  }
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const left = Math.min(...rects.map((r) => r.left));
  style.left = `${Math.max(8, Math.round(left))}px`;
  const height = box.getBoundingClientRect().height;
  style.top = `${Math.round(top - GAP - height >= 0 ? top - GAP - height : bottom + GAP)}px`;
}

/** The start-up notice's box while shown in `doc` (the guard's banner keeps clear of it, as of the composer), else null. */
export function startupNoticeBox(doc: Document): Element | null {
  return doc.querySelector(`[data-replyguard="${STARTUP_NOTICE_PART}"]`)?.shadowRoot?.querySelector('.box:not([hidden])') ?? null;
}
