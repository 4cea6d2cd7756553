// The live timer state the background mirrors to storage.local (`local:waiting`): content scripts
// draw countdown chips from it and the popup lists it, without waking the worker.
import { localItem } from './local-item';
import type { TimerState } from '../background/timer-state';

export const waitingItem = localItem<TimerState | null>('waiting', null);
