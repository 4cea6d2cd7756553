// URL parameters of the demo workbench, so tests and demos can script a scene:
//   ?auto=0            no simulated buyers writing on their own (default 1)
//   ?seed=7            which buyers, ids, orders and schedule (default 1)
//   ?buyers=3          how many buyers at load (0–30, default 6)
//   ?history=0         no older, already answered rows at load (default 1)
//   ?msg=<conv>:<text>:<agoSeconds>[:out]   a message at load, repeatable; <conv> is a buyer id,
//                      a nickname (a new buyer if unknown) or a 1-based position; `:out` = agent
//   ?t0=<epoch ms>     the "now" that agoSeconds counts back from (default: page load)
//   ?open=<conv>       the conversation opened first
//   ?ids=0             rows without id attributes (to test id-less fallbacks)
//   ?panel=1           the demo control panel starts expanded
//   ?jank=1500         after each redraw (at load, each second, each demo action) the main thread stays busy this long, in the same task
//                      (0–5000 ms, default 0): a workbench on a loaded PC, whose countdown texts are read late

export interface ScriptedMessage {
  conv: string;
  text: string;
  agoSeconds: number;
  side: 'buyer' | 'agent';
}

export interface DemoParams {
  auto: boolean;
  seed: number;
  buyers: number;
  history: boolean;
  messages: ScriptedMessage[];
  t0: number | null;
  open: string | null;
  rowIds: boolean;
  panel: boolean;
  /** Milliseconds the main thread stays busy after each redraw (0: none). */
  jankMs: number;
}

const MAX_BUYERS = 30;

function flag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null) return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function integer(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = Number(params.get(name));
  if (params.get(name) === null || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * `<conv>:<text>:<agoSeconds>[:out]`. The text may itself contain colons: the conversation is
 * before the first colon, and trailing `:<number>` / `:<number>:out` parts are read from the end.
 */
export function parseScriptedMessage(spec: string): ScriptedMessage | null {
  const first = spec.indexOf(':');
  if (first <= 0) return null;
  const conv = spec.slice(0, first).trim();
  let rest = spec.slice(first + 1);
  let side: ScriptedMessage['side'] = 'buyer';
  let agoSeconds = 0;
  const tail = /:(\d+(?:\.\d+)?)(:(?:out|in))?$/.exec(rest);
  if (tail) {
    agoSeconds = Number(tail[1]);
    if (tail[2] === ':out') side = 'agent';
    rest = rest.slice(0, tail.index);
  } else if (rest.endsWith(':out')) {
    side = 'agent';
    rest = rest.slice(0, -4);
  }
  if (!rest) return null;
  return { conv, text: rest, agoSeconds, side };
}

export function parseDemoParams(search: string): DemoParams {
  const params = new URLSearchParams(search);
  const t0 = Number(params.get('t0'));
  return {
    auto: flag(params, 'auto', true),
    seed: integer(params, 'seed', 1, 0, 2 ** 31 - 1),
    buyers: integer(params, 'buyers', 6, 0, MAX_BUYERS),
    history: flag(params, 'history', true),
    messages: params
      .getAll('msg')
      .map(parseScriptedMessage)
      .filter((message): message is ScriptedMessage => message !== null),
    t0: params.get('t0') !== null && Number.isFinite(t0) && t0 > 0 ? t0 : null,
    open: params.get('open'),
    rowIds: flag(params, 'ids', true),
    panel: flag(params, 'panel', false),
    jankMs: integer(params, 'jank', 0, 0, 5000),
  };
}
