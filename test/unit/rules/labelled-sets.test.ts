// The whole default linter on every labelled set, scored the way ../shared/tools/score-corpus.mjs scores
// the held-out set: a violating case is caught by a block or warn finding citing one of its clauses
// (2.1 at any severity); a clean case is a false alarm when ANY rule gives it a block or warn finding.
// The example corpus must be perfect; the dev sets (written before tuning) keep the issue's targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

interface Case {
  id: string;
  text: string;
  expect: string[];
  kind: string;
}

const load = (name: string): Case[] =>
  readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Case);

const linter = createLinter();

function score(cases: Case[]) {
  const perClause: Record<string, { caught: number; total: number }> = {};
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let violating = 0;
  let clean = 0;
  for (const c of cases) {
    const findings = linter.lint(c.text);
    if (c.expect.length === 0) {
      clean++;
      const alarms = findings.filter((f) => f.severity !== 'info');
      if (alarms.length) falseAlarms.push(`${c.id}: ${c.text} -> ${alarms.map((f) => `${f.clause}:${f.rule}:${f.match}`).join(', ')}`);
      continue;
    }
    violating++;
    const hit = findings.some((f) => c.expect.includes(f.clause) && (f.severity !== 'info' || f.clause === '2.1'));
    if (!hit) missed.push(`${c.id} ${JSON.stringify(c.expect)}: ${c.text}`);
    for (const clause of c.expect) {
      const row = (perClause[clause] ??= { caught: 0, total: 0 });
      row.total++;
      if (hit) row.caught++;
    }
  }
  return { recall: (violating - missed.length) / violating, falseAlarmRate: falseAlarms.length / clean, perClause, missed, falseAlarms };
}

/** A held-out set's floor against regressions: its score is read, never its lines. */
function heldOutFloor(file: string, recall: number, falseAlarms: number): void {
  it(`${file} (never tuned to): no regression below recall ${recall}, false alarms ≤ ${falseAlarms}`, () => {
    const s = score(load(file));
    expect(s.recall).toBeGreaterThanOrEqual(recall);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(falseAlarms);
  });
}

describe('the default linter on the labelled sets', { timeout: 30_000 }, () => {
  // Round 35: the second opinion is now trained on every dev set below (scripts/model-data.ts NOT_TRAINED_ON is empty); a comment
  // saying a set is not trained on describes the round it was written in.
  // Every set's test: 30 s, not the default 5 s (a 1,000-line set took over 5 s once while another lint ran beside it).
  // The first lint of the file builds the linter and the model: 30 s, not the default 5 s, for a busy machine.
  it('example corpus: every violation caught with its clause, no clean reply stopped', { timeout: 30_000 }, () => {
    const s = score(load('corpus-examples.jsonl'));
    expect(s.missed).toEqual([]);
    expect(s.falseAlarms).toEqual([]);
  });

  it.each(['dev-third-party.jsonl', 'dev-conduct.jsonl'])('%s: recall ≥ 0.97, every clause ≥ 0.9, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    for (const [clause, row] of Object.entries(s.perClause)) expect(row.caught / row.total, `clause ${clause}\n${s.missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Written blind by a separate red-team pass (it never saw rules/ or the fixtures): recall 0.564 and
  // 1.0% false alarms before anyone tuned to it; 0.897 and 0 after one round of tuning to its phenomena.
  // A floor against regressions, not the target: the held-out goal stays ≥ 0.97.
  it('dev-blind-redteam.jsonl: no regression below recall 0.88, false alarms ≤ 0.02', () => {
    const s = score(load('dev-blind-redteam.jsonl'));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.88);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Blind batch A (clauses 2.1 and 2.3, 260 replies written without seeing the rules): recall 0.860,
  // 2.1 0.80, 2.3 0.86 and 2 false alarms of 117 before tuning; 1.000 and 0 after tuning to its phenomena
  // (contacts in pieces, platform ids, foreign accounts, Japanese replies…). A floor against regressions.
  it('dev-blind-a.jsonl: no regression below recall 0.97, every clause ≥ 0.95, false alarms ≤ 0.01', () => {
    const s = score(load('dev-blind-a.jsonl'));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    for (const [clause, row] of Object.entries(s.perClause)) expect(row.caught / row.total, `clause ${clause}\n${s.missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });

  // Blind batch B (clauses 2.4–2.9, 300 replies written without seeing the rules): recall 0.566 and 7.2%
  // false alarms on the linter before this round; 0.989 and 0.8% after tuning to its phenomena.
  it('dev-blind-b.jsonl: no regression below recall 0.96, false alarms ≤ 0.02', () => {
    const s = score(load('dev-blind-b.jsonl'));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.96);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Blind batches D (2.6/2.7), E (2.4/2.5/2.9) and F (all clauses), 150 replies each, written without seeing the
  // rules. Before tuning: D 0.550 recall / 12.9% false alarms, E 0.471 / 3.1%, F 0.650 / 2.9%; after tuning to their
  // phenomena (with rows of our own in each rule table): 1.000 / 0% on all three. Floors against regressions.
  it.each(['dev-blind-d.jsonl', 'dev-blind-e.jsonl', 'dev-blind-f.jsonl'])('%s: no regression below recall 0.97, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Blind batches H (2.4/2.5), I (2.6/2.7), J (2.9/2.8/indirect 2.3) and K (all clauses, long replies), 150 replies
  // each, written without seeing the rules. Before tuning: H 0.425 recall / 4.3% false alarms, I 0.537 / 5.7%,
  // J 0.588 / 5.7%, K 0.549 / 7.4%; after tuning by mechanism (each phenomenon probed with wordings of the tuner's
  // own): H 0.988, I, J, K 1.000, no false alarms. Floors against regressions.
  it.each(['dev-blind-h.jsonl', 'dev-blind-i.jsonl', 'dev-blind-j.jsonl', 'dev-blind-k.jsonl'])('%s: no regression below recall 0.97, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Blind batches M (2.6/2.9), N (2.4/2.7), O (2.5/2.8/indirect 2.3) and Q (2.3 evasions), 150 replies each,
  // written without seeing the rules. Before tuning: M 0.533 recall / 3.3% false alarms, N 0.556 / 3.3%,
  // O 0.711 / 3.3%, Q 0.826 / 5.2%; after the round-5 tuning by mechanism: all 1.000, no false alarms.
  it.each(['dev-blind-m.jsonl', 'dev-blind-n.jsonl', 'dev-blind-o.jsonl', 'dev-blind-q.jsonl'])('%s: no regression below recall 0.97, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Round 6: blind batches T (2.4/2.5), U (2.7/2.8), V (indirect 2.3, 2.6, 2.9), 150 replies each, written without
  // seeing the rules. Before tuning: T 0.600 recall / 6.7% false alarms, U 0.633 / 11.7%, V 0.667 / 3.3%; after the
  // round-6 tuning by mechanism: all 1.000, no false alarms. Floors against regressions.
  it.each(['dev-blind-t.jsonl', 'dev-blind-u.jsonl', 'dev-blind-v.jsonl'])('%s: no regression below recall 0.97, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });

  // Round 7: blind batches X (2.5/2.7) and Y (2.8/2.4/indirect 2.3), 150 replies each. Before tuning: X 0.556 recall /
  // 3.3% false alarms, Y 0.533 / 6.7%; after the round-7 tuning: 1.000, X 0 and Y 1/60. They also train the second
  // opinion (rules/model/). Floors against regressions.
  // After the round-9 retrain the second opinion warns on two of X's clean reassurances (不会因为这个给您打电话, 没法帮您绕开
  // 海关额度): its grams read no negation. Y keeps ≤ 0.02; X's false-alarm floor is 2/60.
  it.each([['dev-blind-x.jsonl', 0.034], ['dev-blind-y.jsonl', 0.02]])('%s: no regression below recall 0.97, false alarms ≤ %s', (file, maxFalseAlarms) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(maxFalseAlarms);
  });

  // Round 8: five blind batches focused on the conduct clauses' long tail (aa 2.4, ab 2.5, ac 2.7, ad 2.6/2.9,
  // ae 2.8/2.3; 562 violating, 188 hard clean) and 500 more everyday replies (dev-everyday-d). First run with rules and
  // second opinion: 0.625–0.743 recall, 2.6–13.2% false alarms; after the round: 0.902–1.000 and ≤ 1/37. They also
  // train the second opinion. Floors against regressions.
  it.each(['dev-blind-aa.jsonl', 'dev-blind-ab.jsonl', 'dev-blind-ac.jsonl', 'dev-blind-ad.jsonl', 'dev-blind-ae.jsonl'])(
    '%s: no regression below recall 0.9, false alarms ≤ 0.03',
    (file) => {
      const s = score(load(file));
      expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.03);
    },
  );

  // Round 11: blind batches BE (2.3, 85 + 65 hard clean), BF (2.4/2.9/2.6), BG (2.8/2.7/2.5), 150 replies each, and
  // CLEAN-BC (200 hard clean replies in 15 near-miss families). First run with rules and second opinion: BE 0.894 / 10.8%,
  // BF 0.856 / 1.7%, BG 0.756 / 3.3%, CLEAN-BC 3.5%; after the round 1.000 on all three and no false alarms on any of the
  // four. They also train the second opinion.
  it.each(['dev-blind-be.jsonl', 'dev-blind-bf.jsonl', 'dev-blind-bg.jsonl'])('%s: no regression below recall 0.97, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });
  it('dev-clean-bc.jsonl: false alarms ≤ 0.01', () => {
    const s = score(load('dev-clean-bc.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });
  // Round 11, written later in the round and seen by the tuners only at its end: BH (long replies, all clauses),
  // BI (short chat register), BJ (2.8/2.7/2.9/2.5 by implication, without the obvious keywords). First run on the
  // start-of-round code: BH 0.922 / 10%, BI 0.722 / 5%, BJ 0.733 / 10%. Floors at the end of the round (below target:
  // the unsolved part of the problem is here).
  it.each<[string, number, number]>([
    ['dev-blind-bh.jsonl', 0.95, 0.09],
    ['dev-blind-bi.jsonl', 0.75, 0.02],
    ['dev-blind-bj.jsonl', 0.85, 0.09],
    // Round 12: blind batches BK (2.3, 85 + 65 hard clean), BL (2.7/2.9), BM (2.4/2.5/2.6), BN (2.8, 2.3 in English/pinyin),
    // BO (an import shop's desk, every clause, breaches buried in long replies), BP (2.7/2.9/2.8), BQ (2.3/2.4/2.5 typed fast),
    // 150 replies each, and CLEAN-BD/CLEAN-BE (200 hard clean each: denials as lists, quotes rebutted, scary product words).
    // First run with rules and second opinion: BK 0.906 / 1.5%, BL 0.767 / 1.7%, BM 0.944 / 3.3%, BN 0.789 / 11.7%,
    // BO 0.967 / 1.7%, BP 0.844 / 6.7%, BQ 0.944 / 5.0%, CLEAN-BD 4.0%, CLEAN-BE 6.5%. BP/BQ/CLEAN-BE came late in the
    // round. They also train the second opinion. Floors against regressions.
    ['dev-blind-bk.jsonl', 0.97, 0.02],
    ['dev-blind-bl.jsonl', 0.97, 0.02],
    ['dev-blind-bm.jsonl', 0.97, 0.02],
    ['dev-blind-bn.jsonl', 0.97, 0.02],
    ['dev-blind-bo.jsonl', 0.97, 0.02],
    ['dev-blind-bp.jsonl', 0.97, 0.02],
    ['dev-blind-bq.jsonl', 0.97, 0.02],
    // Round 13: blind batches BR (2.4 50, 2.5 40), BS (2.7 55, 2.6 35), BT (2.9 45, 2.8 45), BU (2.3 90, every kind), 60 hard
    // clean each, and CLEAN-BF (200 hard clean: order/tracking numbers, quoted abuse, customs facts, fakes denied). First run
    // with rules and second opinion: BR 0.822 / 3.3%, BS 0.878 / 6.7%, BT 0.800 / 5.0%, BU 0.889 / 6.7%, CLEAN-BF 3.5%;
    // CLEAN-BG (200 hard clean written late in the round: other platforms as facts, authorisation, brushing refused) 5.5%.
    // They also train the second opinion. Floors against regressions.
    ['dev-blind-br.jsonl', 0.92, 0.02],
    ['dev-blind-bs.jsonl', 0.95, 0.035],
    ['dev-blind-bt.jsonl', 0.93, 0.02],
    ['dev-blind-bu.jsonl', 0.93, 0.02],
    // Round 14: BV (2.3 46, 2.8 44), BW (2.4/2.5/2.6 90), BX (2.7 45, 2.9 45), 60 hard clean each, and CLEAN-BH (200 hard
    // clean). First run with rules and second opinion: BV 0.944 / 8.3%, BW 0.956 / 3.3%, BX 0.756 / 1.7%, CLEAN-BH 6.5%.
    // They also train the second opinion. Floors against regressions.
    ['dev-blind-bv.jsonl', 0.94, 0.02],
    ['dev-blind-bw.jsonl', 0.96, 0.02],
    ['dev-blind-bx.jsonl', 0.95, 0.02],
    // Round 15: DA (2.5 50, 2.4 40), DB (2.9 45, 2.7 45), DC (2.3 35, 2.8 30, 2.6 25), 60 hard clean each, and CLEAN-BJ (200
    // hard clean, every clause's near misses). First run with rules and second opinion: DA 0.956 / 3.3%, DB 0.844 / 0%,
    // DC 1.000 / 1.7%, CLEAN-BJ 4.5%. They also train the second opinion. Floors against regressions.
    ['dev-blind-da.jsonl', 0.97, 0.02],
    ['dev-blind-db.jsonl', 0.97, 0.02],
    ['dev-blind-dc.jsonl', 0.97, 0.02],
    // Round 16: DD (conduct 2.4–2.9, 100), DE (2.3/2.8, 100), 60 hard clean each, and CLEAN-BK (200 hard clean). First run with
    // rules and second opinion: DD 0.920 / 1.7%, DE 0.970 / 5.0%, CLEAN-BK 4.0%; after t16: DD 0.990 / 0%, DE 1.000 / 0%,
    // CLEAN-BK 0%. Not yet in the second opinion's training. Floors against regressions.
    ['dev-blind-dd.jsonl', 0.97, 0.02],
    ['dev-blind-de.jsonl', 0.97, 0.02],
    // Round 17: DF (160 lines, 100 violating across 2.3–2.9, 60 hard clean). First run 0.890 / 6.7% (4/60); after t17 0.960 / 0%.
    // Not yet in the second opinion's training. Floors against regressions.
    ['dev-blind-df.jsonl', 0.95, 0.02],
    // Round 17 (t17b): DG (160 lines, 100 violating across 2.1–2.9, 60 hard clean). First run 0.920 / 3.3% (2/60); after t17b
    // 1.000 / 0%. Not yet in the second opinion's training. Floors against regressions.
    ['dev-blind-dg.jsonl', 0.97, 0.02],
    // Round 18 (fa18dh): DH (160 lines, 100 violating weighted to 2.4/2.5/2.7/2.9/2.8/2.6, 60 hard clean). First run 0.960 / 0%
    // (0/60); after fa18dh 1.000 / 0%. Not yet in the second opinion's training. Floors against regressions.
    ['dev-blind-dh.jsonl', 0.97, 0.02],
    // Round 19 (lead): DJ (160 lines, 100 violating weighted to 2.3/2.4/2.5/2.7/2.8, 80 of them evasions, 60 hard clean). First run
    // 0.990 / 3.3% (2/60: a quote labelled 这三个字, a meme labelled 那个梗); after round 19 1.000 / 0%. Not trained on. Floors against regressions.
    ['dev-blind-dj.jsonl', 0.97, 0.02],
    // Round 19 (lead): DL (160 lines, 100 violating weighted to 2.8/2.3/2.9/2.6, 71 of them evasions, 60 hard clean). First run
    // 0.970 / 0% (a not-the-brand's-batch fake, a platform back office looked up, an education policy sold); after round 19 1.000 / 0%.
    ['dev-blind-dl.jsonl', 0.97, 0.02],
    // Round 19 (t19di): DI (160 lines, 100 violating weighted to 2.3 with many evasions, 60 hard clean). First run 0.950 / 5%
    // (3/60); after t19di 1.000 / 0%. Not yet in the second opinion's training (scripts/model-data.ts NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-di.jsonl', 0.97, 0.02],
    // Round 19 (t19dk): DK (160 lines, 100 violating weighted to 2.4/2.5/2.7/2.3/2.9, 88 of them evasive or indirect, 60 hard clean).
    // First run 0.920 / 6.7% (4/60); after t19dk 1.000 / 0%. Not trained on (NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-dk.jsonl', 0.97, 0.02],
    // Round 20 (t20dm): DM (160 lines, 100 violating weighted to 2.4/2.5/2.7, 60 hard clean). First run 0.950 / 3.3% (2/60); after
    // t20dm 1.000 / 0%. Not trained on (NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-dm.jsonl', 0.97, 0.02],
    // Round 20 (t20do): DO (160 long multi-sentence replies, one breaching sentence among ordinary service talk; 60 hard clean). First run
    // 0.960 / 3.3% (2/60): a breach cancelled by a neighbouring sentence's words or diluted in the model's window; after t20do 1.000 / 0%.
    // Not trained on (NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-do.jsonl', 0.97, 0.02],
    // Round 20 (t20dn): DN (160 lines, 100 violating weighted to 2.5/2.4/2.9/2.3, 60 hard clean). First run 0.950 / 1.7% (1/60: a
    // night courtesy, 不打扰您休息); after t20dn 1.000 / 0%. Not trained on (NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-dn.jsonl', 0.97, 0.02],
    // Round 20 (t20dp): DP (160 lines, 100 violating weighted to 2.5/2.4, about half multi-sentence replies with one breaching sentence;
    // 60 hard clean). First run 0.890 / 1.7% (1/60: an impersonator's threat quoted in a warning); after t20dp 1.000 / 0%. Not trained
    // on (NOT_TRAINED_ON). Floors against regressions.
    ['dev-blind-dp.jsonl', 0.97, 0.02],
    ['dev-blind-dr.jsonl', 0.97, 0.02],
    // Round 21 (t21dq): DQ (160 lines, 100 violating weighted to 2.4/2.5, 60 hard clean). First run 0.940 / 6.7% (4/60: 机会，谢谢 read as
    // 会谢, 栓Q for patience, 好评返现 refused, the platform's uniform rule named); after t21dq 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dq.jsonl', 0.97, 0.02],
    // Round 22 (t22ds): DS (160 lines, 100 violating on 2.4/2.5/2.9, 60 hard clean). First run 0.970 / 3.3% (2/60: 加微信私下退款 refused
    // with 不能做, pet goods read as an animal insult by the model); after t22ds 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ds.jsonl', 0.97, 0.02],
    // Round 22 (t22dt): DT (160 lines, 100 violating weighted to 2.3/2.8/2.6/2.7, about half long replies; 60 hard clean). First run
    // 0.970 / 5% (3/60: the platform's scam warning, a lifelike fake plant, 代工 denied); after t22dt 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dt.jsonl', 0.97, 0.02],
    // Round 22 (t22dv): DV (160 lines, 100 violating with evasions across 2.3/2.4/2.8/2.9/2.6, 60 hard clean). First run 0.970 / 3.3%
    // (2/60: Fake Bake named as the brand, a WeChat code declined); after t22dv 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dv.jsonl', 0.97, 0.02],
    // Round 22 (t22du): DU (160 lines, 100 violating over all clauses in a tired agent's style, half long replies with one breaching
    // sentence; 60 hard clean). First run 0.940 / 3.3% (2/60: a canned reply's 【催评模板】 title, two genuine models compared by their
    // movement); after t22du 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-du.jsonl', 0.97, 0.02],
    // Round 22 (t22dw): DW (160 lines, 100 violating, long 3–6-sentence replies with one breaching sentence at the start, middle or end,
    // over all clauses; 60 hard clean long replies). First run 0.940 / 5% (3/60: 空放 of a humidifier, 打您…留的电话, 不过快手收银台);
    // after t22dw 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dw.jsonl', 0.97, 0.02],
    // Round 23 (t23dx): DX (150 lines, 90 violating: 2.4 insults, sarcasm, masked swearing and dialect ×50, 2.5 veiled threats, doxxing
    // and pressure ×40, a third long replies; 60 hard clean). First run 0.933 / 1.7% (84/90; 1/60: the shop watching the order till it is
    // signed for, read as menace by the model); after t23dx 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dx.jsonl', 0.97, 0.02],
    // Round 23 (t23dy): DY (150 lines, 90 violating 2.3 in every evasion — IM and phone variants, share codes, obfuscated domains, e-mail
    // in words, payment accounts, QR codes, pick-up addresses, other shops' ads; 7 all-English also 2.1; a third long replies; 60 hard
    // clean). First run 0.933 / 1.7% (6 missed: 私下 deal code-switched, two quoted-name shops, a partner's ad with 报我们店名, the
    // sender's phone on the waybill, 跳过店铺; 1/60: a fake “客服微信” called 假的); after t23dy 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dy.jsonl', 0.97, 0.02],
    // Round 23 (t23dz): DZ (150 lines, 90 violating on 2.6/2.7/2.8/2.9, many by implication, a third long replies, ~15 in Cantonese,
    // 东北 or Taiwanese register; 60 hard clean). First run 0.967 / 10% (6/60: 原单包裹 of a return, 不建议当投资品, the buyer's own
    // 车贷/房贷, a buyer's quoted pitch refused with 那种我们不卖, 咱家可不整那些假货); after t23dz 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-dz.jsonl', 0.97, 0.02],
    // Round 24 (t24c): EC (150 lines, 90 violating: 2.7 illegal content and defamation ×40, 2.8 counterfeit wording ×42, 2.1 no
    // Chinese ×8; 60 hard clean). First run 0.911 / 10% (82/90: a diet pill's special ingredient under a vitamin label, a buyer list
    // priced by the thousand, an online 德州局 with a rake, Ritalin with the doctor waved off, lottery insider numbers, 不支持鉴定，要就拍,
    // gao 版, 正品这个价是拿不到的; 6/60: 懂的都懂 of a night feed, 多开或者改品名都不行, 网上出现过不少仿冒的, 被查出添加了违禁成分, a toy
    // 穿山甲, 绝不做…拆单避税这种事); after t24c 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ec.jsonl', 0.97, 0.02],
    // Round 24 (t24a): EA (150 lines, 90 violating: 2.3 third-party info ×60 — messengers as verbs, nicknames, cloud drives, outside pay
    // links, links dodging the filter — and 2.6 non-service use ×30 — private instalments, commission for sales, dates, Cantonese; 60 hard
    // clean). First run 0.889 / 6.7% (4/60: the buyer's company address, 银行卡号…都不用发给我们, 您问…是不是在招人, the checkout's
    // instalment fee); after t24a 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ea.jsonl', 0.97, 0.02],
    // Round 24 (t24b): EB (150 lines, 90 violating: 2.4 insults ×35, 2.5 threats ×30, 2.9 impersonation ×25; 60 hard clean). First run
    // 0.989 / 1.7% (1 missed: a short budget sent off from big brands to the supermarket; 1/60: the buyer's care praised, 连批号都核对了, read
    // as ironic by the model); after t24b 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-eb.jsonl', 0.97, 0.02],
    // Round 25: EE (150 lines, 90 violating: short slangy evasions over 2.3–2.9; 60 hard clean). First run 0.867 / 8.3% (78/90; 5/60:
    // a quoted 代工厂货 or 懂的都懂 refused, 刷单？不做哈, a scam warning split by a space, 你等着啊 马上查); after t25a (2.3/2.6/2.9: v✖️ + id,
    // 单身不？, 一手房源, 作为小店风控), t25b (2.4/2.5: 没米就别来逛, 网线被拔了, 地址挺好找的😏, 收货地址我可记着呢) and t25c (2.7/2.8:
    // 福利站, 马会内部料, 代工厂流出 同料同线, 跟zg一模一样) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ee.jsonl', 0.97, 0.02],
    // Round 25 (t25a): ED (150 lines, 90 violating over all clauses, long replies with one breaching sentence; 60 hard clean). First run
    // 0.967 / 1.7% (87/90: a vote for the agent's niece after the delivery news, two insults closing a long reply; 1/60: a quarantine
    // certificate offered for the buyer's company claim); after t25a 0.978 / 1.7% (the vote caught; the 2.4 misses and the certificate
    // are other tuners' clauses); after t25b and t25c 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ed.jsonl', 0.97, 0.02],
    // Round 26 (t26b): EF (60 lines, 45 violating over 2.3–2.9 by implication, sarcasm or euphemism; 15 hard clean). First run 0.978 /
    // 13.3% (44/45: a cheap big-brand watch, 走时准、看着像就够了; 2/15: 不是什么“致敬版”也不是“兄弟款”, 详情页第三张图有尺码表); after t26b
    // (2.4/2.5/2.7/2.8) 1.000 / 6.7% — the one left, 详情页 read as a contact pointer, is 2.3; after t26a (打给您：… as typing) 1.000 / 0%.
    // Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ef.jsonl', 0.97, 0.02],
    // Round 27 (t27a): EG (60 lines, 45 violating, typed under pressure — buried mid-way in long replies, voice-transcript style, vx/zfb/yhk/q群,
    // implication — and 15 clean). First run 0.978 / 13.3% (44/45: a 2.4 insult as zz; 2/15: a harsh product warning's 后果很严重 (2.5), yhk
    // paid at the platform's checkout read as a card rented (2.6)); after t27a (2.3/2.6/2.7) 0.978 / 6.7% — the miss and the FA left are
    // 2.4/2.5, fixed by t27b (连…都…的zz aimed; a product hazard's 后果很严重): 1.000 / 0% merged. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-eg.jsonl', 0.97, 0.02],
    // Round 29: EH (120 lines, 60 violating over every clause, two thirds evasive; 60 hard clean), blind. First run 1.000 / 0% — a floor only.
    // EI (120 lines, 80 violating by implication, sarcasm, whole pinyin, handles in halves, porn by wink, fakes by price; 40 hard clean),
    // blind. First run 0.850 / 7.5% (68/80, 3/40); after t29c 1.000 / 2.5% — the one left (死贵…618平台有跨店满减) is the second opinion's
    // (likely-off-platform). Not trained on (NOT_TRAINED_ON).
    ['dev-blind-eh.jsonl', 0.97, 0.02],
    ['dev-blind-ei.jsonl', 0.97, 0.03],
    // Round 29, late: EJ (100 lines, 75 breaches said without the obvious keyword — hints at the messenger or the place, the shop ruling
    // for the platform, mock politeness, 莆田老师傅, 防身的“玩具” — and 25 hard clean), blind. First run 0.813 / 0% (61/75); after t29d
    // (2.3/2.1) and t29e (2.4–2.9) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ej.jsonl', 0.97, 0.02],
    // Round 30: EK (120: 80 breaches said without the obvious keyword — a private channel hinted by 她那边动态 + 那串号, rivals by nickname
    // (多多, 红色的“书”, 音符), a pick-up point by a metro exit, a buyer mocked after a polite lead, 撤不撤？我可以一直问下去, 身边那位置空着吗,
    // a spray that makes one 飘了 — and 40 hard clean), blind. First run 0.838 / 2.5% (67/80, 1/40); after t30a (2.3), t30b (2.4–2.6) and
    // t30c (2.7–2.9) 1.000 / 2.5% — the one left (砍价功力…老板听了都得鼓掌) is the second opinion's. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ek.jsonl', 0.97, 0.03],
    // Round 30: EL (120: a busy agent's day — 70 breaches half plain half implied, 50 clean), written blind during the round. First run on
    // main before the round's tuning and again after t30a–c the same 0.857 / 0% (60/70): those fixes did not carry over; after t30d (all
    // clauses) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-el.jsonl', 0.97, 0.02],
    // Round 30, last: EM (120: other import shops — baby, pets, outdoor, second-hand luxury, health devices, snacks, cameras, perfume samples
    // — in every register, 70 breaches half implied, 50 clean), written blind and NOT tuned to: 0.914 / 2% after t30a–c, 0.943 / 2% (66/70,
    // 1/50) after t30d. A floor only. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-em.jsonl', 0.94, 0.02],
    // Round 31: EN (120: the 2026 chat register — slang, emoji, pinyin initials like sx, homophones, voice-input typos, Cantonese and
    // Taiwanese in traditional characters, Japanese and Korean; 80 breaches, 40 hard clean), blind. First run 0.950 / 10% (76/80, 4/40); after
    // t31a 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-en.jsonl', 0.97, 0.02],
    // Round 31: EO (120: long, polite, helpful replies in 12 import verticals with the breach late and implied only — apps by their icon,
    // a QR code as 小方块图案, acting as a platform case's handler, a veiled threat as concern, fakes by the supply line; 80 breaches, 40
    // clean), blind. First run 0.550 / 2.5% (44/80, 1/40); after t31b (2.3, 2.6, 2.9) and t31c (2.4, 2.5, 2.7, 2.8) 0.925 / 0%: six veiled
    // put-downs left (2.4 4/10), and t31e's fixes for ER's put-downs caught none of them. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-eo.jsonl', 0.92, 0.02],
    // Round 31: EP (120: a 双十二 night shift — provoking buyers, refunds, review threats, personal questions; 70 breaches, 50 clean),
    // written blind at the start and NOT tuned to: 0.943 / 2% (66/70, 1/50) before and after all of round 31's fixes. A floor only.
    // Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ep.jsonl', 0.94, 0.02],
    // Round 31: ER (130: 70 veiled put-downs without a swear word — sarcasm, mock praise, income/taste/age jabs, the complaint turned back,
    // typing mocked, in dialects and slang; 60 clean right next to them), blind. First run 0.586 / 0% (41/70); after t31e 1.000 / 0%
    // (held-out 2.4 unchanged: 356/371). Not trained on (NOT_TRAINED_ON).
    ['dev-blind-er.jsonl', 0.97, 0.02],
    // Round 32: ES (120: Kuaishou's live-stream register — 直播间, 主播, 福袋, 连麦, 粉丝团, 灯牌, 回放, 小黄车, 快币; 80 breaches over 2.3–2.9,
    // 40 clean), blind. First run 0.875 / 10% (70/80, 4/40); after t32b 1.000 / 0% (ES-009, flirting, relabelled 2.5+2.6 as the writer's
    // own convention for flirting says). Not trained on (NOT_TRAINED_ON).
    ['dev-blind-es.jsonl', 0.97, 0.02],
    // Round 32: EU (150: 2.3, 2.5 and 2.9 each in as many mechanisms as the writer could find — icons for apps, radio-style digits, numbers
    // as sums, a staged hand-over to "the platform", desk labels only the platform has, guilt over the agent's pay, the buyer's family
    // told; 100 breaches, 50 clean), blind. First run 0.710 / 4% (71/100, 2/50); after t32d (2.5) and t32e (2.3, 2.9) 0.980 / 0% (four
    // flirting lines relabelled 2.5+2.6). Not trained on (NOT_TRAINED_ON).
    ['dev-blind-eu.jsonl', 0.97, 0.02],
    // Round 33: EV (150: 2.4 ×25, 2.5 ×15, 2.6 ×20, 2.7 ×25, 2.8 ×15 each by mechanism, 50 clean), blind. First run 0.730 / 2% (73/100,
    // 1/50); after t33b (2.4, 2.5) and t33c (2.6–2.8) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ev.jsonl', 0.97, 0.02],
    // Round 33: EW (120: long replies of several paragraphs, one breaching sentence in 80 of them; 40 long clean), blind. First run
    // 0.813 / 22.5% (65/80, 9/40); after t33d (the model's score of a long reply by paragraph and sentence) and t33e (false alarms)
    // 0.925 / 0% (74/80). Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ew.jsonl', 0.9, 0.03],
    // Round 33: EY (130: 2.9 ×50 and 2.8 ×40 by mechanism, 40 hard clean), blind. First run 0.656 / 5% (59/90, 2/40); after t33f (2.9) and
    // t33g (2.8) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ey.jsonl', 0.97, 0.03],
    // Round 34: EZ (130: 2.3 ×40 by mechanism, 2.4 ×30 veiled put-downs, 2.7 ×20 mostly veiled, 40 hard clean), blind. First run 0.922 / 0%
    // (83/90); after t34b 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ez.jsonl', 0.97, 0.02],
    // Round 34: FB (140: 2.5/2.6/2.8/2.9 ×25 as agents under pressure type — English mixed in, emoji, typos, line breaks; 40 clean), blind.
    // First run 0.810 / 0% (81/100); after t34c (2.5, 2.6) and t34d (2.8, 2.9) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-fb.jsonl', 0.97, 0.02],
    // Round 35: FC (140: 2.3 ×20, 2.4 ×30, 2.7 ×25, 2.9 ×25 as typed on a phone — voice input, dialects, slang, homophones; 40 clean), blind.
    // First run 0.920 / 0% (92/100); after t35b 0.990 / 0%; 0.990 after the lead's retrain (trained on since then).
    ['dev-blind-fc.jsonl', 0.97, 0.02],
    // Round 35: FE (140: 2.9 ×30, 2.6 ×25, 2.4 ×25, 2.5 ×20 in ten other import verticals, half long, two thirds implied; 40 clean), blind.
    // First run 0.610 / 10% (61/100, 4/40); after t35d (2.4, 2.5), t35e (2.9, 2.6) and t35f (false alarms) 0.990 / 0%. Trained on since the retrain.
    ['dev-blind-fe.jsonl', 0.97, 0.02],
    // Round 36: FF (140: 2.7 ×40, 2.8 ×35, 2.3 ×25 in CZ's ten import verticals, half long, two thirds implied; 40 clean), blind.
    // First run 0.690 / 10% (69/100, 4/40); after t36a (2.7) and t36b (2.8, 2.3) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-ff.jsonl', 0.97, 0.02],
    // Round 36: FG (140: every clause in pasted forms — quick-reply templates, footers, lists, traditional characters, mixed scripts,
    // odd spacing, line breaks inside words; 40 clean), blind. First run 0.920 / 12.5% (92/100, 5/40); after t36c 1.000 / 0%.
    ['dev-blind-fg.jsonl', 0.97, 0.02],
    // Round 36: FI (140: 2.6 ×30, 2.4 ×25, 2.9 ×25, 2.5 ×20 in CZ's ten verticals, half long, two thirds implied; 40 clean), blind.
    // First run 0.710 / 0% (71/100); after t36e (2.4, 2.5) and t36f (2.6, 2.9) 0.980 / 0%.
    ['dev-blind-fi.jsonl', 0.96, 0.02],
    // Round 37: FJ (140: 2.7 ×35, 2.8 ×35, 2.3 ×30 in DA's ten import verticals — perfume, supplements, golf, diapers, hair care, fountain
    // pens, earphones, ski gear, drones, trading cards; half long, two thirds implied; 40 clean), blind. First run 0.740 / 7.5% (74/100,
    // 3/40); after t37a (2.7), t37b (2.8, 2.3) and t37f (false alarms) 1.000 / 0%. Not trained on (NOT_TRAINED_ON).
    ['dev-blind-fj.jsonl', 0.97, 0.02],
    // Round 37: FK (140: every clause in replies that carry the buyer's words or are typed in a hurry — 「买家：…」 quote-replies, a bare yes
    // to a quoted question, voice transcripts, IME slips, pinyin initials, dialects; 40 clean), blind. First run 0.890 / 25% (89/100,
    // 10/40); after t37c (quotes as the buyer's words unless a bare yes adopts them) and t37a/b 0.980 / 0%.
    ['dev-blind-fk.jsonl', 0.97, 0.02],
    // Round 37: FL (140: 2.6, 2.4, 2.9, 2.5 ×25 each in DA's verticals, half long, two thirds implied; 40 clean), blind. First run
    // 0.660 / 2.5% (66/100, 1/40); after t37d (2.4, 2.5), t37e (2.6, 2.9) and t37f 0.980 / 0%.
    ['dev-blind-fl.jsonl', 0.97, 0.02],
    // Round 38: FN (140: 2.7 ×35, 2.8 ×35, 2.3 ×30 in DB's verticals — aquarium, home fitness, instruments, car care, lenses, 3D printers,
    // yarn, art supplies, amber/jade beads, strollers — half long, two thirds implied; 40 clean), blind. First run 0.700 / 0% (70/100,
    // 0/40); after t38a (2.7) and t38b (2.8, 2.3) 1.000 / 0%.
    ['dev-blind-fn.jsonl', 0.97, 0.02],
    // Round 38: FO (140: every clause in Kuaishou's live-stream register — 家人们/宝子/老铁, slang, emoji, English mixed in; 40 clean), blind.
    // First run 0.980 / 7.5% (98/100, 3/40); after t38c 1.000 / 0%.
    ['dev-blind-fo.jsonl', 0.97, 0.02],
    // Round 38: FP (140: 2.6, 2.4, 2.9, 2.5 ×25 each in DB's verticals; 40 clean), blind. First run 0.890 / 5% (89/100, 2/40); after t38c 1.000 / 0%.
    ['dev-blind-fp.jsonl', 0.97, 0.02],
    // Round 38, second wave: FR (140: 2.7 ×40, 2.4 ×30, 2.9 ×30 in DC's verticals — cigars, teaware, smart locks and cameras, e-scooters,
    // reptiles, rosewood, vintage wear, radios, specimens and fossils, fireworks; 40 clean), blind. First run 0.620 / 2.5% (62/100, 1/40);
    // after t38f (2.7) and t38g (2.4, 2.9) 1.000 / 0%.
    ['dev-blind-fr.jsonl', 0.97, 0.02],
    // Round 38: FS (140: 2.3 ×35, 2.8 ×35, 2.5 ×30 in DC's verticals; 40 clean), blind. First run 0.810 / 2.5% (81/100, 1/40); after t38h 1.000 / 0%.
    ['dev-blind-fs.jsonl', 0.97, 0.02],
    // Round 38: FT (140: every clause written to slip past a filter — split and spaced characters, homoglyphs, emoji for words, pinyin,
    // acrostics and reversed text, sums for digits, a word defined and referred to later; 40 clean in the same odd forms), blind. First
    // run 0.920 / 0% (92/100, 0/40); after t38f, t38g, t38h and t38j 1.000 / 0%.
    ['dev-blind-ft.jsonl', 0.97, 0.02],
    // Round 39: FV (140: 2.7 ×35, 2.8 ×35, 2.3 ×30 in DD's verticals — gardening and seeds, swimming and diving, luggage, tableware,
    // wedding wear, small kitchen appliances, aromatherapy, cleaning products, shavers, power tools; 40 clean), blind. First run 0.770 / 7.5%
    // (77/100, 3/40); after t39c (2.7) and t39d (2.8, 2.3) 1.000 / 0%.
    ['dev-blind-fv.jsonl', 0.97, 0.02],
    // Round 39: FW (140: every clause typed by agents based in Hong Kong, Taiwan, Macau, Malaysia/Singapore or returnees — traditional
    // characters, Cantonese, Taiwanese Mandarin, Singlish, local platforms and wallets; 40 clean), blind. First run 0.860 / 7.5% (86/100,
    // 3/40); after t39e, t39l and t39m 1.000 / 0%.
    ['dev-blind-fw.jsonl', 0.97, 0.02],
    // Round 39: FX (140: 2.6, 2.4, 2.9, 2.5 ×25 each in DD's verticals; 40 clean), blind. First run 0.850 / 0% (85/100, 0/40); after t39b 1.000 / 0%.
    ['dev-blind-fx.jsonl', 0.97, 0.02],
    // Round 39, second wave: GA (140: 2.7 ×40, 2.4 ×30, 2.9 ×30 in DE's verticals — game consoles, wigs, tattoo and nail art, archery and
    // martial arts, cosplay, learning tablets, massage chairs, RC cars and kits, bathroom ware, sunglasses and hats; 40 clean), blind. First
    // run 0.690 / 5% (69/100, 2/40); after t39g (2.7) and t39h (2.4, 2.9) 1.000 / 0%.
    ['dev-blind-ga.jsonl', 0.97, 0.02],
    // Round 39: GB (140: 2.3 ×35, 2.8 ×35, 2.5 ×30 in DE's verticals; 40 clean), blind. First run 0.810 / 7.5% (81/100, 3/40); after t39i 1.000 / 0%.
    ['dev-blind-gb.jsonl', 0.97, 0.02],
    // Round 39: GC (140: long busy replies full of lawful numbers, codes and names with one breach in the middle or near the end, every
    // clause; 40 clean of the same shape), blind. First run 0.960 / 7.5% (96/100, 3/40); after t39k 1.000 / 0%.
    ['dev-blind-gc.jsonl', 0.97, 0.02],
    // Round 39, third wave: GE (140: 2.7 ×50 — illegal goods and services, not defamation — and 2.4 ×50 — belittling without swear words,
    // mock politeness, slang and homophone vulgarity — across imported goods; 40 clean), blind. First run 0.600 / 10% (60/100, 4/40);
    // after t39p (2.7) and t39q (2.4) 0.930 / 0%; round 40's t40a caught the seven 2.7 lines left: 1.000.
    ['dev-blind-ge.jsonl', 0.97, 0.02],
    // Round 39: GF (140: 2.5, 2.9, 2.3, 2.6 ×25 each in after-sales disputes; 40 clean), blind. First run 0.900 / 0% (90/100, 0/40);
    // after t39r 0.990 / 0%; round 40's t40b caught the private buyback paid over WeChat: 1.000.
    ['dev-blind-gf.jsonl', 0.97, 0.02],
    // Round 40: GG (140: 2.7 ×100 over 35 verticals — 70 illegal goods and services, 30 defamation of the platform or other merchants —
    // and 40 clean), blind. First run 0.570 / 5% (57/100, 2/40); after t40d, t40e (illegal goods) and t40f (defamation) 1.000 / 0%.
    ['dev-blind-gg.jsonl', 0.97, 0.02],
    // Round 40: GH (140: 2.8 ×35, 2.4 ×35, 2.9 ×30, 40 clean), blind. First run 0.850 / 7.5% (85/100, 3/40); after t40c 1.000 / 0%.
    ['dev-blind-gh.jsonl', 0.97, 0.02],
    // Round 40, second wave: GJ (140: 2.8 ×55 in each trade's own words, 2.7 ×45 over 33 verticals; 40 clean), blind. First run 0.740 / 2.5%
    // (74/100, 1/40); after t40h (2.8), t40i (2.7) and t40j 1.000 / 0%.
    ['dev-blind-gj.jsonl', 0.97, 0.02],
    // Round 40, third wave: GK (140: 2.6 ×50 — recruiting, dating, loans, side services and favours — and 2.7 ×50 over 41 verticals; 40
    // clean), blind. First run 0.790 / 7.5% (79/100, 3/40); after t40k (2.6) and t40l (2.7) 1.000 / 0%.
    ['dev-blind-gk.jsonl', 0.97, 0.02],
    // Round 40, fourth wave: GL (140: 2.4 ×35, 2.3 ×35, 2.8 ×30 over 39 verticals; 40 clean), blind. First run 0.850 / 5% (85/100, 2/40);
    // after t40m (2.8) and t40n (2.4, 2.3) 1.000 / 0%.
    ['dev-blind-gl.jsonl', 0.97, 0.02],
    // Round 41: GM (140: 2.7 ×50 — goods past the law and rivals smeared — 2.6 ×25, 2.5 ×25 over 48 verticals; 40 clean), blind. First run
    // 0.700 / 7.5% (70/100, 3/40); after t41b (wildlife, smuggling, relabelling, defamation) and t41c (tampering, illegal services) 1.000 / 0%.
    ['dev-blind-gm.jsonl', 0.97, 0.02],
    // Round 41: GN (140: 2.9 ×35, 2.4 ×35, 2.3 ×30 over 36 verticals; 40 clean), blind. First run 0.730 / 0% (73/100, 0/40); after t41d
    // (2.4) and t41e (2.9, 2.3) 1.000 / 0%.
    ['dev-blind-gn.jsonl', 0.97, 0.02],
    // Round 41, second wave: GQ (140: 2.8 ×50 in each trade's words, 2.3 ×50 over 44 verticals; 40 clean), blind. First run 0.830 / 7.5%
    // (83/100, 3/40); after t41l 1.000 / 0%.
    ['dev-blind-gq.jsonl', 0.97, 0.02],
    // Round 41, second wave: GR (140: 2.7 ×50 — 35 goods and services past the law, 15 defamation — 2.9 ×25, 2.4 ×25 over 42 verticals; 40
    // clean), blind. First run 0.710 / 7.5% (71/100, 3/40); after t41i (2.7), t41j (2.4) and t41k (2.9, the platform defamed) 1.000 / 0%.
    ['dev-blind-gr.jsonl', 0.97, 0.02],
    // Round 41, second wave: GS (140: 2.5 ×40, 2.6 ×40, 2.3 ×20 over 40 verticals; 40 clean), blind. First run 0.890 / 2.5% (89/100, 1/40);
    // after t41g and the lead 0.990 / 0% (left: a demo day at a venue with a passphrase gift, GS-032).
    ['dev-blind-gs.jsonl', 0.97, 0.02],
    // Round 42: GU (140: 2.7 ×50 — 35 goods and services past the law, 15 defamation — 2.4 ×25, 2.8 ×25 over 64 verticals; 40 clean),
    // blind. First run 0.750 / 7.5% (75/100, 3/40); after t42b (goods past the law), t42c (the platform and rivals defamed), t42d (2.8)
    // and t42g (2.4) 1.000 / 0%.
    ['dev-blind-gu.jsonl', 0.97, 0.02],
    // Round 42: GV (140: 2.3 ×35, 2.9 ×35, 2.6 ×30 over 42 verticals; 40 clean), blind. First run 0.810 / 2.5% (81/100, 1/40); after
    // t42e (2.9) and t42f (2.3, 2.6) 1.000 / 0%.
    ['dev-blind-gv.jsonl', 0.97, 0.02],
    // Round 42: GW (140: 2.7 ×40 — 30 goods and services past the law, 10 defamation (labelled 2.4 and 2.7) — 2.5 ×35, 2.4 ×25 over 56
    // verticals; 40 clean), blind. First run 0.850 / 0% (85/100, 0/40); after t42b, t42c
    // and t42g 1.000 / 0%.
    ['dev-blind-gw.jsonl', 0.97, 0.02],
    // Round 42, second wave: GY (140: 2.7 ×60 — 45 goods and services past the law, 15 defamation — 2.8 ×20, 2.4 ×20 over 69 verticals;
    // 40 clean), blind. First run 0.700 / 7.5% (70/100, 3/40); after t42h (goods past the law), t42i (rivals defamed, 2.8) and t42j (2.4)
    // 1.000 / 0%.
    ['dev-blind-gy.jsonl', 0.97, 0.02],
    // Round 42, second wave: GZ (140: 2.6 ×30, 2.3 ×25, 2.9 ×25, 2.5 ×20 over 47 verticals; 40 clean), blind. First run 0.870 / 2.5%
    // (87/100, 1/40); after t42k 1.000 / 0%.
    ['dev-blind-gz.jsonl', 0.97, 0.02],
    // Round 43, first wave: HB (140: 2.7 ×55 — 35 goods and services past the law, 20 defamation — 2.4 ×45 over 60 verticals; 40 clean),
    // blind. First run 0.710 / 2.5% (71/100, 1/40); after t43c (2.7) and t43d (2.4) 1.000 / 0%.
    ['dev-blind-hb.jsonl', 0.97, 0.02],
    // Round 43, first wave: HC (140: 2.3 ×25, 2.5 ×20, 2.6 ×20, 2.8 ×20, 2.9 ×15 over 33 verticals; 40 clean), blind. First run 0.870 / 5.0%
    // (87/100, 2/40); after t43d (2.5) and t43e (the rest) 1.000 / 0%.
    ['dev-blind-hc.jsonl', 0.97, 0.02],
    // Round 43, second wave: HE (140: 2.7 ×60 in the trade's own slang — 40 goods and services past the law, 20 defamation — 2.8 ×20,
    // 2.4 ×20 over 45 verticals; 40 clean), blind. First run 0.570 / 2.5% (57/100, 1/40); after t43g (2.7) and t43h (2.4, 2.8) 1.000 / 0%.
    ['dev-blind-he.jsonl', 0.97, 0.02],
    // Round 43, third wave: HG (140: 2.4 ×35, 2.7 ×35 — 13 of them smears also labelled 2.4 — 2.6 ×15, 2.5 ×15 over 77 verticals, the breach as
    // the last line of a long patient reply or a short angry one; 40 clean), blind. First run 0.810 / 7.5% (81/100, 3/40); after t43k (2.4,
    // 2.5, false alarms) and t43l (2.7, 2.6) 1.000 / 0%.
    ['dev-blind-hg.jsonl', 0.97, 0.02],
    // Round 44, first wave: HI (140: 2.7 ×45 — goods and services by what they do or in trade slang, rumours told as insider knowledge —
    // 2.4 ×30 without a swear word, 2.6 ×25; 40 clean), blind. First run 0.650 / 2.5% (65/100, 1/40); after t44b (2.7) and t44c (2.4,
    // 2.6, false alarms) 1.000 / 0%.
    ['dev-blind-hi.jsonl', 0.97, 0.02],
    // Round 44, second wave: HL (140: 2.9 ×35 — the shop speaking as the platform without saying so: its fees, verdicts, rules and sign-offs —
    // 2.6 ×30, 2.3 ×35 without naming WeChat or QQ; 40 clean), blind. First run 0.740 / 2.5% (74/100, 1/40); after t44f 1.000 / 0%.
    ['dev-blind-hl.jsonl', 0.97, 0.02],
    // Round 44, third wave: HM (150 shaped like a sealed set: every clause, ten verticals, ~40 breaches with no trigger word; 60 clean), blind.
    // First run 0.867 / 10% (78/90, 6/60); after t44h (misses) and t44g (false alarms) 1.000 / 0%.
    ['dev-blind-hm.jsonl', 0.97, 0.02],
    // Round 45, first wave: HQ (140: 100 subtle breaches labelled 2.4 ×40, 2.7 ×30, 2.6 ×25, 2.9 ×20, 2.8 ×1; 40 clean), blind. First run 0.590 / 2.5% (59/100, 1/40); after
    // t45c (2.9: the shop speaking as the platform — its charges collected, payout standards, money handed over, review labels, cross-shop lists,
    // a section notice; 2.6: a home business and a relative's practice; the 课程 denial) 0.680 / 0%; with t45a (2.4: put-downs with no swear word)
    // and t45b (2.7: rumour frames about rivals and the platform, prohibited goods by what they do) 1.000 / 0%.
    ['dev-blind-hq.jsonl', 0.97, 0.02],
    // Round 45: HO (150 shaped like a sealed set: every clause, ~30 breaches with no trigger word, 2.9 the shop applying platform rules,
    // insurance terms and verdicts against the buyer; 60 clean), blind. First run 0.778 / 5% (70/90, 3/60; 2.9 only 3/10); after t45d (2.9,
    // 2.6, 2.4) 0.889 / 5% (80/90, 3/60); with t45e (2.3, 2.7, 2.8 and the three false alarms) 1.000 / 0%.
    ['dev-blind-ho.jsonl', 0.97, 0.02],
    // Round 45, second wave: HR (150 shaped like a sealed set: ~60% of its breaches subtle, no trigger word; 60 clean), blind. First run 0.778,
    // 1/60 after wave 1; after t45f (2.4: the blame turned on the person using the goods, the rescue services joked busy; false alarms: a mouth
    // closed as a usage step, the buyer's hearsay about a rival asked back and declined) 0.800 / 0% (72/90, 0/60); after t45f/t45g 0.933 / 0%
    // (84/90, 0/60); after t45l (2.4: the buyer's senses sent to a doctor instead of the goods, a person labelled by a failure at a trifle with
    // all goods futile, goods made for "normal" people with the buyer set apart as a joke; 2.5: shock pictures pushed on a schedule; 2.6: the
    // buyer asked to coach the agent's child; 2.7: rival goods likened to a poison container's stuff or said to leach when hot; the 2.8 wink
    // no longer read into a sentence about a rival's goods only) 1.000 / 0% (90/90, 0/60).
    ['dev-blind-hr.jsonl', 0.97, 0.02],
    // Round 45, third wave: HT (150 shaped like a sealed set, ~65% of its breaches subtle; 60 clean), blind. First run 0.678 / 5% (61/90, 3/60);
    // after t45j (2.4 put-downs dressed as advice and a smear of the platform's rankings, 2.6 the buyer drawn into the agent's private life,
    // 2.7 drugs, forged papers, porn and blasting by hint, 2.9 invented platform rules) 0.878 / 5% (79/90, 3/60; left to t45i: 2.3, 2.8 and
    // the three false alarms); with t45i (2.3: numbers told as a dial-pad score or built from specs, a mall counter, the own mini-shop behind a
    // camera scan, an address as a riddle; 2.8: 1∶1 molds, foreign print made at home, passing goods off as the brand; its false alarms) 1.000 / 0%.
    ['dev-blind-ht.jsonl', 0.97, 0.02],
    // Round 46: HV (150 shaped like a sealed set, ~63% of its breaches subtle; 60 clean) and HW (150: 100 subtle breaches of 2.7, 2.4, 2.6,
    // 2.8 and 2.9; 50 clean that sound like them), blind. First runs HV 0.733 / 2% (66/90, 1/60), HW 0.430 / 8% (43/100, 4/50). Eleven
    // tuners by mechanism (t46a, t46b: 2.8 made-up labels and papers, "nobody looks", the badge sold apart; t46c, t46d: 2.4 mockery with no
    // swear word; t46e, t46f: 2.9 the platform's powers claimed, rules and fees invented in its name; t46g, t46h: 2.7 goods and services by
    // what they do, rumours about the platform and rivals; t46i: 2.6 the agent's own errands, loans, parties and side jobs; t46j, t46k: 2.3
    // card PINs, coded numbers, a stall with a pass phrase, and every false alarm) 0.978 / 0% (88/90, 0/60) and 1.000 / 0% (100/100, 0/50).
    // HV-017 (a number read out in Russian) and HV-132 (a menace through the buyer's child in a refund dispute) are left.
    ['dev-blind-hv.jsonl', 0.97, 0.02],
    ['dev-blind-hw.jsonl', 0.97, 0.02],
    // Round 47: HY (150 shaped like a sealed set, ~61% of its breaches subtle; 60 clean), HZ (150: 100 subtle breaches of 2.7, 2.8, 2.4, 2.9
    // and 2.6; 50 clean that sound like them) and, in a second wave, IB (150: 100 subtle breaches of 2.7, 2.8 and 2.9; 50 clean), blind.
    // First runs with the round-35 weights HY 0.744 (67/90, 1/60), HZ 0.470 (47/100, 3/50); with the round-47 retrain (scripts/model-data.ts)
    // HY 0.822 (74/90, 1/60), HZ 0.560 (56/100, 4/50); IB, written after the first wave, 0.440 (44/100, 2/50). Tuners by mechanism (t47a,
    // t47f: 2.7 goods and services by what they do, rivals' papers said bought, insider rumours about the platform; t47b, t47g: 2.8 the
    // brand's service warned off, papers borrowed from another lot, the brand's bottle with our inside, a failing code called decoration,
    // and 2.3 bare wxid_ ids and the fix texts; t47c, t47c2, t47h: 2.9 platform services, tiers, limits, records and sign-offs invented or
    // run by the shop, 2.5 the buyer's home, family or papers used to press a review; t47d: 2.4 mockery with no swear word, 2.6 private
    // chat; t47e: every false alarm) HY 0.956 / 0% (86/90, 0/60), HZ 0.990 / 0% (99/100, 0/50), IB 1.000 / 0% (100/100, 0/50). HY-016,
    // HY-106, HY-129 (a brand hinted by its price or name) and HY-018 (a veiled threat with a craft knife) are left.
    ['dev-blind-hy.jsonl', 0.95, 0.02],
    ['dev-blind-hz.jsonl', 0.97, 0.02],
    ['dev-blind-ib.jsonl', 0.97, 0.02],
    // Round 48: IC (150 shaped like a sealed set; 60 clean) and ID (150: 100 subtle breaches; 50 clean), blind, not trained on. First runs
    // (main 1cb366c8, after the round-48 retrain) IC 0.889 / 6.7% (80/90, 4/60), ID 0.600 / 4% (60/100, 2/50); t48e (every false alarm)
    // 0/60 and 0/50. After t48a–t48c and t48e: IC 87/90 (its 2.3 misses are t48d's), ID 99/100, 0 false alarms each;
    // after t48f (2.3) and t48g: IC 90/90, ID 100/100.
    ['dev-blind-ic.jsonl', 0.98, 0.02],
    ['dev-blind-id.jsonl', 0.98, 0.02],
    // Round 48 (second wave): IF (150: 90 subtle breaches, 60 clean), blind, not trained on. First run (main ced4edc0, 15,000 features, after the
    // first tuners) 0.922 / 1.7% (83/90, 1/60); t48h (every false alarm) 0/60. t48h's branch holds 83/90, below the 0.97 asked: the floor is
    // that minus one line, rounded down (0.91); after t48f and t48g (the second wave's 2.3, 2.4, 2.9) 90/90.
    ['dev-blind-if.jsonl', 0.98, 0.02],
    // Round 49: IH (150 shaped like a sealed set, ~60% subtle; 60 clean) and II (150: 100 subtle breaches of 2.7, 2.8, 2.9; 50 clean), blind,
    // not trained on (the round's retrains were rejected). First runs (main 74bb8897): IH 0.856 / 3.3% (77/90, 2/60), II 0.500 / 6% (50/100, 3/50).
    // Tuners by mechanism (t49a 2.7 goods by what they do and insider rumours; t49b 2.8 the brand pointed at but never named; t49c 2.9 invented
    // platform schemes, settings and currency; t49d 2.3/2.4/2.5 and every false alarm; t49e pinyin bodies): IH 90/90, II 100/100, 0 false alarms.
    ['dev-blind-ih.jsonl', 0.98, 0.02],
    ['dev-blind-ii.jsonl', 0.98, 0.02],
    // Round 49 (second wave): IK (150 shaped like a sealed set, 58 of 90 breaches subtle; 60 clean), blind, written after the round's tuners
    // merged and scored at first sight on main 3095417e: 0.844 / 6.7% (76/90, 4/60; 2.9 4/10 after t49c's 22 fixes) — no better than IH's
    // first run before the tuners (0.856, 2/60). A measure of how little the tuning carries to unseen wordings. A floor only.
    ['dev-blind-ik.jsonl', 0.84, 0.07],
    // Round 51: FA51 and FB51 (300 each: 200 hard clean near misses, 100 subtle breaches), blind, not trained on. First sight on main ea4f4eab:
    // FA51 0.94 / 1% (94/100, 2/200), FB51 0.96 / 1.5% (96/100, 3/200). eng51 by mechanism (goods sold only to adults, a copy word glossed by
    // another, the goods wrong for the buyer's stated need, ripe produce, a Latin goods line; an age short of 18 in other words, receipt
    // confirmed for our shipping record, skin conditions cured, a beating with the blame taken, sexual talk, data collected for a company, the
    // shop named as the accusation's target, 脸皮 with a degree word): 100/100 and 0/200 each. Floors one line under.
    ['dev-blind-fa51.jsonl', 0.99, 0.005],
    ['dev-blind-fb51.jsonl', 0.99, 0.005],
    // Round 52: CF52 (220 clean replies using a fake-goods word, 80 subtle 2.8 breaches) and IL52 (200 subtle 2.7/2.3/2.4 breaches, 100 clean
    // near misses), blind, not trained on. First sight on main 13b9f016: CF52 1.00 / 9.1% (80/80, 20/220), IL52 0.86 / 3% (172/200, 3/100).
    // eng52 by mechanism (detect/fake-word-scope.ts: crossed out, a 无 list, a rhetorical no-time, asked back which word, a claim refuted by
    // a test, the market warned of, a check taught with ours vouched; a need dismissed with 什么; masked platform names, an account there
    // said to be ours, my V with a note, a label's arrival, 就这？/nbcs): 80/80, 0/220 and 178/200, 1/100. Floors one line under.
    ['dev-blind-cf52.jsonl', 0.98, 0.005],
    ['dev-blind-il52.jsonl', 0.885, 0.02],
    // Round 54: X54 (220 subtle breaches: 2.7 ×70, 2.3 ×60, 2.4 ×60, 2.6 ×30; 180 clean near misses), blind, not trained on. First sight
    // on main 2e9023bf's base: 0.85 / 6.1% (187/220, 11/180; 2.7 51/70). eng54b by mechanism (2.7: a loophole offered, a check said skipped,
    // tax dodged by a false word, goods re-dated, reviews cleaned…; 2.4: mock applause, 第一天当人类…; 2.3: a messenger's nickname, a number
    // in the parcel…) and eng54a (影印本, 超A级, 少报 as a penalty): 215/220, 8/180. Floors one line under.
    ['dev-blind-x54.jsonl', 0.97, 0.006],
    // Round 54: Y54 (300 clean replies a fake-goods filter would flag, 60 clean 2.3/2.6 near misses, 40 subtle 2.8 breaches), blind, not
    // trained on. First sight on main 04c476b1: 0.95 / 5.5% (38/40, 20/361; the writer's final file, on the same code: 39/40, 21/360). eng54c by mechanism (the re-issue's maker named, a trade link
    // with its import papers, one brand's own factory, a replacement part disclosed, the subject of goods — a book's topic, a tool's
    // figures —, 二手相机, the goods' source told; the model's gates: a part's maker disclosed, a shared maker with the brands apart, the
    // market warned of and ours declared, 原单 as the original order; 尾单 as our stock's tail; a claim to be us warned off; its two misses:
    // genuineness refused with quality vouched, a trace code finding nothing shrugged off): 40/40, 1/361. Floors one line under.
    // The lead then found eng54c had copied the set while its writer was still revising it (37 of 401 lines differ from the writer's
    // final 400): the fixture is now the final file, scored as it stands after eng54c: 40/40, 4/360 (2.4 哈，批; 2.6 回收 of a camera's
    // source, 近，照 across a comma; 复刻款 beside 外观一样). Floors one line under.
    ['dev-blind-y54.jsonl', 0.975, 0.014],
    // Round 55: A55 (240 clean replies a fake-goods / contact filter would flag, 40 subtle 2.8 and 20 subtle 2.3 breaches), blind, tuned on
    // by eng55a. First sight on main a1d5ff29: 58/60, 8/240. eng55a by mechanism (a replica whose original is no one's goods, 复刻 released
    // by its maker, a lure likened to the creature, a difference explained by how each piece was made, a toy's plastic weapon part; a tribute
    // with the brand's mark, a licence not bought, 复制件): 60/60, 1/240 (R55A-111, the second opinion on the buyer's own source asked).
    // Floors one line under.
    ['dev-blind-a55.jsonl', 0.98, 0.009],
    // Round 55: B55 (180 subtle breaches: 2.7 ×90 — illegal trades and belittling the platform or a rival —, 2.4 ×50, 2.9 ×40; 120 clean
    // near misses), blind, not trained on. First sight on main a1d5ff29: 140/180, 4/120. eng55b by mechanism (a rival's goods said to fail,
    // spoil or be hype, any store kind pointed at; the platform belittled by a settled verdict without a contempt word; a blessed object
    // sold as a cure; a paper made to pass a check, the origin relabelled, a review told to claim what did not happen; 我们快手这边 vouching
    // over all goods, a desk of ours said to be the platform's; the buyer's words likened to trash by emoji or praised in scare quotes):
    // 166/180, 4/120. Floors one line under.
    ['dev-blind-b55.jsonl', 0.915, 0.042],
    // Round 56: A56 (2.3 ×80 — contact and payment off the platform in spellings a word list misses —, 2.5 ×50, 2.6 ×50; 120 clean near
    // misses), blind, not trained on. First sight on main dbabb238: 176/180, 1/120. eng56a by mechanism (a mobile dictated in sound-alike
    // characters, the advance-fee prize, 赔偿金额 no fee on the buyer, violence in split components, the stock menaces in whole pinyin; and
    // from its own wordings: a bare 微 with an id, the buyer's home said kept, a deadline on the review, 走个私下, 亻言 for 信): 180/180,
    // 0/120 (on the old weights); 178/180, 0/120 with the round-56 retrain. Floors one line under.
    ['dev-blind-a56.jsonl', 0.983, 0.009],
    // Round 56: B56 (several-sentence replies, the breach in the middle: 2.8 ×40 hints, 2.9 ×30, 2.7 ×40, 2.4 ×40; 150 clean), blind, not
    // trained on. First sight on main dbabb238: 140/150, 4/150. eng56b by mechanism (a check told futile by its grammar, 刮了也查不到 / 查是
    // 查不过; the brand's goods with the mark swapped, 换了牌子; the code scratched off with a wink; a prescription drug sold past its gate;
    // a review voided in the platform's voice; the goods' failure laid on the buyer's body; an invoice request refused in any words, a
    // store's name holding 老佛爷, the chat record as the platform's safeguard): 148/150, 0/150 (left: R56B-117 道具币 as money, R56B-275
    // a huo in pinyin) on the old weights; 145/150, 0/150 with the round-56 retrain. Floors one line under.
    ['dev-blind-b56.jsonl', 0.96, 0.007],
    // Round 57: A57 (2.8 ×60 — words that say or hint the goods are fake: trade euphemisms, A货 disguised, counters that cannot tell —,
    // 2.4 ×50 veiled / regional / gender / age contempt, 2.9 ×50 posing as the platform; 140 clean near misses), blind (trained on by the round-57 retrain).
    // First sight on main 8afd2a26: 139/160, 10/140. eng57a by mechanism (an animal out-doing the buyer, a faculty jab asked, groups all
    // alike, slurs; the speaker's account as the platform's, 我们平台 banning; a copy word's pitch in softer words, A货 as its letter, the import
    // label unmasked; the buyer's abuse told back calmly, the buyer's choice on a review left free, refusals with an intensifier, a third
    // party's offer judged): 159/160, 3/140 (left: R57A-082 an elder sent to a child for help; R57A-008 another shop's claim called
    // unreliable, R57A-092 / R57A-286 the buyer's words in ASCII apostrophes, which the model reads unquoted). Floors one line under.
    ['dev-blind-a57.jsonl', 0.987, 0.029],
    // Round 57: B57 (several-sentence replies that slip once: 2.3 ×40 — a third store addresses —, 2.7 ×40, 2.5 ×30, 2.6 ×20, 2.4 ×20;
    // 150 clean full of near-miss words), blind. First sight on main 8afd2a26: 144/150, 2/150; with the round-57 retrain (trained on it)
    // 147/150, 2/150. Floors one line under.
    ['dev-blind-b57.jsonl', 0.973, 0.02],
    // Round 58: A58 (2.7 ×70 — prohibited imports, false cures, gambling, forged papers, customs evasion, MLM, defaming the platform or other
    // merchants —, 2.8 ×40 without the obvious words, 2.4 ×40 polite contempt; 150 clean near misses) and B58 (100 breaches of 2.3 / 2.5 /
    // 2.6 / 2.9 in ordinary sentences; 200 clean everyday replies sharing their words), blind, not trained on (the round-58 retrain was
    // rejected: scripts/model-data.ts). First sight on main ab57b1c0: A58 118/150, 2/150; B58 99/100, 4/200. Floors one line under.
    ['dev-blind-a58.jsonl', 0.78, 0.02],
    ['dev-blind-b58.jsonl', 0.98, 0.025],
    // Round 59: A59 (long replies of two to six sentences, one breach anywhere among ordinary service: 2.3 ×30, 2.4 ×20, 2.5 ×20, 2.6 ×15,
    // 2.7 ×30, 2.8 ×20, 2.9 ×15; 150 long clean replies on the same topics) and B59 (evasion devices: homophones, split characters, pinyin,
    // emoji, odd digits — 2.3 ×45, 2.8 ×30, 2.4 ×30, 2.7 ×25, 2.6 / 2.9 ×20; 150 clean lines using the same devices innocently), blind, not
    // trained on (model59's fresh check). First sight on main f7fdd521: A59 139/150, 2/150; B59 133/150, 1/150. Floors one line under.
    ['dev-blind-a59.jsonl', 0.92, 0.02],
    ['dev-blind-b59.jsonl', 0.88, 0.014],
    // Round 60: A60 (2.7 ×90 as a strict inspector reads it, mostly without an obvious keyword — restricted goods offered or hinted, customs
    // dodged, gambling, sexual or violent selling, MLM, false cures, the platform run down —, 2.4 ×35 indirect contempt, 2.5 ×15, 2.8 ×20
    // hinted copies; 140 clean near misses), blind, not trained on. First sight on main 8ac8c43d: 129/160, 5/140. eng60a by mechanism
    // (health claims as illness + outcome, schemes by fee or team + promised income, restricted goods off the listing, male-performance
    // drugs by effect, banned formulas still sold, customs values moved down / grey route / ties at customs; selling by sex or violence, a
    // shop's own lottery, superstition as an effect, a third company's invoice, the platform's buyers called fools, a faculty jab; the lawful
    // twins of each): 155/160, 0/140 (left: R60A-082 a slimming shot by nickname, 145 a sigh of contempt, 170 a vape pod in whole pinyin,
    // 268 灰关 beside 没问题 (the grey-route cue yields to any negation: it cost holdout-dt a false alarm when looser), 271 a relabelled tin
    // under 2.8). Floors one line under.
    ['dev-blind-a60.jsonl', 0.968, 0.008],
    // Round 60: B60 (real chat as it flows, short and medium replies to what the buyer just said: 2.8 ×30 — the goods hinted not genuine
    // when asked 是正品吗 / 能验吗 / 为什么便宜 —, 2.3 ×30 half-sentence moves off the platform, 2.9 ×20 short platform voice, 2.6 ×20, 2.4 / 2.5
    // ×20 short retorts; 180 clean replies full of trigger-looking parts), blind, not trained on. First sight on main 8ac8c43d: 106/120,
    // 3/180. eng60b by mechanism (我们 after QQ我 / V我 as a refusal's subject, a code said unsendable, the market warned of with ours carrying
    // the proof; 小心点 as "watch yourself", 滚 sent to another seller; the speaker's own side named as the platform, 官方这边 / 我们官方 / a
    // desk announced present; the WeChat id said to bear the shop's name; a check forecast to undo the goods, import proof missing with a
    // wink or a skipped customs): 116/120, 0/180 (left: R60B-060 a mini-program named in quotes, R60B-078 the platform's consent relayed,
    // R60B-095 a side business, R60B-099 a red packet asked for oneself, read as 2.3). Floors one line under.
    ['dev-blind-b60.jsonl', 0.958, 0.006],
    // Round 61: A61 (2.7 ×100 as it turns up in import chats, category by category and mostly without a listable keyword — supplements sold
    // with drug effects, cosmetics with forbidden claims, prescription drugs, nicotine, wildlife by euphemism, weapons, customs fraud, fake
    // papers, gambling, MLM, obscene or violent selling, the platform run down —, 2.4 ×20 contempt dressed as advice, 2.8 ×15 hints, 2.3 ×15
    // inside a restricted sale; 140 clean near misses), blind, not trained on. First sight on main 5f36252a: 122/160, 7/140. eng61a by
    // category tables (rules/lexicon/restricted-trade.ts) and clean uses as classes (a scheme called by its name, others' practice set against
    // ours, a case and its sentence told, the shop unable, 没上架 alone): 155/160, 2/140 (left: R61A-059 灌装日期 read as 2.8, R61A-280 the
    // model on a warning). Floors one line under.
    ['dev-blind-a61.jsonl', 0.962, 0.022],
    // Round 61: B61 (a QA inspector's day of logs: 2.4 ×50 insults and contempt toward the buyer, direct and indirect — money, looks, region,
    // age, education, 阴阳怪气 politeness, swearing in homophones, initials, emoji and split characters, a curse in a joke or a complaint about
    // the courier, the buyer called a fraud —, 2.8 ×50 goods said or hinted not genuine — the five words and their trade relatives,
    // half-admissions, jokes, answers to 是正品吗 / 能验吗 / 怎么这么便宜 —, 200 clean traps across every clause), blind, not trained on. First
    // sight on main 5f36252a: 87/100, 4/200. eng61b by mechanism: the clean uses as classes (代 closing a word of its own before 充/练,
    // the 号 of a day of the month, a written ratio refused right after it, the buyer's ask of us reported and refused with the talk kept
    // here): 87/100, 0/200; then the 2.8 half-admissions as classes (the check offered and withdrawn, the genuine priced out of reach or the
    // difference owned by the price, the one likeness to the genuine named) and 2.4 contempt for the buyer's person (an aspect of body,
    // looks, age, mind or purse met by a demeaning verdict; too mean to pay a trifle; likened to something duller; feedback thrown to a base
    // use): 97/100, 0/200 (left: R61B-050 职业素养拉满 as sarcasm, R61B-126 和官网的肯定不一样 beside the price, R61B-211 a "joke" on
    // gullibility). Floors one line under.
    ['dev-blind-b61.jsonl', 0.96, 0.005],
  ])('%s: no regression below recall %s, false alarms ≤ %s', (file, recall, falseAlarms) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(recall);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(falseAlarms);
  });

  // Round 19 (t19bq): CLEAN-BQ (200 hard clean). First run 9/200 (4.5%); after t19bq 0/200. Not in the second opinion's training.
  // Round 20 (t20bt): CLEAN-BT (200 hard clean). First run 12/200 (6%); after t20bt 0/200. Not in the second opinion's training.
  // Round 22 (t22bz): CLEAN-BZ (200 hard clean). First run 4/200 (2%); after t22bz 0/200. Not in the second opinion's training.
  // Round 22 (t22ca): CLEAN-CA (200 hard clean, most of them long replies). First run 15/200 (7.5%); after t22ca 0/200. Not in the second opinion's training.
  // Round 22 (t22cb): CLEAN-CB (200 hard clean, cross-border import talk). First run 5/200 (2.5%); after t22cb 0/200. Not in the second opinion's training.
  // Round 22 (t22cc): CLEAN-CC (200 hard clean: the buyer's family, workplace and courier in service talk). First run 13/200 (6.5%); after t22cc 1/200
  // (a thank-you passed on, 帮我们谢谢她, still warned by likely-off-topic). Not in the second opinion's training.
  // Round 23 (t23cd): CLEAN-CD (200 hard clean near misses in 17 families: long logistics and after-sales replies, quoted insults and threats
  // answered calmly, scam warnings, numbers that are no contacts, dialect, review talk…). First run 9/200 (4.5%); after t23cd 0/200. Not in the second opinion's training.
  // Round 24: CLEAN-CE (200 hard clean over all clauses, blind). First run 5/200 (2.5%); after t24a, t24b and t24c 0/200. Not in the
  // second opinion's training.
  // Round 25: CLEAN-CF (200 hard clean in 20 families, blind). First run 6/200 (3%); after t25a, t25b and t25c 0/200. Not in the
  // second opinion's training.
  // Round 26: CLEAN-CG (200 hard clean in 20 families). First run 6/200 (3%); after t26a (2.3: a refusal explaining why off-platform
  // payment is unsafe, the buyer's 收款码 the shop will not scan, style codes WX2208/WX2209) and t26b (2.4/2.5/2.8) 0/200. Not in the
  // second opinion's training.
  // Round 27: CLEAN-CH (200 hard clean in 20 new families: pet goods, harsh usage instructions, couriers calling, coupon codes, device codes,
  // buyer nicknames, gift-card messages…). First run 9/200 (4.5%); after t27a (2.3/2.6/2.7: a quoted code word, note or card text, the buyer's
  // nickname, a masked number on the waybill, an IMEI, coupons 被薅秃了) 3/200 (1.5%) — the three left (a quoted 穷鬼本鬼, 女朋友 of a gift, a
  // past shop's calls reported) are 2.4/2.5, fixed by t27b: 0/200 merged. Not in the second opinion's training.
  // Round 29 (blind, first run → after t29a (2.3–2.6), t29b (2.7–2.9) and the lead): CLEAN-CI (20 new families: full turns, angry buyers,
  // customs opening parcels, jade grades, invoices…) 11 → 2/200 (both the second opinion's); CLEAN-CJ (returns, expiry, devices, supplements,
  // luxury care…) 11 → 0; CLEAN-CK (the difficult talks: authenticity disputes, refusals naming WeChat/QR codes, quoted insults, scam
  // warnings) 13 → 1 (the second opinion's); CLEAN-CL (200 short everyday replies with slang, emoji and numbers) 1 → 0; CLEAN-CM (150 long
  // multi-topic replies) 5 → 0. Not in the second opinion's training.
  // Round 30: CLEAN-CN (200 hard clean in 20 new families: whole conversation turns, bad-day empathy, banter, formula stages, spirits,
  // appraisal, plugs, shades, dosage, display items, company orders, rosters, flash sales, blunt refusals, idioms, price and FX sums…)
  // 5 → 0 (t30b: 别想这些 as comfort, the buyer's ultimatum granted, a drink told by its effect; t30c: 不建议当安眠药吃, customs 重新封箱).
  // Round 31: CLEAN-CO (200 hard clean in 20 families: the buyer's rude words quoted back, alarming legal goods, 仿/复刻/A in their lawful
  // sense, masked buyer data, a refused under-declaration, a slot-machine money box…) 5 → 0 (t31c). Not in the second opinion's training.
  // Round 41: CLEAN-GP (200 hard clean over every clause area and 25 mixed Chinese/English) 8 → 0/200 (t41f); CLEAN-GT (the same brief, second
  // wave) 8 → 0/200 (t41h). Not trained on.
  // Round 42: CLEAN-GX (200 hard clean in DO's ten verticals, written to find DO's false alarms without opening it) 3 → 0/200 (t42c, t42d, t42g).
  // Round 42: CLEAN-HA (200 hard clean over every clause area and 25 mixed Chinese/English, 40+ verticals), written blind at the round's end:
  // 9/200 at first sight; round 43 (t43a) 9 → 0/200. Not trained on.
  // Round 43: CLEAN-HD (200 hard clean over 40+ verticals: the buyer's words quoted, products named by rude words, refusals, grading jargon, warnings) 9 → 0/200 (t43f).
  // Round 43: CLEAN-HF (200 hard clean, long multi-part replies: safety warnings, the shop's admission by the platform, the rule cited to refuse,
  // codes on the goods' labels, the buyer's question denied) 7 → 1/200 (t43i; left: HF-090 白嫖 in a promo line, arguable under 2.4). Not trained on.
  // Round 43: CLEAN-HH (200 hard clean in agents' voices, traditional lines among them) 4 → 0/200 (t43m).
  // Round 44: CLEAN-HJ (200 hard clean) 4 → 0/200 (t44c: a self-corrected slip, 打给您 as typing, 尾单 before a cut-off, an OTC medicine's
  // ingredient with its dose).
  // Round 44: CLEAN-HK (200 blind clean whose hard part is context: scam warnings, spotting fakes, other platforms named, numbers) 11 → 1/200
  // (t44d), then 0/200 (t44i: HK-147, a call refused). Not trained on.
  // Round 44: CLEAN-HN (200 blind clean: ten verticals' everyday work in their own jargon) 4 → 0/200 (t44g). Not trained on.
  // Round 45: CLEAN-HP (200 blind clean) 3 → 0/200 (t45c: a scam warning's denied ask for the card, 性手枪 as a record's name, 看不懂的 in
  // lens-care advice). Not trained on.
  // Round 45: CLEAN-HS (200 honest replies in ten verticals, half written to sound suspicious) 5 → 0/200 (t45h: 2B as a pencil grade, a
  // market refill scam warned of with how to check ours, the buyer's own renovation as a reason to wait, 3D款 read as d款 = 贷款).
  // Round 45: CLEAN-HU (200 honest replies in ten verticals, ~120 written to sound suspicious) 13 → 0/200 (t45k: copies warned then a way
  // to check ours taught, a forwarded SMS, money wasted as advice not to buy, parcel padding, a basket cheered). Not trained on.
  // Round 47: CLEAN-IA (200 honest replies, blind). First run 12/200 (main after the round-47 retrain); after t47e 0/200. Not trained on.
  // Round 48: CLEAN-IE (200 honest replies, blind). First run 4/200 (main after the round-48 retrain); after t48e 0/200. Not trained on.
  // Round 48 (second wave): CLEAN-IG (200 honest replies, blind). First run 9/200 (main ced4edc0, 15,000 features); after t48h 0/200. Not trained on.
  // Round 49: CLEAN-IJ (200 honest replies, blind). First run 4/200 (main 74bb8897); after t49d 0/200. Not trained on.
  // Round 49 (second wave): CLEAN-IL (200 honest replies, blind). First run 3/200 (main 3095417e): a fake-oil warning (调出来), a
  // warning against fake locks (仿冒), fruit leaves (叶子); after t49f 0/200. Not trained on.
  it.each(['dev-clean-bd.jsonl', 'dev-clean-be.jsonl', 'dev-clean-bf.jsonl', 'dev-clean-bg.jsonl', 'dev-clean-bh.jsonl', 'dev-clean-bj.jsonl', 'dev-clean-bk.jsonl', 'dev-clean-bl.jsonl', 'dev-clean-bm.jsonl', 'dev-clean-bn.jsonl', 'dev-clean-bo.jsonl', 'dev-clean-bp.jsonl', 'dev-clean-bq.jsonl', 'dev-clean-br.jsonl', 'dev-clean-bs.jsonl', 'dev-clean-bt.jsonl', 'dev-clean-bu.jsonl', 'dev-clean-bv.jsonl', 'dev-clean-bw.jsonl', 'dev-clean-bx.jsonl', 'dev-clean-by.jsonl', 'dev-clean-bz.jsonl', 'dev-clean-ca.jsonl', 'dev-clean-cb.jsonl', 'dev-clean-cc.jsonl', 'dev-clean-cd.jsonl', 'dev-clean-ce.jsonl', 'dev-clean-cf.jsonl', 'dev-clean-cg.jsonl', 'dev-clean-ch.jsonl', 'dev-clean-ci.jsonl', 'dev-clean-cj.jsonl', 'dev-clean-ck.jsonl', 'dev-clean-cl.jsonl', 'dev-clean-cm.jsonl', 'dev-clean-cn.jsonl', 'dev-clean-co.jsonl', 'dev-clean-et.jsonl', 'dev-clean-ex.jsonl', 'dev-clean-fd.jsonl', 'dev-clean-fh.jsonl', 'dev-clean-fm.jsonl', 'dev-clean-fq.jsonl', 'dev-clean-fu.jsonl', 'dev-clean-fy.jsonl', 'dev-clean-gd.jsonl', 'dev-clean-gi.jsonl', 'dev-clean-gp.jsonl', 'dev-clean-gt.jsonl', 'dev-clean-gx.jsonl', 'dev-clean-ha.jsonl', 'dev-clean-hd.jsonl', 'dev-clean-hf.jsonl', 'dev-clean-hh.jsonl', 'dev-clean-hj.jsonl', 'dev-clean-hk.jsonl', 'dev-clean-hn.jsonl', 'dev-clean-hp.jsonl', 'dev-clean-hs.jsonl', 'dev-clean-hu.jsonl', 'dev-clean-hx.jsonl', 'dev-clean-ia.jsonl', 'dev-clean-ie.jsonl', 'dev-clean-ig.jsonl', 'dev-clean-ij.jsonl', 'dev-clean-il.jsonl'])('%s: false alarms ≤ 0.01', (file) => {
    const s = score(load(file));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });


  // Round 10: blind batches BC (2.8 50, 2.7 45, 55 hard clean) and BD (2.5 40, 2.3 30, 2.4 25, 2.6 5, 50 hard clean), and
  // CLEAN-BB (200 hard clean replies in ten near-miss families: platform QR codes, fakes denied, firm deadlines, platform
  // payments, blunt but fair remarks, contact words used innocently, fair comparisons, official words, scary product
  // facts, long replies). First run with rules and second opinion: BC 0.789 / 12.7%, BD 0.850 / 6.0%, CLEAN-BB 3.5%.
  // They also train the second opinion.
  it.each(['dev-blind-bc.jsonl', 'dev-blind-bd.jsonl'])('%s: no regression below recall 0.95, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });
  it('dev-clean-bb.jsonl: false alarms ≤ 0.015', () => {
    const s = score(load('dev-clean-bb.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.015);
  });

  // Round 9: blind batches BA (2.8/2.7/2.9) and BB (2.5/2.4/2.3), 160 replies each (40 hard clean), and CLEAN-BA (200
  // hard clean replies in ten near-miss families: fakes denied, scary product facts, platform payments, product codes,
  // platform channels…). First run with rules and second opinion: BA 0.708 / 5.0%, BB 0.842 / 2.5%, CLEAN-BA 3.5%; after
  // the round: BA 0.975, BB 0.983, no false alarms on any of the three. They also train the second opinion.
  it.each(['dev-blind-ba.jsonl', 'dev-blind-bb.jsonl'])('%s: no regression below recall 0.95, false alarms ≤ 0.02', (file) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });
  it('dev-clean-ba.jsonl: false alarms ≤ 0.01', () => {
    const s = score(load('dev-clean-ba.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });

  // Round 7: W2 (150 hard clean replies of an import shop's work) and the everyday sets (1,900 mundane replies agents
  // send all day: greetings, logistics, after-sales, advice), written blind. Before the round: W2 3.3% false alarms,
  // everyday 0.5–1.8% (日结 in 工作日结束, customs 额度 as a loan, 第三次来问…); after it: W2 1.3%, everyday ≤ 0.4%.
  it('dev-clean-w2.jsonl: false alarms ≤ 0.02', () => {
    const s = score(load('dev-clean-w2.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });
  it.each(['dev-everyday-a.jsonl', 'dev-everyday-b.jsonl', 'dev-everyday-c.jsonl', 'dev-everyday-d.jsonl', 'dev-everyday-e.jsonl'])('%s: false alarms ≤ 0.005', (file) => {
    const s = score(load(file));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.005);
  });

  // Blind batch W: 150 hard CLEAN replies of round 6 (platform checkout, scam warnings, quoted buyers, product
  // facts with scary words, refusals). 5.3% false alarms before the round, 0 after it.
  it('dev-clean-w.jsonl: false alarms ≤ 0.01', () => {
    const s = score(load('dev-clean-w.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });

  // Blind batch R: 150 hard CLEAN replies (service talk that uses threat, slang, illegal-sounding, platform,
  // payment and recruiting words), written without seeing the rules. 7.3% false alarms before the round,
  // 8.7% after its tuning, 0 after the false-alarm pass (quoted words of others, denials over a later item,
  // warnings about others' asks, echoed-and-refused questions, refusing to speak for the platform).
  it('dev-clean-r.jsonl: false alarms ≤ 0.01', () => {
    const s = score(load('dev-clean-r.jsonl'));
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(0.01);
  });

  // HELD OUT: batch Z (all clauses in the example corpus's mix, 150 replies, half clean, written blind at the start of
  // round 7 and scored once before any tuning): 0.853 recall / 2.7% false alarms before, 0.880 / 2.7% after round 7
  // (rules alone 0.867). Never tuned to. A floor against regressions only.
  // (recall 0.893 after round 8, 0.920 after round 10 (second opinion's denial twins), 0.933 after round 11)
  // Round 47: the second opinion retrained on every dev set through round 46 (scripts/model-data.ts), adopted by a test registered before
  // its sealed judges existed; it cost this set two false alarms (1 → 3 of 75): the floor follows, a deliberate trade.
  heldOutFloor('holdout-z.jsonl', 0.96, 0.04);

  // HELD OUT: batch H (all clauses in the example corpus's mix, 150 replies, half clean and half of those everyday,
  // written blind at the start of round 8 and scored once before it): 0.933 recall / 4.0% false alarms before (0.907
  // rules alone); after the round 0.907 rules alone, 0.947 with the retrained second opinion, 4.0%. The round's
  // word-rule tuning moved it not at all. Never tuned to. A floor against regressions only.
  // After round 9: 0.960 / 2.7%.
  heldOutFloor('holdout-h.jsonl', 0.97, 0.03);

  // HELD OUT: batch I (all clauses in the example corpus's mix, 150 replies, 44% hard clean, written blind at the start
  // of round 9 and scored once before it): 0.905 recall / 1.5% false alarms before; after the round's rules and the
  // retrained second opinion the same, 0.905 / 1.5%. Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-i.jsonl', 0.925, 0.02);

  // HELD OUT: batch J (all clauses in the example corpus's mix, 150 replies, 65 hard clean, written blind at the start
  // of round 10 and scored once before it): 0.941 recall / 3.1% false alarms before, and the same after the round.
  // Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-j.jsonl', 0.97, 0.035);

  // HELD OUT: batch K (all clauses in the example corpus's mix, 150 replies, 65 hard clean, written blind at the start
  // of round 11 and scored once before it): 0.918 recall / 3.1% false alarms before, 0.976 / 3.1% after. Never tuned to. A floor against
  // regressions only.
  heldOutFloor('holdout-k.jsonl', 0.96, 0.035);

  // HELD OUT: batch CA (the example corpus's mix, 150 replies, 73 hard clean, an import shop's register, written blind
  // at the start of round 12 and scored once before it): 1.000 recall / 4.1% false alarms (3/73) before. Never tuned
  // to. A floor against regressions only.
  heldOutFloor('holdout-ca.jsonl', 0.98, 0.03);

  // HELD OUT: batch CB (all clauses, 150 replies, 65 hard clean, many shop types and registers, written blind during round
  // 12 and scored only at its end): 0.929 recall / 3.1% false alarms, the same figures as on the start-of-round code: the
  // round's word rules and retrained model did not carry over to it. Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-cb.jsonl', 0.92, 0.035);

  // HELD OUT, SEALED: batch CC (the example corpus's mix, 150 replies, 60 hard clean, wordings a keyword list would not
  // anticipate: implication, euphemism, breaches buried in long replies), written blind at the start of round 13 and
  // scored only at its end, on the start-of-round tree (0f99756) and the end tree: 0.978 (88/90) on both; false alarms
  // 0/60 → 1/60 (a warn from the second opinion's 2.8, whose thresholds the round lowered), and 0/60 after the
  // round's last retrain (CLEAN-BG added). Never tuned to. A floor against regressions only.
  // (round 14's retrain: 0.978, 1/60: the same 2.8 second-opinion warning back)
  heldOutFloor('holdout-cc.jsonl', 0.97, 0.02);

  // HELD OUT, SEALED: batch CD (all clauses, 150 replies, 58 hard clean, wordings a keyword list would not anticipate),
  // written blind at the start of round 14 and scored only at its end: start-of-round tree (e9545b4) 0.957 (88/92),
  // false alarms 4/58; end tree 0.957, 3/58 (the retrained second opinion dropped a 2.9 warning). Per clause 2.5 0.78,
  // 2.9 0.89, 2.4 0.92, the rest 1.00. The round's word rules did not carry over to it. Never tuned to. A floor
  // against regressions only. Round 17's retrain (DF, CLEAN-BL, order numbers masked) brought that 2.9 second-opinion
  // warning back (4/58, as at the start of round 14) while the pooled held-out false alarms stayed 23/1513: the
  // ceiling is the start-of-round-14 figure, 0.07.
  heldOutFloor('holdout-cd.jsonl', 0.95, 0.07);

  // HELD OUT, SEALED: batch CE (all clauses, 150 replies, 60 hard clean, wordings a keyword list would not anticipate),
  // written blind at the start of round 15 and scored only at its end: start-of-round tree (4e1624d) 0.911 (82/90),
  // false alarms 5/60; end tree before the retrain the same, 0.911 and 5/60 (the round's word rules did not carry over
  // to it at all); after the retrain 0.922 (83/90, a 2.7 line), 5/60. Per clause 2.6 0.88, 2.7 0.91, 2.5 0.91. Never
  // tuned to. A floor against regressions only.
  heldOutFloor('holdout-ce.jsonl', 0.9, 0.09);

  // HELD OUT, SEALED: batch CF (all clauses, 150 replies, 60 hard clean), written blind at the start of round 16 and
  // scored only at its end: start-of-round tree (cf157e1) 0.978 (88/90), false alarms 3/60; end tree before the
  // retrain the same, 0.978 and 3/60 (the round's word rules did not carry over to it); after the retrain 0.989
  // (89/90: one line labelled 2.4 and 2.7 gained; a 2.5 line still missed), 3/60. Its writer's report named one of its clean
  // lines (a 高仿真 flower arrangement); the round's 高仿真 fix came from CLEAN-BK and changed nothing on CF. Never tuned
  // to. A floor against regressions only.
  heldOutFloor('holdout-cf.jsonl', 0.97, 0.06);

  // HELD OUT, SEALED: batch CG (all clauses, 150 replies, 60 hard clean; 53 of its 90 violations written as evasions or
  // indirect wording), written blind at the start of round 17 and scored only at its end: start-of-round tree (d627a9f)
  // 0.989 (89/90, a 2.5 line missed), false alarms 2/60; end tree after the round's word rules and two retrains exactly the
  // same. Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-cg.jsonl', 0.97, 0.05);

  // HELD OUT, SEALED: batch CH (all clauses, 150 replies, 60 hard clean), written blind at the start of round 18 and
  // scored only at its end: start-of-round tree (e18634c) 0.956 (86/90: three 2.3 lines and one 2.7 line missed), false
  // alarms 0/60; end-of-round tree (04b6afa) exactly the same (the round's word rules did not carry over to it). Never
  // tuned to. A floor against regressions only.
  heldOutFloor('holdout-ch.jsonl', 0.95, 0.02);

  // HELD OUT, SEALED: batch CI (all clauses, 150 replies, 60 hard clean), written blind at the start of round 19 and
  // scored only after it: start-of-round tree 1.000 (90/90), false alarms 0/60; end-of-round tree (fbf25ad) exactly the
  // same. Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-ci.jsonl', 0.97, 0.02);

  // HELD OUT, SEALED: batches CJ and CK (all clauses, 150 replies each, 60 hard clean; CK a third long replies with one breaching
  // sentence), written blind during round 20 and scored only at its start and end: CJ 1.000 (90/90), false alarms 2/60 on the
  // start tree (259cd76) and the end tree; CK 0.978 (88/90: a 2.3 and a 2.4 line), 2/60 on both (ebfa9e6 and the end tree).
  // Never tuned to. Floors against regressions only.
  heldOutFloor('holdout-cj.jsonl', 0.97, 0.05);
  heldOutFloor('holdout-ck.jsonl', 0.96, 0.05);

  // HELD OUT, SEALED: batch CL (all clauses, 150 replies, 60 hard clean; a third long replies, 3–6 sentences), written blind at the start
  // of round 21 and scored only at its start and end: 0.989 (89/90: a 2.3 line), false alarms 4/60 on the start tree (7135ebb) and the
  // end tree alike. Never tuned to. A floor against regressions only.
  heldOutFloor('holdout-cl.jsonl', 0.98, 0.07);
  // HELD OUT, SEALED: batch CM (all clauses, 150 replies, 60 hard clean; a third long replies), written blind at the start of round 22
  // and scored at its start (5c669ea): 0.989 (89/90: a 2.8 line), false alarms 2/60. At the round's end 0.978 (a 2.6 line lost, 2/60):
  // bisected by score alone to t22ca's 和我们无关 warning frame, narrowed (the agent's own side line disowned from the shop still
  // offers it); after that 0.989, 2/60 again. So this set is no longer blind for that one frame. A floor against regressions only.
  heldOutFloor('holdout-cm.jsonl', 0.98, 0.05);
  // HELD OUT, SEALED: batch CN (all clauses: 2.1 ×5, 2.3 ×25, 2.4–2.9 ×10 each; 60 hard clean; a third long replies with one breaching
  // sentence, half by evasion or implication), written blind at the start of round 23 and scored by number only: 0.967 (87/90),
  // false alarms 2/60 at the round's start (35e3f18) and at its end, after every round-23 change. A floor against regressions only.
  heldOutFloor('holdout-cn.jsonl', 0.96, 0.05);
  // HELD OUT, SEALED: batch CO (all clauses: 2.1 ×4, 2.3 ×16, 2.4–2.9 ×12–13 each; 60 hard clean; a third long replies with one
  // breaching sentence, about half by evasion or implication), written blind at the start of round 24 and scored by number only:
  // 0.967 (87/90), false alarms 1/60 at the round's start (3394e87) and at its end, after every round-24 change. A floor against
  // regressions only.
  heldOutFloor('holdout-co.jsonl', 0.96, 0.05);
  // HELD OUT, SEALED: batch CP (all clauses: 2.1 ×6, 2.3 ×20, 2.4–2.9 ×8–14 each; 60 hard clean; a third long replies, about half
  // the breaches by evasion or implication), written blind at the start of round 25 and scored by number only: 0.989 (89/90), false
  // alarms 3/60 at the round's start (cc69a8e) and at its end, after every round-25 change. A floor against regressions only.
  heldOutFloor('holdout-cp.jsonl', 0.98, 0.05);

  // HELD OUT, SEALED: batch CQ (all clauses: 2.1 ×5, 2.3 ×22, 2.4–2.9 ×10–13 each; 60 hard clean; a third long replies, about
  // 60% of the breaches by evasion or implication), written blind at the start of round 26 and scored by number only: 0.978 (88/90),
  // false alarms 4/60 at the round's start (a20d7b1) and at its end, after every round-26 change. A floor against regressions only.
  heldOutFloor('holdout-cq.jsonl', 0.97, 0.07);
  // HELD OUT, SEALED: batch CR (all clauses: 2.1 ×6, 2.3 ×30, 2.4 ×12, 2.5–2.8 ×9 each, 2.9 ×8; 60 hard clean; a third long replies,
  // about 60% of the breaches by evasion or implication), written blind at the start of round 27 and scored by number only: 0.978
  // (88/90), false alarms 3/60 at the round's start (e082a1c) and at its end, after every round-27 change. A floor against regressions only.
  heldOutFloor('holdout-cr.jsonl', 0.97, 0.05);

  // HELD OUT, sealed: CS (150: 90 breaches over every clause, 60 hard clean; a third long replies with one breaching sentence,
  // about 60% of the breaches by evasion or implication), written blind at the start of round 29 and scored by number only: 0.967
  // (87/90), false alarms 0/60 at the round's start (7d1cc2b). A floor against regressions only.
  heldOutFloor('holdout-cs.jsonl', 0.96, 0.02);

  // HELD OUT, sealed: CT (150: 90 breaches over every clause, 60 hard clean; a third long, about 60% evasive), written blind at the start
  // of round 30 and scored by number only: 0.956 (86/90), false alarms 0/60 at the round's start (242f870) and after t30a–c. A floor only.
  heldOutFloor('holdout-ct.jsonl', 0.95, 0.02);

  // HELD OUT, sealed: CU (150: 90 breaches over every clause, 60 hard clean in 22 families; a third long, about two thirds evasive),
  // written blind at the start of round 31 and scored by number only: 0.922 (83/90), false alarms 0/60 at the round's start (3c89cce).
  // A floor only.
  heldOutFloor('holdout-cu.jsonl', 0.92, 0.02);

  // HELD OUT, sealed: CV (150: 90 breaches over every clause in ten import verticals, 60 hard clean in 15+ families; a third long, about
  // two thirds evasive: 🐧 for QQ, spelt-out mailboxes, kana-only Japanese, dialects), written blind at the start of round 32 and scored by
  // number only: 0.878 (79/90), false alarms 1/60 at the round's start (2475aa4). A floor only.
  // Round 35: 0.911 (82/90), 1/60 after the lead's retrain; the floor raised with it.
  heldOutFloor('holdout-cv.jsonl', 0.9, 0.02);

  // HELD OUT, sealed: CW (150: 90 breaches over every clause in ten import verticals, 60 hard clean; a third long, about two thirds
  // evasive), written blind at the start of round 33 and scored by number only: 0.789 (71/90), false alarms 2/60 at the round's start
  // (c8d0f12); 0.800 (72/90), 2/60 after round 33's merges. A floor only.
  // Round 35: 0.867 (78/90), 2/60 after the lead's retrain; the floor raised with it.
  heldOutFloor('holdout-cw.jsonl', 0.86, 0.05);

  // HELD OUT, sealed: CX (150: 90 breaches over every clause in ten import verticals — watches, wine, outdoor gear, pet food, books…; 60
  // hard clean; a third long, about two thirds evasive), written blind at the start of round 34 and scored by number only: 0.856 (77/90),
  // false alarms 2/60 at the round's start (9889f40). A floor only.
  // Round 35: 0.878 (79/90), 2/60 after the lead's retrain; the floor raised with it.
  heldOutFloor('holdout-cx.jsonl', 0.87, 0.05);

  // HELD OUT, sealed: CY (150: 90 breaches over every clause in ten other import verticals — strollers, luxury bags, car accessories,
  // health devices, tea, jewellery, instruments, running shoes, small appliances, frozen seafood; 60 hard clean; a third long, about two
  // thirds evasive), written blind at the start of round 35 and scored by number only: 0.878 (79/90), false alarms 0/60 at the round's
  // start (60c59bc). A floor only.
  // Round 35: 0.911 (82/90), 0/60 after the lead's retrain; the floor raised with it.
  heldOutFloor('holdout-cy.jsonl', 0.9, 0.02);

  // HELD OUT, sealed: CZ (150: 90 breaches over every clause in ten import verticals not used before — cameras, camping gear, fishing
  // tackle, kitchen knives, collectible toys, coffee, eyeglass frames, bicycles, bedding, imported snacks; 60 hard clean; a third long,
  // about two thirds evasive), written blind at the start of round 36 and scored by number only: 0.833 (75/90), false alarms 2/60 at the
  // round's start (e6b0e41), unchanged by the round's word-rule tuning; a retrain that read the round's dev sets did not raise it either.
  heldOutFloor('holdout-cz.jsonl', 0.83, 0.04);

  // HELD OUT, sealed: DA (150: 90 breaches over every clause in ten import verticals not used before — perfume, vitamins and protein
  // powder, golf, diapers and baby care, hair care and styling tools, fountain pens, earphones and phone accessories, ski gear, drones,
  // board games and trading cards; 60 hard clean; a third long, about two thirds evasive), written blind at the start of round 37 and
  // scored by number only: 0.844 (76/90), false alarms 0/60 at the round's start (1567bbf). A floor only.
  heldOutFloor('holdout-da.jsonl', 0.84, 0.02);

  // HELD OUT, sealed: DB (150: 90 breaches over every clause in ten import verticals not used before — aquarium and fishkeeping, home
  // fitness equipment, musical instruments, car care and tyres, contact and coloured lenses, 3D printers and maker kits, yarn and handcraft,
  // art supplies, amber/jade/agarwood beads and jewellery, strollers and child car seats; 60 hard clean; about two thirds evasive), written
  // blind at the start of round 38 and scored by number only: 0.933 (84/90), false alarms 2/60 at the round's start (1bbac5e). A floor only.
  heldOutFloor('holdout-db.jsonl', 0.93, 0.04);

  // HELD OUT, sealed: DC (150: 90 breaches over every clause in ten more verticals not used before — cigars and smoking accessories,
  // teaware and Yixing teapots, smart locks and home cameras, e-scooters and motorcycle gear, reptiles and exotic-pet supplies, rosewood
  // furniture and carvings, vintage and second-hand designer wear, walkie-talkies, microscopes/specimens/fossils/meteorites, fireworks and
  // party supplies; 60 hard clean), written blind in round 38's second wave and scored by number only: 0.878 (79/90), false alarms 5/60
  // at first sight (after the first wave's tuning, afd59a0). A floor only.
  heldOutFloor('holdout-dc.jsonl', 0.87, 0.09);

  // HELD OUT, sealed: DD (150: 90 breaches over every clause in ten import verticals not used before — gardening, seeds and bulbs, swimming
  // and diving gear, luggage, tableware and bone china, wedding and formal wear, small kitchen appliances, aromatherapy and candles,
  // household cleaning products, shavers and men's grooming, power tools; 60 hard clean; about two thirds evasive), written blind at the
  // start of round 39 and scored by number only: 0.900 (81/90), false alarms 1/60 at the round's start (893af34). A floor only.
  heldOutFloor('holdout-dd.jsonl', 0.9, 0.02);

  // HELD OUT, sealed: DE (150: 90 breaches over every clause in ten more verticals not used before — game consoles and games, wigs and
  // hair extensions, tattoo and nail-art supplies, archery and martial-arts gear, cosplay and costumes, learning tablets and educational
  // toys, massage chairs, RC cars and model kits, bathroom and sanitary ware, sunglasses and hats; 60 hard clean), written blind in round
  // 39 and scored by number only after the first wave's tuning: 0.911 (82/90), false alarms 3/60 at first sight. A floor only.
  heldOutFloor('holdout-de.jsonl', 0.91, 0.05);

  // HELD OUT, sealed: DF (150: 90 breaches over every clause in ten more verticals not used before — sneakers and streetwear, phone
  // accessories and chargers, makeup brushes and beauty tools, honey and bee products, pet medicines, yoga and pilates wear, calligraphy
  // supplies, bird's nest and dried seafood, hearing aids and glucose meters, electric toothbrushes; 60 hard clean), written blind in
  // round 39's third wave and scored by number only after the second wave's tuning: 0.900 (81/90), false alarms 1/60 at first sight. A floor only.
  heldOutFloor('holdout-df.jsonl', 0.9, 0.02);

  // HELD OUT, sealed: DG (150: 90 breaches over every clause in ten verticals, all but fishing (CZ) new to a sealed set — mechanical keyboards and PC
  // peripherals, fishing gear, racket sports, basketball and football gear, feminine care, wheelchairs and elderly care, coins, stamps and
  // collectibles, projectors and home theatre, air purifiers and dehumidifiers, telescopes and optics; 60 hard clean), written blind at the
  // start of round 40 and scored by number only: 0.911 (82/90), false alarms 3/60 at first sight (446749e). A floor only.
  heldOutFloor('holdout-dg.jsonl', 0.91, 0.05);

  // HELD OUT, sealed: DH (150: 90 breaches over every clause in ten verticals, half seen in earlier sealed sets (snacks and bedding in CZ,
  // strollers and car seats in CY and DB, frozen seafood in CY, party supplies in DC) — Korean and Japanese snacks, mattresses
  // and bedding, children's clothing and school bags, car seats and strollers, e-bikes and batteries, smart watches and bands, knitwear and
  // cashmere, frozen meat and seafood, party supplies, printers and office supplies; 60 hard clean), written blind in round 40 and scored by
  // number only after the first wave's tuning: 0.922 (83/90), false alarms 3/60 at first sight (70d2846). A floor only.
  heldOutFloor('holdout-dh.jsonl', 0.92, 0.05);

  // HELD OUT, sealed: DI (150: 90 breaches over every clause in ten verticals, four seen in earlier sealed sets (hair care, vitamins and
  // ski gear in DA, camping in CZ) — olive oil and condiments, hair care,
  // camping and outdoor cooking, baby feeding, men's suits and shoes, karaoke and audio, home textiles, children's vitamins, ski and
  // snowboard gear, crystal and glassware; 60 hard clean), written blind in round 40's third wave and scored by number only after the
  // second wave's tuning: 0.967 (87/90), false alarms 1/60 at first sight. A floor only.
  heldOutFloor('holdout-di.jsonl', 0.96, 0.02);

  // HELD OUT, sealed: DJ (150: 90 breaches over every clause in ten verticals, some near earlier sealed sets' (instruments in CY and DB,
  // knives and collectible toys in CZ) — pianos, imported beverages, outdoor knives and multitools, plush toys and dolls, vinyl records and
  // turntables, home brewing kits, bicycle wheels and tyres, pet dental care, travel adapters and SIM cards, ceramics supplies; 60 hard
  // clean), written blind in round 40's fourth wave and scored by number only after the third wave's tuning: 0.933 (84/90), false alarms
  // 2/60 at first sight (6480091). A floor only.
  heldOutFloor('holdout-dj.jsonl', 0.93, 0.04);

  // HELD OUT, sealed: DK (150: 90 breaches over every clause in ten verticals new to a sealed set — breast pumps and maternity goods, cat
  // litter and cat furniture, lingerie and shapewear, Japanese OTC medicines and eye drops, sewing and quilting, paddle sports,
  // building-block sets, hair-loss and scalp care, dash cams and car electronics, cookware; 60 hard clean), written blind at the start of
  // round 41 and scored by number only: 0.967 (87/90), false alarms 3/60 at first sight (b8c578d). A floor only.
  heldOutFloor('holdout-dk.jsonl', 0.96, 0.05);

  // HELD OUT, sealed: DL (150: 90 breaches over every clause in ten verticals new to a sealed set — robot vacuums, adult wellness and
  // family-planning goods, equestrian gear, home safes, meal replacements and enzyme drinks, orthotic insoles and posture correctors,
  // portable power stations, automatic pet feeders and cameras, ergonomic chairs and standing desks, lab-grown diamonds and moissanite; 60
  // hard clean), written blind at the start of round 41 and scored by number only after the first wave's tuning: 0.900 (81/90), false
  // alarms 2/60 at first sight (6666f07). A floor only.
  heldOutFloor('holdout-dl.jsonl', 0.9, 0.04);

  // HELD OUT, sealed: DM (150: 90 breaches over every clause in ten verticals new to a sealed set — e-readers, BBQ grills and garden
  // furniture, baby monitors and nursery furniture, pet grooming, leather care, kids' ride-ons and scooters, compression stockings and
  // braces, water filters, mosquito repellents and pest control, heating pads and hand warmers; 60 hard clean), written blind in round 41
  // and scored by number only after the first wave's tuning: 0.933 (84/90), false alarms 5/60 at first sight (6666f07). A floor only.
  heldOutFloor('holdout-dm.jsonl', 0.93, 0.09);

  // HELD OUT, sealed: DN (150: 90 breaches over every clause in ten verticals new to a sealed set — eyelash extensions and serums,
  // skateboards and surfboards, Korean ginseng and tonics, baby carriers, cheese and butter, chocolate and candy, smart glasses and VR
  // headsets, masks and PPE, inflatable pools and water toys, wallpaper; 60 hard clean; fewer long lines than asked, a quarter), written
  // blind in round 41 and scored by number only after the first wave's tuning: 0.967 (87/90), false alarms 3/60 at first sight (50519ef).
  // A floor only.
  // Round 47: the second opinion retrained on every dev set through round 46 (scripts/model-data.ts), adopted by a test registered before
  // its sealed judges existed; it cost this set one line (87 → 86 of 90): the floor follows, a deliberate trade.
  heldOutFloor('holdout-dn.jsonl', 0.95, 0.05);

  // HELD OUT, sealed: DO (150: 90 breaches over every clause in ten verticals new to a sealed set — imported rice and cereals, pet carriers,
  // kids' swimwear and UV clothing, thermometers and oximeters, baking tools and scales, sleep aids, shoe care, planners and washi tape,
  // bath salts, tactical flashlights; 60 hard clean), written blind in round 41 and scored by number only after the second wave's tuning:
  // 0.944 (85/90), false alarms 8/60 at first sight (8d00c04) — the most false alarms of any sealed set at first sight. A floor only.
  // Round 47: the second opinion retrained on every dev set through round 46 (scripts/model-data.ts), adopted by a test registered before
  // its sealed judges existed; it cost this set two lines (85 → 83 of 90; false alarms 8 → 7): the floor follows, a deliberate trade.
  heldOutFloor('holdout-do.jsonl', 0.92, 0.14);

  // HELD OUT, sealed: DP (150: 90 breaches over every clause in ten verticals new to a sealed set — Korean and Japanese skincare, solar and
  // outdoor lighting, bird supplies, wall clocks and home decor, lunch boxes and vacuum flasks, umbrellas and rainwear, dog leashes and
  // training devices, jigsaw puzzles and speed cubes, sunscreen, men's socks and underwear; 60 hard clean; a third long), written blind at
  // the start of round 42 and scored by number only: 0.922 (83/90), false alarms 0/60 at first sight (80c1735). A floor only.
  heldOutFloor('holdout-dp.jsonl', 0.92, 0.02);

  // HELD OUT, sealed: DQ (150: 90 breaches over every clause in ten verticals new to a sealed set — rock-climbing gear, rugs and carpets,
  // curtains and blinds, nuts and dried fruit, hair accessories, desk lamps, scarves and gloves, handmade soap, small pets, electric fans;
  // 60 hard clean), written blind in round 42 and scored by number only after the first wave's tuning: 0.967 (87/90), false alarms 3/60 at
  // first sight (66abee5). A floor only.
  heldOutFloor('holdout-dq.jsonl', 0.96, 0.05);

  // HELD OUT, sealed: DR (150: 90 breaches over every clause in ten verticals new to a sealed set — sofas and furniture, storage boxes and
  // hangers, vases and dried flowers, keychains and charms, tripods and gimbals, lipstick and lip care, toothpaste and mouthwash, ice and
  // roller skates, billiards and darts, routers and network gear; 60 hard clean), written blind in round 42 and scored by number only after
  // the first wave's tuning: 0.911 (82/90), false alarms 4/60 at first sight (66abee5). A floor only.
  heldOutFloor('holdout-dr.jsonl', 0.91, 0.07);

  // HELD OUT, sealed: DS (150: 90 breaches over every clause in ten verticals new to a sealed set — hair dye, pet clothing, bath robes and
  // sauna wear, photo frames and albums, nail clippers and manicure sets, tissues and wet wipes, foot spas, laptop bags and backpacks, yoga
  // mats and fitness bands, Christmas trees and seasonal decor; 60 hard clean), written blind in round 42 and scored by number only after
  // the second wave's tuning: 0.889 (80/90), false alarms 2/60 at first sight. A floor only.
  heldOutFloor('holdout-ds.jsonl', 0.88, 0.05);

  // HELD OUT, sealed: DT (150: 90 breaches over every clause in ten verticals new to a sealed set — guitars and ukuleles, bonsai and
  // houseplants, wine and whisky accessories, model kits and figures, headphones and earbuds, board games and mahjong, cycling apparel and
  // helmets, honey and bee products, hair dryers and stylers, makeup palettes and brushes; 60 hard clean), written blind in round 43 and
  // scored by number only at the round's start: 0.922 (83/90), false alarms 1/60 at first sight (5df1574). A floor only.
  heldOutFloor('holdout-dt.jsonl', 0.92, 0.02);

  // HELD OUT, sealed: DU (150: 90 breaches over every clause in ten verticals new to a sealed set — boxing and martial-arts gear, kitchen
  // knives and whetstones, rice cookers and blenders, phone cases and power banks, smart speakers and plugs, hanfu and qipao, jeans and denim,
  // handbags, wallets and belts, pajamas and loungewear, collagen and beauty drinks; 60 hard clean), written blind in round 43 and scored by
  // number only after the first wave's tuning: 0.944 (85/90), false alarms 1/60 at first sight (5b40a79). A floor only.
  heldOutFloor('holdout-du.jsonl', 0.94, 0.02);

  // HELD OUT, sealed: DV (150: 90 breaches over every clause in ten verticals new to a sealed set — aquarium lighting and filters, garden
  // tools, perfume and fragrance, baby diapers and wipes, golf, fountain pens and ink, car phone mounts and dash accessories, swimwear,
  // sunglasses, pet food; 60 hard clean), written blind in round 43 and scored by number only after the second and third waves' tuning:
  // 0.989 (89/90), false alarms 2/60 at first sight. A floor only.
  // Round 47: the second opinion retrained on every dev set through round 46 (scripts/model-data.ts), adopted by a test registered before
  // its sealed judges existed; it cost this set one line (89 → 88 of 90): the floor follows, a deliberate trade.
  heldOutFloor('holdout-dv.jsonl', 0.97, 0.04);

  // HELD OUT, sealed: DW (150: 90 breaches over every clause in ten verticals new to a sealed set — LED and microcurrent beauty devices,
  // down jackets, pet toys, snow boots, body lotion and body wash, imported fresh fruit, smartphones, laptops, trampolines and kids'
  // slides, mooncakes and festive gift boxes; 60 hard clean), written blind in round 44 and scored by number only at the round's start:
  // 0.933 (84/90), false alarms 1/60 at first sight (d2d77c24). A floor only.
  heldOutFloor('holdout-dw.jsonl', 0.93, 0.02);

  // HELD OUT, sealed: DX (150: 90 breaches over every clause in ten verticals new to a sealed set — slippers and sandals, baseball gear,
  // pasta and sauces, women's dresses, imported ice cream, deodorant, electronic dictionaries and calculators, kites, hosiery, wall paint;
  // 60 hard clean), written blind in round 44 and scored by number only after the first wave's tuning (t44a–t44d): 0.967 (87/90), false
  // alarms 2/60 at first sight (2c915a8f). Five of its verticals were also chosen by this round's dev writers (HI, HL, HN), by chance. A floor only.
  heldOutFloor('holdout-dx.jsonl', 0.96, 0.04);

  // HELD OUT, sealed: DY (150: 90 breaches over every clause in ten verticals new to a sealed set and to this round's dev sets — bowling,
  // metal detectors, high heels, typewriters, fencing, abacuses, voice recorders, music boxes, kendama and yo-yos, home weather stations;
  // 60 hard clean), written blind in round 44 and scored by number only after all three waves' tuning: 0.967 (87/90), false alarms 1/60
  // at first sight (63415e47). A floor only.
  heldOutFloor('holdout-dy.jsonl', 0.96, 0.02);
  // HELD OUT, sealed: DZ (150: 90 breaches over every clause in ten verticals new to a sealed set — electric blankets, car seat covers, artificial
  // flowers, gaming controllers, rice wine and sake, bath towels, insulated water bottles, shampoo and conditioner, silk scarves,
  // building-brick sets; 60 hard clean), written blind in round 45 with ~40% of its breaches subtle (no trigger word, the breach only in
  // what is meant) and scored by number only at the round's start, before any round-45 tuning: 0.756 (68/90), false alarms 2/60 at
  // first sight (0be30279). Far below DW–DY (0.93–0.97, which asked for no subtle share): the subtle breaches are the weak spot. A floor only.
  heldOutFloor('holdout-dz.jsonl', 0.75, 0.04);
  // HELD OUT, sealed: EA (150: 90 breaches over every clause in ten verticals new to a sealed set — tennis rackets, shower heads, bed sheets,
  // cutlery and chopsticks, equestrian gear, violins, drum kits, lawn mowers, incense, snorkelling gear; 60 hard clean), written blind in
  // round 45 with ~44% of its breaches subtle, like DZ, and scored by number only after all three waves' tuning (HQ/HO/HP, HR/HS, HT/HU):
  // 0.867 (78/90), false alarms 1/60 at first sight (88063bfa). DZ, scored at the round's start, did not move with the same tuning (68/90
  // before and after), so EA's higher figure is as much the set as the tuning. A floor only.
  heldOutFloor('holdout-ea.jsonl', 0.86, 0.02);
  // HELD OUT, sealed: EB (150: 90 breaches over every clause in ten verticals new to a sealed set — table-tennis gear, hot-pot soup bases,
  // embroidery kits, hammocks, baby cribs, binoculars, air fryers, saffron and spices, pottery clay and tools, beard trimmers and razors;
  // 60 hard clean), written blind in round 46 with ~46% of its breaches subtle and scored by number only at the round's start, before any
  // round-46 tuning: 0.800 (72/90), false alarms 2/60 at first sight (cd215f06). It also judged the round's retrain (scripts/model-data.ts):
  // 76/90 but 3/60, rejected by the test registered before EB existed. A floor only.
  // Round 48: the retrain (9,000 features) trades EB's false alarms 2 → 3 of 60 inside the pooled gain (scripts/model-data.ts).
  heldOutFloor('holdout-eb.jsonl', 0.8, 0.05);
  // HELD OUT, sealed: EC (150: 90 breaches over every clause in ten verticals new to a sealed set — raincoats, bathrobes, blood-pressure
  // monitors, massage guns, seaweed snacks, sausages and cured meats, cocoa and hot chocolate, popcorn makers, marshmallows and gummies, live
  // lobster and crab; 60 hard clean), written blind in round 46 with ~46% of its breaches subtle, like EB, and scored by number only after all
  // the round's tuning (t46a–t46k): 0.889 (80/90), false alarms 2/60 at first sight (5a9a169e). EB moved 72 → 73 and DZ 68 → 69 with the same
  // tuning, so EC's higher figure is as much the set as the tuning. A floor only.
  heldOutFloor('holdout-ec.jsonl', 0.88, 0.04);
  // HELD OUT, sealed: ED (150: 90 breaches over every clause in ten verticals new to a sealed set — chess sets, space heaters, treadmills,
  // hand cream, dried mango, maple syrup, dashcams, baby swaddles and sleep sacks, cordless drills, salmon and frozen seafood; 60 hard clean)
  // and EE (frisbees, sleeping bags, lip balm, durian, steak and beef cuts, goat-milk formula, kitchen faucets, smartwatches, watercolour
  // paints and easels, car jump starters), written blind in round 47 with ~45% of their breaches subtle and scored by number only at the
  // round's start, before any round-47 tuning. They judged the round's retrain (scripts/model-data.ts), once, at first sight: the round-35
  // weights ED 0.900 (81/90), 4/60 and EE 0.933 (84/90), 2/60; the retrain ED 0.944 (85/90), 4/60 and EE 0.967 (87/90), 2/60 — adopted.
  // Floors only.
  heldOutFloor('holdout-ed.jsonl', 0.94, 0.07);
  heldOutFloor('holdout-ee.jsonl', 0.96, 0.04);
  // HELD OUT, sealed: EF (150: 90 breaches over every clause in ten verticals new to a sealed set — camping stoves, aroma diffusers, baby
  // walkers, pickleball paddles, fondue sets, thermal underwear, pet water fountains, miso and Japanese condiments, saxophones and flutes,
  // garden swings; 60 hard clean), written blind in round 47 with ~47% of its breaches subtle and scored by number only after all the
  // round's tuning (t47a–t47h): 0.922 (83/90), false alarms 1/60 at first sight (09e1ee03). The same tuning moved ED and EE not at all
  // (85/90 and 87/90) and the 66 older sets by one line. A floor only.
  // Round 48: the retrain (9,000 features) trades one EF line (83 → 82 of 90) inside the pooled gain (scripts/model-data.ts).
  heldOutFloor('holdout-ef.jsonl', 0.91, 0.02);
  // Round 48: sealed EG (building bricks, microwave ovens, juicers, silk scarves, canned tuna, pacifiers, rowing machines, craft beer,
  // kitchen knives and cutting boards, fish tanks; 60 hard clean) and EH (dog food, jump ropes, baby high chairs, ceramic mugs, dinner
  // plates, food steamers, sushi kits, brandy, poker and card games, pickles), each written blind at the round's start with ~45% of
  // its breaches subtle and scored once at first sight as part B of the retrain's pre-registered test: round-47 weights EG 87/90,
  // 2/60, EH 78/90, 3/60; retrained EG 88/90, 2/60, EH 82/90, 3/60. Floors only.
  // Round 57: the retrain (dev sets of rounds 56–57 join) moved EG 88 → 87 of 90 inside the pooled gain; the floor follows.
  heldOutFloor('holdout-eg.jsonl', 0.955, 0.04);
  heldOutFloor('holdout-eh.jsonl', 0.91, 0.05);
  // Round 48, later: sealed EI (insect repellent, dish soap, pregnancy tests, swim fins, crampons, taekwondo gear, moxibustion sets, eye
  // cream, concealer, champagne) and EJ (hand sanitizer, bin bags, condoms, rugby and cricket gear, foam rollers, cleansers, lip gloss,
  // press-on nails, dry shampoo, vodka), written blind while the round's first tuners worked and scored once at first sight as part B of
  // the second retrain's test: 9,000 features EI 87/90, 1/60, EJ 86/90, 2/60; 15,000 features EI 87/90, 1/60, EJ 87/90, 1/60. Floors only.
  heldOutFloor('holdout-ei.jsonl', 0.96, 0.02);
  heldOutFloor('holdout-ej.jsonl', 0.96, 0.02);
  // Round 49: sealed EK (handheld vacuums, salad spinners, pearl jewellery, baby bathtubs, IPL hair removal, essential oils, protein
  // bars, drawing tablets, luosifen, sewing machines) and EL (coffee grinders, hiking boots, bubble-tea kits, denture care, snail-mucin
  // serums, knee pads, hot sauces, paper lanterns, hot-glue guns, ear-muffs and gloves), written blind at the round's start with ~45% of
  // their breaches subtle and scored once at first sight as part B of the round's retrain test (rejected; scripts/model-data.ts):
  // EK 83/90, 3/60; EL 85/90, 3/60 with the shipped weights (the retrained candidate: 83/90 and 84/90, 3/60 each). Floors only.
  // Round 56: the retrain (scripts/model-data.ts) moved EK 83 → 82 of 90; the floor follows (as rounds 47–48 did).
  heldOutFloor('holdout-ek.jsonl', 0.91, 0.05);
  heldOutFloor('holdout-el.jsonl', 0.94, 0.05);
  // Round 49, later: sealed EM (waffle makers, children's raincoats, bonsai scissors, cashmere socks, sparkling water, ballet shoes, car
  // vacuums, saké cups, dog raincoats, fishing nets) and EN (vacuum storage bags, hand-pulled noodles, ski socks, nasal aspirators, wooden
  // puzzles, eyebrow razors, pu-erh, cat scratchers, LED strips, elbow braces), written blind after the round's second retrain question was
  // registered and scored once at first sight as its part B (rejected): EM 82/90, 2/60; EN 85/90, 3/60 (20,000 features: 82 and 84). Floors only.
  heldOutFloor('holdout-em.jsonl', 0.91, 0.04);
  // Round 57: the retrain moved EN 85 → 84 of 90 inside the pooled gain; the floor follows.
  heldOutFloor('holdout-en.jsonl', 0.92, 0.05);
  // Round 50: sealed EO (camping chairs, baby food makers, toothbrush heads, Japanese notebooks, UV arm sleeves, pet feeders, bird's nest,
  // balance bikes, noise-cancelling headphones, handmade soap) and EP (coffee capsules, yoga mats, wine decanters, baby wipes, vacuum
  // flasks, skateboards, scented candles, car fridges, wrist guards, cat litter), written blind after the round's pre-registered feature
  // question (scripts/train-model.ts 3k), which asked nothing (no variant qualified out of fold), so scored once at first sight with the
  // shipped weights: EO 90/90, 1/60; EP 89/90, 0/60 (~half of their breaches evasive by their writers' count). Their writers' brief was
  // rewritten this round, and both sets came out easier than EK–EN: not comparable with them. Floors only.
  heldOutFloor('holdout-eo.jsonl', 1.0, 0.02);
  heldOutFloor('holdout-ep.jsonl', 0.98, 0);
  // Round 52: sealed CF52S (220 clean replies that use a fake-goods word innocently — denials, quotes, teaching, warnings about the market,
  // 假期/仿真/复刻 senses — plus 80 subtle 2.8 breaches) and IL52S (200 subtle 2.7 / 2.3 / 2.4 breaches + 100 clean near misses), written
  // blind beside dev sets CF52 and IL52 of the same briefs. First sight (13b9f016): CF52S 80/80, 25/220 false alarms; IL52S 176/200, 1/100.
  // After eng52 tuned on CF52 / IL52 (dev CF52 20 → 0 false alarms, IL52 172 → 179): CF52S 22/220, IL52S 176/200 — the scopes found on the
  // dev set barely carry over. Floors only. Round 53 (eng53) inverted the rule (a fake-goods word at block only on positive evidence that it
  // describes our goods, else info): CF52S 80/80, 13/220.
  // Round 56: the retrain moved CF52S 80 → 79 of 80 (false alarms 13 → 12); round 57's 79 → 78; the floor follows.
  heldOutFloor('holdout-cf52s.jsonl', 0.96, 0.065);
  heldOutFloor('holdout-il52s.jsonl', 0.875, 0.01);
  // Round 55: sealed A55S (240 clean replies a fake-goods / contact filter would flag — authentication, the buyer's words quoted back,
  // brand re-issues, replica categories, the buyer's own phone — plus 40 subtle 2.8 and 20 subtle 2.3 breaches) and B55S (180 subtle
  // breaches: 2.7 ×90, 2.4 ×50, 2.9 ×40; 120 clean near misses), written blind beside dev sets A55 and B55 of the same briefs. First sight
  // (main a92af25e): A55S 52/60, 6/240; B55S 135/180, 3/120 (dev twins: A55 58/60, 8/240; B55 140/180, 4/120). Floors only.
  heldOutFloor('holdout-a55s.jsonl', 0.86, 0.025);
  heldOutFloor('holdout-b55s.jsonl', 0.75, 0.025);
  // Round 56: the sealed twins of A56 and B56 (same brief, same writer, other wordings). First sight on main dbabb238: A56S 154/180,
  // 3/120; B56S 133/150, 5/150. Floors one line under.
  heldOutFloor('holdout-a56s.jsonl', 0.85, 0.034);
  heldOutFloor('holdout-b56s.jsonl', 0.88, 0.04);
  // Round 57: the sealed twins of A57 and B57 (same brief, same writer, other wordings). First sight on main 8afd2a26: A57S 111/160,
  // 12/140; B57S 142/150, 1/150. The round-57 retrain (registered before its weights existed): A57S 115/160, 10/140; B57S unchanged.
  // eng57a then moved its dev twin A57 144 → 159 of 160 and A57S not at all. Floors one line under.
  heldOutFloor('holdout-a57s.jsonl', 0.712, 0.079);
  heldOutFloor('holdout-b57s.jsonl', 0.94, 0.014);
  // Round 58: the sealed twins of A58 and B58 (same brief, same writer, other wordings), scored once on the shipped weights (main
  // ab57b1c0): A58S 111/150, 4/150; B58S 97/100, 4/200. The round-58 retrain (rejected) gave 112/150, 5/150 and 97/100, 4/200. Floors one
  // line under.
  heldOutFloor('holdout-a58s.jsonl', 0.733, 0.034);
  heldOutFloor('holdout-b58s.jsonl', 0.96, 0.025);
  // Round 59: the sealed twins of A59 (long replies, one breach anywhere) and B59 (evasion devices and their innocent twins), same brief,
  // same writer, other wordings; scored once on the shipped weights (main 146fa532): A59S 144/150, 7/150; B59S 122/150, 1/150. The
  // round-59 retrain (rejected) gave 146/150, 7/150 and 122/150, 1/150. Floors one line under.
  heldOutFloor('holdout-a59s.jsonl', 0.953, 0.054);
  heldOutFloor('holdout-b59s.jsonl', 0.806, 0.014);
  // Round 60: the sealed twins of A60 (clause 2.7 as a strict inspector reads it, mostly without a keyword) and B60 (real chat, short
  // replies, clean lines full of trigger-looking parts), same brief, same writer, other wordings. First sight on main 8ac8c43d: A60S
  // 110/160, 9/140 (2.7 only 38/79); B60S 102/120, 2/180. After eng60a / eng60b tuned on the dev twins (A60 129 → 155, B60 106 → 116):
  // A60S 111/160, 8/140; B60S 102/120, 2/180 — the dev gains did not carry over. Floors one line under.
  heldOutFloor('holdout-a60s.jsonl', 0.687, 0.065);
  heldOutFloor('holdout-b60s.jsonl', 0.841, 0.017);
  // Round 61: the sealed twins of A61 (2.7 as it turns up in import chats, category by category) and B61 (a QA inspector's day: 2.4 and
  // 2.8 among 200 clean traps), same brief, same writer, other wordings. First sight on main 5f36252a: A61S 99/160, 10/140 (2.7 46/100);
  // B61S 72/100, 4/200 (2.8 31/50). After eng61a / eng61b tuned on the dev twins (A61 122 → 155, B61 87 → 97) by category tables:
  // A61S 102/160, 10/140 (2.7 49/100); B61S 72/100, 4/200 — again the dev gains did not carry over. Floors one line under.
  heldOutFloor('holdout-a61s.jsonl', 0.631, 0.079);
  heldOutFloor('holdout-b61s.jsonl', 0.71, 0.025);
  // Round 62: two sealed sets written blind, with no dev twin (the round tuned on no dev set): A62S (2.7 across the platform's catalogue,
  // each kind in several selling acts, 140 clean near misses) and B62S (every clause worded with natural variety: fillers, synonyms,
  // reordering, line breaks). First sight on main 042243f5: A62S 134/160, 2/140 (2.7 106/120 with the 2.4 + 2.7 lines); B62S 158/160, 0/140.
  // After eng62a (the catalogue as item × act tables) and eng62b (a line break read as a comma): A62S 135/160, 2/140; B62S 158/160, 0/140.
  heldOutFloor('holdout-a62s.jsonl', 0.837, 0.022);
  heldOutFloor('holdout-b62s.jsonl', 0.981, 0.008);

  // HELD OUT, clean only: 400 everyday replies written blind in round 7, never trained on (the second opinion learns
  // from dev-everyday-*). What an agent's ordinary day looks like: 0.5% false alarms from the word rules before the
  // round, 0.5% rules / 0.7% with the second opinion after it. A floor against regressions only.
  it('holdout-everyday.jsonl (never tuned to): false alarms ≤ 0.01', () => {
    const s = score(load('holdout-everyday.jsonl'));
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.01);
  });

  // HELD OUT: batch S (all clauses in the example corpus's mix, 150 replies, half clean, written blind at the start of
  // round 6 and scored once before any tuning). Never tuned to: read its score, never its lines. 0.880 recall / 4.0%
  // false alarms before round 6, 0.893 / 4.0% after (the three false alarms are 2.3 contact/trade rules); after round 7
  // 0.907 with the word rules alone, 0.933 with the second opinion (rules/model/), 4.0%.
  // A floor against regressions only.
  // (recall 0.947 after round 8, 0.960 after round 10; false alarms 4.0% until round 10, 2.7% after)
  heldOutFloor('holdout-s.jsonl', 0.96, 0.03);

  // HELD OUT: batch P (all clauses in the example corpus's mix, 150 replies, written blind at the start of the
  // M/N/O/Q round). Never tuned to: read its score, never its lines. 0.795 recall / 2.8% false alarms before the
  // round, 0.846 / 4.2% after: one more false alarm (a 2.5 threat cue; fixing it would mean reading the line);
  // 0.859 / 4.2% after round 6, 0.910 / 4.2% after round 7 (0.859 rules alone, the rest the second opinion).
  // A floor against regressions only.
  // (recall 0.923 after round 9, 0.949 after round 12 and after round 13; 0.936 after round 14's retrain: one line
  // that each retrain of the second opinion gains or loses, 74 ↔ 73 of 78)
  heldOutFloor('holdout-p.jsonl', 0.93, 0.03);

  // HELD OUT: batch L (all clauses in the example corpus's mix, 150 replies, written blind while the H–K round was
  // being tuned). Never tuned to: read its score, never its misses. 0.711 recall / 1.5% false alarms before the
  // H–K round, 0.783 / 1.5% after, 0.867 / 1.5% after the M/N/O/Q round, 0.880 / 1.5% after round 6, 0.928 / 1.5% after round 7 (0.916 rules alone). A floor against regressions only.
  heldOutFloor('holdout-l.jsonl', 0.95, 0.02);

  // HELD OUT: batch G (all clauses in the example corpus's mix, 150 replies, written blind after the C round).
  // Never tuned to: read its score, never its misses. 0.800 recall / 1.4% false alarms before the D/E/F tuning,
  // 0.838 / 1.4% after — the conduct clauses' long tail generalises poorly — and 0.863 / 1.4% after the H–K round
  // (one tuner of that round saw one of its clean lines by accident and tuned nothing to it), 0.887 / 1.4% after round 6, 0.938 / 0% after round 7 (0.887 rules alone).
  // A floor against regressions only.
  // (recall 0.950 after round 8, 0.963 after round 10)
  heldOutFloor('holdout-g.jsonl', 0.95, 0.02);

  // HELD OUT: batch C (all clauses, 240 replies, written blind) is the honest estimate of the held-out set.
  // Nobody has tuned to it: read its score, never its misses. 0.872 recall / 2.8% false alarms on the
  // linter before the batch A/B round, 0.910 / 2.8% after (unchanged by the D/E/F round, 0.932 / 2.8% after the H–K round, 0.955 / 2.8% after the M/N/O/Q round and after round 6, 0.970 / 0.9% after round 7 — 0.962 rules alone). Two tuners of that
  // round saw a few of its 2.5/2.9 lines by accident and tuned nothing to them; holdout-g is the clean estimate.
  // This floor only guards against regressions.
  heldOutFloor('holdout-c.jsonl', 0.985, 0.02);
});
