// The toolbar popup: today's reply rate, the waiting buyers, the last 30 days, this month's
// satisfaction, today's guard activity and whether the guard runs on this tab.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLAUSES } from '../../rules/clauses';
import { RATING_LEVELS, type RatingLevel } from '../../rules/metrics/events';
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { LintAction } from '../../utils/messages';
import type { MessageKey } from '../../utils/i18n';
import { formatRate } from '../format';
import { useI18n } from '../i18n';
import { DaysChart } from './DaysChart';
import { GuardOffNotice } from '../GuardOffNotice';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings';
import { withGuard, type Settings } from '../../utils/settings-schema';
import type { DayFigures, GuardActivity } from '../../background/ledger/queries';
import { addManualRating, fillChartDays, removeManualRating, popupFigures, tabGuard, takeEarlyFigures, totalOf, type PopupFigures, type TabGuard } from './popup-data';
import { WaitingList } from './WaitingList';
import { keepDrawnDays } from './drawn-days';
import { askOnMissedWake, followTodayFigures } from './recount';
import { rememberClockSkew, saveSnapshot, type PopupSnapshot } from './snapshot';

/** HH:mm:ss on the agent's clock (the snapshot's time: stamped on the popup's clock, `skew` ahead of the PC's). */
const clockTime = (snap: PopupSnapshot) => new Date(snap.at - snap.skew).toTimeString().slice(0, 8);

/** How often an open popup checks whether Beijing midnight has passed since its figures were read. */
const DAY_CHECK_MS = 5_000;

const ACTION_KEYS: Record<LintAction, MessageKey> = { block: 'actBlock', warn: 'actWarn', override: 'actOverride', fix: 'actFix' };
const ACTIONS = Object.keys(ACTION_KEYS) as LintAction[];

export function PopupApp(props: { snapshot?: PopupSnapshot | null }) {
  const { t, lang } = useI18n();
  // Figures read from the ledger by this open; until they are in, the last open's (snapshot.ts),
  // labelled with their time as being updated.
  const [figures, setFigures] = useState<PopupFigures | null>(takeEarlyFigures);
  const [guard, setGuard] = useState<TabGuard | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The guard's on/off (a pause ends by itself: watchSettings tells when).
  const [guardSetting, setGuardSetting] = useState<Settings['guard'] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => setGuardSetting(s.guard), fail);
    watchSettings((s) => setGuardSetting(s.guard), controller.signal);
    return () => controller.abort();
  }, []);
  const [backOn, setBackOn] = useState(false);
  const backOnNote = useRef<HTMLParagraphElement>(null);
  const turnOn = async () => {
    const s = await loadSettings();
    await saveSettings({ ...s, guard: withGuard(s.guard, true, Date.now()) });
    setGuardSetting({ ...s.guard, enabled: true });
    setBackOn(true);
  };
  // The button is gone with the warning: focus goes to the note saying the check is on, not to the page.
  useEffect(() => {
    if (backOn) backOnNote.current?.focus();
  }, [backOn]);
  const snap = props.snapshot ?? null;
  const shown = figures ?? snap;
  const fresh = figures?.days != null;
  // Round 61 (ux61): a re-read whose days the worker must compute kept the drawn chart, not 「正在计算…」 (drawn-days.ts);
  // and the snapshot's 「正在更新」 note, gone with the first complete read, does not come back with a later one.
  const drawnDays = useRef<DayFigures[] | null>(null);
  const chartDays = shown ? (shown.days ?? keepDrawnDays(drawnDays.current, shown.today)) : null;
  drawnDays.current = chartDays;
  // Round 62: today's figures, or yesterday's just after midnight, hold a message still 待定 (read again every 30 s: recount.ts).
  const undecidedShown = useRef(false);
  undecidedShown.current = (shown?.today.pending ?? 0) > 0 || (chartDays?.[chartDays.length - 2]?.pending ?? 0) > 0;
  const everFresh = useRef(false);
  everFresh.current ||= fresh;

  const fail = (e: unknown) => {
    console.error('[ReplyGuard] popup', e);
    setError(String(e));
  };
  // One read for everything (started by the entry, or by popup-early.js before it); the chart's
  // days computed by the worker when some are missing from the cache.
  // Round 59: the clock the worker's deadlines are decided by (server time: components/popup/recount.ts figuresNow).
  const clock = useRef<() => number>(Date.now);
  // Round 66: reads overlap (the first open's, still in the ledger, and the one the worker's clock offset starts) and
  // can finish in either order; one that lands after a later-started read has been drawn is dropped — before, the
  // first open's read (the PC's clock) landing last was drawn and saved as the next open's snapshot (fresh clone CI).
  const readsStarted = useRef(0);
  const readDrawn = useRef(0);
  const reload = (ready: PopupFigures | null = null, at = clock.current()) => {
    // Round 63: which clock `at` is on, kept with the figures (the snapshot is stamped and judged by it). The early
    // read (`ready`) was at the PC's clock.
    const skew = ready ? (ready.skew ?? 0) : at - Date.now();
    rememberClockSkew(skew);
    const order = ++readsStarted.current;
    return (ready ? Promise.resolve(ready) : popupFigures(at)).then((read) => {
      if (order < readDrawn.current) return;
      readDrawn.current = order;
      const f = { ...read, skew };
      setFigures(f);
      // Round 61: the computed days belong to this read only (a later read has its own today, and its own fill).
      if (!f.days) void fillChartDays(f.today, f.at).then((days) => setFigures((cur) => (cur?.at === f.at ? { ...cur, days } : cur)), fail);
    }, fail);
  };
  useEffect(() => {
    void reload(figures);
    void tabGuard().then(setGuard, () => setGuard({ kind: 'unsupported' }));
  }, []);
  // A popup left open (pinned as a tab) across Beijing midnight: "today" becomes the new day, read again.
  const figuresAt = useRef<number | null>(null);
  figuresAt.current = figures?.at ?? null;
  useEffect(() => {
    let reading = false;
    const tick = setInterval(() => {
      const at = figuresAt.current;
      if (reading || at === null || beijingDayNumber(clock.current()) === beijingDayNumber(at)) return;
      reading = true;
      void reload().finally(() => (reading = false));
    }, DAY_CHECK_MS);
    return () => clearInterval(tick);
  }, []);
  // Round 58: a popup left open while a deadline passes or a reply comes in: today's figures read again (components/popup/recount.ts),
  // one read at a time (500 waiting buyers change often: the reads that come meanwhile are one more).
  useEffect(() => {
    const controller = new AbortController();
    let reading = false;
    let again = false;
    const read = () => {
      if (reading) return void (again = true);
      reading = true;
      void reload().finally(() => {
        reading = false;
        if (again && !controller.signal.aborted) {
          again = false;
          read();
        }
      });
    };
    clock.current = followTodayFigures(read, controller.signal, Date.now, () => undecidedShown.current);
    // Round 59: after a sleep, the popup alone open asks the worker for its missed wake (badge, alerts, then figures).
    askOnMissedWake(() => void browser.runtime.sendMessage({ type: 'refresh-timers' }).catch(() => undefined), controller.signal);
    return () => controller.abort();
  }, []);
  // Every complete ledger read becomes the next open's first paint, stamped with the clock its figures were judged at
  // (round 63: it was the PC's while `today` was the server's day, so a PC slow near midnight drew yesterday as today).
  useEffect(() => {
    if (figures?.days) saveSnapshot({ at: figures.at, skew: figures.skew ?? 0, today: figures.today, days: figures.days, month: figures.month, ...(figures.lastMonth ? { lastMonth: figures.lastMonth } : {}), activity: figures.activity });
  }, [figures]);

  // For the open-time measurement (test/e2e/popup.spec.ts), in ms since navigation start: the
  // frame that first shows today's figures (data-rendered) and the whole chart
  // (data-chart-rendered), from the snapshot or the ledger, and the one showing the ledger's own
  // figures for both (data-fresh). Layout effects run right after the DOM is updated (useEffect
  // would wait for a paint).
  const markFrame = (attr: 'rendered' | 'chartRendered' | 'fresh', mark: string) => {
    if (document.documentElement.dataset[attr]) return;
    performance.mark(`rg:${mark}`);
    requestAnimationFrame(() => (document.documentElement.dataset[attr] ??= String(Math.round(performance.now()))));
  };
  useLayoutEffect(() => {
    if (shown) markFrame('rendered', 'committed');
  }, [shown !== null]);
  useLayoutEffect(() => {
    if (shown?.days) markFrame('chartRendered', 'chart-committed');
  }, [shown?.days != null]);
  useLayoutEffect(() => {
    if (fresh) markFrame('fresh', 'fresh-committed');
  }, [fresh]);

  return (
    <main class="popup">
      <header class="row header">
        <h1>{t('appName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {guardSetting && <GuardOffNotice guard={guardSetting} now={Date.now()} onTurnOn={() => void turnOn().catch(fail)} />}
      {backOn && guardSetting?.enabled && (
        <p class="good" role="status" tabIndex={-1} ref={backOnNote} data-testid="guard-on-note">{t('guardBackOn')}</p>
      )}
      <GuardStatusLine guard={guard} />
      {error && <p class="error" role="alert">{error}</p>}
      {snap && !everFresh.current && (
        <p class="muted small" role="status" data-testid="snapshot-note">
          {t('snapshotNote', { time: clockTime(snap) })}
        </p>
      )}
      {shown ? <TodayCard today={shown.today} /> : <p class="muted card">{t('loading')}</p>}
      <WaitingList />
      {shown && (
        <>
          {chartDays ? <DaysChart days={chartDays} total={totalOf(chartDays)} /> : <ChartPending />}
          <Satisfaction month={shown.month} lastMonth={shown.lastMonth} onRated={() => void reload()} now={() => clock.current()} />
          <Activity activity={shown.activity} lang={lang} />
        </>
      )}
    </main>
  );
}

/** Days missing from the cache (the first open after an update or import): the worker is computing them. */
function ChartPending() {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="chart-title" aria-busy="true">
      <h2 id="chart-title">{t('chartTitle')}</h2>
      <p class="muted" role="status">{t('chartComputing')}</p>
    </section>
  );
}

function GuardStatusLine(props: { guard: TabGuard | null }) {
  const { t } = useI18n();
  const g = props.guard;
  if (!g) return null;
  const text =
    g.kind === 'attached'
      ? t('statusAttached', { site: g.status.site })
      : g.kind === 'detached'
        ? t('statusNotAttached', { reason: g.status.reason ?? t('statusNoReason') })
        : g.kind === 'stale'
          ? t('statusStale')
          : t('statusUnsupported');
  return (
    <p class={`status status-${g.kind}`} data-testid="guard-status" role="status">
      <span class="dot" aria-hidden="true" /> {t('statusTitle', { text })}
    </p>
  );
}

function TodayCard({ today: d }: { today: DayFigures }) {
  const { t } = useI18n();
  const verdict = d.compliant === null ? t('noDecided') : d.compliant ? t('compliant') : t('notCompliant');
  return (
    <section class="card today" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title">{t('todayTitle')}</h2>
      <div class="row">
        <span class={`big ${d.compliant === false ? 'bad' : d.compliant ? 'good' : ''}`} data-testid="today-rate">
          {formatRate(d.rate)}
        </span>
        <span class={d.compliant === false ? 'bad' : d.compliant ? 'good' : 'muted'}>
          {verdict} · {t('todayLine')}
        </span>
      </div>
      <Meter rate={d.rate} label={t('rateOfLine', { rate: formatRate(d.rate) })} />
      <dl class="counts">
        <div><dt>{t('onTime')}</dt><dd data-testid="today-ontime">{d.onTime}</dd></div>
        <div><dt>{t('late')}</dt><dd data-testid="today-late">{d.late}</dd></div>
        <div><dt>{t('pending')}</dt><dd data-testid="today-pending">{d.pending}</dd></div>
        <div><dt>{t('eligible')}</dt><dd data-testid="today-eligible">{d.eligible}</dd></div>
      </dl>
    </section>
  );
}

/** A bar with the 80% mark. */
function Meter(props: { rate: number | null; label: string }) {
  const pct = props.rate === null ? 0 : Math.round(props.rate * 1000) / 10;
  return (
    <div class="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={props.label}>
      <div class={`meter-fill ${props.rate !== null && props.rate < 0.8 ? 'below' : ''}`} style={{ width: `${pct}%` }} />
      <div class="meter-line" style={{ left: '80%' }} />
    </div>
  );
}

/** `now`: the popup's clock (server time as the worker estimates it, recount.ts), which the rating is stamped with. */
function Satisfaction(props: { month: PopupFigures['month']; lastMonth?: PopupFigures['lastMonth']; onRated: () => void; now: () => number }) {
  const { t } = useI18n();
  const [added, setAdded] = useState<{ rating: RatingLevel; at: number } | null>(null);
  const [undone, setUndone] = useState<RatingLevel | null>(null);
  const buttons = useRef<HTMLDivElement>(null);
  // Round 51 (rt50-ux finding 15): 撤销 disappears with what it undid; focus goes to the button that records that
  // rating again (where a keyboard user would go next), not to <body>.
  useEffect(() => {
    if (undone) buttons.current?.querySelector<HTMLButtonElement>(`button[data-rating="${undone}"]`)?.focus();
  }, [undone]);
  const m = props.month;
  const rate = async (rating: RatingLevel) => {
    // Round 60: the server's clock, not the PC's: a PC a few minutes off near midnight or a month's end put the rating in
    // the wrong day or month (the pages' ratings are dated by the printed stamps, server time).
    const at = props.now();
    await addManualRating(rating, at);
    setAdded({ rating, at });
    setUndone(null);
    props.onRated();
  };
  // The last hand-recorded rating can be taken back (a mis-click, the wrong button).
  const undo = async () => {
    if (!added) return;
    await removeManualRating(added.at);
    setAdded(null);
    setUndone(added.rating);
    props.onRated();
  };
  const total = m.satisfied + m.neutral + m.disappointed;
  return (
    <section class="card" aria-labelledby="sat-title" data-testid="satisfaction">
      <h2 id="sat-title">
        {t('satTitle')} <span class="muted">{m.month}</span>
      </h2>
      {total === 0 ? (
        <p class="muted">{t('satNone')}</p>
      ) : (
        <>
          <div class="row">
            <span class={`big ${m.compliant === false ? 'bad' : 'good'}`} data-testid="sat-rate">{formatRate(m.rate)}</span>
            <span class={m.compliant === false ? 'bad' : 'good'}>{(m.compliant ? t('compliant') : t('notCompliant'))} · {t('satLine')}</span>
          </div>
          <Meter rate={m.rate} label={t('rateOfLine', { rate: formatRate(m.rate) })} />
          <p data-testid="sat-counts">
            {t('satisfied')} {m.satisfied} · {t('neutral')} {m.neutral} · {t('disappointed')} {m.disappointed}
          </p>
        </>
      )}
      {props.lastMonth && <LastMonth m={props.lastMonth} />}
      <div class="row" ref={buttons}>
        <span class="muted">{t('satAdd')}</span>
        {RATING_LEVELS.map((r) => (
          <button key={r} type="button" data-rating={r} aria-label={t('satAddLabel', { rating: t(r) })} onClick={() => void rate(r)}>
            {t(r)}
          </button>
        ))}
      </div>
      <p role="status" class="muted row" data-testid="sat-added">
        {added && (
          <>
            {t('satAdded', { rating: t(added.rating) })}
            <button type="button" class="link" data-testid="sat-undo" aria-label={t('satUndoLabel', { rating: t(added.rating) })} onClick={() => void undo()}>{t('satUndo')}</button>
          </>
        )}
        {undone && t('satUndone')}
      </p>
    </section>
  );
}

/** Round 48: last month's final satisfaction — the figure rule 3.1.2 judges once the month has turned. */
function LastMonth(props: { m: NonNullable<PopupFigures['lastMonth']> }) {
  const { t } = useI18n();
  const m = props.m;
  const total = m.satisfied + m.neutral + m.disappointed;
  return (
    <p data-testid="sat-last-month">
      {t('satLastTitle')} <span class="muted">{m.month}</span>{' '}
      {total === 0 ? (
        <span class="muted">{t('satLastNone')}</span>
      ) : (
        <>
          <strong class={m.compliant === false ? 'bad' : 'good'}>{formatRate(m.rate)}</strong> <span class={m.compliant === false ? 'bad' : 'good'}>{m.compliant ? t('compliant') : t('notCompliant')}</span>
          <span class="muted">
            {' '}
            · {t('satisfied')} {m.satisfied} · {t('neutral')} {m.neutral} · {t('disappointed')} {m.disappointed}
          </span>
        </>
      )}
    </p>
  );
}

function Activity(props: { activity: GuardActivity; lang: 'zh' | 'en' }) {
  const { t } = useI18n();
  const a = props.activity;
  const clauses = Object.keys(a.byClause).sort((x, y) => Number(x.slice(2)) - Number(y.slice(2)));
  return (
    <section class="card" aria-labelledby="activity-title" data-testid="activity">
      <h2 id="activity-title">{t('guardTitle')}</h2>
      {a.total === 0 ? (
        <p class="muted">{t('guardEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('colClause')}</th>
              {ACTIONS.map((act) => <th key={act} scope="col" class="num">{t(ACTION_KEYS[act])}</th>)}
            </tr>
          </thead>
          <tbody>
            {clauses.map((c) => (
              <tr key={c} data-clause={c}>
                {/* The clause's name in the cell itself (a title attribute reaches neither the keyboard nor a screen reader): one clipped line. */}
                <th scope="row" class="clause" title={CLAUSES[c as keyof typeof CLAUSES]?.title[props.lang] ?? c}>
                  {c}
                  {CLAUSES[c as keyof typeof CLAUSES] && <span class="clause-title"> {CLAUSES[c as keyof typeof CLAUSES].title[props.lang]}</span>}
                </th>
                {ACTIONS.map((act) => <td key={act} class="num">{a.byClause[c]![act]}</td>)}
              </tr>
            ))}
            <tr data-clause="total">
              <th scope="row">{t('colTotal')}</th>
              {ACTIONS.map((act) => <td key={act} class="num" data-action={act}>{a.byAction[act]}</td>)}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
