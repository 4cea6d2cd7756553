// The whole default linter on every labelled set, scored the way ../shared/tools/score-corpus.mjs scores
// the held-out set: a violating case is caught by a block or warn finding citing one of its clauses
// (2.1 at any severity); a clean case is a false alarm when ANY rule gives it a block or warn finding.
// The example corpus must be perfect; the dev sets (written before tuning) keep the targets.
// Part 1 of 4 (the sets are split over labelled-sets.test.ts and -2, -3, -4 so both test workers share the lints).
import { describe, expect, it } from 'vitest';
import { load, score } from '../../support/labelled-score';

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
  ])('%s: no regression below recall %s, false alarms ≤ %s', (file, recall, falseAlarms) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(recall);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(falseAlarms);
  });
});
