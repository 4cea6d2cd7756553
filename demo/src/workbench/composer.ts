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

const EMOJI = [...'😊😀😁😂🤣😃😄😅😉😋😎😍😘🥰🤗🤔😳😭🙏👍👌💪🎉🌹❤️🔥✨💯📦🚚'.matchAll(/\p{Extended_Pictographic}\uFE0F?/gu)].map((m) => m[0]);

/**
 * The shop's saved replies (快捷短语), as an agent's list looks: one of them breaks rule 2.3 (a WeChat id to
 * take the buyer off the platform), saved before anyone checked; the guard must catch it like typed text.
 */
export const QUICK_REPLIES: readonly string[] = [
  '亲，在的，请问有什么可以帮您？',
  '亲，已为您催促仓库尽快发货，请耐心等待。',
  '亲，这款是正品，支持七天无理由退换，请放心购买。',
  '亲，加我微信 abc12345，私下给您优惠',
  '感谢您的耐心等待，祝您生活愉快！',
];

/** The draft as the agent sees it: Quill's text without the trailing newline it always keeps. */
export function composerText(quill: Quill): string {
  return quill.getText().replace(/\n+$/, '');
}

export function mountComposer(host: HTMLElement, options: ComposerOptions): Composer {
  const root = h('div', 'SendBox');
  const toolbar = h('div', 'SendBox-toolbar');
  const tools = new Map<string, HTMLButtonElement>();
  for (const [icon, label] of TOOLS) {
    const button = h('button', 'SendBox-tool', icon);
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    toolbar.append(button);
    tools.set(label, button);
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

  // 表情 and 快捷短语 open a panel above the toolbar; a pick goes in at the caret through Quill's own API
  // (insertText as the user, so its undo and the page's model follow), as the real workbench's panels do.
  const insertAtCaret = (text: string): void => {
    const range = quill.getSelection(true);
    if (range.length) quill.deleteText(range.index, range.length, 'user');
    quill.insertText(range.index, text, 'user');
    quill.setSelection(range.index + text.length, 0, 'user');
  };
  const emojiPanel = popover('SendBox-emoji', '表情', EMOJI, insertAtCaret);
  const quickPanel = popover('SendBox-quick', '快捷短语', QUICK_REPLIES, insertAtCaret);
  const panels = [
    [tools.get('表情')!, emojiPanel],
    [tools.get('快捷短语')!, quickPanel],
  ] as const;
  const close = (): void => {
    for (const [button, panel] of panels) {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    }
  };
  for (const [button, panel] of panels) {
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    // The editor keeps its focus and caret while the agent uses the toolbar and the panels.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      const open = panel.hidden;
      close();
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
    panel.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.SendBox-pick')) close();
    });
  }
  root.append(emojiPanel, quickPanel);
  // Esc or a press elsewhere closes the open panel; the composer's rebuild takes the listeners with it.
  const ac = new AbortController();
  const gone = new MutationObserver(() => {
    if (!root.isConnected) (ac.abort(), gone.disconnect());
  });
  gone.observe(host, { childList: true });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panels.some(([, p]) => !p.hidden)) (event.preventDefault(), close());
  }, { capture: true, signal: ac.signal });
  document.addEventListener('mousedown', (event) => {
    const t = event.target as Element;
    if (!panels.some(([b, p]) => p.contains(t) || b.contains(t))) close();
  }, { signal: ac.signal });

  return {
    root,
    quill,
    draft: () => quill.getContents(),
    focus: () => quill.focus(),
  };
}

/** A panel of picks (emoji or saved replies) above the toolbar, hidden until its tool opens it. */
function popover(className: string, label: string, picks: readonly string[], pick: (text: string) => void): HTMLElement {
  const panel = h('div', `SendBox-popover ${className}`);
  panel.hidden = true;
  panel.setAttribute('role', 'menu');
  panel.setAttribute('aria-label', label);
  for (const text of picks) {
    const item = h('button', 'SendBox-pick', text);
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => pick(text));
    panel.append(item);
  }
  return panel;
}
