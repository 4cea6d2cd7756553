// Round 49 (t49e): a reply typed from a Latin keyboard without the IME (亲，wo qu cang ku cha yi xia; qu taobao sou dianming).
//
// The statistical second opinion reads the compact view, where spaces are gone: toneless pinyin becomes one Latin run, and the
// letters that meet where two syllables join (qu|cang → uc, yi|xia → ix, cang|ku → gk, dian|ming → nm) are the very pairs the model
// learned from handles, ids and chat shorthand (vx, qq, nm for 你妈). It weighs syllable junctions, not what the pinyin says. So a
// sentence whose only Chinese is a greeting or a particle and whose body spells out wholly as pinyin syllables is read by the model
// only when its pinyin spells a word of that clause (PINYIN_CUES below); otherwise the word rules judge it (their lexicons match
// pinyin: jia wo wei xin, vx, qq, sha bi, si xia jiao yi are theirs).

/** One toneless pinyin syllable (ü written v); loose on purpose (a few non-syllables such as 'bv' pass, no English word does). */
const SYLLABLE = /^(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|van|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$/;

/** Whether a run of latin letters splits wholly into pinyin syllables, and into how many (0: it does not). */
export function pinyinSyllables(run: string): number {
  // best[i]: fewest syllables spelling run[0, i), or -1.
  const best = new Int16Array(run.length + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= run.length; i++) {
    for (let len = 1; len <= 6 && len <= i; len++) {
      if (best[i - len]! < 0 || !SYLLABLE.test(run.slice(i - len, i))) continue;
      const n = best[i - len]! + 1;
      if (best[i]! < 0 || n < best[i]!) best[i] = n;
    }
  }
  return Math.max(0, best[run.length]!);
}

// The Chinese a pinyin typist still adds: the address, a greeting, a closing particle (亲，… 哈; 您好，…).
const LEAD = /^(?:亲爱的|亲亲|亲|您好|你好|哈喽|嗨|在的|在呢|好的|好嘞|嗯嗯|嗯|收到)+/;
const TAIL = /(?:哈|哦|呢|呀|啊|哟|噢|啦|嘛|亲|谢谢|哈亲)+$/;

/**
 * The latin body of a compact sentence whose only other units are a greeting or particles (LEAD, TAIL) and whose body spells
 * wholly as at least four pinyin syllables; undefined otherwise (digits, symbols, other Chinese, an English word).
 */
export function pinyinBody(sentence: string): string | undefined {
  const body = sentence.replace(LEAD, '').replace(TAIL, '');
  if (!/^[a-z]{8,}$/.test(body)) return undefined;
  return pinyinSyllables(body) >= 4 ? body : undefined;
}

/**
 * Per model clause, the pinyin of its words that still let the model judge a pinyin body (the word rules may not know the
 * wording: wo men si xia liao ba). Whole syllables only: a cue must start and end at a syllable boundary of the body.
 */
const PINYIN_CUES: Partial<Record<string, readonly string[]>> = {
  // 私下 私聊 微信 加我 加你 加个 转账 转我 支付宝 电话 手机 号码 联系 线下 外面 淘宝 拼多多 链接 网址 扫码 二维码 群 vx wx qq
  '2.3': ['sixia', 'siliao', 'weixin', 'jiawo', 'jiani', 'jiage', 'zhuanzhang', 'zhuanwo', 'zhifubao', 'dianhua', 'shouji', 'haoma', 'lianxi', 'xianxia', 'waimian', 'taobao', 'pinduoduo', 'lianjie', 'wangzhi', 'saoma', 'erweima', 'qun', 'vx', 'wx', 'qq'],
  // 傻逼 傻子 傻瓜 笨蛋 蠢货 蠢猪 脑残 你妈 滚 垃圾 白痴 废物 智商 有病 神经病 穷鬼 丑八怪 贱人 贱货
  '2.4': ['shabi', 'shazi', 'shagua', 'bendan', 'chunhuo', 'chunzhu', 'naocan', 'nima', 'gun', 'laji', 'baichi', 'feiwu', 'zhishang', 'youbing', 'shenjing', 'qionggui', 'choubaguai', 'jianren', 'jianhuo'],
  // 打你 弄死 找人 收拾 小心 等着 后果 地址 上门
  '2.5': ['dani', 'nongsi', 'zhaoren', 'shoushi', 'xiaoxin', 'dengzhe', 'houguo', 'dizhi', 'shangmen'],
};

/** Whether `cue` occurs in `body` starting and ending on syllable boundaries (the parts before and after spell as pinyin). */
function atSyllables(body: string, cue: string): boolean {
  for (let at = body.indexOf(cue); at >= 0; at = body.indexOf(cue, at + 1)) {
    const before = body.slice(0, at);
    const after = body.slice(at + cue.length);
    if ((before === '' || pinyinSyllables(before) > 0) && (after === '' || pinyinSyllables(after) > 0)) return true;
  }
  return false;
}

/** Whether a compact sentence is a pinyin body (pinyinBody) that spells no word of clause `clause` (PINYIN_CUES): not for the model. */
export function pinyinOnlyUnread(sentence: string, clause: string): boolean {
  const body = pinyinBody(sentence);
  if (body === undefined) return false;
  const cues = PINYIN_CUES[clause];
  // (wx and qq never split into syllables, so a body holding them never reaches here: kept in the list for clarity. vx does reach
  // here — v is the syllable ü, so jiawovxin splits as jia wo v xin — and is read as a cue.)
  return !cues?.some((cue) => atSyllables(body, cue));
}
