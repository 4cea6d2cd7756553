// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ratingFromText, readCurrentConversation, readRows, RowContents, RowIdentities } from '@/content/watcher/rows';
import { readSessionCards } from '@/content/watcher/sessions';
import { kuaishou } from '@/sites/kuaishou';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const now = bj('2024-05-01 10:00:00');

// Rows as the workbench renders them (../shared/notes/workbench-and-metrics.md §2), built with DOM
// calls: the tests, like the extension, never put text into HTML.
function row(id: string, side: 'notMe' | 'isMine', sender: string, stamp: string, body: string): HTMLElement {
  const el = document.createElement('div');
  if (id) el.id = id;
  const wrap = el.appendChild(document.createElement('div'));
  wrap.className = `kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__${side}`;
  const main = wrap.appendChild(document.createElement('div'));
  main.className = 'kwaishop-cs-LayoutDefaultWrapper_msgMain';
  const before = main.appendChild(document.createElement('div'));
  before.className = 'kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody';
  before.textContent = sender + stamp;
  const msg = main.appendChild(document.createElement('div'));
  msg.className = 'kwaishop-cs-LayoutDefaultWrapper_msgBody';
  msg.textContent = body;
  return el;
}

function systemRow(id: string, text: string, cls = 'kwaishop-cs-LayoutMiddleWrapper_msgBody'): HTMLElement {
  const el = document.createElement('div');
  el.id = id;
  const body = el.appendChild(document.createElement('div'));
  body.className = cls;
  body.textContent = text;
  return el;
}

function page(rows: HTMLElement[], buyer = '测试顾客'): void {
  document.body.replaceChildren();
  const header = document.body.appendChild(document.createElement('div'));
  header.className = 'TargetUserHeader';
  const title = header.appendChild(document.createElement('div'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = buyer;
  const list = document.body.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList';
  list.append(...rows);
}

describe('readRows (Kuaishou adapter)', () => {
  beforeEach(() => document.body.replaceChildren());

  it.each<[string, string[]]>([
    ['every row has an id', ['0_1_a', '0_1_b', '0_1_c', '0_1_d']],
    ['rows without ids between rows with ids', ['0_1_a', '', '0_1_c', '']],
    ['only rows without ids', ['', '', '', '']],
  ])('rows in page order: %s', (_, ids) => {
    const texts = ['一', '二', '三', '四'];
    page(ids.map((id, i) => row(id, i % 2 ? 'isMine' : 'notMe', '顾客', `5-1 09:0${i}:00`, texts[i]!)));
    expect(readRows(document, kuaishou, 'c', now).map((r) => r.text)).toEqual(texts);
  });

  it('reads buyer, agent and system rows with ids and printed times', () => {
    page([
      row('0_123_a', 'notMe', '测试顾客', '4-30 23:58:00', '在吗'),
      systemRow('0_123_b', '[系统消息] 买家正在查看商品'),
      row('0_123_c', 'isMine', '客服小王', '5-1 09:59:00', '您好'),
      systemRow('0_123_d', '优惠券 立省10元', 'kwaishop-cs-BizTextCard'),
    ]);
    const rows = readRows(document, kuaishou, '测试顾客', now);
    expect(rows.map((r) => [r.id, r.kind, r.stamp?.ts])).toEqual([
      ['0_123_a', 'in', bj('2024-04-30 23:58:00')],
      ['0_123_b', 'system', undefined],
      ['0_123_c', 'out', bj('2024-05-01 09:59:00')],
      ['0_123_d', 'system', undefined],
    ]);
  });

  it('an order or product card in the buyer’s own bubble is the buyer’s message; in the agent’s bubble it stays a card (round 44)', () => {
    const card = (id: string, side: 'notMe' | 'isMine', cls: string) => {
      const el = row(id, side, side === 'notMe' ? '测试顾客' : '客服', '5-1 09:00:00', '');
      const body = el.querySelector('[class$=msgBody]')!;
      const c = body.appendChild(document.createElement('div'));
      c.className = cls;
      c.appendChild(document.createElement('div')).textContent = '日本进口 花王纸尿裤 L 54片';
      return el;
    };
    page([
      card('0_1_a', 'notMe', 'kwaishop-cs-BizOrderCard'),
      card('0_1_b', 'notMe', 'kwaishop-cs-BizProductCard'),
      card('0_1_c', 'isMine', 'kwaishop-cs-BizProductCard'),
      card('0_1_d', 'notMe', 'kwaishop-cs-bizBuyerFromCard'),
      card('0_1_e', 'notMe', 'kwaishop-cs-BizTextCard'),
    ]);
    // Before: a buyer's card started no countdown (every Biz card was read as a system card).
    expect(readRows(document, kuaishou, 'c', now).map((r) => r.kind)).toEqual(['in', 'in', 'system', 'system', 'system']);
  });

  it('texts to ignore make a row a system row whatever its side', () => {
    page([row('0_1_a', 'isMine', '客服', '5-1 09:00:00', '[系统自动回复消息] 您好，客服稍后回复'), row('0_1_b', 'notMe', '顾客', '5-1 09:00:01', '【防诈贴士】请勿私下交易')]);
    expect(readRows(document, kuaishou, 'c', now).map((r) => r.kind)).toEqual(['system', 'system']);
  });

  it('derives stable ids for rows without one: same content → same id; repeats get their own', () => {
    const build = () => page([row('', 'notMe', '顾客', '5-1 09:00:00', '好的'), row('', 'notMe', '顾客', '5-1 09:00:00', '好的'), row('', 'isMine', '客服', '5-1 09:00:05', '好的')]);
    build();
    const first = readRows(document, kuaishou, 'c', now).map((r) => r.id);
    build(); // a full re-render: new elements, same content
    const second = readRows(document, kuaishou, 'c', now).map((r) => r.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(first.every((id) => id.startsWith('d:'))).toBe(true);
    // Scrolling back adds older rows above: the ids of the rows already there do not change.
    const list = document.querySelector('.ChatMessageList')!;
    list.prepend(row('', 'notMe', '顾客', '4-30 20:00:00', '好的'));
    const third = readRows(document, kuaishou, 'c', now).map((r) => r.id);
    expect(third.slice(1)).toEqual(first);
  });

  it('the conversation is the header name without the order count', () => {
    page([], ' 张三 下单数(3) ');
    expect(readCurrentConversation(document, kuaishou)).toBe('张三');
  });

  it('ignores our own hosts', () => {
    page([row('0_9_a', 'notMe', '顾客', '5-1 09:00:00', '在吗')]);
    const host = document.createElement('div');
    host.setAttribute('data-replyguard', 'countdown');
    host.appendChild(row('0_9_fake', 'notMe', '顾客', '5-1 09:00:00', 'x'));
    document.querySelector('.ChatMessageList')!.appendChild(host);
    expect(readRows(document, kuaishou, 'c', now).map((r) => r.id)).toEqual(['0_9_a']);
  });
});

// Issue 4: a new message in a 2,000-row chat must not re-read (text, hash, selector tests) every row.
describe('RowContents: rows are read again only when a mutation touched them', () => {
  beforeEach(() => document.body.replaceChildren());
  const observe = () => {
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return observer;
  };

  it('unchanged rows come from the cache; a new row, a row whose text changed, a row rebuilt are read', () => {
    page([row('0_1_a', 'notMe', '顾客', '5-1 09:00:00', '在吗'), row('0_1_b', 'isMine', '客服', '5-1 09:00:05', '在的'), systemRow('0_1_c', '用户已经评价：满意')]);
    const contents = new RowContents();
    const first = readRows(document, kuaishou, 'c', now, new RowIdentities(), contents);
    expect(contents.reads).toBe(3);
    const observer = observe();
    const list = document.querySelector('.ChatMessageList')!;

    list.append(row('0_1_d', 'notMe', '顾客', '5-1 09:01:00', '发货了吗'));
    contents.forget(observer.takeRecords());
    const second = readRows(document, kuaishou, 'c', now, new RowIdentities(), contents);
    expect(contents.reads).toBe(4);
    expect(second.slice(0, 3).map((r) => [r.id, r.kind, r.text, r.rating])).toEqual(first.map((r) => [r.id, r.kind, r.text, r.rating]));
    expect(second[3]).toMatchObject({ id: '0_1_d', kind: 'in', text: '发货了吗' });

    (list.children[1]!.querySelector('[class*="msgBody"]')!.firstChild as Text).data = '在的，亲';
    list.children[0]!.querySelector('[class*="msgBody"]')!.append('？');
    contents.forget(observer.takeRecords());
    const third = readRows(document, kuaishou, 'c', now, new RowIdentities(), contents);
    expect(contents.reads).toBe(6);
    expect(third.map((r) => r.text)).toEqual(['在吗？', '在的，亲', '用户已经评价：满意', '发货了吗']);

    list.children[2]!.replaceWith(systemRow('0_1_c', '用户已经评价：失望'));
    contents.forget(observer.takeRecords());
    expect(readRows(document, kuaishou, 'c', now, new RowIdentities(), contents).map((r) => r.rating)).toEqual([undefined, undefined, 'disappointed', undefined]);
    expect(contents.reads).toBe(7);

    contents.clear();
    readRows(document, kuaishou, 'c', now, new RowIdentities(), contents);
    expect(contents.reads).toBe(11);
    observer.disconnect();
  });

  it('the printed time is read against the clock of each read, not kept', () => {
    page([row('0_1_a', 'notMe', '顾客', '5-1 09:00:00', '在吗')]);
    const contents = new RowContents();
    expect(readRows(document, kuaishou, 'c', now, new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj('2024-05-01 09:00:00'));
    const aYearOn = bj('2025-05-01 10:00:00');
    expect(readRows(document, kuaishou, 'c', aYearOn, new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj('2025-05-01 09:00:00'));
    expect(contents.reads).toBe(1);
  });

  // What is kept is the text's reading (numbers, form); the year, the day and an ambiguous month are decided on each read.
  it.each<[string, string, string, string, string]>([
    // stamp as printed, first clock, its reading, a later clock, its reading
    ['09:00:00', '2024-05-01 10:00:00', '2024-05-01 09:00:00', '2024-05-02 10:00:00', '2024-05-02 09:00:00'],
    ['23:58:00', '2024-05-01 23:59:00', '2024-05-01 23:58:00', '2024-05-02 00:01:00', '2024-05-01 23:58:00'],
    ['昨天 23:58', '2024-05-02 08:00:00', '2024-05-01 23:58:00', '2024-05-03 08:00:00', '2024-05-02 23:58:00'],
    ['12-31 23:59:00', '2024-12-31 23:59:30', '2024-12-31 23:59:00', '2025-01-01 00:10:00', '2024-12-31 23:59:00'],
    ['1-1 00:20:00', '2025-01-01 00:10:00', '2025-01-01 00:20:00', '2025-06-01 00:00:00', '2025-01-01 00:20:00'],
    ['2-29 12:00:00', '2024-03-01 09:00:00', '2024-02-29 12:00:00', '2028-03-01 09:00:00', '2028-02-29 12:00:00'],
  ])('a kept row stamped %s: at %s reads %s, at %s reads %s', (stamp, at1, read1, at2, read2) => {
    page([row('0_1_a', 'notMe', '顾客', stamp, '在吗')]);
    const contents = new RowContents();
    expect(readRows(document, kuaishou, 'c', bj(at1), new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj(read1));
    expect(readRows(document, kuaishou, 'c', bj(at2), new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj(read2));
    expect(contents.reads).toBe(1);
  });

  it('a sender name ending in a digit: the month reading closest to each clock wins, read from the kept text', () => {
    page([row('0_1_a', 'notMe', '买家1', '2-22 18:55:20', '在吗')]);
    const contents = new RowContents();
    expect(readRows(document, kuaishou, 'c', bj('2024-02-23 10:00:00'), new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj('2024-02-22 18:55:20'));
    expect(readRows(document, kuaishou, 'c', bj('2024-12-23 10:00:00'), new RowIdentities(), contents)[0]!.stamp?.ts).toBe(bj('2024-12-22 18:55:20'));
    expect(contents.reads).toBe(1);
  });
});

describe('ratingFromText', () => {
  it.each<[string, string | undefined]>([
    ['用户已经评价：满意', 'satisfied'],
    ['用户已经评价 非常满意', 'satisfied'],
    ['用户已经评价：一般', 'neutral'],
    ['用户已经评价：失望', 'disappointed'],
    ['用户已经评价：不满意', 'disappointed'],
    ['评价邀请：满意 一般 失望', undefined],
    ['用户已经评价', undefined],
    ['您对本次服务满意吗', undefined],
  ])('%s', (text, level) => expect(ratingFromText(text)).toBe(level));
});

describe('readSessionCards', () => {
  it('reads name, the platform countdown and the preview', () => {
    document.body.replaceChildren();
    const card = (name: string, timeout: string, last: string, active = false) => {
      const el = document.body.appendChild(document.createElement('div'));
      el.className = 'SessionBaseCard' + (active ? ' active' : '');
      for (const [cls, text] of [['SessionBaseCard-topHeadName', name], ['SessionBaseCard-topHeadTime', timeout], ['SessionBaseCard-lastMessage', last]]) {
        const c = el.appendChild(document.createElement('div'));
        c.className = cls!;
        c.textContent = text!;
      }
    };
    card('张三下单数(2)', '2分10秒后超时', '在吗');
    card('李四', '已超时', '发货了吗', true);
    card('王五', '', '客服超时未回复，会话关闭');
    const cards = readSessionCards(document, kuaishou);
    expect(cards.map((c) => [c.conv, c.waiting.state, c.active, c.lastMessageIgnored])).toEqual([
      ['张三', 'countdown', false, false],
      ['李四', 'overdue', true, false],
      ['王五', 'none', false, true],
    ]);
  });
});

// Round 43 (issue 4): a list that recycles its row elements (a virtual list, rows keyed by index) writes new
// messages into elements (and ids) that showed others: a row whose id or time changed is another message.
describe('RowIdentities: recycled rows', () => {
  beforeEach(() => document.body.replaceChildren());
  const messages = [
    ['notMe', '5-1 09:00:01', '问题一'],
    ['isMine', '5-1 09:00:05', '亲，在的'],
    ['notMe', '5-1 09:00:09', '问题二'],
    ['isMine', '5-1 09:00:15', '亲，可以的'],
    ['notMe', '5-1 09:00:20', '问题三'],
  ] as const;
  const fill = (el: HTMLElement, k: number) => {
    const [side, when, text] = messages[k]!;
    const fresh = row('', side, side === 'notMe' ? '顾客' : '客服', when, text);
    el.replaceChildren(...fresh.childNodes);
  };

  it.each(['noid', 'inplace', 'rel'] as const)('a window of 4 moving by one (%s): every message keeps one id, the new one gets its own', (mode) => {
    page([0, 1, 2, 3].map(() => document.createElement('div')));
    const els = [...document.querySelectorAll<HTMLElement>('.ChatMessageList > div')];
    const show = (from: number) =>
      els.forEach((el, k) => {
        if (mode === 'inplace') el.id = `0_1000_m${from + k}`;
        if (mode === 'rel') el.id = `cs-common-message-list-item-${k}`;
        fill(el, from + k);
      });
    const identities = new RowIdentities();
    const contents = new RowContents();
    show(0);
    const first = readRows(document, kuaishou, 'c', now, identities, contents).map((r) => r.id);
    show(1); // the window moves: the same four elements now show messages 1–4
    contents.clear();
    const second = readRows(document, kuaishou, 'c', now, identities, contents);
    expect(second.slice(0, 3).map((r) => r.id)).toEqual(first.slice(1));
    expect(first).not.toContain(second[3]!.id);
    expect(second.map((r) => r.kind)).toEqual(['out', 'in', 'out', 'in']);
  });

  it('in a row without an id of the workbench’s form: an image loading, or a time drawn once sent, is the same message', () => {
    page([row('', 'notMe', '顾客', '5-1 09:00:00', ''), row('', 'isMine', '客服', '', '亲，在的'), row('msg-7', 'notMe', '顾客', '5-1 09:00:09', '在吗')]);
    const identities = new RowIdentities();
    const before = readRows(document, kuaishou, 'c', now, identities).map((r) => r.id);
    const img = document.createElement('img');
    img.src = 'https://example.com/photo.jpg';
    document.querySelector('[class$="msgBody"]')!.append(img);
    document.querySelectorAll('[class$="beforeMsgBody"]')[1]!.textContent = '客服5-1 09:00:05';
    const after = readRows(document, kuaishou, 'c', now, identities).map((r) => r.id);
    expect(after).toEqual(before);
    expect(after[2]).toBe('msg-7');
  });

  it('an id of the workbench’s form is one message whatever the element shows', () => {
    page([row('0_9_a', 'notMe', '顾客', '5-1 09:00:00', '在吗')]);
    const identities = new RowIdentities();
    expect(readRows(document, kuaishou, 'c', now, identities).map((r) => r.id)).toEqual(['0_9_a']);
    document.querySelector('[class$="beforeMsgBody"]')!.textContent = '顾客5-1 09:00:01'; // a re-render a second later
    expect(readRows(document, kuaishou, 'c', now, identities).map((r) => r.id)).toEqual(['0_9_a']);
  });
});

describe('hasFailureMark: the agent’s row marked 发送失败', () => {
  beforeEach(() => document.body.replaceChildren());

  it('a red ! labelled 发送失败 / a 发送失败 caption outside the words marks the row; the words themselves do not', () => {
    const icon = row('0_9_a', 'isMine', '客服', '5-1 09:00:00', '亲，在的');
    const bang = icon.querySelector('[class$="msgMain"]')!.appendChild(document.createElement('span'));
    bang.setAttribute('aria-label', '发送失败，点击重新发送');
    bang.textContent = '!';
    const caption = row('0_9_b', 'isMine', '客服', '5-1 09:00:01', '亲，在的');
    caption.querySelector('[class$="msgMain"]')!.appendChild(document.createElement('span')).textContent = '发送失败';
    const words = row('0_9_c', 'isMine', '客服', '5-1 09:00:02', '发送失败');
    const buyerRow = row('0_9_d', 'notMe', '顾客', '5-1 09:00:03', '在吗');
    buyerRow.querySelector('[class$="msgMain"]')!.appendChild(document.createElement('span')).textContent = '发送失败';
    page([icon, caption, words, buyerRow]);
    expect(readRows(document, kuaishou, 'c', now).map((r) => !!r.failed)).toEqual([true, true, false, false]);
  });
});
