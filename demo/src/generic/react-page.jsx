// A genuine React-controlled composer: the draft lives in React state and the Send button sends
// that state, not whatever the DOM holds. A script that sets textarea.value without React's
// knowledge is overwritten on the next render, as on any React chat app.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createChatLog, ready } from './chat-log';

const log = createChatLog();

function Composer() {
  const [draft, setDraft] = useState('');
  const input = useRef(null);
  const send = () => {
    if (log.send(draft.replace(/\n+$/, ''))) setDraft('');
    input.current?.focus();
  };
  const onKeyDown = (event) => {
    const native = event.nativeEvent;
    if (event.key !== 'Enter' || event.shiftKey || native.isComposing || native.keyCode === 229) return;
    event.preventDefault();
    send();
  };
  return (
    <div className="composer">
      <textarea
        id="composer"
        ref={input}
        rows={3}
        placeholder="请输入消息…"
        aria-label="消息输入框"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button id="send" className="send-button" type="button" onClick={send}>
        发送
      </button>
    </div>
  );
}

createRoot(document.getElementById('react-root')).render(<Composer />);
// React renders asynchronously: ready once the textarea exists.
const observer = new MutationObserver(() => {
  if (document.getElementById('composer')) {
    observer.disconnect();
    ready();
  }
});
observer.observe(document.body, { childList: true, subtree: true });
