// Tiny DOM helpers shared by the demo pages. Text always goes in through textContent: the demo
// imitates a chat tool, and no message text is ever parsed as HTML.

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

const AVATAR_COLOURS = ['#ff7a45', '#13c2c2', '#597ef7', '#f759ab', '#52c41a', '#faad14', '#9254de', '#2f54eb'];

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.codePointAt(0)!) >>> 0;
  return value;
}

/** The first letter or CJK character of a name: what an avatar shows instead of a photo. */
export function initialOf(name: string): string {
  const match = /[\p{L}\p{N}]/u.exec(name);
  return (match?.[0] ?? '?').toUpperCase();
}

/** A round avatar with the name's initial, coloured by the name. */
export function avatar(name: string, className: string): HTMLElement {
  const element = h('span', className, initialOf(name));
  element.style.backgroundColor = AVATAR_COLOURS[hash(name) % AVATAR_COLOURS.length]!;
  element.setAttribute('aria-hidden', 'true');
  return element;
}

export function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`demo page is missing ${selector}`);
  return element;
}
