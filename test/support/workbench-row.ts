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
