// @vitest-environment happy-dom
// Round 54 (rt53g F3): 确 定 / 完 成 / 确 认 / 保 存 / 发 布 commit a buyer-facing or public field whenever 提 交 on it would be judged:
// one judgement of the field (a review reply, a text shown in a public place, a consumer complaint's answer, a section's heading) for
// every commit verb; 发布 / 发表 / 公开回复 make any field public but one the page keeps to itself. Private notes, searches, order
// remarks and staff-only tags still go.
import { describe, expect, it } from 'vitest';
import { confirmOpenerField, fieldsOfOwnSend, mayBeOwnSend, ownSendOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

/** The F3 rows (valid: the commit is the field's send). */
const SENDS: [string, string][] = [
  ['antd modal 回复评价 / 回复内容 / 确 定', '<div class="ant-modal" role="dialog"><div class="ant-modal-title">回复评价</div><div class="ant-modal-body"><label for="f">回复内容</label><textarea id="f"></textarea></div><div class="ant-modal-footer"><button>取 消</button><button id="b" class="ant-btn-primary"><span>确 定</span></button></div></div>'],
  ['消费者投诉 · 处理结果 / 处理结果说明 / 确 定', '<div class="box"><h4>消费者投诉 · 处理结果</h4><label for="f">处理结果说明</label><textarea id="f"></textarea><button id="b"><span>确 定</span></button></div>'],
  ['评价管理 / 商家解释（展示在商品评价区） / <button>完 成', '<div class="box"><h4>评价管理</h4><label for="f">商家解释（展示在商品评价区）</label><textarea id="f"></textarea><button id="b">完 成</button></div>'],
  ['评价管理 / 商家解释（展示在商品评价区） / role=button 完 成', '<div class="box"><h4>评价管理</h4><label for="f">商家解释（展示在商品评价区）</label><textarea id="f"></textarea><div role="button" tabindex="0" id="b">完 成</div></div>'],
  ['追评回复 / placeholder 回复将公开展示 / 发 布', '<div class="box"><h4>追评回复</h4><textarea id="f" placeholder="回复将公开展示"></textarea><button id="b"><span>发 布</span></button></div>'],
  ['追评回复 (heading only) / 确 认', '<div class="box"><h4>追评回复</h4><textarea id="f"></textarea><button id="b">确 认</button></div>'],
  ['回复买家的评价 / 保 存', '<section><h3>回复买家的评价</h3><textarea id="f"></textarea><button id="b">保 存</button></section>'],
  ['any field + 发 表 (public by nature)', '<div><label for="f">内容</label><textarea id="f"></textarea><button id="b">发 表</button></div>'],
  ['any field + <a>公开回复', '<div><label for="f">说点什么</label><textarea id="f"></textarea><a href="javascript:;" id="b">公开回复</a></div>'],
  ['问答 / 显示在商品详情页 / 确定', '<div><label for="f">答案（显示在商品详情页问大家）</label><textarea id="f"></textarea><button id="b">确定</button></div>'],
  ['投诉处理说明 / 确 定', '<div><label for="f">投诉处理说明</label><textarea id="f"></textarea><button id="b">确 定</button></div>'],
];

/** Controls that must still go (invalid: no send of the field). */
const GOES: [string, string][] = [
  ['添加内部备注 / 备注（仅内部可见） / 确 定', '<div class="ant-modal" role="dialog"><div class="ant-modal-title">添加内部备注</div><div class="ant-modal-body"><label for="f">备注（仅内部可见）</label><textarea id="f"></textarea></div><div class="ant-modal-footer"><button id="b" class="ant-btn-primary"><span>确 定</span></button></div></div>'],
  ['搜索聊天记录 / 确 定', '<div><label for="f">搜索聊天记录</label><input id="f" placeholder="搜索"><button id="b">确 定</button></div>'],
  ['订单备注 / 商家备注（买家不可见） / 确 定', '<div><h5>订单备注</h5><label for="f">商家备注（买家不可见）</label><textarea id="f"></textarea><button id="b"><span>确 定</span></button></div>'],
  ['客户标签 / 备注（仅客服可见） / <a>完成', '<div><h5>客户标签</h5><label for="f">备注（仅客服可见）</label><input id="f"><a href="javascript:;" id="b">完成</a></div>'],
  ['内部备注 + 发 布 (kept to the page)', '<div><label for="f">内部备注（仅内部可见）</label><textarea id="f"></textarea><button id="b">发 布</button></div>'],
  ['评价管理 alone / 筛选关键词 / 确 定', '<div><h4>评价管理</h4><label for="f">关键词</label><input id="f"><button id="b">确 定</button></div>'],
  ['商家解释（不公开） / 完 成', '<div><h4>评价管理</h4><label for="f">商家解释（不公开）</label><textarea id="f"></textarea><button id="b">完 成</button></div>'],
  ['修改昵称 / 确 定', '<div class="ant-modal" role="dialog"><div class="ant-modal-title">修改昵称</div><label for="f">昵称</label><input id="f"><button id="b" class="ant-btn-primary">确 定</button></div>'],
  ['投诉买家 (to the platform) / 确 定', '<section><h4>投诉买家</h4><label for="f">补充说明</label><textarea id="f"></textarea><button id="b">确 定</button></section>'],
];

describe('round 54a (rt53g F3): every commit verb of a buyer-facing or public field is its send', () => {
  for (const [what, html] of SENDS)
    it(what, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBe($('#b'));
      expect(mayBeOwnSend($('#b'))).toBe(true);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#f')]);
    });
});

describe('round 54a: controls that must still go', () => {
  for (const [what, html] of GOES)
    it(what, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBeNull();
      expect(fieldsOfOwnSend($('#b'))).toEqual([]);
    });
  it('a popup’s 取 消 is never a send', () => {
    page('<div class="box"><h4>追评回复</h4><textarea id="f" placeholder="回复将公开展示"></textarea><button id="c">取 消</button><button id="b">发 布</button></div>');
    expect(mayBeOwnSend($('#c'))).toBe(false);
    expect(fieldsOfOwnSend($('#c'))).toEqual([]);
  });
});

describe('round 54a (rt53g F3): a control of a buyer-facing field’s box opening a confirm popup carries that field', () => {
  it('追评回复 / 发 布 (opens an antd Popconfirm): the field', () => {
    page('<div class="box"><h4>追评回复</h4><textarea id="f" placeholder="回复将公开展示"></textarea><button id="b"><span>发 布</span></button></div>');
    expect(confirmOpenerField($('#b'))).toBe($('#f'));
  });
  it('消费者投诉 · 处理结果 / <a>处理完毕: the field', () => {
    page('<div class="box"><h4>消费者投诉 · 处理结果</h4><label for="f">处理结果说明</label><textarea id="f"></textarea><a href="javascript:;" id="b">处理完毕</a></div>');
    expect(confirmOpenerField($('#b'))).toBe($('#f'));
  });
  for (const [what, html] of [
    ['取 消', '<div><h4>追评回复</h4><textarea id="f" placeholder="回复将公开展示"></textarea><button id="b">取 消</button></div>'],
    ['a private note’s button', '<div><label for="f">备注（仅内部可见）</label><textarea id="f"></textarea><button id="b">处理</button></div>'],
    ['a search’s button', '<div><label for="f">搜索聊天记录</label><input id="f"><button id="b">更多</button></div>'],
    ['a box of two fields', '<div><h4>回复评价</h4><textarea id="f"></textarea><input id="g"><button id="b">提交审核</button></div>'],
    ['an ordinary field + 删除', '<div><label for="f">昵称</label><input id="f"><button id="b">删除</button></div>'],
  ] as [string, string][])
    it(`none: ${what}`, () => {
      page(html);
      expect(confirmOpenerField($('#b'))).toBeNull();
    });
});
