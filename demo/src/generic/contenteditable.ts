// A plain contenteditable composer; the send button is labelled aria-label="Send".
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';
import { isSendEnter } from './keys';

const log = createChatLog();
const composer = required<HTMLElement>(document, '#composer');
const send = (): void => {
  if (log.send(composer.innerText.replace(/\n+$/, ''))) composer.replaceChildren();
  composer.focus();
};
composer.addEventListener('keydown', (event) => {
  if (!isSendEnter(event)) return;
  event.preventDefault();
  send();
});
required(document, '#send').addEventListener('click', send);
ready();
