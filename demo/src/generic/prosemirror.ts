// A TipTap (ProseMirror) composer: Enter sends through a keyboard shortcut that outranks
// StarterKit's own, Shift+Enter inserts StarterKit's hard break.
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';

const log = createChatLog();

const send = (): boolean => {
  const text = editor.getText({ blockSeparator: '\n' }).replace(/\n+$/, '');
  if (log.send(text)) editor.commands.clearContent(true);
  editor.commands.focus();
  return true;
};

const SendOnEnter = Extension.create({
  name: 'sendOnEnter',
  priority: 1000,
  addKeyboardShortcuts() {
    return { Enter: send };
  },
});

const editor = new Editor({
  element: required<HTMLElement>(document, '#composer'),
  extensions: [StarterKit, SendOnEnter],
  editorProps: { attributes: { 'aria-label': '消息输入框', role: 'textbox', 'aria-multiline': 'true' } },
});

required(document, '#send').addEventListener('click', send);
ready();
