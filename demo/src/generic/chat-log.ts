// The shared half of every generic demo page: a visible list of the messages actually sent and
// `window.demo.sent()`, so a test can tell whether a send went through (or was blocked).
import './generic.css';
import { h, required } from '../dom';

export interface ChatLog {
  /** Records a sent message and shows it; ignores blank text like a real chat tool. */
  send(text: string): boolean;
  sent(): string[];
}

export function createChatLog(list: HTMLElement = required(document, '#sent-list')): ChatLog {
  const texts: string[] = [];
  const empty = h('li', 'sent-empty', '还没有发送任何消息');
  list.append(empty);
  const log: ChatLog = {
    send(text) {
      if (!text.trim()) return false;
      texts.push(text);
      empty.remove();
      const item = h('li', 'sent-item');
      item.append(h('span', 'sent-text', text), h('time', 'sent-time', new Date().toLocaleTimeString('zh-CN', { hour12: false })));
      list.append(item);
      list.scrollTop = list.scrollHeight;
      return true;
    },
    sent: () => [...texts],
  };
  (window as unknown as { demo: { sent(): string[] } }).demo = { sent: log.sent };
  return log;
}

/** Marks the page ready for tests once its editor is mounted. */
export function ready(): void {
  document.documentElement.dataset.demoReady = '1';
}
