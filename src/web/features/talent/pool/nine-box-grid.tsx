import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatPercent } from '../../../shared/format';
import { type NineBox, type PerformanceBand, type PotentialBand, performanceBands } from '../api';

const potentialRows: readonly PotentialBand[] = ['high', 'medium', 'low'];
const shownMembers = 5;

/** Tone of a box for the eye: the further up and right, the greener. The box number and text say the same. */
function boxTone(performance: PerformanceBand, potential: PotentialBand): string {
  const score = performanceBands.indexOf(performance) + ['low', 'medium', 'high'].indexOf(potential);
  return `nine-box-tone-${score}`;
}

/**
 * The 9-box of practice (PermenPAN-RB 3/2020) as a table: rows potential (high at the top),
 * columns kinerja (below expectations at the left), each cell with its number, name, count, how
 * many were placed by the JPM standing in for potential, the recommended action, and the first
 * members. On a phone the cells stack; each box's name states its two axes.
 */
export function NineBoxGrid({ boxes, search }: { boxes: NineBox[]; search: string }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  const find = (performance: PerformanceBand, potential: PotentialBand) =>
    boxes.find((box) => box.performance === performance && box.potential === potential);

  return (
    <div className="nine-box-wrap">
      <span className="nine-box-axis nine-box-axis-y" aria-hidden="true">
        {t('talent.pool.potentialAxis')} →
      </span>
      <table className="nine-box" data-testid="nine-box">
        <caption className="visually-hidden">{t('talent.pool.caption')}</caption>
        <thead>
          <tr>
            <td />
            {performanceBands.map((band) => (
              <th key={band} scope="col">
                {t(`talent.performance.${band}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {potentialRows.map((potential) => (
            <tr key={potential}>
              <th scope="row" className="nine-box-row-head">
                {t('talent.pool.potential', { band: t(`talent.potential.${potential}`) })}
              </th>
              {performanceBands.map((performance) => {
                const box = find(performance, potential);
                if (!box) return <td key={performance} />;
                const rest = box.count - Math.min(box.members.length, shownMembers);
                return (
                  <td
                    key={performance}
                    className={`nine-box-cell ${boxTone(performance, potential)}`}
                    data-testid="nine-box-cell"
                    data-box={box.box}
                    data-count={box.count}
                    data-jpm={box.byBasis.jpm}
                  >
                    {/* On a phone the grid becomes a list: each box then says where it sits. */}
                    <span className="nine-box-place" aria-hidden="true">
                      {t('talent.pool.potential', { band: t(`talent.potential.${potential}`) })} ·{' '}
                      {t(`talent.performance.${performance}`)}
                    </span>
                    <div className="nine-box-head">
                      <span className="nine-box-number" title={t('talent.pool.boxNumber')}>
                        {box.box}
                      </span>
                      <span className="nine-box-count" data-testid="nine-box-count">
                        {t('talent.pool.count', { count: box.count })}
                      </span>
                    </div>
                    <p className="nine-box-name">{box.name}</p>
                    {box.byBasis.jpm > 0 && (
                      <p className="nine-box-fallback" data-testid="nine-box-fallback">
                        {t('talent.pool.byJpm', { count: box.byBasis.jpm })}
                      </p>
                    )}
                    {box.members.length > 0 && (
                      <ul className="nine-box-members">
                        {box.members.slice(0, shownMembers).map((member) => (
                          <li key={member.nip} data-basis={member.potentialBasis}>
                            <Link to={`/pegawai/${member.nip}${search}`} data-testid="nine-box-member">
                              {member.name}
                            </Link>{' '}
                            {member.percent !== null && (
                              <span className="muted small">{formatPercent(member.percent)}</span>
                            )}
                            {member.potentialBasis === 'jpm' && (
                              <abbr className="nine-box-jpm-mark" title={t('talent.pool.jpmMarkTitle')}>
                                {t('talent.pool.jpmMark')}
                              </abbr>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    {rest > 0 && <p className="muted small">{t('talent.pool.more', { count: rest })}</p>}
                    {box.recommendation && (
                      <p className="nine-box-recommendation" data-testid="nine-box-recommendation">
                        {box.recommendation}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <span className="nine-box-axis nine-box-axis-x" aria-hidden="true">
        {t('talent.pool.performanceAxis')} →
      </span>
    </div>
  );
}
