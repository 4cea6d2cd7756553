// The names send icons had when the page first showed them (round 46, finding 3). A page may swap an icon's image after the
// fact: its load failed and an onerror handler puts a data: URL in (<img src="/static/img/icon-send.svg"
// onerror="this.src='data:…'">), and at the click the image no longer says what it is. Its first name is kept here, per
// element, in a map on the isolated world's window (both content scripts of a frame share it, the page cannot see it): filled by
// the document_start part on each image's load error, before the page's own onerror runs (early-capture.ts), and by the guard
// when it reads an image's name (generic.ts iconNames). Read only while the image shows no name of its own (a data: or blob:
// URL): a page that points an image at another file is judged by that file.

const KEY = Symbol.for('replyguard.icon-names');
type Holder = { [KEY]?: WeakMap<Element, string> };

/** The name a URL gives its file (…/icon-send.svg, send@2x.png?v=3 → icon-send, send); '' for a data: or blob: URL. */
export function fileName(url: string): string {
  if (/^\s*(data|blob):/i.test(url)) return '';
  const path = url.split(/[?#]/)[0] ?? '';
  return (path.slice(path.lastIndexOf('/') + 1).split('.')[0] ?? '').replace(/@\d+x$/i, '');
}

const memory = (el: Element): WeakMap<Element, string> | null => {
  const win = el.ownerDocument.defaultView as (Window & Holder) | null;
  if (!win) return null;
  return (win[KEY] ??= new WeakMap());
};

const isImage = (el: Element): boolean => el.localName === 'img' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image');

/** Keeps the file name an image (an <img>, an <input type=image>) shows now, if it has one. */
export function rememberIconName(el: Element): void {
  if (!isImage(el)) return;
  const name = fileName(el.getAttribute('src') ?? '');
  if (name) memory(el)?.set(el, name);
}

/** The file name kept for an image that shows none now (a data: URL swapped in), else ''. */
export function rememberedIconName(el: Element): string {
  return memory(el)?.get(el) ?? '';
}

/** Keeps each image's name when its load fails, before the page's onerror can swap it (window, capture phase). */
export function rememberFailedIcons(win: Window, signal: AbortSignal): void {
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && (target as Node).nodeType === 1) rememberIconName(target as Element);
    },
    { capture: true, signal },
  );
}
