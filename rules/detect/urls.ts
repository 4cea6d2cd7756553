// Links in the tight view: scheme URLs (also hxxps://), www., bare domains with a known top-level
// domain, spelled or spaced forms (www点xx点com, xx。com, w w w . x x . n e t — see tight.ts), IPv4
// addresses and short links; each classified by host. The platform's own hosts are allowed.

import { matchesOf, type LintContext } from '../context';
import { Spans } from './cues';
import { mayHoldLink, mayHoldLinkOrAddress, tightView, type TightView } from './tight';

export type LinkKind = 'own' | 'other-platform' | 'short' | 'external' | 'public-service';

export interface LinkHit {
  /** Folded-view range. */
  start: number;
  end: number;
  url: string;
  host: string;
  kind: LinkKind;
}

// Hosts: a host matches an entry when it equals it or ends with "." + entry.
const OWN = ['kuaishou.com', 'kuaishou.cn', 'kwaixiaodian.com', 'kwaishop.com', 'gifshow.com', 'chenzhongtech.com', 'kwai.com', 'kwai.net', 'kwaicdn.com', 'yximgs.com', 'kwimgs.com', 'ksapisrv.com', 'kuaishoupay.com', 'kuaishouzt.com'];
const OTHER_PLATFORMS = [
  'taobao.com', 'tmall.com', 'tmall.hk', 'tb.cn', 'jd.com', 'jd.hk', '3.cn', 'pinduoduo.com', 'yangkeduo.com', 'douyin.com', 'iesdouyin.com',
  'jinritemai.com', 'xiaohongshu.com', 'xhslink.com', 'goofish.com', 'xianyu.com', 'dewu.com', 'poizon.com', 'vip.com', 'vipshop.com',
  'weidian.com', 'youzan.com', 'youzan.cn', '1688.com', 'alibaba.com', 'aliexpress.com', 'amazon.com', 'amazon.cn', 'amazon.co.jp',
  'suning.com', 'kaola.com', 'dangdang.com', 'mogu.com', 'mogujie.com', 'ymatou.com', 'zhuanzhuan.com', 'qq.com', 'weixin.com',
  'wechat.com', 'weibo.com', 'weibo.cn', 'bilibili.com', 'b23.tv', 'meituan.com', 'smzdm.com', 'temu.com', 'shein.com', 'shopee.com',
  'lazada.com', 'ebay.com', 'rakuten.co.jp', 'coupang.com', 'instagram.com', 'facebook.com', 'telegram.me', 't.me', 'wa.me', 'line.me',
];
const SHORTENERS = ['t.cn', 'url.cn', 'dwz.cn', 'suo.im', 'bit.ly', 'tinyurl.com', 'is.gd', 'goo.gl', 'ow.ly', 'rb.gy', 'sohu.gg', 'mrw.so', 'w.url.cn', 'c.tb.cn', 'u.jd.com', 'tb.cn'];
// Government and carriers' lookup sites: a link there moves no trade off the platform (advice only).
const PUBLIC_SERVICE = ['gov.cn', 'gov', 'sf-express.com', 'ems.com.cn', '17track.net', 'kuaidi100.com', 'yto.net.cn', 'zto.com', 'yundaex.com', 'sto.cn', 'jtexpress.cn', 'deppon.com', 'jdl.com', 'ups.com', 'fedex.com', 'dhl.com', 'japanpost.jp', 'auspost.com.au', 'usps.com', 'chinapost.com.cn', '12315.cn'];
// TLDs only shorteners use: a bare x.ly is not a link unless it is a known shortener.
const SHORT_ONLY_TLDS = new Set(['ly', 'im', 'gd', 'gl', 'so', 'gg', 'me']);

const TLDS =
  'com|cn|net|org|info|biz|top|xyz|shop|store|site|online|vip|club|io|cc|tv|hk|tw|jp|kr|au|nz|uk|de|fr|ca|sg|app|link|live|pro|mobi|asia|' +
  'tech|cloud|ink|ren|fun|icu|work|wiki|space|website|today|life|world|buzz|love|run|mall|xin|shopping|market|one|edu|gov|ly|im|gd|gl|so|gg|me|' +
  // round 12 (t12a): a TLD spelt with a zero or a digit for a letter (hk-mall(点)c0m)
  'c0m|n3t|0rg|c○m';
const STOP = `\\s"'<>，。！？、；（）【】《》“”‘’\\u3400-\\u9fff\\uff00-\\uffef`;
const PATH = `(?:[/?#:][^${STOP}]*)?`;
const SCHEME = new RegExp(`(?:https?|hxxps?|h\\*\\*ps?|ftp)://[^${STOP}]+`, 'g');
const WWW = new RegExp(`(?<![a-z0-9.\\-_@/])www\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+${PATH}`, 'g');
const BARE = new RegExp(`(?<![a-z0-9.\\-_@/])(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})(?![a-z0-9\\-])${PATH}`, 'g');
const IPV4 = /(?<![0-9.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![0-9.])(?::\d{2,5})?(?:\/[^\s，。]*)?/g;
// Numeric-only registrable labels that are real sites.
const NUMERIC_HOSTS = ['163.com', '126.com', '1688.com', '360.cn', '58.com', '12306.cn', '3.cn', '139.com', '189.cn', '17track.net', '12315.cn', '51.com'];

const hostIn = (host: string, list: readonly string[]) => list.some((d) => host === d || host.endsWith('.' + d));

export function classifyHost(host: string): LinkKind {
  if (hostIn(host, OWN)) return 'own';
  if (hostIn(host, SHORTENERS)) return 'short';
  if (hostIn(host, OTHER_PLATFORMS)) return 'other-platform';
  if (hostIn(host, PUBLIC_SERVICE)) return 'public-service';
  return 'external';
}

function hostOf(url: string): string {
  return url.replace(/^[a-z*]+:\/\//, '').split(/[/?#:]/)[0]!.replace(/\.+$/, '');
}

/** Whether a bare match is a plausible host (not `a.m`, `8.vip`, `x.ly`). */
function plausibleBare(host: string, hasPath: boolean): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const name = labels[labels.length - 2] ?? '';
  if (SHORT_ONLY_TLDS.has(tld)) return hostIn(host, SHORTENERS) || hostIn(host, OTHER_PLATFORMS);
  if (!/[a-z]/.test(name)) return hostIn(host, NUMERIC_HOSTS) || hostIn(host, SHORTENERS);
  if (name.length < 2 && !hasPath && !hostIn(host, SHORTENERS)) return false;
  return true;
}

export function links(ctx: LintContext): readonly LinkHit[] {
  return ctx.memo('third-party:links', () => (mayHoldLinkOrAddress(ctx) && mayHoldLink(ctx) ? findLinks(tightView(ctx)) : []));
}

export function findLinks(tight: TightView): LinkHit[] {
  const found: LinkHit[] = [];
  const text = tight.text;
  // Every pattern needs '://' or a dot: most drafts skip them all.
  const scheme = text.includes('://');
  const dot = text.includes('.');
  if (!scheme && !dot) return found;
  // Tight units already inside a link (www.x.com is also a bare domain): one finding per link.
  const covered = new Spans(text.length);
  const add = (s: number, e: number, url: string, host: string) => {
    if (covered.overlaps(s, s + 1) || covered.overlaps(e - 1, e)) return;
    covered.add(s, e);
    found.push({ start: tight.start[s]!, end: tight.end[e - 1]!, url, host, kind: classifyHost(host) });
  };
  if (scheme) for (const m of matchesOf(SCHEME, text)) add(m.index, m.index + m[0].length, m[0], hostOf(m[0]));
  if (dot && text.includes('www.')) for (const m of matchesOf(WWW, text)) add(m.index, m.index + m[0].length, m[0], hostOf(m[0]));
  if (dot) {
    for (const m of matchesOf(BARE, text)) {
      const url = m[0].replace(/[.:]+$/, '');
      const host = hostOf(url);
      if (plausibleBare(host, url.length > host.length)) add(m.index, m.index + url.length, url, host);
    }
    for (const m of matchesOf(IPV4, text)) {
      if (/(?:v|版本|version)\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      add(m.index, m.index + m[0].length, m[0], hostOf(m[0]));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
