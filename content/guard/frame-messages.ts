// A 发送 in a cross-origin frame beside the composer (a toolbar iframe from another host, where this content script
// does not run or cannot reach the page) that sends by posting a message to the page: the click is never seen, but
// its message is (round 41, L5). While the current draft would be stopped, a message to this window that names a send
// (send / submit / 发送 in its text), from a frame in the composer's nearest box, in the moment of a user's action (the
// click gives the page transient user activation too), is the send: it is kept from the page and judged as a click on
// 发送 (the banner says why). Nothing else is touched: other messages, messages from anywhere else or without a user's
// action, and any message while the draft is clean go on. A send posted under another name is not seen (README).
import { framesNear } from '../../sites/generic';
import { earlyCapture } from './early-capture';

export interface FrameMessageHold<C> {
  /** The composer a send from beside it would send, if any. */
  composer(): C | null;
  /** Its element (the frames near it are the ones that may send it). */
  element(composer: C): HTMLElement;
  /** Whether the guard would stop its draft now (no side effects). */
  wouldStop(composer: C): boolean;
  /** Judges the send (banner, log): false = stopped. */
  decide(composer: C, event: MessageEvent): boolean;
}

/** What a page's message says, as short text: a string, or a small plain object's JSON (its first 2,000 characters). */
function messageText(data: unknown): string {
  if (typeof data === 'string') return data.slice(0, 2000);
  if (!data || typeof data !== 'object') return '';
  try {
    return (JSON.stringify(data) ?? '').slice(0, 2000);
  } catch {
    return ''; // a cycle, a BigInt…
  }
}

/** A message that names a send ('send', {type:'sendMessage'}, {action:'发送'}): the frame's other messages (an emoji picked) are never touched. */
export const namesSend = (data: unknown): boolean => /send|submit|发送|發送/i.test(messageText(data));

export function holdFrameSends<C>(win: Window, hold: FrameMessageHold<C>, signal: AbortSignal): void {
  const onMessage = (event: MessageEvent) => {
    const source = event.source;
    // (the user's action first: a page's own busy messages are never stringified outside one)
    if (!source || source === win || !(win.navigator as Navigator & { userActivation?: UserActivation }).userActivation?.isActive || !namesSend(event.data)) return;
    const composer = hold.composer();
    if (!composer) return;
    const frames = framesNear(hold.element(composer));
    if (!frames.some((f) => f.contentWindow === source) || !hold.wouldStop(composer)) return;
    let pass = true;
    try {
      pass = hold.decide(composer, event);
    } catch {
      // fails open, as every send decision does
    }
    if (!pass) event.stopImmediatePropagation();
  };
  // Ahead of the page's own message listeners (added while it loads, before this script): through the listener the
  // document_start script added (early-capture.ts), else a listener of its own.
  if (!earlyCapture(win)?.listen('message', onMessage, signal)) win.addEventListener('message', onMessage, { capture: true, signal });
}
