import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../../shared/format';
import type { CivilServantDetail } from '../api';

/** NIP, rank, education, position and performance of one civil servant. */
export function CivilServantIdentity({ civilServant }: { civilServant: CivilServantDetail['civilServant'] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('talent.identity.nip'), formatNip(civilServant.nip)],
    [t('talent.identity.position'), civilServant.positionName ?? t('talent.identity.noPosition')],
    [t('talent.identity.rank'), civilServant.rankGrade ?? none],
    [
      t('talent.identity.education'),
      [civilServant.educationLevel, civilServant.fieldOfStudy].filter(Boolean).join(' — ') || none,
    ],
    [t('talent.identity.performance'), t(`talent.performance.${civilServant.performance ?? 'none'}`)],
    [t('talent.identity.birthDate'), formatDay(civilServant.birthDate)],
    [t('talent.identity.serviceStart'), formatDay(civilServant.serviceStart)],
    [t('talent.identity.sex'), t(`talent.sex.${civilServant.sex}`)],
  ];
  return (
    <dl className="civil-servant-identity" data-testid="civil-servant-identity">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** 198504122010011003 → "19850412 201001 1 003", the grouping printed on Indonesian documents. */
export function formatNip(nip: string): string {
  return nip.length === 18
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}
