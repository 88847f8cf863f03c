import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Tabs between the talent pages; `search` keeps the chosen agency of national roles. */
export function TalentTabs({ search }: { search: string }) {
  const { t } = useTranslation();
  const tabClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'tab active' : 'tab');
  return (
    <nav className="tabs talent-tabs" aria-label={t('talent.tabs.label')}>
      <NavLink to={`/pegawai${search}`} end className={tabClass} data-testid="tab-civil-servants">
        {t('talent.tabs.civilServants')}
      </NavLink>
      <NavLink to={`/pegawai/unit${search}`} className={tabClass} data-testid="tab-heatmap">
        {t('talent.tabs.heatmap')}
      </NavLink>
      <NavLink to={`/talenta${search}`} className={tabClass} data-testid="tab-talent-pool">
        {t('talent.tabs.talentPool')}
      </NavLink>
    </nav>
  );
}
