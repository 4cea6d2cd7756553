// The agent's reception status (.statusTag: 在线 / 挂起 / 离线). As on the workbench, the menu lists
// 在线 / 忙碌 / 离线 (.ant-menu-item-only-child), and busy/offline ask for confirmation in an .ant-modal.
import { h } from '../dom';

export type AgentStatus = 'online' | 'busy' | 'offline';

const TAG_TEXT: Record<AgentStatus, string> = { online: '在线', busy: '挂起', offline: '离线' };
const MENU: readonly (readonly [AgentStatus, string])[] = [
  ['online', '在线'],
  ['busy', '忙碌'],
  ['offline', '离线'],
];
const CONFIRM: Record<Exclude<AgentStatus, 'online'>, string> = {
  busy: '切换为挂起后，系统将不再为您分配新会话，已有会话仍需及时回复。确定切换吗？',
  offline: '切换为离线后，您将不再接待买家，未结束的会话会转给其他客服。确定切换吗？',
};

export class StatusControl {
  status: AgentStatus = 'online';
  private readonly tag: HTMLButtonElement;
  private menu: HTMLElement | null = null;

  constructor(host: HTMLElement) {
    this.tag = h('button', 'statusTag');
    this.tag.type = 'button';
    this.tag.setAttribute('aria-haspopup', 'menu');
    this.tag.addEventListener('click', () => (this.menu ? this.closeMenu() : this.openMenu()));
    host.append(this.tag);
    this.render();
    document.addEventListener('click', (event) => {
      if (this.menu && !host.contains(event.target as Node)) this.closeMenu();
    });
  }

  set(status: AgentStatus): void {
    this.status = status;
    this.render();
  }

  private render(): void {
    this.tag.className = `statusTag statusTag-${this.status}`;
    this.tag.replaceChildren(h('span', 'statusTag-dot'), TAG_TEXT[this.status], h('span', 'statusTag-arrow', '▾'));
    this.tag.setAttribute('aria-expanded', String(this.menu !== null));
  }

  private openMenu(): void {
    const menu = h('ul', 'ant-dropdown-menu ant-menu statusMenu');
    menu.setAttribute('role', 'menu');
    for (const [status, label] of MENU) {
      const item = h('li', 'ant-menu-item ant-menu-item-only-child', label);
      item.setAttribute('role', 'menuitem');
      item.tabIndex = 0;
      const choose = (): void => {
        this.closeMenu();
        if (status === 'online') this.set('online');
        else this.confirm(status);
      };
      item.addEventListener('click', choose);
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        } else if (event.key === 'Escape') this.closeMenu();
      });
      menu.append(item);
    }
    this.tag.after(menu);
    this.menu = menu;
    this.render();
    (menu.firstElementChild as HTMLElement | null)?.focus();
  }

  private closeMenu(): void {
    this.menu?.remove();
    this.menu = null;
    this.render();
  }

  private confirm(status: Exclude<AgentStatus, 'online'>): void {
    const mask = h('div', 'ant-modal-mask');
    const wrap = h('div', 'ant-modal-wrap');
    const modal = h('div', 'ant-modal');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    const content = h('div', 'ant-modal-content');
    const body = h('div', 'ant-modal-body');
    body.append(h('div', 'ant-modal-confirm-title', `切换为${TAG_TEXT[status]}`), h('div', 'ant-modal-confirm-content', CONFIRM[status]));
    const footer = h('div', 'ant-modal-footer');
    const cancel = h('button', 'ant-btn', '取消');
    const ok = h('button', 'ant-btn ant-btn-primary', '确定');
    cancel.type = ok.type = 'button';
    footer.append(cancel, ok);
    content.append(body, footer);
    modal.append(content);
    wrap.append(modal);
    const close = (): void => {
      mask.remove();
      wrap.remove();
      this.tag.focus();
    };
    cancel.addEventListener('click', close);
    ok.addEventListener('click', () => {
      this.set(status);
      close();
    });
    wrap.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    document.body.append(mask, wrap);
    ok.focus();
  }
}
