// The last 30 days' reply rate as inline SVG bars with the 80% line (no chart library: 30 bars and
// a line are a few dozen elements). Screen readers get the summary once; everyone can open the table.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { formatRate } from '../format';
import type { DayFigures } from '../../background/ledger/queries';
import type { DayReplyStats } from '../../rules/metrics/reply-rate';

const WIDTH = 340;
const HEIGHT = 120;
// Round 47: wide enough for 「100%」 right-aligned 4 units left of the plot (30 clipped its 「1」 by 2.5 px).
const LEFT = 36;
const BOTTOM = 16;
const TOP = 6;
const PLOT_H = HEIGHT - BOTTOM - TOP;
const LINE = 0.8;

const y = (rate: number) => TOP + PLOT_H * (1 - rate);

export function DaysChart(props: { days: readonly DayFigures[]; total: DayReplyStats }) {
  const { t } = useI18n();
  const { days } = props;
  // The table's 150 cells are built when it is first opened, not on every popup open.
  const [tableOpen, setTableOpen] = useState(false);
  const step = (WIDTH - LEFT) / Math.max(days.length, 1);
  const barW = Math.max(2, step - 3);
  const withData = days.filter((d) => d.rate !== null);
  const good = withData.filter((d) => d.compliant).length;
  const summary = t('chartSummary', { days: withData.length, good, bad: withData.length - good, rate: formatRate(props.total.rate) });
  return (
    <section class="card" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('chartTitle')}</h2>
      {/* Hidden from screen readers: the summary below says what it shows (an image named by the same text was read twice), the table has each day. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" class="chart">
        {[0, 0.5, 1].map((r) => (
          <g key={r}>
            <line x1={LEFT} x2={WIDTH} y1={y(r)} y2={y(r)} class="grid" />
            <text x={LEFT - 4} y={y(r) + 4} text-anchor="end" class="axis">{`${r * 100}%`}</text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * step + 1.5;
          if (d.rate === null) {
            // Buyer messages still pending (or none): a small neutral tick, not a zero.
            return d.eligible > 0 ? <rect key={d.day} x={x} y={y(0) - 3} width={barW} height={3} class="bar-pending"><title>{`${d.day} ${t('pending')} ${d.pending}`}</title></rect> : null;
          }
          return (
            <rect key={d.day} x={x} y={y(d.rate)} width={barW} height={Math.max(1, y(0) - y(d.rate))} class={d.compliant ? 'bar-good' : 'bar-bad'}>
              <title>{`${d.day} ${formatRate(d.rate)} (${t('onTime')} ${d.onTime} / ${t('late')} ${d.late})`}</title>
            </rect>
          );
        })}
        <line x1={LEFT} x2={WIDTH} y1={y(LINE)} y2={y(LINE)} class="line80" />
        <text x={LEFT - 4} y={y(LINE) + 4} text-anchor="end" class="axis line80-label">80%</text>
        {days.length > 0 && (
          <>
            <text x={LEFT} y={HEIGHT - 3} class="axis">{days[0]!.day.slice(5)}</text>
            <text x={WIDTH} y={HEIGHT - 3} text-anchor="end" class="axis">{days[days.length - 1]!.day.slice(5)}</text>
          </>
        )}
      </svg>
      <p class="muted small" data-testid="chart-summary">{summary}</p>
      <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setTableOpen(true)}>
        <summary>{t('chartTable')}</summary>
        {tableOpen && <table class="days-table">
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col" class="num">{t('colOnTime')}</th>
              <th scope="col" class="num">{t('colLate')}</th>
              <th scope="col" class="num">{t('colPending')}</th>
              <th scope="col" class="num">{t('colRate')}</th>
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().filter((d) => d.eligible > 0).map((d) => (
              <tr key={d.day} data-day={d.day}>
                <td>{d.day}</td>
                <td class="num">{d.onTime}</td>
                <td class="num">{d.late}</td>
                <td class="num">{d.pending}</td>
                <td class={`num ${d.compliant === false ? 'bad' : ''}`}>{formatRate(d.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>}
      </details>
    </section>
  );
}
