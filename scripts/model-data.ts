// The labelled replies the statistical second opinion learns from, shared by the trainer
// (scripts/train-model.ts) and the unit test that checks the generated weights are up to date.
// Only the dev sets and the example corpus: held-out sets (holdout-*.jsonl) measure the model and are
// never read here.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { denialScope, orderCodeUnits, quotedUnits } from '../rules/model/grams';
import { normalize } from '../rules/normalize';

export const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/**
 * Clean sets kept as word-rule regression tables only, not trained on. Round 17: a retrain with CLEAN-BN and CLEAN-BO
 * (400 refusal- and warning-heavy clean replies) lowered the 2.8 threshold and broke the sealed held-out floors (holdout-ce
 * false alarms 5 → 6 of 60, one 2.9 line of holdout-g lost, one everyday reply warned), so the model stays as trained
 * without them. Their false alarms are covered by the word rules (CLEAN-BN 0/200, CLEAN-BO 1/200, the second opinion).
 * Round 18: CLEAN-BP likewise (tuning rounds do not retrain; word rules 12 → 0 of 200).
 */
// Round 18: DH and CLEAN-BP are word-rule regression tables only. A retrain with DH kept the pooled held-out recall
// (1,427/1,467) and took one false alarm off (26 → 25 of 1,573), but lost a line of holdout-cb, under its floor
// (79 → 78 of 85, floor 0.92): rejected, the weights stay as trained in round 17.
// Round 19: CLEAN-BQ likewise (a word-rule table); DI and DJ until the retrain is decided.
// Round 20: retrained with DI–DL, DM, CLEAN-BR, -BS and -BT added: held-out pooled recall 1,604 → 1,608 of 1,647, false alarms
// 24 of 1,693 unchanged, no held-out set lost a line, every floor holds (the round-19 criterion). DH, CLEAN-BN–BQ stay out.
// A second retrain with DN and DO added too was rejected: recall 1,608 → 1,609 but false alarms 24 → 27 (holdout-everyday 2 → 4).
// Round 21: retrained with DQ, DR, CLEAN-BV and -BW added (18,673 replies; out of fold 4,829 of 6,068 at 63 clean over a
// threshold): held-out pooled recall 1,787 → 1,789 of 1,827 (CG, L +1), false alarms 28 of 1,813 unchanged, no held-out set lost
// a line, every floor holds. A per-sentence score (SENT=1) was tried and rejected the same round (train-model.ts, 3g).
// Round 22: retrained with DS, DT and CLEAN-CA added (19,193 replies; out of fold 4,977 of 6,256 at 62 clean over a threshold, 4,980 after the 俾 → 给 fold):
// held-out pooled recall 1,878 → 1,879 of 1,917, false alarms 30 of 1,873 unchanged, every floor holds (holdout-s 74 → 73 of 75,
// floor 0.96; cc, cd −1 false alarm each, everyday and g +1 each). Chosen among four variants; the others failed the criterion:
// with CLEAN-BY and -BZ too recall +3 but false alarms 30 → 31; without CA but with BY, BZ recall −1 and false alarms +1; DS and DT
// alone changed nothing pooled. A gain of one line is within noise. CLEAN-BY and -BZ stay word-rule tables.
// Later in round 22, three more retrains (adding DV and DU; with CLEAN-CB too; with CLEAN-BY and -BZ too) all raised held-out
// false alarms (30 → 31, 31, 32 of 1,873; recall 1,879 → 1,876, 1,878, 1,880): rejected, the model stays as above. DU–DW and
// CLEAN-BY, -BZ, -CB, -CC are word-rule tables only. Round 23: DX, DY, DZ and CLEAN-CD likewise (t23dx, t23dy, t23dz, t23cd).
// Round 23 (lead): retrained after t23a's Cantonese word folds (唔使 = 不用, 落单 = 下单, 转数俾 = 转账给) with the same files: out of fold
// 4,979 of 6,256 at 62 clean over a threshold (4,980 before); held-out unchanged (1,968 of 2,007, false alarms 31 of 1,933). Training on
// DX, DY and DZ as well (pre-registered: kept only if held-out recall does not fall and false alarms do not rise) gave recall 1,969 and
// false alarms 33: rejected.
// Round 25 (lead): training on ED, EE and CLEAN-CF as well (pre-registered as above) gave held-out recall 2,231 → 2,228 of 2,277 (27
// sets with sealed CP), false alarms 35 → 35: rejected; the three are word-rule tables only.
// Round 26 (t26b, t26a): EF and CLEAN-CG added as word-rule tables only (the model is retrained by the lead alone).
// Round 35 (lead): retrained on every dev set, the 61 word-rule-only tables above included (28,993 replies), with the clean alarm
// rate 0.75% → 0.6% (train-model.ts 3h). Held-out (36 sets, pooled, scored by number only) 2,976 → 2,998 of 3,087, false alarms
// 42 → 42 of 2,653; at 0.75% recall was 3,003 but false alarms 48, at 0.5% 2,992 and 42. New dev sets are added here until the
// lead retrains (the word rules are tuned on them first; the model learns them later).
// Round 36 (lead): FF, FG, FI and CLEAN-FH are word-rule tables only. A retrain with them (29,613 replies) lowered held-out: at 0.6%
// 3,075 → 3,071 of 3,177 and false alarms 44 → 46 of 2,713 (holdout-cv 82 → 80 of 90, under its floor); at 0.5% 3,068 and 44. Rejected;
// the weights stay as trained in round 35.
// Round 37 (lead): FJ, FK, FL and CLEAN-FM join them. A retrain on every dev set (these eight included, 30,233 replies; 76 s),
// pre-registered as before (kept only if held-out recall does not fall and false alarms do not rise): at 0.6% 3,152 → 3,156 of
// 3,267 but false alarms 44 → 46 of 2,773 (holdout-cv 82 → 80, under its floor); at 0.5% 3,152 and 45. Rejected; the weights stay.
// Round 39 (lead): FV, FW, FX, CLEAN-FY, GA, GB, GC, CLEAN-GD, GE and GF join them (the model is not retrained in a tuner's task).
// Round 40 (lead): GG, GH, CLEAN-GI, GJ, GK and GL.
// Round 42 (lead): GU, GV, GW, CLEAN-GX, GY, GZ and CLEAN-HA (round 41's GM–GT above too).
// Round 46 (lead): a retrain on every dev set through round 45 (39,473 replies, 0.6%) raised the 64 held-out sets 5,339 → 5,388 of
// 5,607 with false alarms 98 → 97 of 4,333 (DZ 68 → 76, EA 78 → 83) but put four under their floors by a line each (z, dn, do, dv;
// 0.5%: 5,381 and 97, the same four). A new test was pre-registered before the sealed set EB existed: adopt iff on EB, at first sight,
// recall ≥ and false alarms ≤ the round-35 model's. EB: 72 → 76 of 90 but false alarms 2 → 3 of 60: rejected, the weights stay.
// Round 47 (lead): retrained on every dev set through round 46 (39,973 replies, 0.6%; thresholds 0.12 -0.62 -0.78 -1.27 -0.17 0.25 0.31),
// judged by a test registered before its judges existed (/work/wt/briefs/retrain47-prereg.md, summarised): A. the 66 older held-out sets
// pooled, recall not lower and false alarms not higher, no set losing more than 2 lines or gaining more than 2 false alarms; B. the sealed
// sets ED and EE, written blind at the round's start and scored once at first sight with both weights, the recall-rate gain at least
// the false-alarm-rate cost and at most 2 more false alarms. A: 5,496 → 5,547 of 5,787, false alarms 101 → 99 of 4,453 (ce, cw, do −2
// lines; z +2 false alarms, cw, g +1). B: 165 → 172 of 180, false alarms 6 → 6 of 120 (ED 81 → 85, EE 84 → 87). Adopted; the floors of z,
// dn, do and dv follow (labelled-sets.test.ts), and the likely-* table rows the old weights caught are caught by word rules now.
// Why the floor criterion of rounds 18–46 was replaced: it rejects any retrain that moves one set of 60–90 lines by one line, which is
// noise; round 46's retrain already gained +49 held-out lines with one false alarm fewer and was rejected that way.
// Round 48 (lead): retrained on every dev set through round 47 (40,623 replies, 0.6%) with FEATURES 6000 → 9000 (train-model.ts 3i;
// thresholds -0.08 -0.67 -0.92 -0.96 -0.36 0.25 0.14), by the same test registered before the sealed sets EG and EH existed
// (/work/wt/briefs/retrain48-prereg.md; the feature count chosen beforehand on the dev sets alone, out of fold). A: the 69 older
// held-out sets 5,803 → 5,827 of 6,057, false alarms 106 → 105 of 4,633 (cn, co, dq, eb, ef −1 line; dq, eb +1 false alarm).
// B: EG + EH at first sight 165 → 170 of 180, false alarms 5 → 5 of 120 (EG 87 → 88, EH 78 → 82). Adopted.
// Round 48, later (lead): the same data with FEATURES 9000 → 15000 (train-model.ts 3j; thresholds -0.04 -0.78 -1.22 -0.90 -0.65 0.02
// 0.11), by a second test registered before the sealed sets EI and EJ existed (/work/wt/briefs/retrain48b-prereg.md; the feature count
// chosen on the dev sets alone). A: the 71 older held-out sets 5,997 → 6,015 of 6,237, false alarms 110 → 110 of 4,753 (cu, de, dj, dl,
// dy −1 line; dw, p +1 false alarm). B: EI + EJ at first sight 173 → 174 of 180, false alarms 3 → 2 of 120. Adopted.
// Round 49 (lead): the same method and 15,000 features on every dev set through round 48 (41,473 replies; 20,000 features gained +92
// out of fold for +28.6 KB gzip, 32 per 10 KB, under the 40 asked, so not the candidate), by the same test registered before the sealed
// sets EK and EL existed (/work/wt/briefs/retrain49-prereg.md). A: the 73 older held-out sets 6,189 → 6,187 of 6,417 (c, ct, df, dg, dt,
// dz, eh, ej −1 line; cu, cz, dj, dy, eb, k +1), false alarms 112 → 109 of 4,873. B: EK + EL at first sight 168 → 167 of 180, false
// alarms 6 → 6 of 120. Both parts fail: rejected, the weights stay (trained through round 47). More data of the same kind no longer
// moves the held-out sets; the round-48 gains came from the feature budget.
// Round 49, second question (lead): FEATURES 20,000 on the same data, asked directly (the weights ship in lint-engine.js, outside the
// content script's budget), registered before the sealed sets EM and EN existed (/work/wt/briefs/retrain49b-prereg.md). A: the 75 older
// held-out sets 6,357 → 6,360 of 6,597, false alarms 118 → 116 of 4,993 (passes). B: EM + EN at first sight 167 → 166 of 180, false
// alarms 5 → 5 of 120 (fails). Rejected: the weights stay.
// Round 50 (lead): a third question, registered before the sealed sets EO and EP were written: a different kind of feature (skip-bigrams,
// Intl.Segmenter words, or both) in the same 15,000 budget, chosen out of fold on the dev sets alone, a candidate only at +60 over the
// current features (train-model.ts 3k). Best was words at +52 (11,213 → 11,265 of 14,335, clean over a threshold 124 → 125): no candidate,
// no question asked; EO and EP were scored once with the shipped weights (labelled-sets.test.ts).
// New dev sets are added here until the lead retrains again.
// Round 56 (lead): retrained on every dev set through round 55 (44,923 replies; the 18 sets of rounds 48–55 join; thresholds 0.18 -0.64
// -1.19 -0.88 -0.57 0.18 0.14), by the round-47 test registered before its judges existed (/work/wt/briefs/retrain56-prereg.md). A: the 83
// older held-out sets 7,148 → 7,161 of 7,477, false alarms 133 → 129 of 5,913 (no set −2 lines or +2 false alarms; c, cf, cf52s, ct, di, dt,
// ec, eg, ek −1 line; dz, il52s +2; b55s +5). B: the sealed A56S + B56S at first sight 287 → 289 of 330, false alarms 8 → 8 of 270. Adopted.
// Round 57 (lead): retrained on every dev set through round 57 (46,123 replies; A56, B56, A57, B57 join; thresholds 0.09 -0.66 -1.20
// -1.08 -0.52 0.40 0.04), by the same test registered before the weights existed (/work/wt/briefs/retrain57-prereg.md). A: the 85
// held-out sets 7,450 → 7,455 of 7,807, false alarms 137 → 136 of 6,183 (no set −2 lines or +2 false alarms; cf52s, cw, df, dp, dr, dw,
// ef, eg, ei, en −1 line; everyday +1 false alarm). B: the sealed A57S + B57S, each weight scored once, 253 → 257 of 310, false alarms
// 13 → 11 of 290. Adopted.
// Round 58 (lead): a retrain on every dev set through round 58 (46,723 replies; A58, B58 join; thresholds -0.11 -0.74 -1.21 -1.04 -0.59
// 0.19 0.07), by the same test registered before its weights existed (/work/wt/briefs/retrain58-prereg.md). A: the 87 held-out sets 7,715
// → 7,725 of 8,117 but false alarms 147 → 152 of 6,473 (a57s 10 → 12, cw, dw, g +1): pooled false alarms higher, A fails. B: the sealed
// A58S + B58S, each weight scored once, 208 → 209 of 250, false alarms 8 → 9 of 350 (passes). Rejected: the weights stay, and A58 / B58
// wait here for the next retrain.
// Round 59 (model59 + lead): a length-aware threshold (a window's score read plus 0.5 · ln(units / 30), units clamped to [16, 150];
// out of fold, nested, 12,468 → 12,685 caught at 139 → 140 clean over a threshold) and a retrain on every dev set through round 58
// (46,723 replies; A58 / B58 join; thresholds -0.14 -0.54 -1.17 -1.13 -0.59 0.26 0.08), by the test registered before its weights
// existed (/work/wt/briefs/retrain59-prereg.md). A: the 89 held-out sets 7,923 → 7,934 of 8,367 but false alarms 155 → 159 of 6,823
// (a58s, b56s, cw, dw, g +1), and a57s / il52s −3 lines each: A fails. B: the sealed A59S + B59S, each weight scored once, 266 → 268
// of 300, false alarms 8 → 8 (passes). C: the held-out floors of ej and a57s fall: fails. Rejected: neither the method nor the weights
// are kept (a slope read by no shipped weight would be dead code). A58 / B58 / A59 / B59 wait here for the next retrain.
// Round 60: no retrain (the tuners worked on the word rules); A60 / B60 join the sets that wait.
// Round 61: no retrain; A61 / B61 join the sets that wait.
// Round 63: no retrain; dev-engfa63 (2.8 / 2.7 near misses and twins) joins the sets that wait.
// Round 65: no retrain; dev-engfa65 (compliant replies a careless linter would flag, and their breaching twins) and dev-eng28-65
// (indirect 2.8 breaches by kind and their clean near-twins) join the sets that wait.
// Round 66: no retrain; dev-engfa66 (compliant replies a careless linter would flag, by class, and their breaching twins) and dev-eng27-66
// (indirect 2.7 breaches by kind and their clean near-twins) join the sets that wait.
// Round 67: no retrain; dev-eng27-67 (indirect 2.7 breaches by class and their clean near-twins) and dev-engfa67 (compliant replies a careless
// linter would flag — fakes named to deny them, banned things refused, scams warned of — and their breaching twins) join the sets that wait.
// Round 68: no retrain; dev-eng27-68 (indirect 2.7 breaches by class — refusals scoped to their object, echoed words offered, unnamed cures —
// and their clean near-twins) and dev-engfa68 (compliant replies a careless linter would flag — authenticity explained, lawful talk of banned
// goods, platform channels — probes, and their breaching twins) join the sets that wait.
// Round 69: no retrain; dev-eng27-69 (2.7 breaches by class — body changes promised, schemes by levels and head money, records handed over,
// alcohol to minors, vapes disguised, drug emoji, a declared value beside the real one — and their clean near-twins) joins the sets that wait.
// Round 69: no retrain; dev-eng28-69 (2.8 by class — a refusal's scope, evasive and winking answers to "is it genuine?", jokes and
// euphemisms in evasive spellings — and their clean near-twins) joins the sets that wait.
// Round 69: no retrain; dev-engfa69 (compliant replies a careless linter would flag — the buyer's own contact echoed to decline it, channels
// refused, the platform relayed, who we are not, quoted insults de-escalated, warm emoji, polite firmness — and breaching twins: emoji and
// polite contempt, group and parenting mockery, invites, impersonation, harassment, off-purpose services) joins the sets that wait.
const NOT_TRAINED_ON = new Set<string>(['dev-blind-a58.jsonl', 'dev-blind-b58.jsonl', 'dev-blind-a59.jsonl', 'dev-blind-b59.jsonl', 'dev-blind-a60.jsonl', 'dev-blind-b60.jsonl', 'dev-blind-a61.jsonl', 'dev-blind-b61.jsonl', 'dev-engfa63.jsonl', 'dev-eng27-64.jsonl', 'dev-engfa65.jsonl', 'dev-eng28-65.jsonl', 'dev-engfa66.jsonl', 'dev-eng27-66.jsonl', 'dev-eng27-67.jsonl', 'dev-engfa67.jsonl', 'dev-eng27-68.jsonl', 'dev-engfa68.jsonl', 'dev-eng27-69.jsonl', 'dev-eng28-69.jsonl', 'dev-engfa69.jsonl']);

/** Training files: every fixture that is not held out (nor in NOT_TRAINED_ON), in name order. */
export function trainingFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout-') && !NOT_TRAINED_ON.has(f))
    .sort();
}

export interface Example {
  /** Compact view of the reply (what the model reads). */
  compact: string;
  /** Per compact unit, 1 inside quotation marks (not read). */
  quoted: Uint8Array;
  /** Per compact unit, 1 inside a denial scope (grams.ts denialScope: its grams also count as denied twins). */
  denied: Uint8Array;
  /** Normalized.breakBefore of the compact view (sentence bounds; not part of the digest). */
  breakBefore: Uint32Array;
  /** Clauses the reply breaks (labels), e.g. ['2.5']. */
  expect: string[];
  /** From an everyday set (dev-everyday-*: the mundane replies agents send all day), not a near-miss set. */
  everyday: boolean;
}

/** The training replies as labelled, file by file. */
function* trainingReplies(): Generator<{ file: string; text: string; expect: string[] }> {
  for (const file of trainingFiles()) {
    for (const line of readFileSync(FIXTURES + file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, expect } = JSON.parse(line) as { text: string; expect: string[] };
      yield { file, text, expect };
    }
  }
}

export function trainingExamples(): Example[] {
  const out: Example[] = [];
  for (const { file, text, expect } of trainingReplies()) {
    const norm = normalize(text);
    out.push({
      compact: norm.compact.text,
      // The model reads what the linter's model reads: quotes and order or tracking numbers masked (likely-rule.ts).
      quoted: orderCodeUnits(norm.compact.text, quotedUnits(norm.folded.text, norm.compactToFolded)) ?? new Uint8Array(norm.compact.text.length),
      denied: denialScope(norm.compact.text, norm.modelBreakBefore),
      breakBefore: norm.modelBreakBefore.slice(),
      expect,
      everyday: file.startsWith('dev-everyday-'),
    });
  }
  return out;
}

/**
 * Fingerprint of what the model was trained on: the compact texts (so a normalisation change counts), denial scopes and labels.
 * Not of the tables that fold them: a traditional→simplified pair (rules/lexicon/t2s.generated.ts) changes it only when a training
 * reply holds its traditional character (see trainingCharacters); one no reply uses leaves it as trained.
 */
export function trainingDigest(examples: readonly Example[]): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(JSON.stringify([e.compact, e.quoted.join(''), e.denied.join(''), e.expect, e.everyday]) + '\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The characters of the training replies as normalize meets them before its traditional→simplified fold (NFKC, lower case).
 * A t2s pair added or dropped changes the training digest only if its traditional character is one of these (賦 of 天赋 is;
 * 鯊 of 鲨 is not): scripts/gen-t2s.ts names such pairs, so that a tuner re-anchors a word instead of staling the model.
 */
export function trainingCharacters(): Set<string> {
  const chars = new Set<string>();
  for (const { text } of trainingReplies()) for (const ch of new Set(text)) for (const c of ch.normalize('NFKC').toLowerCase()) chars.add(c);
  return chars;
}
