// A composer in a same-origin iframe (TinyMCE's editing frame, an embedded editor page) whose 发送 is
// in the outer page: the outer frame's guard sees the click but not the draft, the inner frame's guard
// has the draft but never sees the click. Each guard publishes a peer on its window (symbol-keyed: both
// frames' content scripts share the extension's isolated world, which the page's scripts cannot see);
// the outer guard hands the click to the peer of the frame beside the button, which judges its own
// draft, banner and log included. A cross-origin frame cannot be reached: its click is not judged.
import { framesNear, isDraftSendControl } from '../../sites/generic';
import { interceptSends } from './send-interceptor';

/** How far up a click's path a send control may be (as attach.ts looks). */
const CLICK_DEPTH = 6;

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

/** How many frames up a 发送 in a frame may send the draft of (a toolbar frame inside an editor frame…). */
const MAX_UP = 4;

/**
 * The peer of the nearest same-origin outer frame whose composer holds a draft: a 发送 in a toolbar iframe (no
 * composer of its own) whose click the outer page turns into a send of its composer's draft (round 39, L4).
 */
function outerPeer(win: Window): FramePeer | null {
  let w = win;
  for (let up = 0; up < MAX_UP; up++) {
    let outer: Window;
    try {
      outer = w.parent;
      if (outer === w) return null;
      const peer = (outer as unknown as Holder)[KEY];
      if (peer?.hasDraft()) return peer;
    } catch {
      return null; // cross-origin: neither readable nor judged
    }
    w = outer;
  }
  return null;
}

/**
 * The peer of the frame a send control on `near` (a click's nearest path elements) sends from: of the
 * frames nearest the control, the one whose draft would be stopped, else one with a draft; with no frame
 * near it, an outer frame's composer with a draft (`win`: the frame of the click).
 */
export function remoteForClick(near: readonly Element[], win?: Window): RemoteComposer | null {
  const control = near.find(isDraftSendControl);
  if (!control) return null;
  const peers = framesNear(control)
    .map(peerOf)
    .filter((p): p is FramePeer => !!p && p.hasDraft());
  const peer = peers.find((p) => p.wouldStop()) ?? peers[0] ?? (win ? outerPeer(win) : null);
  return peer ? { remote: peer } : null;
}

/**
 * In a frame where the guard does not run (no field in it, so the lint engine was never loaded): a 发送 there
 * may still send an outer frame's draft. Until `signal` aborts (the guard starts here after all), its clicks,
 * presses and keys on such a control are judged by that outer frame's guard, which keeps a draft it would stop.
 */
export function relayToOuterFrame(win: Window & typeof globalThis, signal: AbortSignal): void {
  const remote = (path: readonly EventTarget[]) =>
    remoteForClick(
      path.slice(0, CLICK_DEPTH).filter((n): n is Element => n instanceof win.Element),
      win,
    );
  interceptSends<RemoteComposer>({
    win,
    signal,
    composerForKey: () => null,
    composerForClick: remote,
    decide: ({ composer, event }) => composer.remote.decide(event),
    wouldPass: (composer) => !composer.remote.wouldStop(),
  });
}
