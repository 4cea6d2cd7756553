// A composer in a same-origin iframe (TinyMCE's editing frame, an embedded editor page) whose 发送 is
// in the outer page: the outer frame's guard sees the click but not the draft, the inner frame's guard
// has the draft but never sees the click. Each guard publishes a peer on its window (symbol-keyed: both
// frames' content scripts share the extension's isolated world, which the page's scripts cannot see);
// the outer guard hands the click to the peer of the frame beside the button, which judges its own
// draft, banner and log included. A cross-origin frame cannot be reached: its click is not judged.
import { framesNear, isDraftSendControl } from '../../sites/generic';

export interface FramePeer {
  /** Whether this frame's composer holds a draft. */
  hasDraft(): boolean;
  /** Whether the guard would stop this frame's draft now (no side effects). */
  wouldStop(): boolean;
  /** Judges a send of this frame's draft started by `event` in an outer frame: true lets it through. */
  decide(event: Event): boolean;
}

/** A send attempt that the guard of another frame judges. */
export interface RemoteComposer {
  readonly remote: FramePeer;
}

const KEY = Symbol.for('replyguard.frame-peer');
type Holder = { [KEY]?: FramePeer };

/** Publishes this frame's peer until `signal` aborts. */
export function publishFramePeer(win: Window, peer: FramePeer, signal: AbortSignal): void {
  (win as unknown as Holder)[KEY] = peer;
  signal.addEventListener('abort', () => {
    const holder = win as unknown as Holder;
    if (holder[KEY] === peer) delete holder[KEY];
  });
}

const peerOf = (frame: HTMLIFrameElement): FramePeer | null => {
  try {
    return (frame.contentWindow as unknown as Holder | null)?.[KEY] ?? null;
  } catch {
    return null; // cross-origin
  }
};

/**
 * The peer of the frame a send control on `near` (a click's nearest path elements) sends from: of the
 * frames nearest the control, the one whose draft would be stopped, else one with a draft.
 */
export function remoteForClick(near: readonly Element[]): RemoteComposer | null {
  const control = near.find(isDraftSendControl);
  if (!control) return null;
  const peers = framesNear(control)
    .map(peerOf)
    .filter((p): p is FramePeer => !!p && p.hasDraft());
  const peer = peers.find((p) => p.wouldStop()) ?? peers[0];
  return peer ? { remote: peer } : null;
}
