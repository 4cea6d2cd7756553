// Round 53 (rt52 F9): an import whose only deny term was invisible (a zero-width space copied from a web page or IM),
// emoji-only or punctuation-only was not refused: the offer left it out, and 「替换」 then emptied the agent's own deny
// list, while a blank term refused the whole file. Now such a term is refused like a blank one, naming the entry; the
// options page's own add-term check refuses the same terms.
import { describe, expect, it } from 'vitest';
import { checkTerm } from '../../../utils/options-validation';
import { settingsShapeError } from '../../../utils/settings-transfer';

const deny = (term: string) => ({ term, clause: '2.3', severity: 'block' });
const NEVER = '只有标点、表情或不可见字符，没有文字或数字，检查时永远不会命中';

describe('settings import: a term that could never match refuses the file whole, like a blank one', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width joiner and word joiner', '\u200d\u2060'],
    ['30 emoji', '😀'.repeat(30)],
    ['emoji with a variation selector', '❤️'],
    ['punctuation only', '～～'],
    ['ASCII punctuation and spaces', '. , !'],
    ['a zero-width space padded with spaces', ' \u200b '],
  ])('deny term: %s', (_, term) => {
    const message = settingsShapeError({ version: 1, guard: { deny: [deny('好词'), deny(term)] } });
    expect(message).toBe(
      `文件中的设置（settings）已损坏：禁用词（guard.deny[1].term）${NEVER} / the file's settings are damaged: guard.deny[1].term ` +
        'has no letter, digit or Chinese character (only punctuation, emoji or invisible characters): it could never match',
    );
    // The options page refuses the same term typed by hand.
    expect(checkTerm(term, [])).toMatchObject({ ok: false, problem: { key: 'errTermNothing' } });
  });

  it('allow term: the same rule', () => {
    expect(settingsShapeError({ version: 1, guard: { allow: ['加购', '\u200b'] } })).toContain(`放行词（guard.allow[1]）${NEVER}`);
  });

  it.each([
    ['a term with a zero-width space inside', '加\u200b微'],
    ['a letter among emoji', '😀v😀'],
    ['a digit', '８'],
    ["'+', which the guard matches", '+'],
  ])('is not refused: %s', (_, term) => {
    expect(settingsShapeError({ version: 1, guard: { deny: [deny(term)], allow: [] } })).toBeNull();
    expect(checkTerm(term, []).ok).toBe(true);
  });
});
