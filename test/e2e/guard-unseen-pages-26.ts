// Round-26 red-team findings (blind, round 4 of the send guard), rebuilt as generic pages served at the
// workbench's address: every control that sends a composer's draft (not only its main 发送), a composer
// and its 发送 in an open shadow root or split across a same-origin iframe, and a page's Alt+S / Ctrl+S.
// Every page records what it really sent in window.__sent.

export const V = '亲，加我微信 abc12345 私聊';
export const C = '亲，已经为您催促仓库发货了';

const RUNTIME = `<script>
window.__sent = [];
function record(t, via) { if (t && t.trim()) window.__sent.push(via + ':' + t.trim()); }
</script>`;
const STYLE = `<style>
body{font:14px/1.5 sans-serif;margin:0;padding:8px}
.btn{cursor:pointer;display:inline-block;padding:2px 8px;margin:2px;border:1px solid #ccc}
.menu{position:absolute;top:4px;right:4px;background:#fff;border:1px solid #ccc;list-style:none;margin:0;padding:4px}
.menu li{cursor:pointer;padding:2px 8px}
textarea{width:320px}
</style>`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${STYLE}${RUNTIME}</head><body>${body}</body></html>`;

export const pages: Record<string, string> = {};

// L1: one composer, several controls that send its draft: the main 发送, a second 发送, 发送(S), an
// input button, a focusable div that sends on Enter, an icon-only control, and a split 发送 ▾ whose
// menu (发送并结束会话) is portaled to <body>.
pages['/rt26/toolbar'] = doc(
  'L1 toolbar',
  `<div class="composer"><textarea id="ta" rows="3"></textarea>
<div class="toolbar">
 <button id="main" class="ant-btn ant-btn-primary">发送</button>
 <button id="second">发送</button>
 <button id="acc">发送(S)</button>
 <input type="button" id="val" value="发送">
 <div id="key" tabindex="0" title="发送" class="btn">➤</div>
 <span id="icon" class="btn btn-send"><svg width="12" height="12"></svg></span>
 <button id="more" class="ant-dropdown-trigger">▾</button>
</div></div>
<script>
var ta = document.getElementById('ta');
function send(via) { record(ta.value, via); ta.value = ''; }
['main', 'second', 'acc', 'val', 'key', 'icon'].forEach(function (id) { document.getElementById(id).addEventListener('click', function () { send(id); }); });
document.getElementById('key').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); send('key-enter'); } });
document.getElementById('more').addEventListener('click', function () {
  var m = document.createElement('ul'); m.className = 'menu ant-dropdown-menu'; m.setAttribute('role', 'menu');
  m.innerHTML = '<li role="menuitem" id="close">发送并结束会话</li><li role="menuitem" id="transfer"><span>发送并转接</span></li>';
  document.body.appendChild(m);
  m.addEventListener('click', function (e) { var li = e.target.closest('li'); if (li) { send(li.id); m.remove(); } });
});
</script>`,
);

// L1: a workbench SendBox with two editors, each with its own 发送, and a second composer (textarea + its
// own 发 送) elsewhere on the page.
pages['/rt26/second-composer'] = doc(
  'L1 second composer',
  `<div class="SendBox"><div class="SendBox-Editor"><div class="ql-container"><div class="ql-editor" id="q" contenteditable="true"><p><br></p></div></div></div>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="qsend"><span>发 送</span></button></div></div>
<div class="note-pane"><textarea id="ta2" rows="3"></textarea><button class="ant-btn ant-btn-primary" id="send2"><span>发 送</span></button></div>
<script>
var q = document.getElementById('q'), ta2 = document.getElementById('ta2');
document.getElementById('qsend').addEventListener('click', function () { record(q.innerText, 'q'); q.innerHTML = '<p><br></p>'; });
document.getElementById('send2').addEventListener('click', function () { record(ta2.value, 'ta2'); ta2.value = ''; });
</script>`,
);

// L2: a web component with an open (or, with ?closed, a closed) shadow root holding the textarea and its
// 发送 (the textarea a direct child of the root).
pages['/rt26/shadow'] = doc(
  'L2 open shadow',
  `<chat-box id="box"></chat-box>
<script>
var mode = location.search === '?closed' ? 'closed' : 'open';
customElements.define('chat-box', class extends HTMLElement {
  constructor() {
    super();
    var root = this.attachShadow({ mode: mode });
    this.__root = root; // the test's handle on a closed root (page script; the guard uses chrome.dom)
    root.innerHTML = '<textarea rows="3"></textarea><button><span>发送</span></button>';
    var ta = root.querySelector('textarea');
    root.querySelector('button').addEventListener('click', function () { record(ta.value, 'shadow'); ta.value = ''; });
    ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); record(ta.value, 'shadow-enter'); ta.value = ''; } });
  }
});
</script>`,
);

// L2: the composer in a same-origin iframe (an editor page), its 发送 in the outer page.
pages['/rt26/frame'] = doc(
  'L2 iframe composer',
  `<div class="editor-wrap" style="display:flex;align-items:flex-start;padding-top:200px"><div class="actions"><button class="ant-btn ant-btn-primary" id="send"><span>发送</span></button></div>
<iframe id="ifr" src="/rt26/frame-inner" style="width:360px;height:80px"></iframe></div>
<script>
document.getElementById('send').addEventListener('click', function () {
  var ta = document.getElementById('ifr').contentDocument.getElementById('ta'); record(ta.value, 'outer'); ta.value = '';
});
</script>`,
);
pages['/rt26/frame-inner'] = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><textarea id="ta" rows="3" style="width:95%"></textarea></body></html>`;

// L4: the page sends on Alt+S and Ctrl+S (a hotkeys library on document); Enter is only a newline.
pages['/rt26/hotkeys'] = doc(
  'L4 hotkeys',
  `<textarea id="ta" rows="3"></textarea><button id="send">发送</button>
<script>
var ta = document.getElementById('ta');
document.getElementById('send').addEventListener('click', function () { record(ta.value, 'click'); ta.value = ''; });
document.addEventListener('keydown', function (e) {
  if (e.code !== 'KeyS') return;
  if (e.altKey || e.ctrlKey) { e.preventDefault(); record(ta.value, e.altKey ? 'alt-s' : 'ctrl-s'); ta.value = ''; }
});
</script>`,
);
