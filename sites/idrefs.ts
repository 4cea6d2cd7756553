// IDREF lists (aria-labelledby, aria-describedby): the elements they point at, shared by the names the generic adapter
// reads of controls (sites/generic.ts) and of fields (sites/draft-scope.ts). Each reads their text its own way. DOM facts only.

/** The elements the IDREF list `attr` of `el` points at, in order: in its tree (its shadow root), else its document. */
export function idrefElements(el: Element, attr: string): Element[] {
  const ids = el.getAttribute(attr);
  if (!ids) return [];
  const root = el.getRootNode() as Document | ShadowRoot;
  const scope = typeof root.getElementById === 'function' ? root : el.ownerDocument;
  const out: Element[] = [];
  for (const id of ids.split(/\s+/)) {
    const ref = id ? scope.getElementById(id) : null;
    if (ref) out.push(ref);
  }
  return out;
}
