// A real Slate composer (slate + slate-react + slate-history), as chat tools built on Slate have:
// the draft lives in Slate's model (`editor.children`) and 发送 sends the model's text, not the DOM's.
// A script that edits the DOM behind Slate's back is undone on the next render, or makes Slate throw
// "Cannot resolve a DOM point"; the guard must go through Slate's own input path (beforeinput).
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, Node, Transforms, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { createChatLog, ready } from './chat-log';

const log = createChatLog();
const EMPTY = [{ type: 'paragraph', children: [{ text: '' }] }];

/** The draft as Slate holds it: one line per paragraph. */
const modelText = (editor) => editor.children.map((n) => Node.string(n)).join('\n');

function Composer() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  // Tests (and the curious) read the model through this, never through the DOM.
  window.demo.slate = { text: () => modelText(editor), children: () => JSON.parse(JSON.stringify(editor.children)) };
  const send = () => {
    const text = modelText(editor).replace(/\n+$/, '');
    if (log.send(text)) {
      // Reset the document the way Slate's docs do: select all, delete, and drop the undo stack.
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
      editor.history = { undos: [], redos: [] };
    }
    ReactEditor.focus(editor);
  };
  const onKeyDown = (event) => {
    const native = event.nativeEvent;
    if (event.key !== 'Enter' || native.isComposing || native.keyCode === 229) return;
    event.preventDefault();
    if (event.shiftKey) editor.insertBreak();
    else send();
  };
  return (
    <div className="composer">
      <Slate editor={editor} initialValue={EMPTY}>
        <Editable id="composer" className="composer-input" placeholder="请输入消息…" aria-label="消息输入框" onKeyDown={onKeyDown} />
      </Slate>
      <button id="send" className="send-button" type="button" onClick={send}>
        发送
      </button>
    </div>
  );
}

createRoot(document.getElementById('slate-root')).render(<Composer />);
// React renders asynchronously: ready once Slate's editable root exists.
const observer = new MutationObserver(() => {
  if (document.querySelector('#composer[data-slate-editor="true"]')) {
    observer.disconnect();
    ready();
  }
});
observer.observe(document.body, { childList: true, subtree: true });
