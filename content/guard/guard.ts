// The compose guard on one page (frame): follows the composer, lints the draft while the agent types
// (highlights + banner), decides every send the agent starts (block / hold a warning / pass), applies
// the fixes the agent clicks, and logs each block, warning, override and fix. Fails open: whatever
// cannot be read or linted lets the send through and reports the guard as not attached.
import type { Linter } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import type { SiteAdapter } from '../../sites/types';
import { pageAddress, type GuardStatus, type LintAction, type LintEvent } from '../../utils/messages';
import { holdsDraft, readTextOrNull, trackComposer, type Composer } from './attach';
import type { Draft } from './editor';
import { bannerDocumentFor, createBanner, sendWords, type BannerMode, type BannerState, type SendHow } from './banner';
import { createHighlighter, MARKS_WITHHELD_NOTICE } from './highlights';
import { lintInSlices, lintStepwise, LONG_DRAFT_CHARS, LONG_DRAFT_NOTICE, type SlicedLint, type SteppedLint } from './long-draft';
import { createLintScheduler, type SchedulerOptions } from './scheduler';
import { runSendChecks } from './send-checks';
import { earlyCapture } from './early-capture';
import { startupNoticeBox } from './startup-notice';
import { controlLabel, ctrlEnterNewlineFromHint, ctrlEnterSendsFromHint, hintTextNear, keyChord, modEnterSendsFromHint, onlyLineBreakAdded, plainEnterFromHint } from './enter-mode';
import { publishFramePeer, remoteForClick, type RemoteComposer } from './frame-peer';
import { interceptSends, type SendAttempt } from './send-interceptor';
import { linksKey, withLinkFindings } from './link-findings';
import { imagesKey, imageTextFindings, sentText, withImageTextFindings } from './image-text-findings';
import type { TextMap } from './dom-text';
import { decideSend, EMPTY_MEMORY, forConversation, forgetStale, type SendMemory } from './send-policy';
import { conversationOf, sameConversation, type OpenConversation } from '../../sites/conversation';
import { inLightDismissPopover, optionOnPath, pagePopupOpen, pickedOption, suggestionListOpen, type Pick as ListPick } from './page-popup';
import { editableRoot, isUsableEditor } from '../../sites/generic';
import { isInternalNoteField, isUnseenNoteComposer, settingCommitOf } from '../../sites/own-send';
import { focusAfter, tabbableAfter } from './tab-order';
import { holdFrameSends } from './frame-messages';
import { deepPath } from './deep-path';

/** A whole draft's findings: its text, its links' addresses, and the text its images send (link-findings.ts, image-text-findings.ts). */
function wholeDraftFindings(linter: Linter, text: string, map: TextMap | null): Finding[] {
  return withImageTextFindings(linter, text, map?.images, withLinkFindings(linter, text, map?.links, linter.lint(text)), map?.hidden);
}

/** What besides its text a cached whole-draft lint depends on: an address or an alt can change under the same text. */
const extrasKey = (map: TextMap | null): string => `${linksKey(map?.links)}\n\n${imagesKey(map?.images, map?.hidden)}`;

/** What a send is judged on: its text and findings, or (pending) the long draft whose exact lint a send must wait for (round 57). */
interface SendFindings {
  text: string;
  findings: Finding[];
  pending?: Draft;
}

export interface GuardDeps {
  doc: Document;
  adapters: readonly SiteAdapter[];
  /** The linter built from the agent's current settings. */
  linter(): Linter;
  /** settings.storeText: whether a lint event may carry the draft. */
  storeText(): boolean;
  log(event: LintEvent): void;
  report(status: GuardStatus): void;
  /** Only the top frame reports "not attached" (a frame without a composer is not news). */
  isTopFrame: boolean;
  now?: () => number;
  /** Whether the extension was reloaded or updated under this page (utils/messages.ts extensionContextLost). */
  contextLost?(): boolean;
  /** The typing-time scheduler's thresholds (tests make every pass slow to reach its debounce). */
  scheduler?: Omit<SchedulerOptions, 'win'>;
  /**
   * The send checks other features registered (send-checks.ts). The content script passes its own: runGuard is built
   * into the lint engine file (engine-handle.ts), whose copy of send-checks.ts holds no registrations. Default: this
   * module's copy (the unit tests).
   */
  sendChecks?: typeof runSendChecks;
}

export interface GuardRun {
  current(): Composer | null;
  /** Lints the draft again (after the settings changed). */
  relint(): void;
}

/** Said once the guard attached after it held a send at start-up (startup-hold.ts), until the draft changes or the next send. */
export const STARTUP_HELD_NOTICE =
  '回复卫士启动时暂停了刚才的发送；草稿已检查，确认后请再发送一次。 / ReplyGuard paused that send while starting; the draft has been checked: send it again.';

/** Said when a quick reply's 一键发送 was stopped (round 41, L6): the findings listed are in its card, not the draft. */
export const CANNED_NOTICE =
  '已拦截快捷回复的「一键发送」：这条快捷回复本身含下列内容（不在输入框里）。请改用其他回复，或在输入框中写好后再发送。 / The quick reply\'s one-click send was stopped: its own text (not the draft) holds what is listed below.';

/** Said when the pick of a 快捷短语 from the composer's own list was stopped (round 49, finding 1): the phrase is named. */
export const pickNotice = (phrase: string): string =>
  `已拦截快捷短语「${phrase.length > 30 ? `${phrase.slice(0, 30)}…` : phrase}」：选中它就会发出，而它含下列内容。请改选其他短语，或在输入框中写好后再发送。 / The quick phrase you picked would be sent as it is, and it holds what is listed below.`;

/** Said when a Ctrl+Enter was stopped (round 49, finding 2): the page does not say it makes a new line, so it was taken for a send. */
export const MOD_ENTER_NOTICE =
  '已拦截 Ctrl+Enter：本页没有说明它是换行键，它可能直接发送这条消息。换行请按 Shift+Enter。 / Ctrl+Enter was stopped: this page does not say it makes a new line, so it may send. For a new line press Shift+Enter.';

/** Said when the 保存 of an auto-reply / quick-phrase setting was held (round 51, rt50-guard finding 7). */
export const AUTO_SENT_NOTICE =
  '这段文字保存后会由平台自动发给买家（自动回复、快捷短语、欢迎语、常用语），和聊天回复一样要守规范：已暂停这次保存。确需保存，请再保存一次。 / Once saved, this text is sent to buyers automatically (auto-reply, quick phrase, welcome message): the save was paused; save again to keep it anyway.';

/** Said while a send waits for the exact lint of a long draft (round 57): it is stopped until the check is done. */
export const CHECKING_NOTICE =
  '草稿较长，正在完整检查：检查完成前不会发送，完成后在这里显示结果。 / A long draft is being checked in full: it is not sent until the check is done, and the result shows here.';

/** Said when that check found nothing to stop (round 57): the send was not made, the agent sends again. */
export const checkedCleanNotice = (how: SendHow | null): string =>
  `检查完成，未发现问题：请再${sendWords(how ?? undefined)}发送。 / Checked in full, nothing found: send it again.`;

/** How long the composer may be missing before the guard reports it is not attached. */
const NOT_FOUND_GRACE_MS = 3000;
/** How long after a plain Enter that typed a line break the draft must still be there for it to count as one. */
const ENTER_SETTLE_MS = 400;
/** How far up a click's path a send control may be (as content/guard/attach.ts looks). */
const CLICK_DEPTH = 6;
/** Textareas changed by the page's script (cleared after a send) fire no event: look every so often. */
const FIELD_POLL_MS = 500;

const findingsKey = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.rule}|${f.clause}|${f.severity}|${f.start}|${f.end}|${f.message}|${f.fix?.text ?? ''}`).join('\n');

/** The finding in `findings` that is `f` after the draft changed around it: same rule, words and fix, nearest. */
export function sameFindingIn(findings: readonly Finding[], f: Finding): Finding | undefined {
  let best: Finding | undefined;
  for (const g of findings) {
    if (g.rule !== f.rule || g.clause !== f.clause || g.match !== f.match || g.fix?.text !== f.fix?.text || !g.fix) continue;
    if (!best || Math.abs(g.start - f.start) < Math.abs(best.start - f.start)) best = g;
  }
  return best;
}

export function runGuard(deps: GuardDeps, signal: AbortSignal): GuardRun {
  const { doc } = deps;
  const win = doc.defaultView ?? window;
  const now = deps.now ?? Date.now;
  const sendChecks = deps.sendChecks ?? runSendChecks;

  // Per-composer state.
  let composerCtl: AbortController | null = null;
  let memory: SendMemory = EMPTY_MEMORY;
  let mode: BannerMode = 'typing';
  /** The draft the mode belongs to: any other draft is back to 'typing'. */
  let modeText: string | null = null;
  let lintText = '';
  let lintFindings: Finding[] = [];
  let attemptFindings: Finding[] = [];
  /** Whether the stopped attempt's findings are the draft's (false: a quick reply's 一键发送, whose text is elsewhere). */
  let attemptOnDraft = true;
  let notice: string | undefined;
  /** A send was held at start-up: the draft it held (startup-hold.ts); the banner says so until it changes. */
  let startupHeld: { text: string | null } | null = null;
  let dismissedKey: string | null = null;
  /**
   * A fix was applied from the banner (round 48, finding 4): while the banner still offers fixes, Tab from the composer goes
   * into it as after a stop (the hint says 「Tab 键进入本提示」), not past it to the page's 发送. Ends with the banner.
   */
  let fixedFromBanner = false;
  let renderedKey = '';
  let overrideLoggedFor: string | null = null;
  /**
   * A send passed: the override or shown warning that let it through is spent at the agent's next edit, even when the
   * edit types the same draft again. The page clears its composer without an input event, and a lint may not run in
   * between to see it empty (stop 47's CI: the same words filled again within 300 ms went out unstopped).
   */
  let passSpentOnEdit = false;
  let lastStatus = '';
  let everAttached = false;
  let missingTimer = 0;
  /** The sliced lint of a long draft under way (long-draft.ts), if any. */
  let slicedJob: SlicedLint | null = null;
  /** The exact lint of a long draft that follows the sliced one, step by step (long-draft.ts), if any. */
  let steppedJob: SteppedLint | null = null;
  /** What those jobs lint: a pass over the very same draft leaves them running (a focus, a poll, a send waiting for them). */
  let longJob: { text: string; linter: Linter; extras: string } | null = null;
  /**
   * A send of a long draft whose exact lint was not done yet (round 57): stopped at once, not linted whole in the key's task (a
   * 300,000-character draft held the page 0.3–0.8 s), and decided again when the stepwise lint is done (settleCheckingSend).
   */
  let checkingSend: SendAttempt<Composer> | null = null;
  /** The long draft that check found nothing to stop in: the banner says so (send again) until the draft changes or is sent. */
  let checkedCleanText: string | null = null;
  /** The long draft whose stepwise lint threw: its send is linted whole in the key's task, as before (and fails open). */
  let exactFailedFor: string | null = null;
  /**
   * What the last plain Enter let through on a non-empty draft did: true = it only typed a line break
   * and nothing was sent (the page sends on Ctrl+Enter), false = anything else, null = not seen yet.
   * Kept across composers: the page's send mode outlives a composer it re-renders.
   */
  let plainEnterNewline: boolean | null = null;
  /**
   * What a pick from a list of the composer's did (round 49, finding 1), learnt per list element and kind of pick (round 49 second
   * pass, finding 5: an emoji list that inserts says nothing of the 快捷短语 list beside it, or drawn in the same element): true = it
   * put the option's text into the draft (an @ list, a phrase inserted to edit: the draft is judged at its send, the pick is not),
   * false = the draft was emptied (the page sent the phrase); not there = not seen yet (a pick is judged as the send of its text).
   */
  const pickInserts = new WeakMap<Element, Map<string, boolean>>();
  /** The kind of a pick: the list's role and the shape of what it holds (a symbol such as an emoji, a word such as a name, a phrase). */
  const pickKind = ({ text, list }: ListPick): string =>
    `${list.getAttribute('role') ?? ''}|${!/[\p{L}\p{N}]/u.test(text) ? 'sym' : text.length <= 12 && !/[\s\p{P}]/u.test(text) ? 'word' : 'phrase'}`;
  const insertsPicks = (pick: ListPick): boolean => pickInserts.get(pick.list)?.get(pickKind(pick)) === true;
  /** The extension was reloaded or updated under this page: the banner says so (the guard goes on, unlogged). */
  let stale = false;
  /** The conversation a composer's send goes to (sites/conversation.ts): the site's reading, else the chat header around it. */
  const conversationFor = (composer: Composer): OpenConversation | null => {
    try {
      return conversationOf(doc, tracker?.site ?? null, composer.editor.element);
    } catch {
      return null;
    }
  };
  /** The last whole-draft lint for a send decision: Enter asks twice (wouldPass, decide) for one draft. */
  let sendLint: { linter: Linter; text: string; extras: string; findings: Finding[] } | null = null;

  const report = (attached: boolean, site: string, reason?: string) => {
    if (!attached && !deps.isTopFrame && !everAttached) return;
    const key = `${attached}|${site}|${reason ?? ''}`;
    if (key === lastStatus) return;
    lastStatus = key;
    deps.report({ attached, site, ...(reason ? { reason } : {}), url: pageAddress(win.location.href), at: now() });
  };

  const log = (composer: Composer, action: LintAction, finding: Finding, text: string) => {
    deps.log({
      at: now(),
      site: composer.site,
      action,
      clause: finding.clause,
      rule: finding.rule,
      severity: finding.severity,
      ...(deps.storeText() ? { text } : {}),
    });
  };

  // A contenteditable composer moved to another parent (into a modal) lost its marks: lint and mark it again.
  const highlighter = createHighlighter(doc, signal, { stale: () => scheduler.request() });
  const bannerDoc = bannerDocumentFor(win);
  const banner = createBanner(
    bannerDoc,
    {
      fix: (finding) => void applyFixes([finding]),
      fixAll: () => void applyFixes(shownFindings().filter((f) => f.fix)),
      arm: () => {
        if (modeText === null) return;
        // For the conversation open now, the one the agent looks at (round 50, finding 5).
        const composer = tracker.current();
        memory = { ...forConversation(memory, composer ? conversationFor(composer) : null), armedText: modeText };
        mode = 'armed';
        render();
        tracker.current()?.editor.restoreFocus();
      },
      disarm: () => {
        memory = { ...memory, armedText: null };
        mode = 'blocked';
        render();
        tracker.current()?.editor.restoreFocus();
      },
      dismiss: () => {
        startupHeld = null;
        dismissedKey = findingsKey(shownFindings()) + mode;
        const hadFocus = banner.hasFocus();
        render();
        if (hadFocus) tracker.current()?.editor.restoreFocus();
      },
      escape: () => tracker.current()?.editor.restoreFocus(),
      next: () => {
        if (!focusAfter(tracker.current()?.editor.element)) tracker.current()?.editor.restoreFocus();
      },
    },
    signal,
  );

  /** What the banner is placed beside: the composer, or the one whose send carried a hidden 附言 (render). */
  let anchoredTo: HTMLElement | null = null;
  const shownFindings = () => (mode === 'typing' ? lintFindings : attemptFindings);
  /** The findings marked in the draft: a stopped one-click reply's are not in it. */
  const marked = () => (mode === 'typing' || mode === 'checking' || !attemptOnDraft ? lintFindings : attemptFindings);

  const render = () => {
    // A code editor's words cannot be selected to fix them (editor.ts canFix): its findings are listed without fix buttons.
    const all = shownFindings();
    const findings = tracker?.current()?.editor.canFix === false ? all.map(({ fix: _fix, ...rest }): Finding => rest) : all;
    const key = findingsKey(all) + mode;
    // A stopped 附言 sent along from a closed popover (round 48, finding 1) is named for as long as its stop is shown.
    const along = mode !== 'typing' && attemptOnDraft && tracker?.current() ? tracker.sentAlongNotice(tracker.current()!) : null;
    const checkedClean = mode === 'typing' && checkedCleanText !== null;
    const ownNotice = notice ?? along ?? (startupHeld ? STARTUP_HELD_NOTICE : checkedClean ? checkedCleanNotice(sendHow) : undefined);
    // A draft too long for the field's marks (highlights.ts MIRROR_MAX_CHARS): the banner says where the problems are.
    const withheld = findings.length > 0 && highlighter.marksWithheld;
    const shownNotice = withheld ? (ownNotice ? `${ownNotice} ${MARKS_WITHHELD_NOTICE}` : MARKS_WITHHELD_NOTICE) : ownNotice;
    // Such a 附言 the guard could not show again (a panel the page hid): the banner stays beside the composer whose send carried it,
    // or it would be hidden with the 附言 (round 48 second pass, t5).
    const cur = tracker?.current() ?? null;
    const from = along && cur && !isUsableEditor(cur.editor.element) ? tracker.sentAlongFrom(cur) : null;
    const anchorTo = from?.editor.element ?? cur?.editor.element ?? null;
    if (cur && anchorTo !== anchoredTo) {
      anchoredTo = anchorTo;
      // Clear of that composer's box too (its toolbar's 附言, which the banner says to click).
      banner.anchor(anchorTo, from ? () => [...from.keepClear(), ...cur.keepClear()] : () => [...cur.keepClear(), startupNoticeBox(doc)]);
    }
    const state: BannerState | null =
      (findings.length || startupHeld || stale || mode === 'checking' || checkedClean) && key !== dismissedKey
        ? { findings, mode, ...(shownNotice ? { notice: shownNotice } : {}), ...(stale ? { stale } : {}), ...(mode !== 'typing' && sendHow ? { how: sendHow } : {}) }
        : null;
    if (!state) fixedFromBanner = false;
    // The held draft is checked and the banner shows it: the start-up notice tells the agent to send again (round 52).
    if (state && startupHeld && ownNotice === STARTUP_HELD_NOTICE && lintText === startupHeld.text) earlyCapture(win)?.startupChecked();
    const steered = !!state && mode === 'typing' && fixedFromBanner && findings.some((f) => f.fix);
    if (state && steered) state.steered = true;
    const renderKey = state ? `${key}|${shownNotice ?? ''}|${stale}|${steered}|${state.how?.key}|${state.how?.control}` : '';
    if (renderKey === renderedKey) return;
    renderedKey = renderKey;
    banner.update(state);
  };

  const cancelLongDraftJobs = () => {
    slicedJob?.cancel();
    slicedJob = null;
    steppedJob?.cancel();
    steppedJob = null;
    longJob = null;
  };

  /** Looks whether the extension went away under the page (a cheap property read); says so once. */
  const checkStale = () => {
    if (stale || !deps.contextLost?.()) return;
    stale = true;
    renderedKey = '\u0000';
  };

  /**
   * Lints a long draft off the key path (long-draft.ts): in slices first, one task each, for the typing-time highlights (until then the
   * previous ones stay); then whole, a few engine steps per task, whose exact findings replace the sliced ones and are the send
   * decision's. `exactOnly`: a send waits for it (round 57), so no slices first. A send waiting is decided when it is done.
   */
  const lintLongDraft = (composer: Composer, shown: Draft, linter: Linter, exactOnly: boolean) => {
    cancelLongDraftJobs();
    const job = { text: shown.text, linter, extras: extrasKey(shown.map) };
    longJob = job;
    const show = (findings: Finding[], approximate: boolean) => {
      lintFindings = findings;
      // A send waiting for this check keeps its own notice (CHECKING_NOTICE).
      if (mode !== 'checking') notice = approximate ? LONG_DRAFT_NOTICE : undefined;
      highlighter.show(composer.editor, shown, marked());
      render();
    };
    const finish = (all: Finding[]) => {
      steppedJob = null;
      longJob = null;
      sendLint = { linter, text: shown.text, extras: job.extras, findings: all };
      show(all, false);
      settleCheckingSend();
    };
    const stepwise = (text: string, done: (exact: Finding[]) => void) =>
      lintStepwise(
        linter,
        text,
        (exact) => {
          steppedJob = null;
          if (exact) return done(exact);
          // The sliced findings stay; the send lints whole in its task, as before (and fails open).
          longJob = null;
          exactFailedFor = shown.text;
          settleCheckingSend();
        },
        (step) => win.setTimeout(step, 0),
        () => win.performance.now(),
      );
    const exact = () => {
      steppedJob = stepwise(shown.text, (found) => {
        const all = withLinkFindings(linter, shown.text, shown.map?.links, found);
        // Images sent as their text: that text linted whole too, step by step (image-text-findings.ts).
        const sent = sentText(shown.text, shown.map?.images, shown.map?.hidden);
        if (!sent) finish(all);
        else steppedJob = stepwise(sent.text, (sentExact) => finish(imageTextFindings(sent, all, sentExact)));
      });
    };
    if (exactOnly) return exact();
    slicedJob = lintInSlices(
      linter,
      shown.text,
      (findings) => {
        slicedJob = null;
        show(withLinkFindings(linter, shown.text, shown.map?.links, findings ?? []), true);
        exact();
      },
      (step) => win.setTimeout(step, 0),
    );
  };

  const lintPass = () => {
    checkStale();
    const composer = tracker.current();
    if (!composer) return cancelLongDraftJobs();
    let draft;
    try {
      draft = composer.editor.read();
    } catch {
      cancelLongDraftJobs();
      highlighter.clear();
      return;
    }
    if (startupHeld && draft.text !== startupHeld.text) startupHeld = null;
    // Another buyer's conversation under the same composer (round 50, finding 5): what was armed or shown there is not for
    // this one, even with the same words (a template, a draft the page restored).
    if (memory.armedText !== null || memory.heldText !== null || mode !== 'typing') {
      const conversation = conversationFor(composer);
      if (!sameConversation(memory.conversation ?? null, conversation)) {
        memory = forConversation(memory, conversation);
        mode = 'typing';
        modeText = null;
        checkingSend = null;
      }
    }
    if (draft.text !== lintText) {
      lintText = draft.text;
      memory = forgetStale(memory, draft.text);
      if (checkedCleanText !== draft.text) checkedCleanText = null;
      // A stop's notice (「自动发给买家」…) stays while the draft is the very text stopped: a lint pass that was still due from the
      // typing (a loaded machine runs it after the click) must not take the stop's explanation away.
      if (mode === 'typing' || draft.text !== modeText) notice = undefined;
      if (mode !== 'typing' && draft.text !== modeText) {
        mode = 'typing';
        modeText = null;
        checkingSend = null; // the draft a send waited for is gone: nothing to decide
      }
    }
    if (draft.text.length > LONG_DRAFT_CHARS) {
      const linter = deps.linter();
      const extras = extrasKey(draft.map);
      // The same draft already under way (a focus, a poll, a send waiting for it): left to finish, not started again.
      if (longJob && longJob.text === draft.text && longJob.linter === linter && longJob.extras === extras) return;
      // The same draft already linted whole (its exact findings are the send's): shown again, not linted again.
      if (sendLint && sendLint.text === draft.text && sendLint.linter === linter && sendLint.extras === extras) {
        cancelLongDraftJobs(); // another draft's, whose result must not replace these
        lintFindings = sendLint.findings;
        if (notice === LONG_DRAFT_NOTICE) notice = undefined;
        highlighter.show(composer.editor, draft, marked());
        render();
        return;
      }
      lintLongDraft(composer, draft, linter, false);
      return;
    }
    cancelLongDraftJobs();
    try {
      const linter = deps.linter();
      lintFindings = wholeDraftFindings(linter, draft.text, draft.map);
    } catch {
      lintFindings = [];
    }
    highlighter.show(composer.editor, draft, marked());
    render();
  };
  const scheduler = createLintScheduler(lintPass, { ...deps.scheduler, win });
  signal.addEventListener('abort', () => {
    scheduler.cancel();
    cancelLongDraftJobs();
  });

  /**
   * The findings for a send decision: the lint plus the registered send-time checks. Throws on failure. `pending` (round 57): the
   * current composer's long draft whose exact lint is not done yet; its findings are not known, and the send waits for them
   * (decide) instead of linting the whole draft in the key's task. `draft` comes with it, for that lint.
   */
  const findingsForSend = (composer: Composer): SendFindings => {
    const draft = composer.editor.read();
    const text = draft.text;
    const images = draft.map?.images;
    // Hidden text alone is still text a page that sends textContent sends (dom-text.ts DraftHidden).
    if (!text.trim() && !images?.length && !draft.map?.hidden.length) return { text, findings: [] };
    // A composer in internal-note mode (内部备注, 仅同事可见): the buyer never sees it, so its send is not held (round 50,
    // finding 8); the marks stay while typing, as information.
    if (isUnseenNoteComposer(composer.editor.element)) return { text, findings: [] };
    const linter = deps.linter();
    // A pasted link's address goes with the message, and an image's alt text with many pages' messages:
    // linted too (link-findings.ts, image-text-findings.ts).
    const extras = extrasKey(draft.map);
    if (sendLint?.linter !== linter || sendLint.text !== text || sendLint.extras !== extras) {
      if (text.length > LONG_DRAFT_CHARS && composer === tracker.current() && exactFailedFor !== text) return { text, findings: [], pending: draft };
      sendLint = { linter, text, extras, findings: wholeDraftFindings(linter, text, draft.map) };
    }
    const findings = [...sendLint.findings, ...sendChecks({ text, site: composer.site, now: now() })];
    // An auto-reply / quick-phrase setting (round 50, finding 7) goes to buyers later, by the platform: its save is held once, as a
    // warning (the agent may be writing a template on purpose), never stopped.
    if (settingCommitOf(composer.editor.element)) return { text, findings: findings.map((f) => (f.severity === 'block' ? { ...f, severity: 'warn' } : f)) };
    return { text, findings };
  };

  /** The last lint of a one-click reply's text (a press and its click ask for the same text up to five times). */
  let cannedLint: { linter: Linter; text: string; findings: Finding[] } | null = null;
  /** The findings for a one-click send of a canned reply (round 41, L6): its own text, linted as a draft would be. */
  const findingsForCanned = (composer: Composer, text: string): SendFindings => {
    if (!text.trim()) return { text, findings: [] };
    const linter = deps.linter();
    if (cannedLint?.linter !== linter || cannedLint.text !== text) cannedLint = { linter, text, findings: wholeDraftFindings(linter, text, null) };
    return { text, findings: [...cannedLint.findings, ...sendChecks({ text, site: composer.site, now: now() })] };
  };

  /**
   * After a plain Enter the page got: did it only type a line break, and was the draft still there a moment
   * later (a page that sends on keyup, or after a round trip, empties it: that Enter was a send)? Read at the
   * Enter's own `input` (its line break, within the key's work), else on a timer for a page that handles the
   * key itself with no input event. Not on the timer alone: a busy page runs input tasks before a pending
   * timer, so the next keys could be typed first and the line break never seen (a fresh clone's e2e, round 34).
   */
  const learnEnter = (composer: Composer, before: string) => {
    const el = composer.editor.element;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      el.removeEventListener('input', settle, true);
      const after = readTextOrNull(composer);
      plainEnterNewline = after !== null && onlyLineBreakAdded(before, after);
      if (!plainEnterNewline) return;
      win.setTimeout(() => {
        if (!holdsDraft(composer)) plainEnterNewline = false;
      }, ENTER_SETTLE_MS);
    };
    el.addEventListener('input', settle, { capture: true, once: true, signal });
    win.setTimeout(settle, 0);
  };

  /** After a pick that went to the page: did it insert the option's text into the draft, or empty the draft (send it)? */
  const learnPick = (composer: Composer, pick: ListPick) => {
    const norm = (t: string) => t.replace(/\s+/g, '');
    const probe = norm(pick.text).slice(0, 12);
    const kind = pickKind(pick);
    const look = (last: boolean) => {
      const after = readTextOrNull(composer);
      if (after === null || !probe || insertsPicks(pick)) return;
      const learnt = pickInserts.get(pick.list) ?? new Map<string, boolean>();
      pickInserts.set(pick.list, learnt);
      if (norm(after).includes(probe)) learnt.set(kind, true);
      else if (last && !after.trim()) learnt.set(kind, false);
    };
    win.setTimeout(() => look(false), 0);
    win.setTimeout(() => look(true), ENTER_SETTLE_MS);
  };

  /** Whether a plain Enter is the page's newline key here: its own hint says so, else what the last one did. */
  const enterIsNewline = (composer: Composer): boolean => {
    const hint = plainEnterFromHint(hintTextNear(composer.editor.element, composer.sendButton()));
    return hint ?? plainEnterNewline === true;
  };

  /** How the page sends, named by a stop's instructions (round 50, finding 10). */
  let sendHow: SendHow | null = null;
  /**
   * The key the agent just sent with (Ctrl+Enter on a page where Enter types a line break), or after a click Enter where Enter
   * sends here; and the composer's send control by its own label (the control clicked when the composer names none).
   */
  const howToSend = (composer: Composer, via: SendAttempt<Composer>['via'], event: Event | undefined): SendHow => {
    const chord = via === 'enter' ? keyChord(event) : null;
    const key = chord ?? (enterIsNewline(composer) ? null : 'Enter');
    const target = via === 'click' && event?.target instanceof Element ? event.target.closest('button, [role="button"], [role="menuitem"], a, input') : null;
    const control = controlLabel(composer.sendButton() ?? target);
    return { key, control };
  };

  /**
   * A send of a long draft whose exact lint is not done (findingsForSend pending, round 57): stopped at once, the banner says
   * 「正在检查…」, and the lint runs whole step by step (no slices first: the decision waits for it); settleCheckingSend decides the
   * attempt when it is done. Nothing is logged yet: no finding is known.
   */
  const awaitCheck = (attempt: SendAttempt<Composer>, draft: Draft): false => {
    const { composer } = attempt;
    const linter = deps.linter();
    const waiting = mode === 'checking' && modeText === draft.text;
    checkingSend = attempt;
    // The whole-draft lint of this very draft already under way is waited for; its slices (highlights only) are skipped.
    const underWay = !!longJob && longJob.text === draft.text && longJob.linter === linter && longJob.extras === extrasKey(draft.map) && !slicedJob;
    if (!underWay) lintLongDraft(composer, draft, linter, true);
    if (waiting) return false; // a key held down, a second press: still waiting
    banner.expand();
    mode = 'checking';
    modeText = draft.text;
    attemptOnDraft = true;
    attemptFindings = [];
    dismissedKey = null;
    checkedCleanText = null;
    notice = CHECKING_NOTICE;
    sendHow = howToSend(composer, attempt.via, attempt.event);
    render();
    return false;
  };

  /**
   * The exact lint a send waited for is done (or failed): that send is decided now, as if it had come now. A stop is shown and
   * logged as any; a draft that would pass is not sent (the extension never sends): the banner says so, and the agent's next send
   * goes. A failure leaves the draft to the next send, linted whole in its task (and failing open).
   */
  const settleCheckingSend = () => {
    const attempt = checkingSend;
    checkingSend = null;
    if (!attempt || mode !== 'checking') return;
    try {
      decide(attempt, true);
    } catch {
      // Fail open: the draft goes back to typing, and its next send is decided as the interceptor does (a throw lets it through).
      mode = 'typing';
      modeText = null;
      notice = undefined;
      render();
    }
  };

  const decide = ({ composer, via, event, text: canned, pick }: SendAttempt<Composer>, late = false): boolean => {
    checkStale();
    startupHeld = null; // the agent sent again: the start-up note has done its job
    const sendable = canned === undefined ? findingsForSend(composer) : findingsForCanned(composer, canned);
    const { text, findings } = sendable;
    if (sendable.pending) return awaitCheck({ composer, via, event }, sendable.pending);
    // An auto-repeat of the Enter that waited for the check is no new attempt: the clean draft waits for a press of its own.
    if (!late && checkedCleanText === text && (event as KeyboardEvent | undefined)?.repeat) return false;
    memory = forgetStale(memory, text);
    const conversation = conversationFor(composer);
    // An Enter held down (its auto-repeats) or tapped again before the warning could be read is no second attempt (round 50, finding 6).
    const result = decideSend(text, findings, memory, { at: win.performance.now(), repeat: !!(event as KeyboardEvent | undefined)?.repeat, conversation });
    memory = result.memory;
    const verdict = result.verdict;
    if (verdict.kind === 'pass' && late) {
      // The check a send waited for found nothing to stop: not sent now (the agent sends), said in the banner. A draft the agent
      // had armed 仍要发送 for (its blocks known before the settings changed) stays armed: the next send goes, logged as ever.
      const armed = verdict.overridden.length > 0;
      mode = armed ? 'armed' : 'typing';
      modeText = armed ? text : null;
      attemptFindings = armed ? findings : [];
      notice = undefined;
      checkedCleanText = armed ? null : text;
      dismissedKey = null;
      render();
      return false;
    }
    if (verdict.kind === 'pass') {
      passSpentOnEdit = true;
      checkedCleanText = null;
      // The same words sent anyway to another buyer are another override (round 51).
      const logKey = `${JSON.stringify(conversation)}\n${text}`;
      if (verdict.overridden.length && overrideLoggedFor !== logKey) {
        overrideLoggedFor = logKey;
        for (const f of verdict.overridden) log(composer, 'override', f, text);
      }
      if (mode !== 'typing') {
        mode = 'typing';
        modeText = null;
      }
      const key = event as KeyboardEvent;
      // A one-click reply's or a pick's override or shown warning is spent on that send: a page that then puts the same words in
      // the draft (a pick inserted, with no input event) has them judged afresh at their own send (round 49, finding 1).
      if (canned !== undefined) memory = EMPTY_MEMORY;
      if (canned === undefined && via === 'enter' && !key.ctrlKey && !key.metaKey && !key.shiftKey && !key.altKey && text.trim()) learnEnter(composer, text);
      // The page clears the composer after sending: look again soon.
      win.setTimeout(scheduler.request, 30);
      win.setTimeout(scheduler.request, 300);
      return true;
    }
    for (const f of verdict.findings) log(composer, verdict.kind === 'block' ? 'block' : 'warn', f, text);
    // A one-click reply's or a pick's stop is not of the draft's text: a lint still waiting for the draft (a 「/」 typed just before
    // the pick) must run now, or on its way it would take the changed draft for an edit and drop the stop (round 49, finding 1).
    if (canned !== undefined && readTextOrNull(composer) !== lintText) scheduler.flush();
    banner.expand(); // collapsed by Esc before: this stop says why again
    mode = verdict.kind === 'block' ? 'blocked' : 'held';
    modeText = text;
    // A quick reply's findings are listed without fix buttons: their words are in its card, not in the composer.
    attemptOnDraft = canned === undefined;
    attemptFindings = attemptOnDraft ? findings : findings.map(({ fix: _fix, ...rest }): Finding => rest);
    dismissedKey = null;
    const key = event as KeyboardEvent;
    // A stopped Ctrl+Enter (round 49, finding 2): the agent may have meant a line break; say why it was taken for a send.
    const modEnter =
      via === 'enter' &&
      key.key === 'Enter' &&
      (key.ctrlKey || key.metaKey) &&
      !ctrlEnterSendsFromHint(hintTextNear(composer.editor.element, composer.sendButton()));
    sendHow = howToSend(composer, via, event);
    const autoSent = via === 'click' && attemptOnDraft && !!settingCommitOf(composer.editor.element);
    notice = !attemptOnDraft ? (pick && canned !== undefined ? pickNotice(canned) : CANNED_NOTICE) : modEnter ? MOD_ENTER_NOTICE : autoSent ? AUTO_SENT_NOTICE : undefined;
    try {
      highlighter.show(composer.editor, composer.editor.read(), marked());
    } catch {
      // highlighting is a nicety; the decision stands
    }
    render();
    return false;
  };

  const wouldPass = (composer: Composer, canned?: string): boolean => {
    const sendable = canned === undefined ? findingsForSend(composer) : findingsForCanned(composer, canned);
    if (sendable.pending) return false; // its send waits for the check (awaitCheck)
    const { text, findings } = sendable;
    return decideSend(text, findings, forgetStale(memory, text), { at: win.performance.now(), conversation: conversationFor(composer) }).verdict.kind === 'pass';
  };

  const applyFixes = async (requested: readonly Finding[]) => {
    const composer = tracker.current();
    if (!composer) return;
    fixedFromBanner = true;
    // A pass may still wait in the scheduler's debounce (a slow machine, a long draft): the banner's
    // offsets are then those of older text, and the fix would not apply. Lint now; fix the same
    // findings where they are now (gone ones are nothing to fix).
    let findings = requested;
    if (mode === 'typing' && readTextOrNull(composer) !== lintText) {
      scheduler.flush();
      findings = requested.map((f) => sameFindingIn(lintFindings, f)).filter((f): f is Finding => f !== undefined);
    }
    const base = mode === 'typing' ? lintText : (modeText ?? lintText);
    // From the end backwards, so earlier offsets stay valid; overlapping fixes are skipped.
    const ordered = findings.filter((f) => f.fix).sort((a, b) => b.fix!.start - a.fix!.start);
    let failed = false;
    let limit = Infinity;
    let current = base;
    for (const f of ordered) {
      const fix = f.fix!;
      if (fix.end > limit) continue;
      const expected = base.slice(fix.start, fix.end);
      let ok = false;
      try {
        ok = await composer.editor.replace(fix, expected);
      } catch {
        ok = false;
      }
      if (!ok) {
        failed = true;
        break;
      }
      log(composer, 'fix', f, current);
      current = current.slice(0, fix.start) + fix.text + current.slice(fix.end);
      limit = fix.start;
    }
    scheduler.flush();
    lintPass();
    notice = failed ? '无法自动修改（草稿已变化或编辑器不接受），请手动修改。 / Could not apply the fix; please edit by hand.' : undefined;
    render();
  };

  /** The composer the guard is attached to (onComposer). */
  let attachedTo: Composer | null = null;
  const onComposer = (composer: Composer | null) => {
    const previous = attachedTo;
    attachedTo = composer;
    fixedFromBanner = false;
    cancelLongDraftJobs();
    sendLint = null;
    checkingSend = null;
    checkedCleanText = null;
    exactFailedFor = null;
    composerCtl?.abort();
    composerCtl = null;
    // Fields of one send box (one line each, a 附言 input: round 41, L1) share the send: a warning shown or 仍要发送
    // armed for one field's exact draft still holds when the judged field changes. Elsewhere a new composer starts afresh, and so
    // does one that replaced the previous field (gone from the page): a page re-renders its composer for another buyer (round 51).
    const sameBox = !!composer && !!previous && previous.editor.element.isConnected && !!composer.sendButton() && composer.sendButton() === previous.sendButton();
    if (!sameBox) memory = EMPTY_MEMORY;
    mode = 'typing';
    modeText = null;
    lintText = '';
    lintFindings = [];
    attemptFindings = [];
    notice = undefined;
    startupHeld = null;
    highlighter.clear();
    render();
    anchoredTo = composer?.editor.element ?? null;
    // Clear of the start-up notice too (startup-notice.ts, round 52): it speaks of the held send beside the composer.
    banner.anchor(anchoredTo, composer ? () => [...composer.keepClear(), startupNoticeBox(doc)] : undefined);
    win.clearTimeout(missingTimer);
    if (!composer) {
      const site = tracker?.site?.id ?? 'generic';
      missingTimer = win.setTimeout(() => {
        if (!tracker.current()) report(false, site, '未找到聊天输入框（页面结构可能已改变），发送不受拦截 / composer not found: sends are not checked');
      }, NOT_FOUND_GRACE_MS);
      return;
    }
    everAttached = true;
    // A send held while the guard was starting (early-capture.ts): say so with the first lint's result.
    if (earlyCapture(win)?.takeHeldSend()) startupHeld = { text: readTextOrNull(composer) };
    doc.documentElement.setAttribute('data-replyguard-attached', composer.site);
    report(true, composer.site);

    composerCtl = new AbortController();
    const sig = composerCtl.signal;
    const el = composer.editor.element;
    el.addEventListener(
      'input',
      () => {
        if (!passSpentOnEdit) return;
        passSpentOnEdit = false;
        memory = EMPTY_MEMORY;
        overrideLoggedFor = null; // the same words sent anyway again are a second override
      },
      { signal: sig },
    );
    for (const type of ['input', 'compositionend', 'focus'] as const) el.addEventListener(type, scheduler.request, { signal: sig });
    // Last in the dispatch (window, bubble phase): lint right after the page's own input handlers. deepPath here and in the Tab and
    // Esc handlers below: outside a closed shadow root the composed path starts at its host, never the composer in it (round 62).
    // Only for a composer in a shadow root: on each keystroke in a light-DOM contenteditable, deepPath would ask chrome.dom about
    // that div (deep-path.ts: the call may force the page's pending layout). A keydown's deep path is read anyway (send interceptor).
    const inShadowRoot = el.getRootNode() !== el.ownerDocument;
    win.addEventListener(
      'input',
      (e) => {
        const target = inShadowRoot ? deepPath(e)[0] : e.composedPath()[0];
        if (target instanceof win.Node && el.contains(target)) scheduler.requestAfterInput();
      },
      { signal: sig },
    );
    el.addEventListener('focusout', () => composer.editor.saveSelection(), { signal: sig });
    if (composer.editor.isField) {
      const field = el as HTMLTextAreaElement;
      const poll = win.setInterval(() => field.value !== lintText && scheduler.request(), FIELD_POLL_MS);
      sig.addEventListener('abort', () => win.clearInterval(poll));
    } else {
      // Editors that apply input themselves (Lexical, ProseMirror) or page scripts that set the draft.
      const observer = new MutationObserver(scheduler.request);
      // An emoji image's alt is text the page may send (image-text-findings.ts); [hidden], style and a class may hide text (dom-text.ts).
      observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['alt', 'hidden', 'style', 'class'] });
      sig.addEventListener('abort', () => observer.disconnect());
    }
    scheduler.request();
  };

  let tracker: ReturnType<typeof trackComposer>;
  tracker = trackComposer({ doc, adapters: deps.adapters, onChange: (c) => onComposer(c), wouldStop: (c) => wouldStopSafely(c), signal });
  if (!tracker.current()) onComposer(null);

  // A 发送 in an outer frame may send this frame's draft (frame-peer.ts).
  publishFramePeer(
    win,
    {
      hasDraft: () => {
        const c = tracker.current();
        return !!c && holdsDraft(c);
      },
      wouldStop: () => {
        const c = tracker.current();
        return !!c && !wouldPass(c);
      },
      decide: (event) => {
        const c = tracker.current();
        return !c || decide({ composer: c, via: 'click', event });
      },
    },
    signal,
  );

  const isRemote = (c: Composer | RemoteComposer): c is RemoteComposer => 'remote' in c;
  /** Among several composers a control may send from, the one whose draft would be stopped is judged. */
  const wouldStopSafely = (c: Composer): boolean => {
    try {
      return !wouldPass(c);
    } catch {
      return false; // fail open: a draft that cannot be judged is not the one to stop
    }
  };
  const inBox = (c: Composer | null): Composer | null => (c ? tracker.judgedInBox(c, wouldStopSafely) : null);
  interceptSends<Composer | RemoteComposer>({
    win,
    signal,
    early: earlyCapture(win),
    // Every field of the send box the send carries is judged (round 41, L1).
    // An internal note's field with no send of its own (its bare 提 交 is a note's commit, round 58): an Enter there is what its
    // commit does, never a reply (round 59, guard59): a line break, or the page saving the note.
    composerForKey: (target) => {
      const c = tracker.composerForTarget(target);
      return c && !c.sendButton() && isInternalNoteField(c.editor.element) ? null : inBox(c);
    },
    composerForClick: (path) =>
      inBox(tracker.composerForClick(path, wouldStopSafely)) ??
      remoteForClick(path.slice(0, CLICK_DEPTH).filter((n): n is Element => n instanceof win.Element), win),
    // A page-wide hotkey or Enter: the current draft, or one left in a popover the page closed since (round 48, finding 1).
    currentComposer: () => {
      const c = inBox(tracker.current());
      if (c && holdsDraft(c) && !c.editor.element.closest('[popover]:not(:popover-open)')) return c;
      return tracker.parkedForSend(wouldStopSafely) ?? c;
    },
    composerForSelect: (select) => tracker.composerForSelect(select, wouldStopSafely),
    // A quick reply's 一键发送, or a click on a 快捷短语 of the composer's own list that the page sends (round 49, finding 1).
    cannedSend: (path) => {
      const canned = tracker.cannedForClick(path);
      if (canned) return canned;
      const c = tracker.current();
      const pick = c ? optionOnPath(c.editor.element, path) : null;
      if (!c || !pick || insertsPicks(pick)) return null;
      learnPick(c, pick);
      return { composer: c, text: pick.text, pick: true };
    },
    // A digit key making a 快捷短语 panel send its item N (round 50 finding 2): judged by that item's text.
    keySend: (target, event) => tracker.cannedForKey(target, event),
    decide: (attempt) => (isRemote(attempt.composer) ? attempt.composer.remote.decide(attempt.event) : decide({ ...attempt, composer: attempt.composer })),
    wouldPass: (c, text) => (isRemote(c) ? !c.remote.wouldStop() : wouldPass(c, text)),
    enterIsNewline,
    // The field the key was typed in (judgedInBox may have turned to another field of the send box).
    enterPicks: (c, target) => {
      const field = editableRoot(target) ?? (isRemote(c) ? null : c.editor.element);
      return !!field && suggestionListOpen(field);
    },
    listOpenAt: (target) => {
      const field = editableRoot(target);
      return !!field && suggestionListOpen(field);
    },
    // What the picking Enter would pick: judged as its send until the page is seen to insert picks into the draft (learnPick).
    pickText: (c, target) => {
      if (isRemote(c)) return null;
      const pick = pickedOption(editableRoot(target) ?? c.editor.element);
      if (!pick || insertsPicks(pick)) return null;
      learnPick(c, pick);
      if (pick.other === undefined) return pick.text;
      // Two options could be the pick (aria-selected and aria-activedescendant disagree): the worse is judged (round 49 second pass).
      const rank = (t: string) => {
        const { text, findings } = findingsForCanned(c, t);
        return ['pass', 'warn', 'block'].indexOf(decideSend(text, findings, forgetStale(memory, text), { at: win.performance.now(), conversation: conversationFor(c) }).verdict.kind);
      };
      return rank(pick.other) > rank(pick.text) ? pick.other : pick.text;
    },
    ctrlEnterIsNewline: (c) => !isRemote(c) && ctrlEnterNewlineFromHint(hintTextNear(c.editor.element, c.sendButton())),
    asideKey: (target) => {
      const aside = tracker.asideKey(target);
      return aside && { composer: tracker.judgedInBox(aside.composer, wouldStopSafely), submits: aside.submits };
    },
    modEnterSends: (c, mod) => !isRemote(c) && modEnterSendsFromHint(hintTextNear(c.editor.element, c.sendButton()), mod),
    onError: () => {
      const composer = tracker.current();
      report(false, composer?.site ?? 'generic', '无法读取或检查草稿，已放行发送 / could not read or lint the draft: the send went through');
      lastStatus = ''; // the next good attach is reported again
    },
  });

  // A 发送 in a cross-origin frame beside the composer that posts a message to the page (round 41, L5).
  holdFrameSends<Composer>(
    win,
    {
      composer: () => tracker.current(),
      element: (c) => c.editor.element,
      wouldStop: wouldStopSafely,
      decide: (c, event) => decide({ composer: c, via: 'click', event }),
    },
    signal,
  );

  // After a stopped send, Tab in the composer goes to the banner (Esc comes back), and Shift+Tab from what follows
  // the composer (its 发送) comes back to the banner's last control: the banner sits between them in the Tab order.
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
      // While typing only after a fix from the banner that left fixes (round 48, finding 4).
      // Not while a send waits for its check: the banner has nothing to act on yet (round 57).
      if ((mode === 'typing' && !(fixedFromBanner && shownFindings().some((f) => f.fix))) || mode === 'checking' || !banner.visible) return;
      const composer = tracker.current();
      const target = deepPath(e)[0];
      if (!composer || !(target instanceof Node)) return;
      const el = composer.editor.element;
      if (e.shiftKey) {
        if (el.contains(target) || target !== tabbableAfter(el)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        banner.focus(true);
        return;
      }
      // The SendBox whose send carried a stopped 附言 (now the current composer, reopened beside it): the caret stayed there, and
      // its first Tab enters the banner too (round 48 second pass, t13).
      if (!el.contains(target) && !tracker.sentAlongFrom(composer)?.editor.element.contains(target)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (el.contains(target)) composer.editor.saveSelection();
      banner.focus();
    },
    { capture: true, signal },
  );

  // Esc in the composer while the banner is open collapses it to its one line (banner.ts), so that what it
  // covers (a modal's buttons) can be reached; the send stays decided by the draft, not by the banner.
  // That Esc is the banner's and the page does not see it: the banner is the layer on top, and Esc closes
  // the topmost layer first (as a menu open in a dialog does). With the banner collapsed, or none, Esc
  // is the page's (closes its modal). Not while an IME composes: there Esc cancels the composition.
  // The page's own popup at the composer (an @mention list, an emoji picker) is above the banner while it
  // is open: that Esc is the page's, and the next one collapses the banner. A page listener that ran
  // before this one (on window, capture, registered earlier) and took the Esc (defaultPrevented) had
  // its own popup open too. A composer in an open popover=auto (a light-dismiss layer the browser closes on Esc, round 47)
  // gives its Esc to the page at once, as a clean draft does: the popover closes, the banner with it.
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.defaultPrevented || !banner.visible || banner.collapsed) return;
      const composer = tracker.current();
      const target = deepPath(e)[0];
      if (!composer || !(target instanceof win.Node) || !composer.editor.element.contains(target)) return;
      if (banner.givingWay || pagePopupOpen(composer.editor.element)) return;
      // In an open popover=auto (round 47, item 3) the Esc is the page's at once: the browser closes that layer on Esc.
      if (inLightDismissPopover(composer.editor.element)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      banner.collapse();
    },
    { capture: true, signal },
  );

  // The agent comes back to the tab after updating the extension: said before the next draft.
  const lookAgain = () => {
    if (stale || !deps.contextLost?.() || !tracker.current()) return;
    checkStale();
    render();
  };
  win.addEventListener('focus', lookAgain, { signal });
  doc.addEventListener('visibilitychange', lookAgain, { signal });
  doc.addEventListener('focusin', lookAgain, { signal });

  signal.addEventListener('abort', () => {
    composerCtl?.abort();
    win.clearTimeout(missingTimer);
  });
  // A banner in an outer document must not outlive this frame's page.
  if (bannerDoc !== doc) win.addEventListener('pagehide', () => banner.host.remove(), { signal });

  return {
    current: () => tracker.current(),
    relint: () => {
      renderedKey = '\u0000';
      scheduler.request();
    },
  };
}
