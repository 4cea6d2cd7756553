// Every element ReplyGuard adds to a page is a host marked data-replyguard="<part>" with an OPEN shadow
// root holding its own stylesheet (DESIGN.md, in-page UI contract): page CSS cannot reach in, tests and
// page scripts can find it, and nothing of the page's text is ever parsed as HTML in it.
export function createShadowHost(doc: Document, tag: string, part: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-replyguard', part);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
