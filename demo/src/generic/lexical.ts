// A Lexical plain-text composer: Enter sends (a high-priority KEY_ENTER_COMMAND), Shift+Enter
// falls through to the plain-text plugin, which inserts a line break.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import { required } from '../dom';
import { createChatLog, ready } from './chat-log';

const log = createChatLog();
const root = required<HTMLElement>(document, '#composer');
const editor = createEditor({
  namespace: 'replyguard-demo',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

const send = (): void => {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent()).replace(/\n+$/, '');
  if (log.send(text)) {
    editor.update(() => {
      const rootNode = $getRoot();
      rootNode.clear();
      rootNode.append($createParagraphNode());
    });
  }
  root.focus();
};

editor.registerCommand(
  KEY_ENTER_COMMAND,
  (event) => {
    if (event?.shiftKey) return false;
    if (event?.isComposing || event?.keyCode === 229) return false;
    event?.preventDefault();
    send();
    return true;
  },
  COMMAND_PRIORITY_HIGH,
);
required(document, '#send').addEventListener('click', send);
ready();
