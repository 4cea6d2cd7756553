// Access to one composer, whatever editor the page uses: read the draft (with offsets back into the
// DOM for contenteditable), and apply a fix through the editor's own input path — select the range,
// then `execCommand('insertText')` — so the page's state (React, Quill, ProseMirror, Lexical…) and
// its undo history stay right. The page's text is never changed any other way.
import type { Fix } from '../../rules/types';
import { CODE_EDITOR_DISPLAY } from '../../sites/generic';
import { rangeFromOffsets, readCodeEditorText, readEditableText, type TextMap } from './dom-text';

export type EditorKind = 'textarea' | 'input' | 'quill' | 'prosemirror' | 'lexical' | 'slate' | 'draft' | 'ckeditor' | 'code' | 'textbox' | 'contenteditable';

export interface Draft {
  text: string;
  /** Offsets → DOM for contenteditable; null for text fields (offsets are the field's own). */
  map: TextMap | null;
}

export interface EditorHandle {
  readonly element: HTMLElement;
  readonly kind: EditorKind;
  /** A textarea or text input (highlighted through a mirror, not the Highlight API). */
  readonly isField: boolean;
  /**
   * Whether fixes can be applied: not in a code editor (CodeMirror 5, Ace), whose text lives in the page's own
   * model behind a hidden textarea that the content script cannot select words in, nor in a role=textbox the page
   * draws from its own model (round 42).
   */
  readonly canFix: boolean;
  /** The current draft. Throws if the editor cannot be read. */
  read(): Draft;
  /** A DOM Range over draft [start, end) (contenteditable only). */
  range(draft: Draft, start: number, end: number): Range | null;
  /**
   * Replaces draft[fix.start, fix.end) — which must still read `expected` — by fix.text through the
   * editor's input path. Resolves true when the draft then reads as intended.
   */
  replace(fix: Fix, expected: string): Promise<boolean>;
  /** Remembers the caret/selection before focus leaves for the banner. */
  saveSelection(): void;
  /** Focuses the editor again with the remembered caret. */
  restoreFocus(): void;
}

/** Which editor a composer element is, from the marks each framework puts on its root. */
export function editorKind(el: HTMLElement): EditorKind {
  if (el.localName === 'textarea') return 'textarea';
  if (el.localName === 'input') return 'input';
  // A code editor's root (attach.ts takes it for its hidden textarea): the text is in its display.
  if (!el.isContentEditable && (el.matches('.CodeMirror, .ace_editor') || el.querySelector(CODE_EDITOR_DISPLAY))) return 'code';
  // A role=textbox the page types into itself (round 42): read like a contenteditable, never written to.
  if (!el.isContentEditable && el.getAttribute('role') === 'textbox') return 'textbox';
  const cls = el.classList;
  if (cls.contains('ql-editor') || el.closest('.ql-container')) return 'quill';
  if (cls.contains('ProseMirror')) return 'prosemirror';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  // slate-react writes "true"; wangEditor v5, Slate under its own renderer, writes it empty.
  if (el.hasAttribute('data-slate-editor')) return 'slate';
  if (cls.contains('public-DraftEditor-content')) return 'draft';
  if (cls.contains('ck-editor__editable')) return 'ckeditor';
  return 'contenteditable';
}

/** Compares drafts as the agent sees them (Chrome writes trailing spaces as &nbsp;, Quill keeps \uFEFF cursors). */
export function sameDraft(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\uFEFF/g, '').replace(/\u00A0/g, ' ').replace(/\s+$/, '');
  return norm(a) === norm(b);
}

const nextTask = (win: Window) => new Promise<void>((resolve) => win.setTimeout(resolve, 0));

/** Waits for the document's next selectionchange (editors sync their model from it), at most `ms`. */
function selectionSettled(doc: Document, ms = 60): Promise<void> {
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      // One more task: the editor's own selectionchange handler may defer its update.
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

export function createEditorHandle(element: HTMLElement): EditorHandle {
  const kind = editorKind(element);
  const isField = kind === 'textarea' || kind === 'input';
  const isCode = kind === 'code';
  /** Text the page keeps in its own model (a code editor's, a role=textbox's): no fix can be written into it. */
  const ownModel = isCode || kind === 'textbox';
  const doc = element.ownerDocument;
  /** Where focus goes back to: a code editor's hidden textarea takes the keys. */
  const focusTarget = (): HTMLElement => (isCode ? element.querySelector('textarea') : null) ?? element;
  const win = doc.defaultView ?? window;
  let savedField: [number, number] | null = null;
  let savedRange: Range | null = null;

  /** Offers the edit as a beforeinput over the selection: null when the editor did not take it, else whether the draft then reads as intended. */
  const viaBeforeInput = async (text: string, intended: string): Promise<boolean | null> => {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return null;
    const target = new StaticRange(selection.getRangeAt(0));
    const event = new InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: text ? 'insertReplacementText' : 'deleteContentBackward',
      data: text || null,
      targetRanges: [target],
    });
    element.dispatchEvent(event);
    // Not taken (not prevented): the caller falls back to execCommand.
    if (!event.defaultPrevented) return null;
    // The model changed at once; the DOM follows at the editor's next render (React: a task or a frame).
    for (let i = 0; i < 20; i++) {
      await nextTask(win);
      if (sameDraft(handle.read().text, intended)) return true;
    }
    return false;
  };

  const handle: EditorHandle = {
    element,
    kind,
    isField,
    canFix: !ownModel,
    read() {
      if (isField) return { text: (element as HTMLTextAreaElement).value, map: null };
      const map = isCode ? readCodeEditorText(element) : readEditableText(element);
      return { text: map.text, map };
    },
    range(draft, start, end) {
      return draft.map ? rangeFromOffsets(draft.map, start, end) : null;
    },
    async replace(fix, expected) {
      if (ownModel) return false;
      const before = handle.read();
      if (before.text.slice(fix.start, fix.end) !== expected) return false;
      const intended = before.text.slice(0, fix.start) + fix.text + before.text.slice(fix.end);
      element.focus({ preventScroll: true });
      if (isField) {
        const field = element as HTMLTextAreaElement;
        field.setSelectionRange(fix.start, fix.end);
      } else {
        const range = handle.range(before, fix.start, fix.end);
        const selection = doc.getSelection();
        if (!range || !selection) return false;
        const settled = selectionSettled(doc);
        selection.removeAllRanges();
        selection.addRange(range);
        await settled;
        // The editor may have moved the caret on focus; select again if so.
        const now = selection.rangeCount ? selection.getRangeAt(0) : null;
        if (!now || now.compareBoundaryPoints(Range.START_TO_START, range) !== 0 || now.compareBoundaryPoints(Range.END_TO_END, range) !== 0) {
          selection.removeAllRanges();
          selection.addRange(range);
          await selectionSettled(doc);
        }
      }
      // Slate edits only from beforeinput, and Chrome's execCommand fires none: the DOM would change under
      // Slate, its model (what it sends) keep the breach, and its next render throw "Cannot resolve a DOM
      // point". So it gets the beforeinput a user's edit would, over the selected words (round 33).
      if (kind === 'slate') {
        const taken = await viaBeforeInput(fix.text, intended);
        // Taken: never also through execCommand (that would edit twice).
        if (taken !== null) return taken;
      }
      // insertText keeps undo and fires beforeinput/input like typing; '' deletes the selection.
      if (fix.text) doc.execCommand('insertText', false, fix.text);
      else doc.execCommand('delete', false);
      await nextTask(win);
      if (sameDraft(handle.read().text, intended)) return true;
      if (isField) {
        // Last resort for fields where execCommand is unavailable: the same edit plus an input event
        // (React's value tracker sees a change it did not make and updates its state).
        const field = element as HTMLTextAreaElement;
        if (field.value !== before.text) return false; // something else changed it: do not edit blindly
        field.setRangeText(fix.text, fix.start, fix.end, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: fix.text }));
        return sameDraft(field.value, intended);
      }
      return false;
    },
    saveSelection() {
      if (isCode) return; // its caret is the page's model's, kept by its hidden textarea
      if (isField) {
        const field = element as HTMLTextAreaElement;
        savedField = [field.selectionStart ?? 0, field.selectionEnd ?? 0];
        return;
      }
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
      savedRange = range && element.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
    },
    restoreFocus() {
      focusTarget().focus({ preventScroll: true });
      if (isField && savedField) {
        (element as HTMLTextAreaElement).setSelectionRange(savedField[0], savedField[1]);
      } else if (savedRange && element.contains(savedRange.commonAncestorContainer)) {
        const selection = doc.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(savedRange);
      }
    },
  };
  return handle;
}
