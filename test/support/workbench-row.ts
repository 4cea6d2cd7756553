// A chat row as the Kuaishou workbench renders it (../shared/notes/workbench-and-metrics.md §2), built
// with DOM calls: the tests, like the extension, never put text into HTML. For the watcher's tests.
export function workbenchRow(id: string, side: 'notMe' | 'isMine', stamp: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.id = id;
  const wrap = el.appendChild(document.createElement('div'));
  wrap.className = `kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__${side}`;
  const before = wrap.appendChild(document.createElement('div'));
  before.className = 'kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody';
  before.textContent = '某人' + stamp;
  const body = wrap.appendChild(document.createElement('div'));
  body.className = 'kwaishop-cs-LayoutDefaultWrapper_msgBody';
  body.textContent = text;
  return el;
}

/** A bare workbench chat in document.body: the buyer's name in the header and the (empty) message list. */
export function workbenchChat(buyer: string): { title: HTMLElement; list: HTMLElement } {
  document.body.replaceChildren();
  const title = document.body.appendChild(document.createElement('span'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = buyer;
  const list = document.body.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList';
  return { title, list };
}
