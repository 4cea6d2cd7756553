// The composer inside the iframe: a textarea and a button that hand the text to the parent page.
import { required } from '../dom';
import './generic.css';
import type { DemoHost } from './iframe';
import { isSendEnter } from './keys';

// Looked up at send time: the parent's script may run after this one.
const host = (): DemoHost | undefined => (window.parent as unknown as { demoHost?: DemoHost }).demoHost;
const composer = required<HTMLTextAreaElement>(document, '#composer');
const send = (): void => {
  if (host()?.send(composer.value.replace(/\n+$/, ''))) composer.value = '';
  composer.focus();
};
composer.addEventListener('keydown', (event) => {
  if (!isSendEnter(event)) return;
  event.preventDefault();
  send();
});
required(document, '#send').addEventListener('click', send);
