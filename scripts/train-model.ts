// Trains the statistical second opinion (rules/model/): one logistic regression per conduct clause over the
// distinct character unigrams and bigrams of a reply, and their denied twins, and writes
// rules/model/weights.generated.ts.
// Run after changing the labelled dev sets (or normalisation): npx tsx scripts/train-model.ts
// (a unit test fails when the weights are stale). Deterministic: a seeded shuffle, fixed file order.
//
// Method (chosen on the dev sets, checked on the held-out sets, which it never reads):
//  1. SGD on the logistic loss, 8 epochs, learning rate RATE = 0.8 decaying as 1/(1 + epoch/2); a reply's
//     distinct grams are scaled by 1/sqrt(its gram count, 2 × length − 1), so long and short replies weigh
//     alike.
//  1a. NB-SVM scaling: per clause, a gram's value is its naive Bayes log-count ratio (nbRatios, smoothing
//     NB_ALPHA = 1; from the training rows only, so per fold out of fold) instead of 1; the learnt weight times
//     that ratio is what ships, so the content script's score is unchanged in form (a sum of byte weights).
//  1b. Clean replies (no clause) weigh CLEAN_WEIGHT = 4 in the loss. Why (our reading): the thresholds (3.)
//     sit at the top clean scores, so what counts is ranking the breaches above the clean replies.
//     Out of fold, at thresholds set by the same rule (3.), 1a + 1b raised recall from 1497 to 1877 of 3255
//     violating replies (2.3 537 → 571, 2.4 202 → 251, 2.5 261 → 350, 2.6 139 → 229, 2.7 147 → 275, 2.8 120 →
//     153, 2.9 132 → 124), clean replies over a threshold 15 → 17 (of the clean dev replies). On four fresh
//     blind batches never trained on (be, bf, bg, clean-bc; FRESH=…, the model alone): 116 → 136 of 234
//     violating replies caught, clean replies over a threshold 2 → 1 of 382; through the CLI (word rules
//     first), likely-* catches 19 → 22, likely-* false alarms 1 → 1. Held-out pooled 724 → 731 of 768, false
//     alarms 14 → 13 of 672.
//     Tried, out of fold (recall / clean replies over a threshold; baseline 1497 / 15): averaged SGD (Polyak)
//     1332 / 15 (worse in every clause); L2 decay on the touched features (1e-4) 1498 / 15; violating replies
//     weighed (other replies / them)^p per clause: p 0.5 1632 / 15, p 1 1619 / 17; NB scaling alone, α 1
//     1689 / 17, α 0.5 1712 / 17; NB α 1 + p 0.5 1757 / 17, + clean weight 2 1828 / 17; NB α 1 + clean
//     weight 2 1796 / 16; NB α 2 + clean weight 4 1836 / 19; NB α 2 + p 0.5 + clean weight 2 1855 / 15 (fresh
//     141 / 1, held-out pooled 731 / 13, but holdout-j 80 → 79, under its regression floor: not kept, so
//     the choice between the two best saw the held-out summary lines); p 0.5 + clean weight 2 without NB
//     1793 / 17; NB mixed half with 1 (1 − β + β·r, β 0.5) 1629 / 18 (2.9 fell to 53). Also tried: run tokens
//     (a maximal run of digits / latin letters in the compact view as one feature per kind and length bucket,
//     for 2.3's 138 1234 5678 and tom2023): +41 without NB (1538 / 15), but with NB it cost 2.3 about 50
//     (NB α 2 + clean weight 4: 1836 → 1776), so it is not in.
//  1c. Round 12: learning rate 0.3 → 0.8 (with NB on, the ratios already set the scale of the inputs, and 0.3
//     left the weights short of converged in 8 epochs). Out of fold 2105 → 2304 of 3670 (2.3 611 → 681, 2.4
//     281 → 284, 2.5 366 → 362, 2.6 236 → 260, 2.7 340 → 363, 2.8 187 → 230, 2.9 178 → 218), clean replies
//     over a threshold 17 → 15. Fresh batches never trained on (bk, bl, bm, bn, bo, clean-bd; FRESH=…, the
//     model alone): 254 → 273 of 419 caught, 1 → 1 of 500 clean over a threshold; through the CLI (word rules
//     first) 389 → 389 of 445 caught (bl +1, bm −1), likely-* false alarms 1 → 1. Held-out pooled 821 → 826
//     of 853 (j, l, p +1, z +2), false alarms 17 → 16 of 1137 (holdout-everyday 3 → 2).
//     Tried, out of fold (recall / clean replies over a threshold; baseline 2105 / 17, rate 0.3):
//     rate 0.5 2261 / 15; rate 1.2 2293 / 16; 12 epochs at 0.3 2148 / 15.
//     Scoring unit (SENT=k, SUBMIN, SOFT=1 knobs; OOF only, classifier.ts unchanged): a reply's score per
//     clause the max of the whole reply and of every run of 1..k sentences (hard breaks) of at least SUBMIN
//     units: k 1 2158 / 18, k 2 and 3 the same (only 586 of 4672 violating dev replies have two sentences or
//     more), k 2 SUBMIN 24 2167 / 18; multiple-instance (MIL=1: a violating reply replaced by its
//     best-scoring window, trained again) 2172 / 18; windows cut at soft breaks too (，、：；) k 2 1543 / 16,
//     k 3 1517 / 17, k 3 SUBMIN 24 1945 / 18 (short clean clauses set the thresholds). Not shipped: +53 at
//     one more clean alarm, against a change to the content script's scan.
//     Feature budget (FEATURES=, rate 0.3; gzip -9 of weights.generated.ts): 6000 2105 / 17, 42.3 KB; 9000
//     2176 / 17, 58.4 KB (+71 for +16.1 KB: 44 per 10 KB); 12000 2199 / 17, 72.3 KB (+94 for +30 KB: 31 per
//     10 KB); sentence windows k 1 + 9000: 2252 / 18. At rate 0.8 (baseline 2304 / 15): 9000 grams 2364 / 16
//     (fresh, model alone, 273 → 284 of 419, 1 of 500 clean; +60 for +16 KB gzip: 37 per 10 KB, under the
//     40 asked of a larger budget, so not shipped); 12 epochs 2294 / 16; sentence windows k 1 2353 / 18.
//  2. Keep the FEATURES grams with the largest weight in any clause and train again on those alone
//     (what the content script ships).
//  2a. Denial scopes (rules/model/grams.ts denialScope): a gram within SCOPE = 8 units after 不/没/别/勿/禁/拒/
//     未/莫/非/谨防 (not 非常, 别的, 特别…), inside its clause, counts as itself and as its denied twin (key +
//     DENIED), a feature of its own within the same FEATURES budget (~490–520 of the 6000 are twins). Why: clean
//     denials (不会因为这个给您打电话, 绝不卖高仿, 我们不是平台工作人员) share their grams with the breaches, so
//     they set the thresholds high; with twins they score lower, the thresholds drop and out-of-fold recall at
//     the same clean alarm rate rose from 1321 to 1434 of 3078 violating replies (2.8 83 → 112, 2.9 99 → 130).
//     Tried on the dev sets, out of fold: twins only, the plain gram dropped in a scope: 1329 (worse: a threat
//     such as 你不删差评我就…打电话 loses its words); scope to the clause's end: 1432; 4 units: 1409; 12: 1431.
//  3. Each clause's threshold, from out-of-fold scores (5 folds) of the replies long enough to be judged
//     (MIN_UNITS): above the score that CLEAN_ALARM_RATE = 0.75% / 7 of the clean
//     near-miss replies exceed, and above all but the top 0.15% of everyday replies (dev-everyday-*): the
//     mundane lines an agent sends all day are almost never held. (Above every one of them, as at first, let
//     one odd line of ~1,400 set a clause's threshold: on five fresh blind batches, not trained on, the
//     quantile raised recall by 2 points for one false alarm in 188 clean lines.) So the model adds few false
//     alarms by construction.
//  3a. Round 13: CLEAN_ALARM_RATE 0.5% → 0.75% / 7 (of the 4,954 judged clean near misses, each clause's
//     threshold now sits on its 6th highest out-of-fold score instead of its 4th; the everyday bound binds
//     nowhere). Thresholds 1.64 -1.50 -0.81 -1.67 -0.94 0.75 0.68 → 1.30 -1.82 -0.83 -1.83 -1.01 0.60 0.11.
//     Out of fold 2754 → 2894 of 4223 (2.3 804 → 863, 2.4 336 → 358, 2.5 410 → 414, 2.6 302 → 309, 2.7 440
//     → 447, 2.8 290 → 300, 2.9 292 → 335), clean replies over a threshold 23 → 38 of 6,760 (the price, by
//     construction). Fresh batches never trained on (br, bs, bt, bu, clean-bf; FRESH=…, the model alone):
//     215 → 225 of 319 caught, 2 → 2 of 424 clean over a threshold; through the CLI (word rules first) br 74
//     → 75, bt 72 → 74, bu 80 → 82 of 90, bs 79 unchanged, false alarms unchanged (2, 4, 3, 4 of 60;
//     clean-bf 7 of 200; clean-ba…be 0 0 0 1 1 of 200). Held-out: holdout-l 80 → 81 of 83, every other
//     line and every false alarm count unchanged.
//     Measured (thresholds recomputed from the same out-of-fold scores; out of fold caught / clean over;
//     fresh, model alone, caught of 319 / clean over of 424): 0.5% 2754 / 23, 215 / 2; 0.6% (= 0.7%)
//     2831 / 31, 222 / 2 (CLI: br +1, bu +2; held-out l +1, the same lines as 0.75%); 0.75% (= 0.8%)
//     2894 / 38, 225 / 2; 1% 3021 / 52, 236 / 3 (a fresh clean alarm: not taken); with the everyday rate
//     0.15 → 0.25% at 0.75%: 2906 / 40. All thresholds lowered by a fixed 0.1 / 0.3 / 0.5 logits: 2812 / 38,
//     219 / 2; 2931 / 43, 228 / 2; 3032 / 61, 234 / 4. Note that the fresh batches chose between 0.6% and
//     0.75% (0.75% added bt +2 and no alarm on any fresh, clean or held-out line).
//     Tried and negative: rule evidence as features (a feature per rule, "a lexicon word of rule R occurs
//     outside quotes", from the engine's term scan, 26 of them kept inside the 6000 budget; the engine,
//     context and classifier changes were not kept): out of fold 2754 / 23 → 2716 / 25 (2.4 336 → 293: the
//     near-miss sets are written around the lexicon words, so the evidence raises the clean scores and the
//     thresholds with them); fresh, model alone, 215 → 205 of 319, 2 → 3 of 424 clean.
//  3b. Retrained with round 13's dev sets (br, bs, bt, bu, clean-bf, clean-bg added to test/fixtures; the word rules
//     of round 13 merged): 14,013 replies, out of fold 3127 of 4542 at 37 clean over a threshold; thresholds 1.38
//     -1.49 -1.37 -1.67 -1.03 0.54 0.67. Held-out pooled over thirteen sets 1073 of 1105 and false alarms 14 of 935
//     (the round's first retrain, 13,813 replies, before clean-bg and fa13b's word rules: out of fold 3163 at 38,
//     held-out 1073 and 15).
//  3c. Round 14: nothing shipped (the weights are round 13's, regenerated byte for byte). Measured against out of
//     fold 3127 / 37 and four fresh batches never trained on (bv, bw, bx, clean-bh; FRESH=…, the model alone:
//     183 of 251 caught, 2 of 363 clean over a threshold; through the CLI bv 85/90, bw 86/90, bx 68/90, false
//     alarms 5/60, 2/60, 1/60, clean-bh 13/200). Each variant that could ship was written and its held-out
//     summary lines read (holdout-* only; round 13's: 1073 / 14 pooled):
//     - Selected trigrams (TRI=n, TRI_DF=5; a DRY-only knob now): per fit,
//       the n trigrams of document frequency ≥ 5 with the largest |NB ratio| in any clause join the grams and
//       compete for the same 6000 features (1,059 / 1,447 make it in, in place of as many grams and twins:
//       twins 485 → 367 / 335); measured through a trigram table in classifier.ts, not kept.
//       TRI 1500: out of fold 3211 / 38 (2.3 +53, 2.9 +35, 2.7 −15), fresh 184 / 2; CLI bv −1, bx +1; held-out
//       c +1, cb +1, p −1 (74 → 73, under its 0.94 floor), false alarms ca 2 → 3, everyday 2 → 3. TRI 3000:
//       3261 / 37, fresh 186 / 3; CLI unchanged on the four fresh files; held-out c +1, cb +2, p −1, false
//       alarms ca +1, everyday +1, z +1. TRI 6000: 3260 / 37, fresh 185 / 3 (the budget caps the trigrams).
//       Common trigrams only (TRI 1000, TRI_DF 20: 257 kept, DRY): 3198 / 37 (every clause up or level: 2.3 +29,
//       2.4 +30, 2.7 +14), fresh 182 / 2 (−1): the out-of-fold gain did not reach the fresh batches.
//       Weights gzip -9 43.3 KB → 44.3 KB (1500) / 44.8 KB (3000). Not kept: more out of fold, but held-out
//       false alarms rose and a floor broke (the trigrams fit the dev sets' wordings).
//     - Digits read as one class in the grams (CLS=1, DRY only): 3173 / 37 (2.3 +55, 2.8 −4, 2.9 −5), fresh
//       181 / 2 (−2). Not kept.
//     - Per-clause alarm rates (CLEAN_ALARM_RATES='[…]'; thresholds only, the model unchanged): the fresh
//       batches favoured 2.3, 2.4, 2.8, 2.9 (2.5 and 2.7 lower cost fresh clean alarms). 2.3/2.4/2.8/2.9 at
//       1.5% / 7: 3354 / 61, fresh 189 / 2, CLI bx +1, no fresh alarm; held-out g +1, l +1, false alarms
//       c 1 → 2, everyday 2 → 3. 2.9 alone at 1.5% / 7: 3199 / 43, fresh 188 / 2, CLI bx +1; held-out g +1,
//       false alarms c 1 → 2. All clauses at 1% / 7: 3273 / 49, fresh 184 / 3. Not kept: each lower threshold
//       tried cost a held-out false alarm (363 fresh clean lines are too few to vouch for a threshold).
//  3d. Retrained with round 14's dev sets (bv, bw, bx, clean-bh added to test/fixtures; the word rules of round 14
//     merged): 14,663 replies, out of fold 3389 of 4793 at 43 clean over a threshold; thresholds 0.91 -1.55 -1.52
//     -1.54 -1.10 0.57 0.87. Held-out pooled over thirteen sets 1074 of 1105 (j +1, l +1, p −1: 74 → 73 of 78)
//     and false alarms 15 of 935 (cc 0 → 1: a 2.8 likely-counterfeit warning, the same line as round 13's first
//     retrain); before the retrain, with round 14's word rules, 1073 and 14.
//  3e. Retrained with round 15's dev sets (da, db, dc, clean-bj added to test/fixtures; the word rules of round 15 merged):
//     15,313 replies, out of fold 3559 of 5031 at 42 clean over a threshold; thresholds 1.06 -1.57 -0.87 -1.69 -1.22 0.64
//     1.00. Held-out pooled over fourteen sets 1162 → 1164 of 1197 (g +1, p +1) and false alarms 18 → 16 of 993 (cc, j
//     −1 each; holdout-everyday 2 → 3 of 400); the sealed batch CE 82 → 83 of 90, false alarms 5 of 60 unchanged.
//     Also trained with round 14's late batches (by, bz, clean-bi; 15,813 replies, out of fold 3747 / 47): the same
//     held-out recall and CE, but false alarms 18 of 993 (cd 3 → 4, over its floor; g 0 → 1): not kept, those batches
//     stay out of training again.
//  3f. Retrained with round 16's dev sets (dd, de, clean-bk added to test/fixtures; the word rules of round 16 merged):
//     15,833 replies, out of fold 3805 of 5219 at 48 clean over a threshold; thresholds 0.95 -1.75 -1.11 -1.81 -1.15 0.57
//     0.71. Held-out pooled over fifteen sets 1247 → 1247 of 1287 (j −1, p +1) and false alarms 23 → 23 of 1453; the
//     sealed batch CF 88 → 89 of 90, false alarms 3 of 60 unchanged.
//  3h. Round 35 (lead): retrained on every dev set (the 61 kept out as word-rule tables since round 17 joined: 28,993 replies;
//     the clean near-miss pool grew with them, so the same alarm RATE admits more clean replies over a threshold). Held-out pooled
//     (36 sets, by number only): word rules + old model 2,976 of 3,087, false alarms 42 of 2,653; retrained at 0.75% 3,003 / 48;
//     at 0.6% 2,998 / 42 (shipped: out of fold 7,126 of 9,121, 83 clean over a threshold); at 0.5% 2,992 / 42. The newest sealed
//     sets, never tuned to, gained most (CV 79 → 82, CW 72 → 80, CX 77 → 80, CY 79 → 82 of 90 each at 0.75%).
//  3i. Round 48 (lead): FEATURES 6000 → 9000. On 40,623 dev replies (every dev set through round 47), out of fold at 0.6%:
//     6000 10,266 of 13,784 at 122 clean over a threshold; 9000 10,586 at 121 (2.3 +62, 2.4 +23, 2.5 +28, 2.7 +113, 2.8 +54,
//     2.9 +50). Weights gzip -9 45.2 → 63.2 KB: +320 for +18 KB, ~180 per 10 KB (round 12 asked 40; then it was 37, on a quarter of
//     the data). Chosen on the dev sets before any held-out number was seen; the retrain then passed the pre-registered test
//     (scripts/model-data.ts, round 48). The weights live in lint-engine.js, not in the content script's 60 KB budget.
//  3j. Round 48, second question (lead): FEATURES 9000 → 15000, by a second pre-registered test (scripts/model-data.ts). Same data, out
//     of fold at 0.6%: 12000 10,799 / 118 clean over a threshold; 15000 10,878 / 121. Weights gzip -9 63.2 KB (9000) → 79.8 KB (12000)
//     → 96.3 KB (15000): +213 and +79 for ~16.5 KB each (118 and 48 per 10 KB, both over round 12's 40).
//  3k. Round 50 (m50): another kind of feature, in the same 15,000 (FEATS=skip,word, DRY only; the keys are grams.ts's
//     distinctGramKeys kinds, the words its wordSpans: Intl.Segmenter 'zh' word-like segments of ≥ 2 units over the compact view,
//     masked units skipped; twins when all units are in a scope). Pre-registered (/work/wt/briefs/retrain50-prereg.md): a candidate
//     needs ≥ +60 out of fold over V0 at ≤ V0's clean over a threshold + 2. On 42,323 dev replies (every dev set through round 49,
//     NOT_TRAINED_ON emptied), out of fold at 0.6%, recall of 14,335 / clean over a threshold / gzip -9 of the weights / train time:
//     V0 (as now) 11,213 / 124 / 96.2 KB / 318 s (2.3 2617, 2.4 1690, 2.5 1483, 2.6 1239, 2.7 1856, 2.8 1345, 2.9 1453);
//     V1 + skip-bigrams (units i, i + 2; 6,677 kept) 11,224 / 117 / 103.1 KB / 572 s (2.3 +77, 2.4 −15, 2.5 −14, 2.6 −223: its
//     threshold −0.79 → 0.96, 2.7 +67, 2.8 +70, 2.9 +35); V2 + words (2,078 kept) 11,265 / 125 / 100.5 KB / 342 s (2.3 +61, 2.4 −26,
//     2.5 +6, 2.6 +13, 2.7 −51, 2.8 +42, 2.9 −5); V3 both (6,063 skips, 1,374 words) 11,090 / 122 / 105.5 KB / 619 s (2.3 +27,
//     2.4 0, 2.5 −15, 2.6 −279: threshold 1.50, 2.7 +12, 2.8 +75, 2.9 +39). Train times on a shared, loaded machine. None
//     qualifies (best V2, +52): nothing shipped, the classifier reads no new kind.
//  3g. Round 21 (2026-12-01): the scoring unit again (SENT=1, SUBMIN; nothing shipped, weights unchanged). Out of fold
//     (17,953 replies; baseline 4588 of 5893 at 56 clean over a threshold): SENT 1 with SUBMIN 16 4641 / 59, 20 4662 / 57,
//     24 4666 / 56 (2.3 +11, 2.4 +18, 2.5 +16, 2.6 −11, 2.7 +17, 2.8 +15, 2.9 +12), 28 4650 / 55, 32 4637 / 55. SUBMIN 24
//     was written into classifier.ts (a window's score per clause the max of the window's and of each of its sentences of
//     ≥ 24 units, the named sentence the one that set it; exact against the trainer's definition on the 19,374 one-window
//     dev lines), retrained for real (thresholds 0.27 -1.65 -1.46 -1.73 -1.26 0.14 0.49 → 0.46 -1.65 -1.46 -1.23 -1.26 0.14
//     0.49: the sentences' clean scores raised 2.3's and 2.6's) and judged by the pre-registered rule: held-out pooled
//     1787 → 1789 of 1827 (cd, ch, k +1, p +3; cb, ce, ck, s −1) but false alarms 28 → 29 of 1813 (holdout-everyday 2 → 3),
//     and holdout-cb 79 → 78 of 85, under its 0.92 floor; dev-clean-bu 2 → 3 of 200 over its floor. Rejected. probe-rewrites
//     clean-before / clean-after kept 0.975 / 0.975 (lost 180 / 179) → 0.989 / 0.989 (83 / 83); dev clean lines alarming
//     +5 (do, clean-bf, bo, bu +1; everyday-d +2, everyday-b −1). Cost: scoreWindows alone (same process, interleaved,
//     one feature-count array numbering sentences) median 5.5 → 6.4 µs at 50 chars, 35 → 43 µs at 500, 363 → 446 µs
//     at 5000 (a second count array per sentence first: 42 → 56 µs at 500); npm run bench lint at 500 chars 11.0 →
//     14.5 ms median, peer ratio 0.06 → 0.05 (a loaded shared machine: noise).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MIN_UNITS, WINDOW } from '../rules/model/classifier';
import { HARD } from '../rules/normalize';
import { MODEL_CLAUSES } from '../rules/model/clauses';
import { denialScope, distinctGramKeys, gramOfKey, gramScale, isDeniedKey, kindOfKey, quotedUnits, type FeatureKinds } from '../rules/model/grams';
import { normalize } from '../rules/normalize';
import { rng } from '../bench/support';
import { trainingDigest, trainingExamples, type Example } from './model-data';

const FEATURES = Number(process.env.FEATURES ?? 15000);
/** FEATS=skip,word: the kinds of feature read besides unigrams and bigrams (grams.ts FeatureKinds; round 50, 3k). */
const FEATS: FeatureKinds = Object.fromEntries((process.env.FEATS ?? '').split(',').filter(Boolean).map((k) => [k, true]));
for (const k of Object.keys(FEATS)) if (k !== 'skip' && k !== 'word') throw new Error(`FEATS: no kind ${k} (skip, word)`);
if (Object.keys(FEATS).length && !process.env.DRY) throw new Error('FEATS is a measurement knob (DRY=1): the classifier reads unigrams, bigrams and their twins');
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const RATE = Number(process.env.RATE ?? 0.8);
const BIAS_RATE = 0.05;
const CLEAN_ALARM_RATE = Number(process.env.CLEAN_ALARM_RATE ?? 0.006);
/** CLEAN_ALARM_RATES='[r2.3, …, r2.9]': a rate per clause (MODEL_CLAUSES order) instead of CLEAN_ALARM_RATE. */
const CLEAN_ALARM_RATES: number[] = process.env.CLEAN_ALARM_RATES ? JSON.parse(process.env.CLEAN_ALARM_RATES) : [];
const EVERYDAY_ALARM_RATE = 0.0015;
const FOLDS = 5;
const C = MODEL_CLAUSES.length;

interface Row {
  keys: number[];
  /** TRI: the reply's distinct trigram keys (outside quotes), candidates for selection per fit. */
  tri?: number[];
  /** 1 / sqrt(number of grams, repeats included). */
  scale: number;
  labels: number[];
}

interface Weights {
  w: Map<number, Float64Array>;
  b: number[];
}

const ENV = process.env;
/** Naive Bayes smoothing of the log-count ratios that scale each gram per clause (method 1a). */
const NB_ALPHA = 1;
/** Clean replies (no clause) weigh this much in the loss (method 1b). */
const CLEAN_WEIGHT = 4;

/**
 * Per gram and clause, the NB-SVM log-count ratio log((p + α) / (‖p‖ + α·n)) − log((q + α) / (‖q‖ + α·n)):
 * p, q how many of the clause's violating / other replies have the gram, ‖p‖, ‖q‖ their gram totals, n grams.
 */
function nbRatios(rows: readonly Row[]): Map<number, Float64Array> {
  const p = new Map<number, Float64Array>();
  const q = new Map<number, Float64Array>();
  const tp = new Float64Array(C);
  const tq = new Float64Array(C);
  for (const { keys, labels } of rows) {
    for (const k of keys) {
      let a = p.get(k);
      if (!a) (p.set(k, (a = new Float64Array(C))), q.set(k, new Float64Array(C)));
      const b = q.get(k)!;
      for (let c = 0; c < C; c++) if (labels[c]) a[c]!++;
      else b[c]!++;
    }
    for (let c = 0; c < C; c++) if (labels[c]) tp[c]! += keys.length;
    else tq[c]! += keys.length;
  }
  const r = new Map<number, Float64Array>();
  const n = p.size;
  for (const [k, a] of p) {
    const b = q.get(k)!;
    const v = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      v[c] = Math.log((a[c]! + NB_ALPHA) / (tp[c]! + NB_ALPHA * n)) - Math.log((b[c]! + NB_ALPHA) / (tq[c]! + NB_ALPHA * n));
    }
    r.set(k, v);
  }
  return r;
}

/** Learns per clause the weights of the gram values r (nbRatios) × scale; returns them times r, so a reply's score is the plain sum. */
function train(rows: readonly Row[], keep?: ReadonlySet<number>): Weights {
  const w = new Map<number, Float64Array>();
  const b = new Array<number>(C).fill(0);
  const ratios = nbRatios(rows);
  const next = rng(42);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.5);
    for (const i of order) {
      const { keys, scale, labels } = rows[i]!;
      const weight = labels.some(Boolean) ? 1 : CLEAN_WEIGHT;
      const ws: Float64Array[] = [];
      const xs: Float64Array[] = [];
      for (const k of keys) {
        if (keep && !keep.has(k)) continue;
        let v = w.get(k);
        if (!v) w.set(k, (v = new Float64Array(C)));
        ws.push(v);
        xs.push(ratios.get(k)!);
      }
      for (let c = 0; c < C; c++) {
        let z = b[c]!;
        for (let j = 0; j < ws.length; j++) z += ws[j]![c]! * xs[j]![c]! * scale;
        const g = (1 / (1 + Math.exp(-z)) - labels[c]!) * rate * weight;
        b[c] = b[c]! - g * BIAS_RATE;
        for (let j = 0; j < ws.length; j++) ws[j]![c] = ws[j]![c]! - g * scale * xs[j]![c]!;
      }
    }
  }
  for (const [k, v] of w) {
    const x = ratios.get(k)!;
    for (let c = 0; c < C; c++) v[c] = v[c]! * x[c]!;
  }
  return { w, b };
}

/** The `count` grams with the largest weight in any clause (ties by key, for a stable file). */
function strongest(model: Weights, count: number): Set<number> {
  const ranked = [...model.w].map(([k, v]) => [k, Math.max(...Array.from(v, Math.abs))] as const);
  ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return new Set(ranked.slice(0, count).map(([k]) => k));
}

/** TRI=n: the n trigrams (document frequency ≥ TRI_DF among the training rows) of largest |NB ratio| in any clause join the grams. */
const TRI = Number(process.env.TRI ?? 0);
if (TRI && !process.env.DRY) throw new Error('TRI is a measurement knob (DRY=1): the classifier does not read trigrams');
const TRI_DF = Number(process.env.TRI_DF ?? 5);
let selectedTri: Set<number> = new Set();
function selectTrigrams(rows: readonly Row[]): Set<number> {
  if (!TRI) return new Set();
  const df = new Map<number, number>();
  for (const r of rows) for (const k of r.tri ?? []) df.set(k, (df.get(k) ?? 0) + 1);
  const cand = rows.map((r) => ({ ...r, keys: (r.tri ?? []).filter((k) => df.get(k)! >= TRI_DF) }));
  const ratios = nbRatios(cand);
  const ranked = [...ratios].map(([k, v]) => [k, Math.max(...Array.from(v, Math.abs))] as const);
  ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return new Set(ranked.slice(0, TRI).map(([k]) => k));
}
function withTrigrams(rows: readonly Row[], sel: ReadonlySet<number>): Row[] {
  if (!sel.size) return rows as Row[];
  return rows.map((r) => ({ ...r, keys: [...r.keys, ...(r.tri ?? []).filter((k) => sel.has(k))] }));
}

function fit(rows0: readonly Row[], sub: readonly (readonly Row[])[]): Weights {
  selectedTri = selectTrigrams(rows0);
  const rows = withTrigrams(rows0, selectedTri);
  const keep = strongest(train(rows), FEATURES);
  let model = train(rows, keep);
  // MIL=1: a violating reply of several windows is replaced by its window that scores highest on its clauses; train again.
  for (let round = 0; round < Number(ENV.MIL ?? 0); round++) {
    const picked = rows.map((r, i) => {
      if (!r.labels.some(Boolean) || !sub[i]!.length) return r;
      const sum = (w: Row) => logits(model, w).reduce((a, z, c) => a + (r.labels[c] ? z : 0), 0);
      let best = r;
      let top = sum(r);
      for (const w of sub[i]!) {
        const y = sum(w);
        if (y > top) (best = w), (top = y);
      }
      return best === r ? r : { ...best, labels: r.labels };
    });
    model = train(picked, keep);
  }
  return model;
}

function logits(model: Weights, { keys, scale }: Row): number[] {
  const z = [...model.b];
  for (const k of keys) {
    const v = model.w.get(k);
    if (v) for (let c = 0; c < C; c++) z[c]! += v[c]! * scale;
  }
  return z;
}

/** SENT=k: a reply is also scored on every run of 1..k whole sentences (at least SUBMIN units); its score per clause is the max. */
const SENT = Number(ENV.SENT ?? 0);
const SUBMIN = Number(ENV.SUBMIN ?? MIN_UNITS);
/** SOFT=1: sentences end at soft breaks too (，、：；). */
const BREAK = ENV.SOFT ? 1 : HARD;

/** Sentence bounds in compact units (hard breaks; long ones cut at WINDOW), as classifier.ts splits them. */
function sentenceBounds(length: number, breakBefore: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= length; k++) {
    if (k === length || breakBefore[k]! >= BREAK || k - start >= WINDOW) (out.push([start, k]), (start = k));
  }
  return out;
}

/** The sub-windows a reply is also scored on (SENT), as rows (labels empty). */
function subWindows(compact: string, quoted: Uint8Array | undefined, denied: Uint8Array | undefined, breakBefore: ArrayLike<number>): Row[] {
  if (!SENT) return [];
  const bounds = sentenceBounds(compact.length, breakBefore);
  const out: Row[] = [];
  for (let s = 0; s < bounds.length; s++) {
    for (let e = s; e < Math.min(bounds.length, s + SENT); e++) {
      const start = bounds[s]![0];
      const end = bounds[e]![1];
      if (start === 0 && end === compact.length) continue;
      if (end - start < SUBMIN) continue;
      out.push({ keys: distinctGramKeys(compact, quoted, start, end, denied, FEATS), scale: gramScale(end - start), labels: [] });
    }
  }
  return out;
}

/** Trigram keys above every bigram and twin key: TRIGRAM + first · 2^32 + (second << 16 | third). */
const TRIGRAM = 2 ** 49;
function trigramKeys(text: string, skip?: Uint8Array): number[] {
  const seen = new Set<number>();
  for (let i = 0; i + 2 < text.length; i++) {
    if (skip?.[i] || skip?.[i + 1] || skip?.[i + 2]) continue;
    seen.add(TRIGRAM + text.charCodeAt(i) * 2 ** 32 + (((text.charCodeAt(i + 1) << 16) | text.charCodeAt(i + 2)) >>> 0));
  }
  return [...seen];
}

/** CLS=1: digits read as 0, CLS=2: also latin letters as a (for the grams only; a shape, not a wording). */
const CLS = Number(ENV.CLS ?? 0);
if (CLS && !ENV.DRY) throw new Error('CLS is a measurement knob (DRY=1): the classifier reads the plain units');
function shape(text: string): string {
  if (!CLS) return text;
  let out = '';
  for (const ch of text) out += /[0-9]/.test(ch) ? '0' : CLS >= 2 && /[a-z]/i.test(ch) ? 'a' : ch;
  return out;
}

const examples: Example[] = trainingExamples().map((e) => ({ ...e, compact: shape(e.compact) }));
const rows: Row[] = examples.map((e) => ({
  keys: distinctGramKeys(e.compact, e.quoted, 0, e.compact.length, process.env.NO_DENIAL ? undefined : e.denied, FEATS),
  scale: gramScale(e.compact.length),
  labels: MODEL_CLAUSES.map((c) => (e.expect.includes(c) ? 1 : 0)),
  tri: TRI ? trigramKeys(e.compact, e.quoted) : undefined,
}));
const subs: Row[][] = examples.map((e) => subWindows(e.compact, e.quoted, ENV.NO_DENIAL ? undefined : e.denied, e.breakBefore));

/** A reply's score per clause: the whole reply's, or the highest of its sub-windows' (SENT). */
function replyLogits(model: Weights, row: Row, sub: readonly Row[]): number[] {
  const z = logits(model, row);
  for (const w of sub) {
    const y = logits(model, w);
    for (let c = 0; c < C; c++) if (y[c]! > z[c]!) z[c] = y[c]!;
  }
  return z;
}

// Thresholds from out-of-fold scores of the clean replies.
const outOfFold: number[][] = new Array(rows.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = fit(rows.filter((_, i) => i % FOLDS !== fold), subs.filter((_, i) => i % FOLDS !== fold));
  const sel = selectedTri;
  rows.forEach((r, i) => {
    if (i % FOLDS === fold) outOfFold[i] = replyLogits(model, withTrigrams([r], sel)[0]!, subs[i]!);
  });
}
const clean = (everyday: boolean) =>
  examples.flatMap((e, i) => (e.expect.length === 0 && e.everyday === everyday && e.compact.length >= MIN_UNITS ? [i] : []));
const nearMiss = clean(false);
const everyday = clean(true);
const thresholds = MODEL_CLAUSES.map((_, c) => {
  const scores = nearMiss.map((i) => outOfFold[i]![c]!).sort((x, y) => y - x);
  const everydayScores = everyday.map((i) => outOfFold[i]![c]!).sort((x, y) => y - x);
  return Math.max(
    scores[Math.floor((scores.length * (CLEAN_ALARM_RATES[c] ?? CLEAN_ALARM_RATE)) / C)]!,
    everydayScores[Math.floor(everydayScores.length * EVERYDAY_ALARM_RATE)]!,
  );
});

// Out-of-fold recall at those thresholds (printed; NO_DENIAL=1 trains without twins, DRY=1 writes nothing, FRESH='a.jsonl b.jsonl'
// also scores the shipped model alone on labelled files it never trained on; with it DUMP=file.json writes the out-of-fold and fresh scores,
// to try thresholds without training again): violating replies long enough to be judged with a score over the
// threshold of one of their clauses (the clean replies' alarm rate is fixed by construction).
{
  const judged = examples.flatMap((e, i) => (e.expect.length > 0 && e.compact.length >= MIN_UNITS ? [i] : []));
  const hit = (i: number) => MODEL_CLAUSES.some((c, k) => examples[i]!.expect.includes(c) && outOfFold[i]![k]! > thresholds[k]!);
  const perClause = MODEL_CLAUSES.map((c, k) => {
    const of = judged.filter((i) => examples[i]!.expect.includes(c));
    return `${c} ${of.filter((i) => outOfFold[i]![k]! > thresholds[k]!).length}/${of.length}`;
  });
  const alarms = examples.filter((e, i) => e.expect.length === 0 && e.compact.length >= MIN_UNITS && outOfFold[i]!.some((z, k) => z > thresholds[k]!)).length;
  console.log(`out of fold: recall ${judged.filter(hit).length}/${judged.length} (${perClause.join(', ')}); clean replies over a threshold ${alarms}`);
}

// The shipped model, quantised to one signed byte per (gram, clause) with a scale per clause.
const model = fit(rows, subs);
const keys = [...model.w.keys()].sort((x, y) => x - y);
const scales = MODEL_CLAUSES.map((_, c) => Math.max(...keys.map((k) => Math.abs(model.w.get(k)![c]!))) / 127);
const bytes = new Int8Array(keys.length * C);
keys.forEach((k, f) => {
  const v = model.w.get(k)!;
  for (let c = 0; c < C; c++) bytes[f * C + c] = Math.round(v[c]! / scales[c]!);
});
const round = (x: number) => Number(x.toPrecision(6));
/** The features of one kind (grams.ts kindOfKey), plain or twins, as space-separated text in key order (the bytes' order). */
const listed = (kind: 'gram' | 'skip' | 'word', denied: boolean) =>
  JSON.stringify(keys.filter((k) => k < TRIGRAM && kindOfKey(k) === kind && isDeniedKey(k) === denied).map(gramOfKey).join(' '));
const extraKinds = [
  FEATS.skip ? `\n  /** Skip-bigrams (units i and i + 2, grams.ts SKIP), then their twins; after the twins above in the bytes. */\n  skips: ${listed('skip', false)},\n  deniedSkips: ${listed('skip', true)},` : '',
  FEATS.word ? `\n  /** Words (grams.ts wordSpans), then their twins; last in the bytes. */\n  words: ${listed('word', false)},\n  deniedWords: ${listed('word', true)},` : '',
].join('');
const source = `// Generated by scripts/train-model.ts from ${rows.length} labelled replies (test/fixtures/, held-out sets excluded).
// Do not edit: retrain with \`npx tsx scripts/train-model.ts\` (a unit test fails when this file is stale).
export const MODEL_DATA = {
  digest: ${JSON.stringify(trainingDigest(examples))},
  /** Per clause (MODEL_CLAUSES order): intercept and alarm threshold, in logit units. */
  bias: ${JSON.stringify(model.b.map(round))},
  threshold: ${JSON.stringify(thresholds.map(round))},
  /** Per clause: a weight is its signed byte times this. */
  scale: ${JSON.stringify(scales.map(round))},
  /** The grams, space-separated, in key order; then the denied twins (grams.ts DENIED), in key order. */
  grams: ${listed('gram', false)},
  denied: ${listed('gram', true)},${extraKinds}
  /** Base64 of the signed bytes, gram-major: grams × clauses. */
  weights: ${JSON.stringify(Buffer.from(bytes.buffer).toString('base64'))},
};
`;
const file = fileURLToPath(new URL('../rules/model/weights.generated.ts', import.meta.url));
if (!process.env.DRY) writeFileSync(file, source);
// OUT=path (with DRY): the weights file written there instead, to measure its size.
else if (ENV.OUT) writeFileSync(ENV.OUT, source);
const count = (f: (k: number) => boolean) => keys.filter(f).length;
console.log(
  `${file}: ${keys.length} features (${count((k) => k < TRIGRAM && isDeniedKey(k))} denied twins, ${count((k) => k < TRIGRAM && kindOfKey(k) === 'skip')} skip-bigrams, ` +
    `${count((k) => k < TRIGRAM && kindOfKey(k) === 'word')} words, ${count((k) => k >= TRIGRAM)} trigrams), ${rows.length} replies, thresholds ${thresholds.map((t) => t.toFixed(2)).join(' ')}`,
);

// FRESH='a.jsonl b.jsonl': the shipped model alone (no word rules, whole replies) on labelled files it never
// trained on, e.g. fresh blind batches: violating replies with an expected clause over its threshold, and clean
// replies over any threshold.
if (ENV.FRESH) {
  let violating = 0;
  let caught = 0;
  let clean = 0;
  let alarms = 0;
  const freshRows: unknown[] = [];
  for (const file of ENV.FRESH.split(' ')) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, expect } = JSON.parse(line) as { text: string; expect: string[] };
      const norm = normalize(text);
      const compact = shape(norm.compact.text);
      if (compact.length < MIN_UNITS) continue;
      const quoted = quotedUnits(norm.folded.text, norm.compactToFolded);
      const denied = denialScope(compact, norm.modelBreakBefore);
      const keys = distinctGramKeys(compact, quoted, 0, compact.length, denied, FEATS);
      if (TRI) keys.push(...trigramKeys(compact, quoted).filter((k) => selectedTri.has(k)));
      const z = replyLogits(model, { keys, scale: gramScale(compact.length), labels: [] }, subWindows(compact, quoted, denied, norm.modelBreakBefore));
      freshRows.push([file, expect, z]);
      const over = MODEL_CLAUSES.map((c, k) => z[k]! > thresholds[k]! && (expect.length === 0 || expect.includes(c)));
      if (expect.length) violating++;
      else clean++;
      if (over.some(Boolean)) expect.length ? caught++ : alarms++;
    }
  }
  console.log(`fresh (model alone): ${caught}/${violating} caught, ${alarms}/${clean} clean over a threshold`);
  if (ENV.DUMP) writeFileSync(ENV.DUMP, JSON.stringify({ thresholds, freshRows, oof: examples.map((e, i) => [e.expect, e.everyday, e.compact.length, outOfFold[i]]) }));
}
