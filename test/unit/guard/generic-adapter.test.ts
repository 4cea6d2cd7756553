// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cannedReplyOf, editableRoot, editablesNear, findComposerCandidates, findSendButton, isDraftSendControl, isScheduleConfirm, isSendToken, labelNamesSend, NAME_WALK_NODES, nameText, outerHiddenPart, sendTokenWords, wrapsOnly } from '../../../sites/generic';
import { rememberIconName } from '../../../sites/icon-memory';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('editableRoot', () => {
  it('finds text fields and the outermost contenteditable host', () => {
    page(`<textarea id="t"></textarea><input id="i"><input id="s" type="search">
      <div id="ce" contenteditable="true"><p><b id="inner">x</b></p><span contenteditable="false"><i id="island">@买家</i></span></div>`);
    expect(editableRoot($('#t'))).toBe($('#t'));
    expect(editableRoot($('#i'))).toBe($('#i'));
    expect(editableRoot($('#s'))).toBeNull();
    expect(editableRoot($('#inner'))).toBe($('#ce'));
    expect(editableRoot($('#inner').firstChild)).toBe($('#ce'));
    expect(editableRoot($('#island'))).toBeNull();
    expect(editableRoot(document.body)).toBeNull();
    expect(editableRoot(null)).toBeNull();
  });
});

describe('findSendButton', () => {
  it.each([
    ['发送 text', '<div><textarea></textarea><button id="x">表情</button><button id="want">发送</button></div>'],
    ['Ant Design spacing "发 送"', '<div class="SendBox"><div><textarea></textarea></div><div class="SendBox-buttonRight"><button id="want" class="ant-btn ant-btn-primary"><span>发 送</span></button></div></div>'],
    ['aria-label Send on an icon button', '<div><div contenteditable="true"></div><button aria-label="Send" id="want"><svg></svg></button></div>'],
    ['an icon named send', '<div><textarea></textarea><button id="want"><i class="icon-send"></i></button></div>'],
    ['English Send text', '<form><textarea></textarea><button type="submit" id="want">Send</button></form>'],
    ['the nearest primary button when nothing says 发送', '<div><textarea></textarea><button>取消</button><button id="want" class="btn-primary">➤</button></div>'],
  ])('%s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea, [contenteditable]'))).toBe($('#want'));
  });

  it('prefers a button labelled 发送 a level further away over a nearer primary one', () => {
    page('<div><div><textarea></textarea><button class="ant-btn-primary">📎</button></div><button id="want">发送</button></div>');
    expect(findSendButton($('textarea'))).toBe($('#want'));
  });

  it('pairs each of two composers with its own button, and a search field with none', () => {
    page(`<main><div><input id="q"></div>
      <div class="chat"><textarea id="a"></textarea><button id="send-a">发送</button></div>
      <div class="chat"><textarea id="b"></textarea><button id="send-b">发送</button></div></main>`);
    expect(findSendButton($('#a'))).toBe($('#send-a'));
    expect(findSendButton($('#b'))).toBe($('#send-b'));
    expect(findSendButton($('#q'))).toBeNull();
  });

  it('never picks 发送图片, emoji, cancel or a button inside the editor; null when nothing is near', () => {
    page('<div><div contenteditable="true"><button>发送</button></div><button>发送图片</button><button>表情</button><button>取消</button></div>');
    expect(findSendButton($('[contenteditable]'))).toBeNull();
  });
});

describe('findSendButton: a send control that is not a button', () => {
  // The page's own Send control may be any element whose whole text (or label) is a send word.
  it.each([
    ['<span>发送</span> (no button, no role)', '<div class="composer"><div contenteditable="true"></div><div class="toolbar"><span id="want" class="op">发送</span></div></div>'],
    ['"发 送" with a space', '<div><textarea></textarea><div class="bar"><span id="want">发 送</span></div></div>'],
    ['Send in a div', '<div><textarea></textarea><div id="want" class="x">Send</div></div>'],
    ['发送消息 in an <a> without href', '<div><textarea></textarea><a id="want">发送消息</a></div>'],
    ['the outermost clickable element holding only the word', '<div><textarea></textarea><div class="toolbar"><div id="want" class="btn" style="cursor:pointer"><span><i>发送</i></span></div></div></div>'],
    ['a div titled 发送 around an icon', '<div><textarea></textarea><div id="want" title="发送"><svg></svg></div></div>'],
  ])('%s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea, [contenteditable]'))).toBe($('#want'));
  });

  it.each([
    ['a 发送成功 status', '<div><textarea></textarea><span>发送成功</span></div>'],
    ['a 发送时间 label', '<div><textarea></textarea><span>发送时间</span><span>18:55</span></div>'],
    ['an 已发送 status', '<div><textarea></textarea><span class="status">已发送</span></div>'],
    ['a message row mentioning 发送', '<div><div class="row">请尽快发送快递单号</div><textarea></textarea></div>'],
    ['发送图片 / 发送文件 actions', '<div><textarea></textarea><span>发送图片</span><span>发送文件</span></div>'],
    ['a span inside the editor', '<div><div contenteditable="true"><span>发送</span></div></div>'],
    ['a <script> or <option> saying send', '<div><textarea></textarea><select><option>Send</option></select><script>send</script></div>'],
  ])('never %s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea, [contenteditable]'))).toBeNull();
  });

  it('keeps the preference order: a button labelled 发送 before a span, a span before a primary button', () => {
    page('<div><div><textarea></textarea><span id="span">发送</span></div><button id="button">发送</button></div>');
    expect(findSendButton($('textarea'))?.id).toBe('button');
    page('<div><textarea></textarea><button class="btn-primary">➤</button><span id="span">发送</span></div>');
    expect(findSendButton($('textarea'))?.id).toBe('span');
  });

  it('pairs each composer with its own span, never a box holding the empty editor', () => {
    page(`<main><div class="chat"><textarea id="a"></textarea><span id="send-a">发送</span></div>
      <div class="chat"><textarea id="b"></textarea><span id="send-b">发送</span></div></main>`);
    expect(findSendButton($('#a'))).toBe($('#send-a'));
    expect(findSendButton($('#b'))).toBe($('#send-b'));
    page('<div id="box"><div contenteditable="true"></div><span id="want">发送</span></div>');
    expect(findSendButton($('[contenteditable]'))).toBe($('#want'));
  });
});

describe('findComposerCandidates', () => {
  it('takes editables with a Send button near them; a bare input needs one', () => {
    page(`<section><input id="search-like"><button>搜索</button></section>
      <section><textarea id="c"></textarea><button>发送</button></section>
      <section><textarea id="d" disabled></textarea><button>发送</button></section>`);
    expect(findComposerCandidates(document.body).map((e) => e.id)).toEqual(['c']);
  });
});

describe('isDraftSendControl: any control that sends the draft (round 26, L1)', () => {
  it('takes 发送, 发送(S), 发送并…, Send, an input value, an icon alt or an icon-only send control', () => {
    page(`<button id="a">发 送</button><button id="b">发送(S)</button><li role="menuitem" id="c">发送并结束会话</li>
      <button id="d">Send</button><input type="button" id="e" value="发送"><button id="f"><img alt="发送"></button>
      <div tabindex="0" title="发送" id="g"></div><span id="h" class="btn-send"><svg></svg></span>`);
    for (const id of 'abcdefgh') expect(isDraftSendControl($('#' + id)), id).toBe(true);
  });
  it('leaves what sends something else, a quote-reply, a message row, or a bare word that is not a control', () => {
    page(`<button id="a">发送图片</button><button id="b">回复</button><button id="c">重新发送</button>
      <div id="d">发送</div><p id="e">发送并结束会话这一项是一条很长的聊天消息内容</p><button id="f"><i id="icon" class="icon-send"></i>发送商品</button>`);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'icon']) expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });
});

describe('isDraftSendControl and findSendButton: an icon named send only by its image, symbol, class or javascript: call (round 45, finding 1)', () => {
  it('takes <img src=…/icon-send.svg>, send@2x.png, an unnamed image in <a href="javascript:doSend()">, icon-fasong, el-icon-s-promotion, <use xlink:href="#icon-send">', () => {
    page(`<img id="a" src="https://static.example.com/cs/icon-send.svg"><img id="b" src="/img/send@2x.png?v=3">
      <a id="c" href="javascript:doSend()"><img src="data:image/svg+xml,x"></a><i id="d" class="iconfont icon-fasong"></i>
      <i id="e" class="el-icon-s-promotion"></i><svg id="f"><use xlink:href="#icon-send"></use></svg><svg id="g"><use href="/sprite.svg#icon-fasong"></use></svg>
      <a id="h" href="javascript:chat.sendMessage()"><img></a>`);
    for (const id of 'abcdefgh') expect(isDraftSendControl($('#' + id)), id).toBe(true);
  });
  it('leaves icons that send an image or a file, unnamed ones, and a send icon inside a link labelled otherwise', () => {
    page(`<img id="a" src="/img/send-image.png"><i id="b" class="iconfont icon-fasongtupian"></i><a id="c" href="javascript:sendFile()"><img></a>
      <a id="d" href="javascript:void(0)"><img src="data:image/svg+xml,x"></a><svg id="e"><use href="#icon-tupian"></use></svg><img id="f" src="data:image/png;base64,c2VuZA==">
      <a href="/pic">发送图片<img id="g" src="/img/send.png"></a><img id="h" src="/img/avatar.png">`);
    for (const id of 'abcdefgh') expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });
  it('the composer’s send icon is its 发送 (an <svg> drawing #icon-send, the link around an unnamed image), not the toolbar’s other icons', () => {
    page(`<div><textarea id="c"></textarea><div class="toolbar"><img id="pic" src="/img/send-image.png"><span onclick="x()"><svg id="s"><use xlink:href="#icon-send"></use></svg></span></div></div>`);
    expect(findSendButton($('#c'))).toBe($('#s'));
    page(`<div><textarea id="c"></textarea><div class="toolbar"><a id="s" href="javascript:doSend()"><img src="/img/arrow.svg"></a></div></div>`);
    expect(findSendButton($('#c'))).toBe($('#s'));
  });
  it('a toolbar holding other icons besides the send icon is no wrapper of it', () => {
    page(`<div id="bar"><img id="pic" src="/img/picture.png"><i id="s" class="icon-fasong"></i></div><div id="only"><i id="t" class="icon-fasong"></i></div>`);
    expect(wrapsOnly($('#bar'), $('#s'))).toBe(false);
    expect(wrapsOnly($('#only'), $('#t'))).toBe(true);
  });
});

describe('labelNamesSend: a field with a send of its own beside the site composer (round 44, finding 3)', () => {
  it('takes 发送 and the labels that name a send: 发送给买家, 发送优惠券, 确认发送, Send; leaves 保存, 提交, 发送图片, 发送商品, 回复', () => {
    page(`<button id="a">发 送</button><button id="b">发送给买家</button><button id="c">发送优惠券</button><button id="d">确认发送</button>
      <button id="e">Send</button><button id="f" class="ant-btn-primary">保存</button><button id="g">提交</button><button id="h">发送图片</button>
      <button id="i">发送商品</button><button id="j">回复</button>`);
    for (const id of 'abcde') expect(labelNamesSend($('#' + id)), id).toBe(true);
    for (const id of 'fghij') expect(labelNamesSend($('#' + id)), id).toBe(false);
  });
});

describe('a broadcast’s send: 群发 and its family (round 47, finding 1)', () => {
  it('takes 群发, 立即群发, 开始群发, 一键群发, 确认群发, 群发(3) as labels naming a send and a draft’s send; leaves 群发助手, 群发记录, 群发设置, 群发消息列表', () => {
    page(`<div role="dialog"><textarea></textarea><button id="a">群发</button><button id="b">立即群发</button><button id="c">开始 群发</button><button id="d">一键群发</button>
      <button id="e">确认群发</button><button id="f">群发(3)</button><button id="g">群发助手</button><button id="h">群发记录</button>
      <button id="i">群发设置</button><button id="j">群发消息列表</button></div>
      <div role="tablist"><div role="tab" id="k">群发</div></div><button id="l">群发</button><a href="#" id="m">群发</a>`);
    for (const id of 'abcdef') expect(labelNamesSend($('#' + id)), id).toBe(true);
    for (const id of 'abcdef') expect(isDraftSendControl($('#' + id)), id).toBe(true);
    for (const id of 'ghij') expect(labelNamesSend($('#' + id)), id).toBe(false);
    for (const id of 'ghij') expect(isDraftSendControl($('#' + id)), id).toBe(false);
    // Round 47 second pass: outside a dialog holding its field, or on an opener, 群发 is no send.
    for (const id of 'klm') expect(labelNamesSend($('#' + id)), id).toBe(false);
    for (const id of 'klm') expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });
  it('a 群发 dialog’s textarea is a composer with 立即群发 its send; a 备注 field beside 群发助手 / 群发记录 and a search are not', () => {
    page(`<div role="dialog" aria-modal="true"><div>群发消息</div><label><input type="checkbox" checked>买家A</label>
      <textarea id="bc" placeholder="请输入群发内容"></textarea><div class="ant-modal-footer"><button>取消</button><button id="go" class="ant-btn-primary">立即群发</button></div></div>
      <section><textarea id="note" placeholder="备注"></textarea><button class="ant-btn-primary">保存</button><button>群发记录</button><button>群发助手</button></section>
      <section><input id="q" placeholder="搜索会话"><button>搜索</button><button>群发助手</button></section>`);
    expect(findSendButton($('#bc'))).toBe($('#go'));
    expect(labelNamesSend(findSendButton($('#note'))!)).toBe(false);
    expect(findComposerCandidates(document.body).map((e) => e.id)).not.toContain('q');
  });
});

describe('open shadow roots and frames (round 26, L2)', () => {
  it('pairs a composer and its 发送 inside an open shadow root', () => {
    page('<div id="host"></div>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea><button><span>发送</span></button>'; // fixture markup
    const ta = root.querySelector('textarea')!;
    expect(findSendButton(ta)).toBe(root.querySelector('button'));
    expect(editablesNear(root.querySelector('button')!)).toEqual([ta]);
  });
});

describe('modalButtonsAfter (round 30, M2)', () => {
  it('the buttons of the modal around the composer that come after it (its footer), none outside a modal', async () => {
    const { modalButtonsAfter } = await import('@/content/guard/attach');
    document.body.innerHTML = `<div role="dialog"><button id="x">×</button><div><textarea id="t"></textarea></div>
      <div class="footer"><button id="cancel">取消</button><button id="ok">完成</button></div></div><textarea id="plain"></textarea><button>发送</button>`;
    const ids = modalButtonsAfter(document.getElementById('t')!).map((b) => b.id);
    expect(ids).toEqual(['cancel', 'ok']);
    expect(modalButtonsAfter(document.getElementById('plain')!)).toEqual([]);
  });
});

describe('composers the page draws elsewhere (round 39)', () => {
  it('L2: a CodeMirror 5 / Ace hidden textarea stands for its editor, which pairs with 发送 and is found near it', () => {
    page(`<div class="SendBox"><div class="CodeMirror" id="cm"><div><textarea id="cmta"></textarea></div>
      <div class="CodeMirror-scroll"><div class="CodeMirror-code"><pre class="CodeMirror-line"><span>加我微信</span></pre></div></div></div>
      <button id="send">发送</button></div>
      <div class="ace_editor" id="ace"><textarea class="ace_text-input" id="acta"></textarea><div class="ace_text-layer"><div class="ace_line">x</div></div></div>
      <textarea id="plain"></textarea>`);
    expect(editableRoot($('#cmta'))).toBe($('#cm'));
    expect(editableRoot($('#acta'))).toBe($('#ace'));
    expect(editableRoot($('#plain'))).toBe($('#plain'));
    expect(findSendButton($('#cm'))).toBe($('#send'));
    expect(editablesNear($('#send'))).toEqual([$('#cm')]);
  });

  it('L5: an image button labelled 发送 by its alt is a send control', () => {
    page('<form><textarea></textarea><input type="image" id="img" alt="发送" src="data:,"></form>');
    expect(findSendButton($('textarea'))).toBe($('#img'));
    expect(isDraftSendControl($('#img'))).toBe(true);
  });

  it('L1: in a document in designMode, everything belongs to its body, which is the only candidate', () => {
    page('<p id="p">加我微信</p>');
    document.designMode = 'on';
    try {
      expect(editableRoot($('#p'))).toBe(document.body);
      expect(findComposerCandidates(document.body)).toEqual([document.body]);
    } finally {
      document.designMode = 'off';
    }
  });
});

describe('round 40: scheduled sends and wrappers of 发送', () => {
  it('定时发送 / 预约发送 are draft sends; 定时 alone, 发送时间 and 定时任务 are not', () => {
    page(`<button id="a">定时发送</button><span id="b" style="cursor:pointer">预约 发送</span><button id="c">定时</button>
      <button id="d">发送时间</button><button id="e">定时任务</button>`);
    for (const id of ['a', 'b']) expect(isDraftSendControl($('#' + id)), id).toBe(true);
    for (const id of ['c', 'd', 'e']) expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });

  it("a scheduling popup's 确定 schedules the draft; a 确定 elsewhere, or in a box holding a composer, does not", () => {
    page(`<div id="pick">定时发送时间 <input value="10:00"><button id="ok">确定</button></div>
      <div>确认删除这条消息？<button id="del">确定</button></div>
      <div>定时发送<textarea></textarea><button id="inbox">确定</button></div>
      <div id="long">${'很长的聊天记录'.repeat(20)}<div><button id="far">确定</button></div> 定时</div>`);
    expect(isScheduleConfirm($('#ok'))).toBe(true);
    expect(isScheduleConfirm($('#del'))).toBe(false);
    expect(isScheduleConfirm($('#inbox'))).toBe(false);
    expect(isScheduleConfirm($('#far'))).toBe(false);
  });

  it('an element holding only the send button is it; one holding another button, a field or other text is not', () => {
    page(`<div id="w1"><button id="s1" style="pointer-events:none">发送</button></div>
      <div id="w2"><button id="e2">😊</button><button id="s2">发送</button></div>
      <div id="w3">按回车发送 <button id="s3">发送</button></div>
      <div id="w4"><textarea></textarea><button id="s4">发送</button></div>`);
    expect(wrapsOnly($('#w1'), $('#s1'))).toBe(true);
    expect(wrapsOnly($('#s1'), $('#s1'))).toBe(false);
    expect(wrapsOnly($('#w2'), $('#s2'))).toBe(false);
    expect(wrapsOnly($('#w3'), $('#s3'))).toBe(false);
    expect(wrapsOnly($('#w4'), $('#s4'))).toBe(false);
    expect(wrapsOnly(document.body, $('#s1'))).toBe(false);
  });
});

describe('round 41: how a send control is named', () => {
  it('L3 L7: aria-labelledby (hidden text too), a tooltip attribute or the tooltip aria-describedby points at name an icon-only control', () => {
    page(`<div class="SendBox"><textarea id="c"></textarea><span id="lbl" hidden>发送</span><div id="a" role="button" tabindex="0" aria-labelledby="lbl"><svg></svg></div></div>
      <button id="b" data-tooltip="发送"><svg></svg></button><button id="d" aria-describedby="tip"><svg></svg></button><div id="tip" role="tooltip">发 送</div>
      <button id="e" data-tooltip="表情"><svg></svg></button><button id="f" aria-describedby="long"><svg></svg></button><div id="long">${'很长的说明'.repeat(10)}发送</div>
      <button id="g" aria-labelledby="long">发送</button><button id="h" aria-labelledby="h">发送</button>`);
    expect(findSendButton($('#c'))).toBe($('#a'));
    for (const id of ['a', 'b', 'd', 'g', 'h']) expect(isDraftSendControl($('#' + id)), id).toBe(true);
    for (const id of ['e', 'f']) expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });

  it("L2 L4: a label of a hidden checkbox or radio, and an image map's area, are controls named by their text or alt", () => {
    page(`<input type="checkbox" id="cb" style="display:none"><label id="a" for="cb">发送</label>
      <input type="radio" id="rb" style="display:none"><label id="b" for="rb">发送</label><label id="c" for="t">发送</label><textarea id="t"></textarea>
      <img usemap="#m"><map name="m"><area id="d" href="javascript:void 0" alt="发送"><area id="e" alt="发送"><area id="f" href="#x" alt="表情"></map>
      <label id="g" class="ant-checkbox-wrapper"><input type="checkbox" style="opacity:0">发送后关闭</label>`);
    for (const id of ['a', 'b', 'd']) expect(isDraftSendControl($('#' + id)), id).toBe(true);
    for (const id of ['c', 'e', 'f', 'g']) expect(isDraftSendControl($('#' + id)), id).toBe(false);
  });

  it("L6: a one-click send's reply is its card's text outside its buttons; none in a composer's dock or a list of cards", () => {
    page(`<aside><div class="card"><p>加我微信 abc12345</p><div><button id="a">一键发送</button><button>编辑</button></div></div>
      <div class="card"><p>亲，在的</p><span id="b" role="button">快捷 发送</span></div></aside>
      <div><textarea></textarea><button id="c">一键发送</button></div>
      <ul><li>回复一</li><li>回复二</li><li><button id="d">一键发送</button></li><li><button id="e">一键发送</button></li></ul><button id="f">发送</button>`);
    expect(cannedReplyOf($('#a'))).toBe('加我微信 abc12345');
    expect(cannedReplyOf($('#b'))).toBe('亲，在的');
    for (const id of ['c', 'd', 'e', 'f']) expect(cannedReplyOf($('#' + id)), id).toBeNull();
  });
});

describe('round 42: names from descendants, 送出, invisible characters', () => {
  const one = (control: string) => page(`<div><textarea id="c"></textarea>${control}</div>`);
  it.each([
    ['<span role=img aria-label>', '<button id="s"><span role="img" aria-label="发送"></span></button>'],
    ['<svg aria-label>', '<button id="s"><svg aria-label="发送"><path></path></svg></button>'],
    ['<svg><g aria-label>', '<button id="s"><svg><g aria-label="发送"><path></path></g></svg></button>'],
    ['<i aria-label> and an arrow', '<button id="s"><i role="img" aria-label="发送"></i>→</button>'],
    ['<span role=img aria-label>➤</span>', '<button id="s"><span role="img" aria-label="发送">➤</span></button>'],
    ['<img title> without alt', '<button id="s"><img title="发送"></button>'],
    ['送出', '<button id="s">送出</button>'],
    ['傳送', '<button id="s">傳送</button>'],
    ['发&shy;送', '<button id="s">发&shy;送</button>'],
    ['发 zero-width space 送', '<button id="s">发&#8203;送</button>'],
    ['发 zero-width joiner 送', '<button id="s">发&zwj;送</button>'],
  ])('L3 L4 L5: %s names the send button and a draft send control', (_, control) => {
    one(control);
    expect(findSendButton($('#c'))).toBe($('#s'));
    expect(isDraftSendControl($('#s'))).toBe(true);
  });

  it('L3: a <span> holding <svg><title>发送</title> is the send control (its svg)', () => {
    one('<span id="s"><svg id="v"><title>发送</title><path></path></svg></span>');
    expect(findSendButton($('#c'))).toBe($('#v'));
  });

  it('发布, Senden and icons named 表情 / 图片 by a descendant, or an img whose alt is empty, are no sends', () => {
    for (const control of ['<button id="s">发布</button>', '<button id="s">Senden</button>', '<button id="s"><svg aria-label="表情"></svg></button>', '<button id="s"><img title="图片"></button>', '<button id="s"><img alt="" title="发送"></button>']) {
      one(control);
      expect(findSendButton($('#c')), control).toBeNull();
      expect(isDraftSendControl($('#s')), control).toBe(false);
    }
  });
});

describe('round 43: aria-hidden parts are no part of a send control name', () => {
  it('nameText leaves out aria-hidden parts of the element (not a hidden part above it); drawn keeps them; long text is null', () => {
    page(`<div id="root" aria-hidden="true"><button id="b"><span aria-hidden="true">attach_file</span>发送</button></div>
      <button id="long">${'很长的文字'.repeat(10)}</button>`);
    expect(nameText($('#b'), 16)).toBe('发送');
    expect(nameText($('#b'), 16, true)).toBe('attach_file发送');
    expect(nameText($('#long'), 16)).toBeNull();
  });
  it.each([
    ['a 发送 button beside an aria-hidden icon ligature', '<div><textarea></textarea><button id="want"><span class="material-icons" aria-hidden="true">attach_file</span>发送</button></div>'],
    ['a text control beside an aria-hidden ligature', '<div><textarea></textarea><div id="want" style="cursor:pointer"><span aria-hidden="true">north_east</span>发送</div></div>'],
    ['a button whose only text is an aria-hidden 发送 glyph', '<div><textarea></textarea><button id="want"><i aria-hidden="true">发送</i></button></div>'],
    ['the 发送 beside a 表情 holding an aria-hidden 发送 decoy', '<div><textarea></textarea><button id="x"><svg aria-label="表情"></svg><span aria-hidden="true">发送</span></button><button id="want" class="primary">提交</button></div>'],
  ])('findSendButton: %s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea, [contenteditable]'))?.id).toBe('want');
  });
  it('isDraftSendControl reads the name as a browser does', () => {
    page(`<textarea></textarea><button id="a"><span aria-hidden="true">attach_file</span>发送</button>
      <button id="b"><svg aria-label="表情"></svg><span id="decoy" aria-hidden="true">发送</span></button><button id="c"><i aria-hidden="true">发送</i></button>`);
    expect(isDraftSendControl($('#a'))).toBe(true);
    expect(isDraftSendControl($('#b'))).toBe(false);
    expect(isDraftSendControl($('#decoy'))).toBe(false);
    expect(isDraftSendControl($('#c'))).toBe(true);
  });
});

describe('round 44: nested aria-hidden parts, and a bounded name walk', () => {
  it('nameText: aria-hidden="false" inside an aria-hidden part stays hidden (as Chromium computes it); a hidden part inside another is left out; the element itself hidden names nothing', () => {
    page(`<button id="a"><span aria-hidden="true">x<span aria-hidden="false">发送</span></span>表情</button>
      <button id="b"><span aria-hidden="true"><i aria-hidden="true">发送</i></span></button><button id="c" aria-hidden="true">发送</button>`);
    expect(nameText($('#a'), 16)).toBe('表情');
    expect(nameText($('#b'), 16)).toBe('');
    expect(nameText($('#b'), 16, true)).toBe('发送');
    expect(nameText($('#c'), 16)).toBe('');
  });
  it('outerHiddenPart: the outermost small hidden part, never a large one above it', () => {
    page(`<div id="root" aria-hidden="true">${'页面文字'.repeat(20)}<div id="s"><span id="outer" aria-hidden="true"><i id="inner" aria-hidden="true">发送</i></span></div></div>`);
    expect(outerHiddenPart($('#inner')).id).toBe('outer');
  });
  it.each([
    ['a 发送 glyph in aria-hidden inside aria-hidden (a text control)', '<div><textarea></textarea><div id="want" style="cursor:pointer"><span aria-hidden="true"><i aria-hidden="true">发送</i></span></div></div>'],
    [
      'the 发送 beside a 表情 text control whose decoy is aria-hidden="false" inside aria-hidden',
      '<div><textarea></textarea><div id="x" style="cursor:pointer"><svg aria-label="表情"></svg><span aria-hidden="true"><span aria-hidden="false">发送</span></span></div><button id="want" class="primary">提交</button></div>',
    ],
    [
      'the 发送 beside a 表情 text control whose decoy is nested aria-hidden',
      '<div><textarea></textarea><div id="x" style="cursor:pointer"><svg aria-label="表情"></svg><span aria-hidden="true"><span aria-hidden="true">发送</span></span></div><button id="want" class="primary">提交</button></div>',
    ],
  ])('findSendButton: %s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea'))?.id).toBe('want');
  });
  it('isDraftSendControl: a 表情 whose 发送 is aria-hidden="false" inside aria-hidden is no send control', () => {
    page(`<textarea></textarea><button id="b"><svg aria-label="表情"></svg><span aria-hidden="true"><span id="decoy" aria-hidden="false">发送</span></span></button>`);
    expect(isDraftSendControl($('#b'))).toBe(false);
    expect(isDraftSendControl($('#decoy'))).toBe(false);
  });
  it('nameText walks at most NAME_WALK_NODES nodes: a control whose whole subtree is hidden is rejected whole; a huge blank subtree is cut short', () => {
    page(`<div id="hidden" aria-label="附件"><span aria-hidden="true" id="sprite"></span></div><div id="blank"></div>`);
    const sprite = $('#sprite');
    const blank = $('#blank');
    for (let i = 0; i < 5000; i++) {
      sprite.appendChild(document.createElement('b')).textContent = ' ';
      blank.appendChild(document.createElement('b')).textContent = ' ';
    }
    let visits = 0;
    const real = document.createTreeWalker.bind(document);
    document.createTreeWalker = ((root: Node, what?: number, filter?: NodeFilter | null) => {
      const walker = real(root, what, filter);
      const next = walker.nextNode.bind(walker);
      walker.nextNode = () => (visits++, next());
      return walker;
    }) as typeof document.createTreeWalker;
    try {
      expect(nameText($('#hidden'), 11)).toBe('');
      expect(visits, 'the hidden part is skipped whole').toBeLessThan(5);
      visits = 0;
      expect(nameText($('#hidden'), 11, true)).toBeNull();
      expect(visits).toBeLessThanOrEqual(NAME_WALK_NODES + 1);
      visits = 0;
      expect(nameText(blank, 11)).toBeNull();
      expect(visits).toBeLessThanOrEqual(NAME_WALK_NODES + 1);
    } finally {
      document.createTreeWalker = real as typeof document.createTreeWalker;
    }
  });
});

describe('round 44 (guard44c): findSendButton leaves a huge hidden sprite beside the 发送 out of its walk', () => {
  /** Counts the nodes every TreeWalker made while `run` runs hands out (nextNode), deterministically. */
  function visitsOf(run: () => void): number {
    let visits = 0;
    const real = document.createTreeWalker.bind(document);
    document.createTreeWalker = ((root: Node, what?: number, filter?: NodeFilter | null) => {
      const walker = real(root, what, filter);
      const next = walker.nextNode.bind(walker);
      walker.nextNode = () => (visits++, next());
      return walker;
    }) as typeof document.createTreeWalker;
    try {
      run();
    } finally {
      document.createTreeWalker = real as typeof document.createTreeWalker;
    }
    return visits;
  }
  const SPRITE = 5000;
  function withSprite(html: string): void {
    page(html);
    const sprite = $('#sprite');
    for (let i = 0; i < SPRITE; i++) sprite.appendChild(document.createElement('b')).textContent = ' ';
  }

  it('a huge aria-hidden sprite (5,000 nodes here) in a control beside the 发送 is skipped whole: the walk stays far below its size, the 发送 is found', () => {
    withSprite(`<textarea id="c"></textarea><div class="bar"><button id="s">发送</button>
      <div id="big" style="cursor:pointer" aria-label="附件"><span aria-hidden="true" id="sprite"></span></div></div>`);
    let found: HTMLElement | null = null;
    const visits = visitsOf(() => (found = findSendButton($('#c'))));
    expect(found!.id).toBe('s');
    expect(visits, `nodes visited: ${visits}`).toBeLessThan(4 * NAME_WALK_NODES);
  });
  it('a text control 发送 beside the sprite is still found, and a 发送 glyph in a small hidden part still names its control', () => {
    withSprite(`<div><textarea id="c"></textarea><div class="bar"><div id="s" style="cursor:pointer"><i aria-hidden="true">发送</i></div>
      <div id="big" style="cursor:pointer" aria-label="附件"><span aria-hidden="true" id="sprite"></span></div></div></div>`);
    let found: HTMLElement | null = null;
    const visits = visitsOf(() => (found = findSendButton($('#c'))));
    expect(found!.id).toBe('s');
    expect(visits).toBeLessThan(4 * NAME_WALK_NODES);
  });
  it('a large hidden part holding the editor (a page root behind a dialog) is walked as before: its 发送 text control is found', () => {
    page(`<div id="root" aria-hidden="true">${'<p>聊天记录</p>'.repeat(300)}<div><textarea id="c"></textarea><div id="s" style="cursor:pointer">发送</div></div></div>`);
    expect(findSendButton($('#c'))?.id).toBe('s');
  });
});

describe('isSendToken (round 46, finding 2)', () => {
  it('reads hashed CSS-modules / umi / BEM class names word by word, as their plain forms', () => {
    const yes = ['icon-send', 'send-icon', 'sendIcon', 'btn-send', 'sendBtn', 'send', 'send-button', 'sendmsg', 'icon-fasong', 'icon-发送', 'el-icon-s-promotion',
      'SendBox_sendIcon__3kZ9a', 'sendIcon___2xYz', 'styles_send__aB12c', 'SendBox-module__send___1a2b3', 'send__icon', 'sendButton_abc12', 'kwai-send-btn_1x2',
      'kwaishop-cs-SendBox_sendBtn', 'SendBox_sendIcon__aBcDe'];
    for (const token of yes) expect(isSendToken(token), `${token}: ${sendTokenWords(token).join(' ')}`).toBe(true);
  });
  it('keeps sendImage / sendFile, the send box and its areas, and other hashed names out', () => {
    const no = ['SendBox', 'sendImage', 'sendFile', 'send-image', 'icon-fasongtupian', 'SendBox-buttonRight', 'send-area', 'send__wrap', 'resend', 'promotion', 'css-1x2y',
      'SendBox_container__3kZ9a', 'sendImage_icon__x1y2z', 'SendBox-module__toolbar___1a2b3', 'styles_sendFile__aB12c'];
    for (const token of no) expect(isSendToken(token), `${token}: ${sendTokenWords(token).join(' ')}`).toBe(false);
  });
  it('takes a div/span icon with such a class, no role, as the composer’s send control', () => {
    page(`<div class="SendBox"><div contenteditable="true" id="ed"></div><div class="bar"><span id="want" class="SendBox_sendIcon__3kZ9a" style="cursor:pointer"></span>
      <span class="SendBox_emoji__3kZ9a" style="cursor:pointer"></span></div></div>`);
    expect(isDraftSendControl($('#want'))).toBe(true);
    expect(isDraftSendControl($('.SendBox_emoji__3kZ9a'))).toBe(false);
    expect(findSendButton($('#ed'))).toBe($('#want'));
  });
});

describe('send icons whose name is lost at the click (round 46, finding 3)', () => {
  it('reads an inline background-image URL like an img src', () => {
    page(`<div><div contenteditable="true" id="ed"></div><span id="want" style="display:inline-block;width:24px;height:24px;background-image:url(/static/img/icon-send.png)"></span>
      <span id="img" style="display:inline-block;width:24px;height:24px;background-image:url(/static/img/icon-image.png)"></span></div>`);
    expect(isDraftSendControl($('#want'))).toBe(true);
    expect(isDraftSendControl($('#img'))).toBe(false);
  });
  it('remembers the name an image had before the page swapped in a data: URL (its load failed)', () => {
    page(`<div><div contenteditable="true" id="ed"></div><img id="want" width="24" height="24" src="/static/img/icon-send.svg"></div>`);
    const img = $<HTMLImageElement>('#want');
    rememberIconName(img);
    img.setAttribute('src', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=');
    expect(isDraftSendControl(img)).toBe(true);
    // A data: image never named (nothing remembered) is no send.
    const other = document.createElement('img');
    other.src = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
    img.after(other);
    expect(isDraftSendControl(other)).toBe(false);
  });
});
