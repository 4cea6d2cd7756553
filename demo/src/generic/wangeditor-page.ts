// wangEditor v5 (@wangeditor/editor, built on its own Slate 0.72), the editor many Chinese admin and
// customer-service pages use, in its "simple" mode without a toolbar: the draft lives in the editor's
// Slate model and 发送 sends `editor.getText()`. Enter sends (a capture keydown before the editor's own
// handler, as chat pages wire it); Shift+Enter is the editor's line break.
import '@wangeditor/editor/dist/css/style.css';
import { createEditor } from '@wangeditor/editor';
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';

const log = createChatLog();
const container = required<HTMLElement>(document, '#wang-editor');
const editor = createEditor({ selector: container, html: '<p><br></p>', mode: 'simple', config: { placeholder: '请输入消息…', autoFocus: false } });

(window as unknown as { demo: { wang?: unknown } }).demo.wang = { text: () => editor.getText(), html: () => editor.getHtml() };

const send = (): void => {
  const text = editor.getText().replace(/\n+$/, '');
  // clear() alone: a focus() right after it made wangEditor throw "Cannot resolve a DOM point" (no extension loaded).
  if (log.send(text)) editor.clear();
};

container.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    event.stopPropagation();
    send();
  },
  true,
);
required(document, '#send').addEventListener('click', send);
ready();
