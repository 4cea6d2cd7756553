import type { TimerState } from '@/background/timer-state';

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

/** A waiting state in which each named buyer waits on one message, 4:50 left at `now` (the countdown's card-read tests). */
export const waitingFor = (now: number, ...names: string[]): TimerState => ({
  computedAt: now,
  nextWakeAt: null,
  conversations: names.map((conv) => ({ conv, site: 'kuaishou', anchorId: `m-${conv}`, anchorTs: now - 10_000, deadline: now + 290_000, unanswered: 1, counted: true, level: null, step: 0 })),
});
