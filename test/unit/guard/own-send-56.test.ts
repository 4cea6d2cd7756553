// @vitest-environment happy-dom
// Round 56 (guard56, rt55g F9): a 问大家 answer box whose only commit is an icon — an <i> titled 提交, an unlabelled icon-font check, an
// icon button holding one, an <svg> drawing #icon-confirm — is committed by that icon and read as the buyer's (问大家 / 商品问答 heads,
// 回答买家的问题); internal notes, searches and icons labelled otherwise are not.
import { describe, expect, it } from 'vitest';
import { fieldsOfOwnSend, mayBeOwnSend, ownSendOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;

const titled = (c: string) => `<div><h5>问大家</h5><div>买家提问：这个能用多久？</div><label for="f">回答</label><textarea id="f"></textarea>${c}</div>`;
const asked = (c: string) => `<div class="qa-item"><div class="q">问大家：尺码偏大吗？</div><div><textarea id="f" placeholder="回答买家的问题"></textarea>${c}</div></div>`;
const qa = (c: string) => `<div><h5>商品问答</h5><label for="f">回答（公开展示）</label><textarea id="f"></textarea>${c}</div>`;

describe('round 56 (rt55g F9): an icon-only commit of a Q&A answer box', () => {
  const JUDGED = [
    [titled('<i class="iconfont icon-submit" id="c" title="提交"></i>'), '问大家 / 回答 / <i title="提交">'],
    [titled('<button id="c">提 交</button>'), '问大家 / 回答 / a text 提 交 (the head alone says public)'],
    [asked('<button class="icon-btn" id="c"><i class="iconfont icon-check"></i></button>'), '回答买家的问题 / unlabelled icon button (icon-check)'],
    [asked('<i class="anticon anticon-check" id="c"></i>'), '回答买家的问题 / bare anticon-check'],
    [qa('<svg id="c" viewBox="0 0 16 16"><use href="#icon-confirm"></use></svg>'), '商品问答 / <svg><use href="#icon-confirm">'],
    [qa('<span class="el-icon-check" id="c"></span>'), '商品问答 / <span class="el-icon-check">'],
    [qa('<span class="iconfont icon-ok" role="button" id="c"></span>'), '商品问答 / role=button icon-ok'],
  ] as const;
  for (const [html, what] of JUDGED) {
    it(`judged: ${what}`, () => {
      page(html);
      expect(mayBeOwnSend($('#c'))).toBe(true);
      expect(ownSendOf($('#f'))).toBe($('#c'));
      expect(fieldsOfOwnSend($('#c'))).toEqual([$('#f')]);
    });
  }
  const NOT = [
    [`<div><h5>内部备注</h5><label for="f">备注（仅内部可见）</label><textarea id="f"></textarea><i class="iconfont icon-check" id="c"></i></div>`, 'an internal note’s icon-check'],
    [`<div><h5>问大家</h5><input id="f" placeholder="搜索问题"><i class="iconfont icon-ok" id="c"></i></div>`, 'a search under 问大家'],
    [titled('<i class="iconfont icon-check" id="c" title="已采纳"></i>'), 'an icon labelled otherwise (已采纳): its label wins'],
    [titled('<i class="iconfont icon-checkbox" id="c"></i>'), 'icon-checkbox (no delimited check)'],
    [titled('<i class="iconfont icon-copy" id="c"></i>'), 'icon-copy'],
    [`<div><h5>问大家管理</h5><label for="f">回答</label><textarea id="f"></textarea><i class="iconfont icon-check" id="c"></i></div>`, '问大家管理 (a page head, not the Q&A itself)'],
    [`<div><h5>知识问答</h5><label for="f">回答问题</label><textarea id="f"></textarea><i class="iconfont icon-check" id="c"></i></div>`, '回答问题 alone (no buyer)'],
  ] as const;
  for (const [html, what] of NOT) {
    it(`not judged: ${what}`, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBeNull();
      expect(fieldsOfOwnSend($('#c'))).toEqual([]);
    });
  }
});
