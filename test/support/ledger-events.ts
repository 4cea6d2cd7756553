// Chat events as the watcher sends them to the ledger, dated by Beijing wall-clock strings. For the ledger's tests.
import type { ChatEvent } from '@/utils/messages';

/** Epoch ms of a Beijing wall-clock time, 'YYYY-MM-DD HH:mm:ss'. */
export const bj = (wall: string): number => Date.parse(wall.replace(' ', 'T') + '+08:00');

/** One row-sourced, printed-time event of conversation `conv` on the workbench. */
export const chatEvent = (conv: string, id: string, dir: 'in' | 'out', wall: string, extra: Partial<ChatEvent> = {}): ChatEvent => ({
  site: 'kuaishou',
  conv,
  id,
  dir,
  ts: bj(wall),
  tsSource: 'page',
  history: false,
  source: 'row',
  ...extra,
});
