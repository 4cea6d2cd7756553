// Part 3 of 4 of the labelled sets: the scoring and the reasons are in labelled-sets.test.ts and test/support/labelled-score.ts.
import { describe, expect, it } from 'vitest';
import { load, score } from '../../support/labelled-score';

describe('the default linter on the labelled sets (part 3)', { timeout: 30_000 }, () => {
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
});
