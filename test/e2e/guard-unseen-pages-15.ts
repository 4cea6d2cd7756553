// Round-15 red-team pages: hand-written imitations served at the workbench's real origin
// (https://im.kwaixiaodian.com/rt15/...) and a sibling subdomain, written from the notes'
// description of the real DOM and from how common editors behave — not from the demo.
// Every page records what it really sent in window.__sent (text exactly as the page sends it).

export const V = '亲，加我微信 abc12345 私聊';
export const C = '亲，已经为您催促仓库发货了';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Shared page runtime: record(), a chat list, a serializer for contenteditable (img → alt). */
const RUNTIME = `
<script>
window.__sent = [];
window.__events = [];
function record(t, pane) {
  window.__sent.push(pane ? pane + ':' + t : t);
  var list = document.querySelector('.ChatMessageList-ContentWrap') || document.body;
  var row = document.createElement('div');
  row.id = '0_buyer1_' + Date.now() + '_' + window.__sent.length;
  row.className = 'kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__isMine';
  var body = document.createElement('div'); body.className = 'kwaishop-cs-LayoutDefaultWrapper_msgBody';
  body.textContent = t; row.appendChild(body); list.appendChild(row);
}
function ser(node) {
  // Quill/Slate-like getText(): blocks are lines, <br> alone is an empty line, <img> is its alt.
  var out = [];
  function inline(n) {
    var s = '';
    n.childNodes.forEach(function (c) {
      if (c.nodeType === 3) s += c.data;
      else if (c.nodeName === 'IMG') s += c.getAttribute('alt') || '';
      else if (c.nodeName === 'BR') s += '';
      else s += inline(c);
    });
    return s;
  }
  var blocks = Array.prototype.filter.call(node.childNodes, function (c) { return c.nodeType === 1 && /^(P|DIV)$/.test(c.nodeName); });
  if (blocks.length === 0) return inline(node);
  blocks.forEach(function (b) { out.push(inline(b)); });
  return out.join('\\n');
}
function isIme(e) { return e.isComposing || e.keyCode === 229; }
</script>`;

const STYLE = `<style>
body{font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0}
.new-workbench-container{display:flex;height:100vh}
.leftBottom{width:240px;border-right:1px solid #eee}
.chat{flex:1;display:flex;flex-direction:column;min-width:0}
.ChatMessageList{flex:1;overflow:auto;padding:8px}
.SendBox{border-top:1px solid #eee;padding:8px;height:170px;display:flex;flex-direction:column}
.SendBox-Editor{flex:1;overflow:auto}
.ql-editor{min-height:80px;outline:none;white-space:pre-wrap}
.ql-editor p{margin:0}
.SendBox-buttonRight{text-align:right}
.ant-btn{border:1px solid #d9d9d9;border-radius:6px;padding:4px 15px;background:#fff;cursor:pointer}
.ant-btn-primary{background:#fe3666;border-color:#fe3666;color:#fff}
textarea,input[type=text]{width:90%;font:inherit}
.send-btn{display:inline-block;padding:4px 12px;background:#1677ff;color:#fff;border-radius:4px;cursor:pointer;user-select:none}
.mention{color:#1677ff;background:#e6f4ff;border-radius:3px;padding:0 2px}
.qr{padding:4px 8px;border:1px dashed #aaa;margin:2px;cursor:pointer;display:inline-block}
</style>`;

const doc = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${STYLE}${head}${RUNTIME}</head><body>${body}</body></html>`;

/** The workbench shell from the notes (session list, chat pane, SendBox). */
const shell = (sendBox: string, extraLeft = '', rows = '') => `
<div class="new-workbench-container">
  <div class="leftBottom"><div class="tabs"><div class="SessionTab"><span class="tabItem">当前会话</span></div></div>
    <div class="SessionListGroup"><div class="SessionListGroup-FolderSessions">
      <div class="SessionListGroupItem"><span class="SessionListGroupItem-groupName">请在3分钟内回复</span><span class="SessionListGroupItem-count">(1)</span></div>
      <div class="SessionStarCard"><div class="SessionBaseCard active"><div class="SessionBaseCard-topHeadName">买家小李</div><div class="SessionBaseCard-topHeadTime">2分10秒后超时</div><div class="SessionBaseCard-lastMessage">什么时候发货</div></div></div>
    </div></div>${extraLeft}
  </div>
  <div class="chat">
    <div class="TargetUserHeader"><div class="LoginUserInfo"><div class="LoginUserInfo-mainTitle"><span class="LoginUserInfo-mainTitle-text">买家小李</span></div></div></div>
    <div class="ChatMessageList"><div class="ChatMessageList-ContentWrap">${rows}</div></div>
    ${sendBox}
  </div>
</div>`;

const quillBox = (id = '') => `
<div class="SendBox"${id ? ` id="${id}"` : ''}><div class="SendBox-Editor"><div class="ql-container ql-snow"><div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" data-placeholder="请输入消息，按Enter发送"><p><br></p></div></div></div>
<div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary"><span>发 送</span></button></div></div>`;

export const pages: Record<string, string> = {};

// ---------------------------------------------------------------------------------------------- A. forms
// A1: <input> in a <form>; Enter = implicit submission (Chrome clicks the default button, then submit).
pages['/rt15/form-input'] = doc(
  'A1 form input',
  `<div id="root"></div><script>
function render(){ document.getElementById('root').innerHTML = '<form id="f" class="chat-form"><input type="text" id="composer" name="msg" autocomplete="off" placeholder="输入消息"> <button type="submit" class="ant-btn ant-btn-primary">发送</button></form>';
  document.getElementById('f').addEventListener('submit', function(e){ e.preventDefault(); var i=document.getElementById('composer'); if(!i.value) return; record(i.value); i.value=''; }); }
render(); window.rerender = render;
</script>`,
);
// A1b: the same with no script at all: the form really POSTs (the route records the body).
pages['/rt15/form-post'] = doc(
  'A1b form post',
  `<form id="f" action="/rt15/sent" method="post"><input type="text" id="composer" name="msg" autocomplete="off"> <button type="submit">发送</button></form>`,
);
pages['/rt15/sent'] = doc('sent', '<p>已发送</p>');
// A2: textarea in a form; the page's own keydown calls form.requestSubmit(); <button type=submit>发送</button>.
pages['/rt15/form-requestsubmit'] = doc(
  'A2 requestSubmit',
  `<div id="root"></div><script>
function render(){ document.getElementById('root').innerHTML = '<form id="f"><textarea id="composer" name="msg" rows="4"></textarea><div><button type="submit">发送</button></div></form>';
  var f=document.getElementById('f'), t=document.getElementById('composer');
  t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); f.requestSubmit(); } });
  f.addEventListener('submit', function(e){ e.preventDefault(); if(!t.value) return; record(t.value); t.value=''; }); }
render(); window.rerender = render;
</script>`,
);

// ---------------------------------------------------------------------------------------------- B. triggers
// B1: Quill composer in the notes' SendBox; Enter is swallowed on keydown and the message is sent on keyup.
pages['/rt15/keyup-quill'] = doc(
  'B1 keyup',
  shell(quillBox()) +
    `<script>
function wire(){ var ed=document.querySelector('.ql-editor'), btn=document.querySelector('.SendBox-buttonRight .ant-btn-primary');
  var downEnter=false;
  ed.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); downEnter=true; } });
  ed.addEventListener('keyup', function(e){ if(e.key==='Enter' && downEnter){ downEnter=false; send(); } });
  btn.addEventListener('click', send);
  function send(){ var t=ser(ed); if(!t.trim()) return; record(t); ed.innerHTML='<p><br></p>'; } }
function rerender(){ var box=document.querySelector('.SendBox'); var n=document.createElement('div'); n.innerHTML=${JSON.stringify(quillBox())}; box.replaceWith(n.firstElementChild); wire(); }
wire(); window.rerender=rerender;
</script>`,
);
// B2–B4: the send "button" is a div that sends on mousedown / pointerdown / pointerup (no click handler).
for (const ev of ['mousedown', 'pointerdown', 'pointerup', 'mouseup'] as const) {
  pages[`/rt15/btn-${ev}`] = doc(
    `B ${ev}`,
    `<div id="root"></div><script>
function render(){ document.getElementById('root').innerHTML = '<div class="composer-wrap"><textarea id="composer" rows="4" placeholder="输入消息"></textarea></div><div class="send-btn" role="button" tabindex="0">发送</div>';
  var t=document.getElementById('composer'), b=document.querySelector('.send-btn');
  function send(){ if(!t.value) return; record(t.value); t.value=''; }
  t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  b.addEventListener('${ev}', function(e){ e.preventDefault(); send(); }); }
render(); window.rerender=render;
</script>`,
  );
}
// B5: Enter inserts a newline; only the button sends. The agent Tabs to 发送 and presses Space (or Enter).
pages['/rt15/tab-activate'] = doc(
  'B5 tab',
  `<div id="root"></div><script>
function render(){ document.getElementById('root').innerHTML = '<textarea id="composer" rows="4"></textarea><div><button type="button" id="send" class="ant-btn ant-btn-primary">发送</button></div>';
  var t=document.getElementById('composer'), b=document.getElementById('send');
  b.addEventListener('click', function(){ if(!t.value) return; record(t.value); t.value=''; }); }
render(); window.rerender=render;
</script>`,
);
// B6: Lexical/ProseMirror style: no keydown handler; the send is reached through beforeinput insertParagraph.
pages['/rt15/beforeinput'] = doc(
  'B6 beforeinput',
  `<div id="root"></div><script>
function render(){ document.getElementById('root').innerHTML = '<div class="editor-shell"><div id="composer" contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" aria-label="输入消息" style="min-height:80px;border:1px solid #ddd;white-space:pre-wrap"><p><br></p></div></div><button type="button" id="send">发送</button>';
  var ed=document.getElementById('composer'), b=document.getElementById('send');
  function send(){ var t=ser(ed); if(!t.trim()) return; record(t); ed.innerHTML='<p><br></p>'; }
  ed.addEventListener('beforeinput', function(e){ window.__events.push(e.inputType); if(e.inputType==='insertParagraph'){ e.preventDefault(); send(); } });
  b.addEventListener('click', send); }
render(); window.rerender=render;
</script>`,
);

// B7: QQ-style Alt+S sends (and Enter sends); B8: the 发送 button is a web component whose <button> is in its shadow root.
pages['/rt15/alt-s'] = doc(
  'B7 Alt+S',
  `<textarea id="composer" rows="4"></textarea><div><button type="button" id="send" title="按 Alt+S 发送">发送(S)</button></div><script>
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
document.addEventListener('keydown', function(e){ if(e.altKey && (e.key==='s'||e.key==='S'||e.code==='KeyS')){ e.preventDefault(); send(); } });
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !e.ctrlKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
window.rerender=function(){};
</script>`,
);
pages['/rt15/wc-button'] = doc(
  'B8 web component button',
  `<textarea id="composer" rows="4"></textarea><div><rt-button id="send" kind="primary">发送</rt-button></div><script>
customElements.define('rt-button', class extends HTMLElement { constructor(){ super(); var r=this.attachShadow({mode:'open'}); r.innerHTML='<style>button{background:#fe3666;color:#fff;border:0;border-radius:6px;padding:4px 15px}</style><button part="button"><slot></slot></button>'; } });
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
window.rerender=function(){};
</script>`,
);

// ---------------------------------------------------------------------------------------------- C. text the page puts in
// C1: React-style controlled textarea + a 快捷短语 panel (native setter + input event); Enter on keydown sends state.
pages['/rt15/quick-react'] = doc(
  'C1 quick react',
  `<div id="root"></div><div class="QuickReply"><span class="qr" id="qr-v" data-text="${esc(V)}">加微信话术</span><span class="qr" id="qr-c" data-text="${esc(C)}">催发货</span></div><script>
var state={value:''};
var setter=Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype,'value').set;
function render(){ document.getElementById('root').innerHTML = '<textarea id="composer" rows="4"></textarea><div><button type="button" id="send" class="ant-btn ant-btn-primary">发送</button></div>';
  var t=document.getElementById('composer');
  t.addEventListener('input', function(){ state.value=t.value; });
  t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  document.getElementById('send').addEventListener('click', send); }
function send(){ if(!state.value) return; record(state.value); state.value=''; setter.call(document.getElementById('composer'),''); }
document.querySelectorAll('.qr').forEach(function(q){ q.addEventListener('mousedown', function(e){ e.preventDefault(); });
  q.addEventListener('click', function(){ var t=document.getElementById('composer'); setter.call(t, q.dataset.text); t.dispatchEvent(new Event('input',{bubbles:true})); }); });
render(); window.rerender=render;
</script>`,
);
// C2: plain textarea; the quick phrase sets .value with NO event; 发送 reads .value.
pages['/rt15/quick-silent'] = doc(
  'C2 quick silent',
  `<textarea id="composer" rows="4"></textarea><div><button type="button" id="send">发送</button></div><div class="QuickReply"><span class="qr" id="qr-v" data-text="${esc(V)}">加微信话术</span><span class="qr" id="qr-c" data-text="${esc(C)}">催发货</span></div><script>
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
document.querySelectorAll('.qr').forEach(function(q){ q.addEventListener('click', function(){ t.value=q.dataset.text; }); });
window.rerender=function(){};
</script>`,
);
// C3: Quill workbench keeping its own model: typing updates the model from the DOM (MutationObserver, as Quill
// does), paste is intercepted (preventDefault, clipboardData → model → re-render, no input event), the quick
// phrase sets the model and re-renders the editor's HTML (no input event). Send sends the MODEL.
const quillModelScript = `<script>
var model='';
function renderEditor(ed){ ed.innerHTML = model ? model.split('\\n').map(function(l){ var p=document.createElement('p'); if(l) p.textContent=l; else p.appendChild(document.createElement('br')); return p.outerHTML; }).join('') : '<p><br></p>'; }
function placeCaretEnd(ed){ var r=document.createRange(); r.selectNodeContents(ed); r.collapse(false); var s=getSelection(); s.removeAllRanges(); s.addRange(r); }
function wire(){ var ed=document.querySelector('.ql-editor'), btn=document.querySelector('.SendBox-buttonRight .ant-btn-primary');
  new MutationObserver(function(){ model = ser(ed); }).observe(ed,{subtree:true,childList:true,characterData:true});
  ed.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  ed.addEventListener('paste', function(e){ e.preventDefault(); var txt=e.clipboardData.getData('text/plain'); var sel=getSelection(); model = (model||'') + txt; renderEditor(ed); placeCaretEnd(ed); });
  btn.addEventListener('click', send); }
function send(){ var ed=document.querySelector('.ql-editor'); if(!model.trim()) return; record(model); model=''; rerender(); }
// The whole SendBox is re-rendered after each send and on conversation switch (node replaced).
function rerender(){ var box=document.querySelector('.SendBox'); var n=document.createElement('div'); n.innerHTML=${JSON.stringify(quillBox())}; var fresh=n.firstElementChild; box.replaceWith(fresh); renderEditor(fresh.querySelector('.ql-editor')); wire(); }
document.querySelectorAll('.qr').forEach(function(q){ q.addEventListener('mousedown', function(e){ e.preventDefault(); });
  q.addEventListener('click', function(){ model=q.dataset.text; var ed=document.querySelector('.ql-editor'); renderEditor(ed); }); });
wire(); window.rerender=rerender;
</script>`;
pages['/rt15/quill-model'] = doc(
  'C3 quill model',
  shell(quillBox(), `<div class="QuickReply"><div>快捷短语</div><span class="qr" id="qr-v" data-text="${esc(V)}">加微信话术</span><span class="qr" id="qr-c" data-text="${esc(C)}">催发货</span></div>`) +
    quillModelScript,
);
// C4: drag-and-drop of text from a draggable canned phrase into a plain textarea (the browser's default drop).
pages['/rt15/dnd'] = doc(
  'C4 dnd',
  `<div><span id="drag-v" class="qr" draggable="true">${esc(V)}</span> <span id="drag-c" class="qr" draggable="true">${esc(C)}</span></div>
<textarea id="composer" rows="4"></textarea><div><button type="button" id="send">发送</button></div><script>
document.querySelectorAll('[draggable]').forEach(function(d){ d.addEventListener('dragstart', function(e){ e.dataTransfer.setData('text/plain', d.textContent); e.dataTransfer.effectAllowed='copy'; }); });
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
window.rerender=function(){};
</script>`,
);

// ---------------------------------------------------------------------------------------------- D. rich contenteditable
export const RICH: Record<string, { html: string; sends: string; violating: boolean }> = {
  split: { html: '<p>亲，加我<span>微</span><b>信</b> abc12345 私聊</p>', sends: V, violating: true },
  emoji: { html: '<p>亲<img class="emoji" alt="[微笑]" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">，加我微信<img class="emoji" alt="[OK]" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> abc12345 私聊</p>', sends: '亲[微笑]，加我微信[OK] abc12345 私聊', violating: true },
  lines: { html: '<div>亲，您好</div><div><br></div><div>加我微信 abc12345 私聊</div>', sends: '亲，您好\n\n加我微信 abc12345 私聊', violating: true },
  mention: { html: '<p><span class="mention" contenteditable="false" data-id="u1">@小王</span>&nbsp;亲，加我微信 abc12345 私聊</p>', sends: '@小王\u00a0亲，加我微信 abc12345 私聊', violating: true },
  zwEdges: { html: '<p>\ufeff亲，加我微信 abc12345 私聊\u200b</p>', sends: '\ufeff亲，加我微信 abc12345 私聊\u200b', violating: true },
  zwInside: { html: '<p>亲，加我微\u200b信 abc12345 私聊</p>', sends: '亲，加我微\u200b信 abc12345 私聊', violating: true },
  cleanEmoji: { html: '<p>亲<img class="emoji" alt="[微笑]" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">，已经为您催促仓库发货了</p>', sends: '亲[微笑]，已经为您催促仓库发货了', violating: false },
  cleanMentionLines: { html: '<div><span class="mention" contenteditable="false">@小王</span>&nbsp;亲，</div><div><br></div><div>已经为您催促仓库发货了</div>', sends: '@小王\u00a0亲，\n\n已经为您催促仓库发货了', violating: false },
};
pages['/rt15/rich'] = doc(
  'D rich',
  shell(quillBox()) +
    `<script>
var ed0=document.querySelector('.ql-editor');
function wire(){ var ed=document.querySelector('.ql-editor'), btn=document.querySelector('.SendBox-buttonRight .ant-btn-primary');
  ed.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  btn.addEventListener('click', send); }
function send(){ var ed=document.querySelector('.ql-editor'); var t=ser(ed); if(!t.replace(/[\\s\\u200b\\ufeff]/g,'')) return; record(t); ed.innerHTML='<p><br></p>'; }
// The page restores a saved draft (conversation switch / draft box) by writing the editor's HTML.
window.loadDraft=function(html){ var ed=document.querySelector('.ql-editor'); ed.innerHTML=html; };
wire(); window.rerender=function(){};
</script>`,
);

// ---------------------------------------------------------------------------------------------- E. two panes
const pane = (id: string, buyer: string) => `
<div class="chat" id="${id}" style="border-left:2px solid #ccc">
  <div class="TargetUserHeader"><div class="LoginUserInfo"><div class="LoginUserInfo-mainTitle"><span class="LoginUserInfo-mainTitle-text">${buyer}</span></div></div></div>
  <div class="ChatMessageList"><div class="ChatMessageList-ContentWrap"></div></div>
  ${quillBox()}
</div>`;
pages['/rt15/two-panes'] = doc(
  'E two panes',
  `<div class="new-workbench-container">${pane('left', '买家甲')}${pane('right', '买家乙')}</div><script>
['left','right'].forEach(function(id){ var root=document.getElementById(id), ed=root.querySelector('.ql-editor'), btn=root.querySelector('.ant-btn-primary');
  function send(){ var t=ser(ed); if(!t.trim()) return; record(t, id); ed.innerHTML='<p><br></p>'; }
  ed.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  btn.addEventListener('click', send); });
window.rerender=function(){};
</script>`,
);

// E2: the same with two plain textareas (generic path), each pane with its own 发送.
pages['/rt15/two-textareas'] = doc(
  'E2 two textareas',
  `<div style="display:flex;gap:12px">
  <div id="left" class="pane"><div class="ChatMessageList"><div class="ChatMessageList-ContentWrap"></div></div><textarea class="composer" rows="4" placeholder="回复买家甲"></textarea><button type="button" class="send">发送</button></div>
  <div id="right" class="pane"><div class="ChatMessageList"><div class="ChatMessageList-ContentWrap"></div></div><textarea class="composer" rows="4" placeholder="回复买家乙"></textarea><button type="button" class="send">发送</button></div>
</div><script>
['left','right'].forEach(function(id){ var root=document.getElementById(id), t=root.querySelector('textarea'), b=root.querySelector('.send');
  function send(){ if(!t.value) return; record(t.value, id); t.value=''; }
  t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
  b.addEventListener('click', send); });
window.rerender=function(){};
</script>`,
);

// E3: the composer inside a modal <dialog> (showModal: everything outside the dialog is inert, the dialog is in the
// top layer), as a 留言/转接 pop-up would have it.
pages['/rt15/modal'] = doc(
  'E3 modal',
  shell('<div class="SendBox"><button type="button" class="ant-btn" id="open">留言</button></div>') +
    `<dialog id="dlg" style="width:520px"><div class="ant-modal-content"><div class="ant-modal-header">给买家留言</div><textarea id="composer" rows="4"></textarea><div class="ant-modal-footer"><button type="button" class="ant-btn" id="cancel">取消</button><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div></dialog><script>
var dlg=document.getElementById('dlg'), t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
document.getElementById('open').addEventListener('click', function(){ dlg.showModal(); t.focus(); });
dlg.showModal();
window.rerender=function(){};
</script>`,
);

// ---------------------------------------------------------------------------------------------- F. frames, bfcache
const framedComposer = doc(
  'composer frame',
  `<textarea id="composer" rows="4"></textarea><div><button type="button" id="send" class="ant-btn ant-btn-primary">发送</button></div><script>
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; try{ parent.postMessage({sent:window.__sent.slice()}, '*'); }catch(e){} }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
</script>`,
);
pages['/rt15/frame/composer'] = framedComposer;
for (const host of ['s', 'static']) {
  pages[`/rt15/xorigin-${host}`] = doc(
    `F cross-origin ${host}`,
    shell(`<iframe class="composer-frame" src="https://${host}.kwaixiaodian.com/rt15/frame/composer" style="width:100%;height:180px;border:0"></iframe>`),
  );
}
pages['/rt15/bfcache'] = doc(
  'F bfcache',
  `<textarea id="composer" rows="4"></textarea><div><button type="button" id="send" class="ant-btn ant-btn-primary">发送</button></div><a id="away" href="/rt15/elsewhere">订单详情</a><script>
window.__restored=false; addEventListener('pageshow', function(e){ if(e.persisted) window.__restored=true; });
var t=document.getElementById('composer');
function send(){ if(!t.value) return; record(t.value); t.value=''; }
t.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
window.rerender=function(){};
</script>`,
);
pages['/rt15/elsewhere'] = doc('elsewhere', '<p>订单详情</p>');

// ---------------------------------------------------------------------------------------------- G. big workbench
export function bigRows(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const mine = i % 2 === 1;
    out.push(
      `<div id="0_10086_${i}" class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper ${mine ? 'kwaishop-cs-LayoutDefaultWrapper__isMine' : 'kwaishop-cs-LayoutDefaultWrapper__notMe'}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody">${mine ? '客服小美' : '买家小李'}2-22 18:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${mine ? '亲，已经为您催促仓库发货了，第' + i + '条' : '请问什么时候发货呀，订单号' + (100000 + i)}</div></div></div>`,
    );
  }
  return out.join('');
}
pages['/rt15/big'] = doc(
  'G big',
  shell(quillBox(), '', bigRows(5000)) +
    `<script>
window.__lags=[]; window.__long=[]; var pending=[];
addEventListener('keydown', function(e){ if(e.key.length===1) pending.push(e.timeStamp); }, true);
var ed=document.querySelector('.ql-editor');
window.__sync=[]; ed.addEventListener('input', function(){ var t0=pending.shift(); if(t0===undefined) return; window.__sync.push(performance.now()-t0); requestAnimationFrame(function(){ setTimeout(function(){ window.__lags.push(performance.now()-t0); }, 0); }); });
ed.addEventListener('keydown', function(e){ if(e.key==='Enter' && !e.shiftKey && !isIme(e)){ e.preventDefault(); var t=ser(ed); if(t.trim()){ record(t); ed.innerHTML='<p><br></p>'; } } });
document.querySelector('.SendBox-buttonRight .ant-btn-primary').addEventListener('click', function(){ var t=ser(ed); if(t.trim()){ record(t); ed.innerHTML='<p><br></p>'; } });
try { new PerformanceObserver(function(l){ l.getEntries().forEach(function(en){ window.__long.push(en.duration); }); }).observe({type:'longtask', buffered:false}); } catch(e){}
window.rerender=function(){};
</script>`,
);
