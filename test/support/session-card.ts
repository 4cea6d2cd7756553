// A Kuaishou session card (sites/kuaishou.ts sessions: name, the platform's countdown, the last message) appended to
// the document's body: for the countdown's and the session reader's DOM tests.
export function sessionCard(name: string, timeout: string, lastMessage = '在吗'): HTMLElement {
  const el = document.body.appendChild(document.createElement('div'));
  el.className = 'SessionBaseCard';
  el.innerHTML = '<div class=SessionBaseCard-topHeadName></div><div class=SessionBaseCard-topHeadTime></div><div class=SessionBaseCard-lastMessage></div>';
  el.children[0]!.textContent = name;
  el.children[1]!.textContent = timeout;
  el.children[2]!.textContent = lastMessage;
  return el;
}
