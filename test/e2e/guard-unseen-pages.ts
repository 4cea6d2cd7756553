// Imitation chat pages served at https://im.kwaixiaodian.com/<path> (no network), for guard-unseen-pages.spec.ts.
// Written blind (red team, round 13) from the notes (workbench DOM) and from how common editors behave,
// without reading the guard's code or the demo.
//
// Every page keeps its OWN model of the draft (what it would send) and pushes each send into window.__sent
// (in the frame that holds the composer). window.__keys records the Enter keydowns the page's handler saw.

export type EditorKind = 'quill' | 'textarea' | 'react' | 'draft' | 'slate';
export type SendOn = 'keydown' | 'keypress' | 'ctrlEnter' | 'buttonOnly';
export type ListenOn = 'editor' | 'window-capture' | 'document-capture' | 'document-bubble' | 'window-bubble';
export type ButtonKind = 'ant' | 'divRole' | 'span' | 'iconTitle' | 'ariaLabelInserted' | 'disabledUntilTyped';

export interface PageConfig {
  editor: EditorKind;
  sendOn: SendOn;
  listenOn: ListenOn;
  button: ButtonKind;
  /** Two buyers with a session list; clicking a card swaps the composer's content (re-rendered node). */
  buyers?: { id: string; name: string; draft: string }[];
}

export const DEFAULT: PageConfig = { editor: 'quill', sendOn: 'keydown', listenOn: 'editor', button: 'ant' };

const APP = String.raw`
(function(){
  var cfg = window.__cfg;
  var sent = window.__sent = [];
  var keys = window.__keys = [];
  var buyers = cfg.buyers || [{ id: 'b1', name: '买家甲', draft: '' }];
  var current = 0;
  var state = { draft: '' };
  var editor, sendBtn, box;
  var root = document.getElementById('composer-root');
  var nativeSetter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;

  function esc(s){ return s.replace(/[&<>"]/g, function(c){ return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); }

  // ---- model <-> DOM per editor kind ----
  function readQuill(){ return Array.from(editor.children).map(function(p){ return p.textContent; }).join('\n'); }
  function quillHtml(text){ return text.split('\n').map(function(l){ return l ? '<p>'+esc(l)+'</p>' : '<p><br></p>'; }).join(''); }
  function richHtml(text){
    if (cfg.editor === 'slate') return text.split('\n').map(function(l){ return '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' + (l ? '<span data-slate-string="true">'+esc(l)+'</span>' : '<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span>') + '</span></span></div>'; }).join('');
    return '<div data-contents="true">' + text.split('\n').map(function(l, i){ return '<div class="public-DraftStyleDefault-block" data-block="true" data-offset-key="k'+i+'-0-0"><span data-offset-key="k'+i+'-0-0"><span data-text="true">'+(l ? esc(l) : '<br data-text="true">')+'</span></span></div>'; }).join('') + '</div>';
  }
  function caretToEnd(el){
    var r = document.createRange();
    var w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); var last = null, n;
    while ((n = w.nextNode())) if (n.data.replace(/\uFEFF/g, '') !== '') last = n;
    if (last && cfg.editor !== 'quill') { r.setStart(last, last.data.length); } else { r.selectNodeContents(el); r.collapse(false); }
    var s = getSelection(); s.removeAllRanges(); s.addRange(r);
  }
  function renderRich(){ editor.innerHTML = richHtml(state.draft); caretToEnd(editor); }
  function readRichDom(){
    var blocks = cfg.editor === 'slate' ? editor.querySelectorAll('[data-slate-node="element"]') : editor.querySelectorAll('[data-block="true"]');
    return Array.from(blocks).map(function(b){ return b.textContent.replace(/\uFEFF/g, ''); }).join('\n');
  }

  function updateButton(){
    if (cfg.button === 'disabledUntilTyped') sendBtn.disabled = state.draft.trim() === '';
    if (cfg.button === 'ariaLabelInserted') {
      var has = state.draft.trim() !== '';
      var btn = box.querySelector('.send-slot button');
      if (has && !btn) { box.querySelector('.send-slot').innerHTML = '<button type="button" class="IconButton" aria-label="Send"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M1 1l14 7-14 7z"/></svg></button>'; bindButton(); }
      if (!has && btn) { btn.remove(); }
    }
  }
  function setDraft(v){ state.draft = v; updateButton(); }

  function buttonHtml(){
    switch (cfg.button) {
      case 'ant': return '<div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary"><span>发 送</span></button></div>';
      case 'divRole': return '<div class="toolbar"><div role="button" tabindex="0" class="btn-send-x">发送</div></div>';
      case 'span': return '<div class="toolbar"><span class="op">发送</span></div>';
      case 'iconTitle': return '<div class="toolbar"><button type="button" class="icon-btn" title="发送"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M1 1l14 7-14 7z"/></svg></button></div>';
      case 'ariaLabelInserted': return '<div class="toolbar send-slot"></div>';
      case 'disabledUntilTyped': return '<div class="toolbar"><button type="button" class="btn" disabled>发送</button></div>';
    }
  }
  function editorHtml(){
    switch (cfg.editor) {
      case 'quill': return '<div class="SendBox-Editor"><div class="ql-container ql-snow"><div class="ql-editor ql-blank" contenteditable="true" data-gramm="false" data-placeholder="请输入消息，按Enter发送">'+quillHtml(state.draft)+'</div></div></div>';
      case 'textarea': case 'react': return '<div class="ta-wrap"><textarea class="msg-input" rows="4" placeholder="请输入"></textarea></div>';
      case 'draft': return '<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="false" style="outline:none;white-space:pre-wrap;word-wrap:break-word"></div></div></div>';
      case 'slate': return '<div data-slate-editor="true" data-slate-node="value" contenteditable="true" role="textbox" zindex="-1" style="position:relative;outline:none;white-space:pre-wrap;word-wrap:break-word;min-height:60px"></div>';
    }
  }

  function doSend(){
    var text = state.draft;
    if (!text.trim()) return;
    sent.push(text);
    var log = document.querySelector('.ChatMessageList');
    if (log) { var row = document.createElement('div'); row.className = 'kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__isMine'; row.textContent = text; log.appendChild(row); }
    buyers[current].draft = '';
    state.draft = '';
    render();
  }

  function onEnterKey(e){
    if (e.key !== 'Enter') return;
    keys.push({ type: e.type, shift: e.shiftKey, ctrl: e.ctrlKey, composing: e.isComposing, keyCode: e.keyCode, prevented: e.defaultPrevented });
    if (e.isComposing || e.keyCode === 229) return;
    if (cfg.listenOn !== 'editor' && !(document.activeElement === editor || editor.contains(document.activeElement))) return;
    if (cfg.editor === 'quill' && e.defaultPrevented) return; // Quill 1.x keyboard module skips prevented events
    var wantType = cfg.sendOn === 'keypress' ? 'keypress' : 'keydown';
    if (e.type !== wantType) return;
    var quillNewline = cfg.editor === 'quill' && (e.shiftKey || cfg.sendOn === 'buttonOnly' || (cfg.sendOn === 'ctrlEnter' && !(e.ctrlKey || e.metaKey)));
    if (quillNewline) { e.preventDefault(); editor.insertAdjacentHTML('beforeend', '<p><br></p>'); caretToEnd(editor.lastChild); setDraft(readQuill()); return; }
    if (cfg.sendOn === 'ctrlEnter') {
      if (e.ctrlKey || e.metaKey) { e.preventDefault(); doSend(); }
      return; // plain Enter: default newline
    }
    if (cfg.sendOn === 'buttonOnly') return; // Enter inserts a newline
    if (e.shiftKey) return; // textarea / rich editors: newline via default or beforeinput
    e.preventDefault();
    doSend();
  }

  function bindButton(){
    sendBtn = box.querySelector('.SendBox-buttonRight .ant-btn-primary, .btn-send-x, .toolbar .op, .icon-btn, .send-slot button, .toolbar .btn');
    if (sendBtn) sendBtn.addEventListener('click', function(){ if (sendBtn.disabled) return; doSend(); });
  }

  function render(){
    // The whole composer is replaced (a new node), never reused.
    state.draft = buyers[current].draft;
    box = document.createElement('div');
    box.className = cfg.editor === 'quill' ? 'SendBox' : 'composer';
    box.setAttribute('data-render', String((window.__renders = (window.__renders || 0) + 1)));
    box.innerHTML = editorHtml() + buttonHtml();
    root.replaceChildren(box);
    editor = box.querySelector('.ql-editor, textarea, .public-DraftEditor-content, [data-slate-editor]');
    bindButton();
    if (cfg.editor === 'textarea' || cfg.editor === 'react') {
      nativeSetter.call(editor, state.draft);
      editor.addEventListener('input', function(e){
        setDraft(e.target.value);
        if (cfg.editor === 'react') { var v = state.draft; queueMicrotask(function(){ if (editor.value !== v) nativeSetter.call(editor, v); }); }
      });
    } else if (cfg.editor === 'quill') {
      new MutationObserver(function(){ setDraft(readQuill()); editor.classList.toggle('ql-blank', state.draft === ''); }).observe(editor, { childList: true, subtree: true, characterData: true });
      editor.addEventListener('input', function(){ setDraft(readQuill()); });
    } else {
      renderRich();
      var composing = false;
      editor.addEventListener('compositionstart', function(){ composing = true; });
      editor.addEventListener('compositionend', function(){ composing = false; setTimeout(function(){ setDraft(readRichDom()); renderRich(); }, 0); });
      editor.addEventListener('beforeinput', function(e){
        if (composing || e.isComposing || e.inputType === 'insertCompositionText') return; // let the IME write the DOM
        var t = e.inputType;
        if (t === 'insertText' || t === 'insertReplacementText' || t === 'insertFromPaste') {
          e.preventDefault();
          var data = e.data != null ? e.data : (e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
          setDraft(readRichDom() + data); renderRich();
        } else if (t === 'insertParagraph' || t === 'insertLineBreak') {
          e.preventDefault(); setDraft(readRichDom() + '\n'); renderRich();
        } else if (t === 'deleteContentBackward') {
          e.preventDefault(); var sel = getSelection(); var all = sel && !sel.isCollapsed; setDraft(all ? '' : readRichDom().slice(0, -1)); renderRich();
        } else {
          e.preventDefault();
        }
      });
      editor.addEventListener('input', function(){ setDraft(readRichDom()); });
    }
    if (cfg.listenOn === 'editor') { editor.addEventListener('keydown', onEnterKey); editor.addEventListener('keypress', onEnterKey); }
    updateButton();
    editor.focus();
    if (cfg.editor !== 'textarea' && cfg.editor !== 'react') caretToEnd(editor);
    var title = document.querySelector('.LoginUserInfo-mainTitle-text'); if (title) title.textContent = buyers[current].name;
    document.querySelectorAll('.SessionBaseCard').forEach(function(c, i){ c.classList.toggle('active', i === current); });
  }

  if (cfg.listenOn === 'window-capture') { window.addEventListener('keydown', onEnterKey, true); window.addEventListener('keypress', onEnterKey, true); }
  if (cfg.listenOn === 'window-bubble') { window.addEventListener('keydown', onEnterKey); window.addEventListener('keypress', onEnterKey); }
  if (cfg.listenOn === 'document-capture') { document.addEventListener('keydown', onEnterKey, true); document.addEventListener('keypress', onEnterKey, true); }
  if (cfg.listenOn === 'document-bubble') { document.addEventListener('keydown', onEnterKey); document.addEventListener('keypress', onEnterKey); }

  var list = document.querySelector('.SessionListGroup-FolderSessions');
  if (list) {
    list.innerHTML = buyers.map(function(b, i){ return '<div class="SessionStarCard"><div class="SessionBaseCard colorHighLight" data-i="'+i+'"><div class="SessionBaseCard-topHeadName">'+esc(b.name)+'</div><div class="SessionBaseCard-topHeadTime">2分10秒后超时</div><div class="SessionBaseCard-lastMessage">在吗</div></div></div>'; }).join('');
    list.addEventListener('click', function(e){
      var card = e.target.closest('.SessionBaseCard'); if (!card) return;
      buyers[current].draft = state.draft; // keep the unsent draft per buyer, like the workbench
      current = Number(card.getAttribute('data-i'));
      render();
    });
  }
  window.__switchTo = function(i){ document.querySelectorAll('.SessionBaseCard')[i].click(); };
  window.__draft = function(){ return state.draft; };
  window.__editor = function(){ return editor; };
  render();
})();
`;

const CSS = `body{margin:0;font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.new-workbench-container{display:flex;height:100vh}.leftBottom{width:260px;border-right:1px solid #eee}
.SessionBaseCard{padding:8px;border-bottom:1px solid #f0f0f0;cursor:pointer}.SessionBaseCard.active{background:#e6f4ff}
.chat{flex:1;display:flex;flex-direction:column}.ChatMessageList{flex:1;overflow:auto;padding:8px}
.SendBox,.composer{border-top:1px solid #eee;padding:8px;display:flex;flex-direction:column}
.ql-editor,.msg-input,.public-DraftEditor-content,[data-slate-editor]{min-height:80px;border:1px solid #ddd;padding:6px;width:calc(100% - 14px);outline:none}
.SendBox-buttonRight,.toolbar{text-align:right;padding-top:6px}.ant-btn{padding:4px 15px;background:#1677ff;color:#fff;border:0;border-radius:6px}
.btn-send-x,.op{display:inline-block;padding:4px 12px;background:#fe3666;color:#fff;border-radius:4px;cursor:pointer}
.icon-btn,.IconButton{width:32px;height:32px}`;

export function chatShell(composerArea: string): string {
  return `<div class="new-workbench-container">
  <div class="leftBottom"><div class="tabs"><div class="SessionTab"><span class="tabItem">当前会话</span></div></div>
    <div class="SessionListGroup"><div class="SessionListGroupItem"><span class="SessionListGroupItem-title"><span class="SessionListGroupItem-groupName">请在3分钟内回复</span><span class="SessionListGroupItem-count">(2)</span></span></div>
    <div class="SessionListGroup-FolderSessions"></div></div></div>
  <div class="chat">
    <div class="TargetUserHeader"><div class="LoginUserInfo"><div class="LoginUserInfo-mainTitle"><span class="LoginUserInfo-mainTitle-text">买家甲</span></div></div></div>
    <div class="ChatMessageList"><div class="ChatMessageList-ContentWrap">
      <div id="0_1001_a" class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__notMe"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody">买家甲 2-22 18:55:20</div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">在吗，什么时候发货</div></div></div>
    </div></div>
    ${composerArea}
  </div></div>`;
}

export function pageHtml(cfg: PageConfig, title = '快手小店客服工作台'): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>
<body>${chatShell('<div id="composer-root"></div>')}
<script>window.__cfg = ${JSON.stringify(cfg)};</script><script>${APP}</script></body></html>`;
}

/** Outer workbench whose composer lives in a same-origin iframe at `src`. */
export function iframeOuterHtml(src: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>快手小店客服工作台</title><style>${CSS} iframe{border:0;width:100%;height:220px}</style></head>
<body>${chatShell(`<iframe class="SendBox-frame" src="${src}"></iframe>`)}</body></html>`;
}

/** The iframe document: only the composer. */
export function iframeInnerHtml(cfg: PageConfig): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head>
<body><div id="composer-root"></div><script>window.__cfg = ${JSON.stringify(cfg)};</script><script>${APP}</script></body></html>`;
}

/** Outer workbench whose composer lives in a srcdoc iframe (about:srcdoc, same origin). */
export function srcdocOuterHtml(cfg: PageConfig): string {
  const inner = iframeInnerHtml(cfg).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>快手小店客服工作台</title><style>${CSS} iframe{border:0;width:100%;height:220px}</style></head>
<body>${chatShell(`<iframe class="SendBox-frame" srcdoc="${inner}"></iframe>`)}</body></html>`;
}
