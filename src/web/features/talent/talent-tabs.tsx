import { useTranslation } from 'react-i18next';
import { TabLink, TabNav } from '../../ui';

/** Tabs between the talent pages; `search` keeps the chosen agency of national roles. */
export function TalentTabs({ search }: { search: string }) {
  const { t } = useTranslation();
  return (
    <TabNav label={t('talent.tabs.label')} className="talent-tabs">
      <TabLink to={`/pegawai${search}`} end data-testid="tab-civil-servants">
        {t('talent.tabs.civilServants')}
      </TabLink>
      <TabLink to={`/pegawai/unit${search}`} data-testid="tab-heatmap">
        {t('talent.tabs.heatmap')}
      </TabLink>
      <TabLink to={`/talenta${search}`} data-testid="tab-talent-pool">
        {t('talent.tabs.talentPool')}
      </TabLink>
    </TabNav>
  );
}
