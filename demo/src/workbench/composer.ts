// The composer (.SendBox): a real Quill editor like the workbench's, so `.SendBox .SendBox-Editor
// .ql-editor` is Quill's own contenteditable. Enter sends (a Quill keyboard binding, which runs
// before Quill's default Enter), Shift+Enter breaks the line, the 发送 button sends. Each mount
// builds a fresh .SendBox and a fresh Quill: the page does this on every conversation switch.
import Quill, { type Delta } from 'quill/core';
import 'quill/dist/quill.core.css';
import { h } from '../dom';

export interface ComposerOptions {
  /** Returns false when nothing was sent (the draft is then kept). */
  onSend: (text: string) => boolean;
  onInviteRating: () => void;
  draft?: Delta;
}

export interface Composer {
  root: HTMLElement;
  quill: Quill;
  draft(): Delta;
  focus(): void;
}

const TOOLS: readonly (readonly [string, string])[] = [
  ['☺', '表情'],
  ['▣', '图片'],
  ['◫', '商品'],
  ['≣', '订单'],
  ['⚡', '快捷短语'],
];

/** The draft as the agent sees it: Quill's text without the trailing newline it always keeps. */
export function composerText(quill: Quill): string {
  return quill.getText().replace(/\n+$/, '');
}

export function mountComposer(host: HTMLElement, options: ComposerOptions): Composer {
  const root = h('div', 'SendBox');
  const toolbar = h('div', 'SendBox-toolbar');
  for (const [icon, label] of TOOLS) {
    const button = h('button', 'SendBox-tool', icon);
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    toolbar.append(button);
  }
  const invite = h('button', 'SendBox-tool SendBox-invite', '邀请评价');
  invite.type = 'button';
  invite.addEventListener('click', options.onInviteRating);
  toolbar.append(invite);

  const editorBox = h('div', 'SendBox-Editor');
  const container = h('div');
  editorBox.append(container);

  const footer = h('div', 'SendBox-footer');
  const tip = h('span', 'SendBox-tip', 'Enter 发送，Shift+Enter 换行');
  const buttons = h('div', 'SendBox-buttonRight');
  const send = h('button', 'ant-btn ant-btn-primary');
  send.type = 'button';
  send.append(h('span', undefined, '发送'));
  buttons.append(send);
  footer.append(tip, buttons);
  root.append(toolbar, editorBox, footer);
  host.replaceChildren(root);

  const trySend = (): void => {
    if (options.onSend(composerText(quill))) quill.setText('', 'user');
    quill.focus();
  };
  const quill = new Quill(container, {
    placeholder: '请输入消息…',
    modules: {
      keyboard: {
        bindings: {
          // Listed before Quill's own Enter binding, so it wins; Shift+Enter still reaches it.
          sendOnEnter: { key: 'Enter', shiftKey: false, handler: () => (trySend(), false) },
        },
      },
    },
  });
  if (options.draft) quill.setContents(options.draft, 'api');
  send.addEventListener('click', trySend);

  return {
    root,
    quill,
    draft: () => quill.getContents(),
    focus: () => quill.focus(),
  };
}
