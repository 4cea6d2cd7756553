// Round 61 (engstart61): the lint engine (entrypoints/lint-engine.ts, ~3 MB) put into the frame that asks for it, by
// scripting.executeScript of the extension's own file into the content scripts' isolated world, as a classic script.
// Why not the content script's import(): Chromium keeps no compiled code for a chrome-extension:// module a web page's
// frame imports, so every page load parsed the whole file again (on a background thread, but the renderer's CPU all
// the same). A classic script of the same source is compiled once per renderer process and found in V8's in-memory
// compilation cache at the next load (a reload, another conversation frame, the next page of the same site): measured
// in Chromium 156, the engine's compile 0.1 ms instead of a full parse. No new permission ("scripting" was there for
// the agent's own sites and the revival after an update); nothing leaves the browser.
import { browser, type Browser } from 'wxt/browser';
import { ENGINE_PATH } from '../content/guard/engine-handle';

export type EngineReply = { ok: true } | { ok: false; error: string };

/** Runs the engine file in the sender's document (its isolated world: the content scripts'), at once. */
export async function injectEngine(sender: Browser.runtime.MessageSender): Promise<EngineReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no tab' };
  // The very document that asked (a frame navigated meanwhile gets nothing); by frame where the browser gives no document id.
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [ENGINE_PATH as '/lint-engine.js'], injectImmediately: true });
  return { ok: true };
}
