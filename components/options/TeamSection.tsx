// Team view: several agents' JSON exports merged into the shop's daily table (background/ledger/team.ts),
// shown and exportable as CSV; nothing goes into this agent's ledger.
import { useState } from 'preact/hooks';
import { mergeTeam, type TeamResult } from '../../background/ledger/team';
import { beijingDayKey } from '../../rules/metrics/beijing-time';
import { dailyCsv, monthlyCsv } from '../../utils/csv';
import { downloadText, formatRate } from '../format';
import { useI18n } from '../i18n';

export function TeamSection() {
  const { t } = useI18n();
  const [result, setResult] = useState<TeamResult | null>(null);

  const onFiles = async (e: Event) => {
    const files = [...((e.currentTarget as HTMLInputElement).files ?? [])];
    const read = await Promise.all(
      files.map(async (f) => {
        const text = await f.text();
        try {
          return { name: f.name, data: JSON.parse(text) as unknown };
        } catch {
          return { name: f.name, data: text };
        }
      }),
    );
    setResult(mergeTeam(read, Date.now()));
  };
  const exportCsv = () => {
    if (!result) return;
    const months = result.months.length ? '\r\n' + monthlyCsv(result.months).replace(/^\uFEFF/, '') : '';
    downloadText(`replyguard-team-${beijingDayKey(Date.now())}.csv`, dailyCsv(result.days) + months, 'text/csv;charset=utf-8');
  };

  return (
    <section class="card" id="sectionTeam" aria-labelledby="team-title">
      <h2 id="team-title">{t('sectionTeam')}</h2>
      <p class="muted">{t('teamHelp')}</p>
      <label class="row">
        {t('teamPick')} <input type="file" multiple accept=".json,application/json" data-testid="team-files" onChange={(e) => void onFiles(e)} />
      </label>
      {result && (
        <div data-testid="team-result">
          <p>{t('teamFiles', { n: result.used.length })}</p>
          {result.refused.map((r) => (
            <p key={r.name} class="error" role="alert">{t('teamFileError', { name: r.name, error: r.error })}</p>
          ))}
          {result.days.length === 0 && result.months.length === 0 ? (
            <p class="muted">{t('teamEmpty')}</p>
          ) : (
            <>
              {/* Round 48: an export holding ratings but no messages still shows its monthly satisfaction. */}
              {result.days.length > 0 && (
                <table data-testid="team-days">
                  <thead>
                    <tr>
                      <th scope="col">{t('colDate')}</th>
                      <th scope="col" class="num">{t('colEligible')}</th>
                      <th scope="col" class="num">{t('colOnTime')}</th>
                      <th scope="col" class="num">{t('colLate')}</th>
                      <th scope="col" class="num">{t('colPending')}</th>
                      <th scope="col" class="num">{t('colRate')}</th>
                      <th scope="col">{t('colCompliant')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.days.map((d) => (
                      <tr key={d.day} data-day={d.day}>
                        <td>{d.day}</td>
                        <td class="num">{d.eligible}</td>
                        <td class="num">{d.onTime}</td>
                        <td class="num">{d.late}</td>
                        <td class="num">{d.pending}</td>
                        <td class="num">{formatRate(d.rate)}</td>
                        <td class={d.compliant === false ? 'bad' : ''}>{d.compliant === null ? '—' : d.compliant ? t('yes') : t('no')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {result.months.length > 0 && (
                <>
                  <h3>{t('teamMonths')}</h3>
                  <table data-testid="team-months">
                    <thead>
                      <tr><th scope="col">{t('colMonth')}</th><th scope="col" class="num">{t('satisfied')}</th><th scope="col" class="num">{t('neutral')}</th><th scope="col" class="num">{t('disappointed')}</th><th scope="col" class="num">{t('colSatRate')}</th><th scope="col" title={t('colSatCompliantTitle')}>{t('colCompliant')}</th></tr>
                    </thead>
                    <tbody>
                      {result.months.map((m) => (
                        <tr key={m.month}><td>{m.month}</td><td class="num">{m.satisfied}</td><td class="num">{m.neutral}</td><td class="num">{m.disappointed}</td><td class="num">{formatRate(m.rate)}</td><td class={m.compliant === false ? 'bad' : ''}>{m.compliant === null ? '—' : m.compliant ? t('yes') : t('no')}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
              <button type="button" data-testid="team-export" onClick={exportCsv}>{t('teamExport')}</button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
