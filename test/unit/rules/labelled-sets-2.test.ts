// Part 2 of 4 of the labelled sets: the scoring and the reasons are in labelled-sets.test.ts and test/support/labelled-score.ts.
import { describe, expect, it } from 'vitest';
import { load, score } from '../../support/labelled-score';

describe('the default linter on the labelled sets (part 2)', { timeout: 30_000 }, () => {
  // The same floors, continued (split so the two test workers share the lints).
  it.each<[string, number, number]>([
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
    // Round 63: engfa63 (156 clean import-shop replies that talk about what 2.8 / 2.7 watch — authenticity answered, 假一赔十 offers, 不是假货
    // reassurance, batch and version differences, fakes and contraband refused, trigger characters in innocent words, customs, supplements,
    // cosmetics, the buyer quoted, verification taught, lawful senses of 2.7 words —, 13 kinds × 12; 72 breaching near-twins, 2.8 ×36 and
    // 2.7 ×36), written before the rule code was read. First sight on main 6849f92b: 63/72, 4/156 (one clean line reworded as ambiguous
    // before the fix: see the commit). engfa63 by class (a price floor judged as a class, the shop's review score, the weapon class barred
    // from dispatch, the smuggling trade set against our papers): 63/72, 0/156 (the 9 misses are breaches outside this round's part). Held-out
    // pooled unchanged (8,887 / 9,527, false alarms 189 / 8,063): these classes did not stand in the sealed sets. Floors one line under.
    ['dev-engfa63.jsonl', 0.86, 0.007],
    // Round 64: eng27-64 (133 indirect 2.7 breaches, 13 kinds — prescription drugs, controlled substances, wildlife, weapons, gambling, porn,
    // forged papers, split parcels, under-declaring, personal data, the platform and other merchants defamed, pyramid schemes — and 83 clean
    // near-twins over 8 kinds), written before the rule code was read. First sight on main 8b502e7b: 114/133, 4/83 (the 4 are 2.9, 2.5, 2.8
    // and a model 2.7 warn, outside this round's part). eng27-64 by class (a paper made at will or as a fake, the declaration belied, a split
    // under other names, scheme tiers and head counts, the doctor bypassed, rigged gambling gear, intimate photos asked for, paid company,
    // goods re-dated, the tax said gone, the value slot by its other names, the platform dealing in fakes, a spare trace code stuck on other
    // goods): 129/133, 4/83. Floors one line under / over.
    ['dev-eng27-64.jsonl', 0.96, 0.06],
    // Round 65: engfa65 (161 compliant replies a careless linter would flag, 16 kinds — 非- prefixes of regulated words, OTC and supplements,
    // photo and beauty services, group-buy mechanics, home health monitors, numbers that look like phones, the platform's links and payment,
    // the buyer quoted to be refused, customs and tax, trigger words in harmless senses, firm refusals, regulated goods refused, the
    // platform's rules cited, delivery contacts checked, apologies with strong words — and 80 breaching near-twins over 8 kinds), written
    // before the rule code was read. First sight on main 1fa1d5f7: 78/80, 8/161. engfa65 by class (a regulated class word inside its 非-
    // compound, the prescription or doctor waived for goods that need none, a home monitor sparing the hospital trip, the buyer's bidding in
    // the causative declined, a carrier's branch, the online shop's agent, 来得及, a risk warned off): 78/80, 2/161 (left: a supplement's
    // bare prescription waiver read by the model — gating it lost a held-out catch — and a causative ask refused, read by the 2.3 model).
    // Floors one line under / over.
    ['dev-engfa65.jsonl', 0.96, 0.019],
    // Round 65: eng28-65 (140 indirect 2.8 breaches, 14 kinds × 10 — copy grades, factory leftovers, price against the counter, can't tell
    // apart, pinyin, initials, split characters, homophones, emoji, English, trade slang, the buyer's word echoed, hedged admissions, copy
    // editions — and 100 clean near-twins over 10 kinds), written before the rule code was read. First sight on main 1fa1d5f7: 122/140,
    // 3/100. eng28-65 by class (genuineness disclaimed by any hedge, the comparison done then judged, the genuine article set against ours,
    // the letter grades, homophones and half-latin copy words, the buyer's word made ours, a market rule of thumb as a caution, …): 132/140,
    // 1/100 (the 8 misses: emoji marks ×2, English-only, a quoted tier, 一比一 affirmed bare, A火, ZP refused, 肉眼无法分辨 with no
    // yardstick; the clean one is 2.7's). Floors one line under / over.
    ['dev-eng28-65.jsonl', 0.935, 0.02],
    // Round 66: engfa66 (160 compliant replies a careless linter would flag, 16 kinds × 10 — the platform's rules cited, contact, payment and
    // customs asks refused, lawful import told, the buyer's report relayed, the buyer quoted, trigger words in packing and reissue senses,
    // packaging and batches, after-sales numbers, polite firmness, the platform's channels, scam warnings, clearance steps, the shop not the
    // platform, other shops left unjudged — and 80 breaching near-twins over 8 kinds), written before the rule code was read. First sight on
    // main e3332419: 80/80, 14/160. engfa66 by class (a rule cited for the buyer's way through, the buyer's asked thing named and had by none,
    // a card refused as a way to pay, the platform's ban with its doer between, the buyer's report relayed, a label field and packing apart,
    // the buyer warned off then most of it called fake, a fraud word ending its clause): 80/80, 2/160 (left: two statistical opinions,
    // 2.4 on a relayed complaint and 2.5 on 您觉得哪家合适就在哪家买). Floors one line under / over.
    ['dev-engfa66.jsonl', 0.98, 0.019],
    // Round 66: eng27-66 (141 indirect 2.7 breaches, 14 kinds — grey import carried in luggage, someone else's identity or allowance, vapes and
    // tobacco, VPNs and blocked sites, spy devices, medical cure claims, unregistered goods, quarantine-barred goods, bought reviews, coached
    // complaints and fake shipping, cash-out, veiled smears of shops and of the platform, scare claims on rival goods — and 90 clean near-twins
    // over 9 kinds), written before the rule code was read. First sight on main e3332419: 98/141, 0/90. eng27-66 by class (an identity lent past
    // the limit, credit cashed out by an order that ships nothing, a gate at home stated missing or skipped with the goods supplied, goods hidden
    // or repacked past a check said blind, blocked services reached by a line or card, devices planted on another person, a parcel never sent
    // behind its tracking number, a claim coached for a bigger payout, the review paid in the next sentence, a rival's brand pointed at then
    // smeared, rulings said settled): 141/141, 0/90. Floors one line under / over.
    ['dev-eng27-66.jsonl', 0.992, 0.011],
    // Round 67: eng27-67 (160 indirect 2.7 breaches, 16 kinds — silencers and gun parts under car or hardware trade names, air-gun slang,
    // controlled devices listed as something else, vape slang, puff counts and 🚬, tobacco under snack or tea listings, cure and prevention
    // claims for foods, formula, cosmetics and supplements, irony at rivals, platform rumours, warning-framed smears, fraud accusations at
    // rivals, order and complaint manipulation, banned prints and maps — and 120 clean near-twins over 12 kinds), written before the rule
    // code was read. First sight on main 5fa4cc51: 84/160, 2/120. eng27-67 by class (an illness family cured or prevented by named goods, a
    // medicine class replaced, a gun part or silencer with a cover name, a controlled device by cover or by what it defeats, a vape by puff
    // count, an air gun by its trade name and shots, receipt confirmed with the goods on the way, a reason coached to spare a penalty, the
    // platform told a false account): 130/160, 2/120 (the two clean ones are 2.7 defame-merchant and 2.5 threat, untouched). Floors one line
    // under / over.
    ['dev-eng27-67.jsonl', 0.806, 0.025],
    // Round 67: engfa67 (142 compliant replies a careless linter would flag, 14 kinds — fakes named to deny them, the buyer's word echoed then
    // denied, protected and controlled goods refused, scam warnings, a topic declined then the buyer invited on, customs advice, banned content
    // refused, the platform's ban on fake words told, genuineness claimed beside customs, complaints relayed, a fake suspected and remedied,
    // violent-sounding product words, customs fraud refused — and 60 breaching twins over 6 kinds), written before the rule code was read. First
    // sight on main 5fa4cc51: 55/60, 13/142. engfa67 by class (a banned topic refused as talk or said to be none of ours, a grown hit denied after
    // its medium, 非正品 under a modal refusal or a ban on saying it, the copies fronted and refused, a likeness explained by identity, another
    // trade's 平台, a scam called out and the buyer sent to report it, the buyer's doubt told back): 55/60, 2/142 (left: 仿品 beside 您放心 read
    // as ours, a colleague's insult relayed in quotes; the 5 misses, as on main, are 复印版 offered bare, 象牙 offered face to face, porn offered
    // bare). Floors one line under / over.
    ['dev-engfa67.jsonl', 0.9, 0.022],
    // Round 68: eng27-68 (150 breaches, 15 kinds — 140 indirect 2.7: a refusal of one thing beside another offered, before or after it, a
    // reassurance beside an offer, rivals called criminals or doubted by rhetorical questions, platform misconduct claimed, banned books and
    // maps, cures of a condition not named, duty-free goods resold, the buyer's word quoted then offered, new psychoactive and knock-out drugs,
    // controlled knives and batons, money run through the buyer's account; and 10 of 2.4, the buyer's act called a crime — with 90 clean
    // near-twins over 9 kinds), written before the rule code was read. First sight on main 4495e3dc: 96/150, 8/90. eng27-68 by class (a
    // refusal kept to its own object, a quoted word taken up as goods, an unnamed condition cured, drinks spiked, the buyer's account or
    // identity used for the shop's money or registrations, banned prints and maps, rhetorical doubt at rivals, the buyer called a criminal):
    // 133/150, 8/90 (the 8 clean ones as on main, not these classes). Floors one line under / over.
    ['dev-eng27-68.jsonl', 0.88, 0.1],
    // Round 68: engfa68 (150 compliant replies a careless linter would flag, 15 kinds — the price gap's real reasons, market versions, an
    // authentication offered, a fake-compensation pledge, the market's fakes warned of, 假/仿/复刻 in product names, trade words defined, return
    // inspection, traceability scans, medicine rules, customs bans, categories not sold, platform channels, tracking numbers, the brand's official
    // facts — and 60 breaching twins over 6 kinds), written before the rule code was read; then 365 clean probes of the same kinds and 36
    // breaching twins (part written after). First sight on main 4495e3dc: 93/96, 41/515. engfa68 by class (a thing named longer than the
    // anchor, taken up by a kind word and refused; 的事 refused with chained verbs or advised against; a misuse or a buy warned off; a cure
    // denied of the goods; a code explained as another market's; a drug plant as a print; the buyer's order number on the waybill; the
    // brand's official factory or commission; contract making as the trade's way; main and diffusion lines; the price pointed at to deny
    // fakes; the shop the one copied; a crowd taught to tell; another's kind defined and warned off; the blame taken for the word as a
    // condition; the kind far short of the genuine, lacking the brand's mark or sewn crooked; a causative denied; a trouble of the mind):
    // 93/96, 18/515. Floors one line under / over.
    ['dev-engfa68.jsonl', 0.958, 0.037],
    // Round 69: eng27-69 (130 breaches of 2.7, 13 kinds — body changes promised by supplements and cosmetics, pyramid recruiting by levels, head
    // money and regional agencies, prescription medicines without a prescription, customs evasion, wildlife products, sexual content, drug and
    // weapon emoji, other people's records handed over, alcohol sold to minors, vapes disguised or in English, rival shops and the platform
    // defamed — with 60 clean near-twins over 6 kinds: prescription rules told, customs explained, schemes refused, health claims kept within
    // bounds, warnings and refusals, rivals and the platform talked of fairly), written before the rule code was read. First sight on main
    // 05ec2a82: 101/130, 2/60. eng27-69 by class: 127/130, 1/60 (left: a live grey parrot offered, two platform smears of defame-platform; the
    // clean one is the statistical model's). Floors one line under / over.
    ['dev-eng27-69.jsonl', 0.969, 0.034],
    // Round 69: eng28-69 (80 breaches of 2.8 over 8 kinds — a refusal then a euphemism offered, evasive and winking answers to "is it genuine?",
    // half admissions, a check hedged, jokes, euphemisms in evasive spellings, likeness to the genuine, a refusal of the word only — and 80 clean
    // near-twins over 8 kinds: refusals covering a list, genuine answers, checks offered, clean jokes, look-alike words, harmless 1:1, fakes
    // reported, our own variants alike), written before the rule code was read. First sight on main 05ec2a82: 65/80, 8/80. eng28-69 by class
    // (a list of fake words sharing its head's frame, a refusal of the word turned by a rename or a showing, genuineness as an absurd
    // counterfactual, the wink answered to the price alone, a check refused then take it or leave it, the only genuine thing not the goods,
    // our own variants alike, a hint refused as a kind in its own clause): 75/80, 3/80 (left: 2.7 on 冲销量 and a customer's report of
    // another shop, 1:1 of a licensed scale model read by counterfeit-implied's 还原). Floors one line under / over.
    ['dev-eng28-69.jsonl', 0.925, 0.05],
    // Round 69: engfa69 (191 lines over 20 kinds written before the rule code was read — the buyer's own contact echoed to decline it, channels
    // refused by name, the platform's channels relayed, who we are not, quoted insults de-escalated, warm emoji, polite firmness, a joke at no
    // one, follow-ups, service talk, and breaching twins: insults carried by emoji, polite contempt, group contempt, mockery, pinyin vulgarity,
    // invites, impersonation, harassment, off-purpose services — then 100 probes and twins of the same classes written after). First sight on
    // main: 100/101, 12/147 on the first 248; on the whole set main 114/123, 16/168 → branch 122/123, 2/168. Floors one line under / over.
    ['dev-engfa69.jsonl', 0.983, 0.018],
  ])('%s: no regression below recall %s, false alarms ≤ %s', (file, recall, falseAlarms) => {
    const s = score(load(file));
    expect(s.recall, s.missed.join('\n')).toBeGreaterThanOrEqual(recall);
    expect(s.falseAlarmRate, s.falseAlarms.join('\n')).toBeLessThanOrEqual(falseAlarms);
  });
});
