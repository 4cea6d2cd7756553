// Team view: several agents' JSON exports merged into the shop's daily table (background/ledger/team.ts),
// shown and exportable as CSV; nothing goes into this agent's ledger.
import { useState } from 'preact/hooks';
import { mergeTeam, readTeamBytes, teamCsv, type TeamResult, type TeamShop } from '../../background/ledger/team';
import { beijingDayKey } from '../../rules/metrics/beijing-time';
import { downloadText, formatRate } from '../format';
import { useI18n } from '../i18n';

export function TeamSection() {
  const { t } = useI18n();
  const [result, setResult] = useState<TeamResult | null>(null);

  const onFiles = async (e: Event) => {
    const files = [...((e.currentTarget as HTMLInputElement).files ?? [])];
    // A file that does not parse keeps its text and why (a cut-off export is told apart from a foreign file); read from
    // its bytes, so an empty file is said to be empty and a UTF-16 one is read by its mark (round 57).
    const read = await Promise.all(files.map(async (f) => readTeamBytes(f.name, new Uint8Array(await f.arrayBuffer()))));
    setResult(mergeTeam(read, Date.now()));
  };
  const exportCsv = () => {
    if (!result) return;
    downloadText(`replyguard-team-${beijingDayKey(Date.now())}.csv`, teamCsv(result), 'text/csv;charset=utf-8');
  };
  // Round 51 (rt50-ux finding 10): the platform rates each shop on its own, so files of several shops are never merged
  // into one rate (a figure nobody is judged on): each shop gets its own tables, named, with the files it came from.
  const shops = result?.shops ?? [];
  const apart = shops.length > 1;
  const named = shops.filter((shop) => shop.name !== null).length;
  const shopTitle = (shop: TeamShop) => (shop.name === null ? t('teamNoShop') : t('teamShopTitle', { shop: shop.name }));
  // Each shop with the files (one agent's export each: the file name is what names the agent) it came from.
  const filesOf = (shop: TeamShop) => t('teamShopFrom', { files: shop.files.join('、') });

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
          {result.notes.map((n) => (
            <p key={n.name} class="warn" role="status" data-testid="team-file-note">{t('teamFileError', { name: n.name, error: n.note })}</p>
          ))}
          {named > 1 && <p class="warn" role="status" data-testid="team-shops-apart">{t('teamShopsApart', { n: named })}</p>}
          {apart && shops.some((shop) => shop.name === null) && <p class="muted" data-testid="team-no-shop-note">{t('teamNoShopNote')}</p>}
          {result.days.length === 0 && result.months.length === 0 ? (
            <p class="muted">{t('teamEmpty')}</p>
          ) : (
            <>
              {apart ? (
                shops.map((shop) => (
                  <section key={shop.ref ?? ''} class="team-shop" data-shop={shop.ref ?? ''} aria-label={shopTitle(shop)}>
                    <h3>{shopTitle(shop)}</h3>
                    <p class="muted">{filesOf(shop)}</p>
                    <ShopTables days={shop.days} months={shop.months} nested />
                  </section>
                ))
              ) : (
                <>
                  {shops[0]?.name != null && <p data-testid="team-shop">{shopTitle(shops[0])} <span class="muted">{filesOf(shops[0])}</span></p>}
                  <ShopTables days={result.days} months={result.months} />
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

/** One shop's daily reply-rate table and monthly satisfaction (or all files' together, when they are one shop). */
function ShopTables(props: { days: TeamResult['days']; months: TeamResult['months']; nested?: boolean }) {
  const { t } = useI18n();
  const MonthsTitle = props.nested ? 'h4' : 'h3';
  return (
    <>
      {/* Round 48: an export holding ratings but no messages still shows its monthly satisfaction. */}
      {props.days.length > 0 && (
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
            {props.days.map((d) => (
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
      {props.months.length > 0 && (
        <>
          <MonthsTitle>{t('teamMonths')}</MonthsTitle>
          <table data-testid="team-months">
            <thead>
              <tr><th scope="col">{t('colMonth')}</th><th scope="col" class="num">{t('satisfied')}</th><th scope="col" class="num">{t('neutral')}</th><th scope="col" class="num">{t('disappointed')}</th><th scope="col" class="num">{t('colSatRate')}</th><th scope="col" title={t('colSatCompliantTitle')}>{t('colCompliant')}</th></tr>
            </thead>
            <tbody>
              {props.months.map((m) => (
                <tr key={m.month}><td>{m.month}</td><td class="num">{m.satisfied}</td><td class="num">{m.neutral}</td><td class="num">{m.disappointed}</td><td class="num">{formatRate(m.rate)}</td><td class={m.compliant === false ? 'bad' : ''}>{m.compliant === null ? '—' : m.compliant ? t('yes') : t('no')}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
