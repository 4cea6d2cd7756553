// The watcher unit tests' stand-in for the background worker: it takes every chat-events message (keeping its events in
// `received`) unless `refuse` is set (a stopped or reloading worker answers nothing), and ignores focus requests. The
// watchers a test starts with `signal()` are stopped after it. Registers its own beforeEach / afterEach where called.
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatEvent, ToBackground } from '@/utils/messages';

export interface FakeChatWorker {
  /** Every event the worker took since the test began (the same array all along: emptied before each test). */
  readonly received: ChatEvent[];
  /** Set to make the worker take nothing (it does not answer), as a stopped or reloading one. */
  refuse: boolean;
  /** A controller whose signal a test starts a watcher with; aborted after the test. */
  signal: () => AbortController;
}

export function useFakeChatWorker(): FakeChatWorker {
  const controllers: AbortController[] = [];
  const worker: FakeChatWorker = {
    received: [],
    refuse: false,
    signal: () => {
      const c = new AbortController();
      controllers.push(c);
      return c;
    },
  };
  beforeEach(() => {
    fakeBrowser.reset();
    worker.received.length = 0;
    worker.refuse = false;
    controllers.length = 0;
    fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (message.type === 'focus-conversation' || worker.refuse) return undefined;
      if (message.type === 'chat-events') worker.received.push(...message.events);
      sendResponse({ ok: true });
      return true;
    }) as never);
  });
  afterEach(() => controllers.forEach((c) => c.abort()));
  return worker;
}
