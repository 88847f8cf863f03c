import { type CSSProperties, Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../shared/format';
import { Card } from '../../ui';
import type { DraftingCampaignProgress } from './api';

const roman = ['I', 'II', 'III', 'IV', 'V'];

/**
 * The schedule as seed 000 draws it: months on top, weeks I–V of each month below, one row per
 * phase with a bar over the weeks it spans; the current week is marked. A CSS grid, one column
 * per week.
 */
export function WeekGrid({ grid }: { grid: DraftingCampaignProgress['weekGrid'] }) {
  const { t, i18n } = useTranslation();
  const formatDay = useFormatDay();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  // A month with one or two weeks in the period has room for its name only.
  const shortMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const months: { month: string; first: number; count: number }[] = [];
  for (const week of grid.weeks) {
    const last = months.at(-1);
    if (last && last.month === week.month) last.count++;
    else months.push({ month: week.month, first: week.index, count: 1 });
  }
  const style = { '--weeks': grid.weeks.length } as CSSProperties;
  const column = (week: number) => week + 2;
  const isToday = (week: number) => (grid.todayWeek === week ? ' is-today' : '');

  return (
    <Card>
      <h2 id="week-grid-title">{t('draftingCampaigns.schedule.gridTitle')}</h2>
      <div className="week-grid-scroll">
        <div className="week-grid" style={style} data-testid="week-grid">
          <div className="week-grid-corner" style={{ gridRow: '1 / 3', gridColumn: 1 }}>
            {t('draftingCampaigns.schedule.phase')}
          </div>
          {months.map((month) => (
            <div
              key={month.month}
              className="week-grid-month"
              style={{ gridRow: 1, gridColumn: `${column(month.first)} / span ${month.count}` }}
            >
              {(month.count > 2 ? monthFormat : shortMonthFormat).format(
                new Date(`${month.month}-01T00:00:00Z`),
              )}
            </div>
          ))}
          {grid.weeks.map((week) => (
            <div
              key={week.index}
              className={`week-grid-week${isToday(week.index)}`}
              style={{ gridRow: 2, gridColumn: column(week.index) }}
              title={`${formatDay(week.startsOn)} – ${formatDay(week.endsOn)}`}
            >
              {roman[week.weekOfMonth - 1] ?? week.weekOfMonth}
            </div>
          ))}
          {grid.phases.map((phase, row) => (
            <Fragment key={phase.id}>
              <div className="week-grid-name" style={{ gridRow: row + 3, gridColumn: 1 }}>
                {phase.name}
              </div>
              {grid.weeks.map((week) => (
                <div
                  key={week.index}
                  className={`week-grid-cell${isToday(week.index)}`}
                  style={{ gridRow: row + 3, gridColumn: column(week.index) }}
                  aria-hidden="true"
                />
              ))}
              <div
                className={`week-grid-bar phase-${phase.kind}`}
                style={{
                  gridRow: row + 3,
                  gridColumn: `${column(phase.firstWeek)} / ${column(phase.lastWeek) + 1}`,
                }}
                data-testid="week-grid-phase"
                data-kind={phase.kind}
                title={`${phase.name}: ${formatDay(phase.startsOn)} – ${formatDay(phase.endsOn)}`}
              >
                <span className="visually-hidden">
                  {formatDay(phase.startsOn)} – {formatDay(phase.endsOn)}
                </span>
              </div>
            </Fragment>
          ))}
        </div>
      </div>
      {grid.todayWeek !== null && (
        <p className="muted small">
          <span className="week-grid-today-swatch" aria-hidden="true" />{' '}
          {t('draftingCampaigns.schedule.todayWeek', { week: grid.todayWeek + 1 })}
        </p>
      )}
    </Card>
  );
}
