import { useTranslation } from 'react-i18next';
import { TabLink, TabNav } from '../../ui';
import { useCapabilities } from '../account/current-user';

/**
 * Tabs between the talent pages, each shown as the server's capabilities allow; `search` keeps
 * the chosen agency of national roles.
 */
export function TalentTabs({ search }: { search: string }) {
  const { t } = useTranslation();
  const capabilities = useCapabilities();
  return (
    <TabNav label={t('talent.tabs.label')} className="talent-tabs">
      <TabLink to={`/pegawai${search}`} end data-testid="tab-civil-servants">
        {t('talent.tabs.civilServants')}
      </TabLink>
      <TabLink to={`/pegawai/unit${search}`} data-testid="tab-heatmap">
        {t('talent.tabs.heatmap')}
      </TabLink>
      <TabLink to={`/talenta${search}`} end data-testid="tab-talent-pool">
        {t('talent.tabs.talentPool')}
      </TabLink>
      {capabilities.readMultiRaterRounds && (
        <TabLink to={`/talenta/360${search}`} data-testid="tab-multi-rater">
          {t('talent.tabs.multiRater')}
        </TabLink>
      )}
      {capabilities.readSuccession && (
        <>
          <TabLink to={`/talenta/suksesi${search}`} data-testid="tab-succession">
            {t('talent.tabs.succession')}
          </TabLink>
          <TabLink to={`/talenta/pensiun${search}`} data-testid="tab-retirement">
            {t('talent.tabs.retirement')}
          </TabLink>
          <TabLink to={`/talenta/kebutuhan-pengembangan${search}`} data-testid="tab-training-needs">
            {t('talent.tabs.trainingNeeds')}
          </TabLink>
        </>
      )}
    </TabNav>
  );
}
