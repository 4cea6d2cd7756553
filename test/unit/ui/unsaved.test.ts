// @vitest-environment happy-dom
// The options page asks before closing while a form holds unsaved edits, and not otherwise.
import { describe, expect, it } from 'vitest';
import { hasUnsaved, markUnsaved, onBeforeUnload } from '@/components/options/unsaved';

const unload = () => {
  const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
  onBeforeUnload(e);
  return e.defaultPrevented;
};

describe('unsaved edits', () => {
  it('asks before unload only while some form is marked unsaved', () => {
    expect(hasUnsaved()).toBe(false);
    expect(unload()).toBe(false);
    markUnsaved('ladder', true);
    markUnsaved('deny', true);
    expect(unload()).toBe(true);
    markUnsaved('ladder', false);
    expect(unload()).toBe(true);
    markUnsaved('deny', false);
    expect(hasUnsaved()).toBe(false);
    expect(unload()).toBe(false);
  });
});
