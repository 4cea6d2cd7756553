// The outer chat page: the sent list lives here, the composer in a same-origin iframe, which
// calls window.parent.demoHost.send(text).
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';

export interface DemoHost {
  send(text: string): boolean;
}

const log = createChatLog();
(window as unknown as { demoHost: DemoHost }).demoHost = { send: (text) => log.send(text) };

// Ready once the frame's composer has loaded (its module script runs before its load event).
const frame = required<HTMLIFrameElement>(document, 'iframe');
if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('#composer')) ready();
else frame.addEventListener('load', ready, { once: true });
