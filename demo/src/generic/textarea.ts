// A plain <textarea> composer: Enter sends, Shift+Enter breaks the line, the button sends.
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';
import { isSendEnter } from './keys';

const log = createChatLog();
const composer = required<HTMLTextAreaElement>(document, '#composer');
const send = (): void => {
  if (log.send(composer.value.replace(/\n+$/, ''))) composer.value = '';
  composer.focus();
};
composer.addEventListener('keydown', (event) => {
  if (!isSendEnter(event)) return;
  event.preventDefault();
  send();
});
required(document, '#send').addEventListener('click', send);
ready();
