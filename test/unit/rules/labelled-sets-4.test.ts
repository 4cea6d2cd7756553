// Part 4 of 4 of the labelled sets: the scoring and the reasons are in labelled-sets.test.ts and test/support/labelled-score.ts.
import { describe, expect, it } from 'vitest';
import { heldOutFloor, load, score } from '../../support/labelled-score';

describe('the default linter on the labelled sets (part 4)', { timeout: 30_000 }, () => {
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
  // Round 63: W63S, written blind (the writer read no code and no fixture): 160 clean replies a careless linter would flag (authenticity
  // talk, refusals, lawful customs / medicine / cosmetics questions, trigger characters in harmless senses, quotes) and 140 breaches
  // over 2.3 / 2.4 / 2.5 / 2.7 / 2.8 / 2.9, many evasive. First sight on main 103fd495: 135/140, 4/160 (2.5 17/20); after engfa63
  // (false-alarm classes of 2.7 / 2.8 from its own tables): the same. Floors one line under.
  heldOutFloor('holdout-w63s.jsonl', 0.957, 0.032);
  // Round 64: W64S, written blind as W63S, with 2.7 given the most (52 of the 140 breaches, over drugs, wildlife, weapons, gambling,
  // porn, forged papers, smuggling and 代购 around customs, tax, data trade, 传销 and disparagement, mostly indirect). First sight on
  // main 8b502e7b: 130/140, 4/160 (2.7 46/52); after eng27-64 (eleven 2.7 classes from its own tables): the same. Floors one line under.
  heldOutFloor('holdout-w64s.jsonl', 0.921, 0.032);
  // Round 65: W65S, written blind as W64S, with 2.8 given the most (50 of the 140 breaches: copy grades, 尾单 / 原厂同线, the counter's
  // price, can't tell apart, mirror copies, 莆田 / 纯原 slang, pinyin, split characters, English) and 65 of the 160 clean replies talking
  // about fakes honestly. First sight on main dc65ec69: 131/140, 3/160 (2.8 42/50); after engfa65 and eng28-65: 132/140, 3/160 (2.8
  // 43/50). Floors one line under.
  heldOutFloor('holdout-w65s.jsonl', 0.935, 0.026);
  // Round 66: W66S, written blind as W65S, with 2.7 given the most (50 of the 140 breaches: medicines, wildlife, weapon parts, vapes, spy
  // devices, VPN, gambling, porn, forged papers, bought reviews, data trade, ways round customs, smears, mostly indirect) and ~70 of the 160
  // clean replies on those topics told lawfully. First sight on main 7f70c64e: 130/140, 8/160 (2.7 45/50); after engfa66, eng27-66 and
  // engload66: the same. Floors one line under / over. Round 67: 133/140, 5/160 after eng27-67 and engfa67 (floors raised to one line
  // under / over that).
  heldOutFloor('holdout-w66s.jsonl', 0.943, 0.038);
  // Round 67: W67S, written blind as W66S, with 2.8 and 2.4 given the most (38 and 37 of the 140 breaches: fake hints in slang, pinyin,
  // 'same factory', 'counter level'; insults open and veiled, sarcasm, homophones, emoji), 2.7 18, and 79 of the 160 clean replies on those
  // topics told lawfully. First sight on main c1482b14: 137/140, 4/160 (2.8 36/38, 2.5 14/15); after eng27-67, engfa67: the same. Floors one
  // line under / over.
  heldOutFloor('holdout-w67s.jsonl', 0.971, 0.032);
  // Round 68: W68S, written blind as W67S, with 2.7 and 2.3 given the most (37 and 37 of the 140 breaches: cover-named drugs and medicines,
  // weapon parts, vapes, wildlife, gambling, forged papers, health claims, veiled digs; split and Chinese-numeral numbers, homophones and emoji
  // for WeChat / QQ, search-my-name, other platforms' codes, off-platform payment, store addresses), 65 of the 160 clean replies on those
  // topics told lawfully and 35 naming the platform's own channels and numbers. First sight on main 08a4f922: 137/140, 4/160 (2.4 19/21,
  // 2.5 15/16); after eng27-68, engfa68, engload68: the same. Floors one line under / over.
  heldOutFloor('holdout-w68s.jsonl', 0.971, 0.032);
  // Round 69: W69S, written blind as W68S, with 2.8, 2.4 and 2.9 given the most (32, 31 and 31 of the 140 breaches: half-admissions, winking
  // answers to 'is it genuine?', jokes and euphemisms in pinyin, homophones and emoji; contempt veiled as politeness, mocking region, age,
  // looks and accent, insults in emoji and initials; posing as the platform's service, review or arbitration staff), 65 of the 160 clean
  // replies on those topics told lawfully and 35 naming the platform's own channels and numbers. First sight on main e4af7d98: 131/140,
  // 1/160; after eng27-69, eng28-69, engfa69: 132/140, 1/160 (2.4 28 -> 29/31). Floors one line under / over.
  heldOutFloor('holdout-w69s.jsonl', 0.935, 0.013);

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
