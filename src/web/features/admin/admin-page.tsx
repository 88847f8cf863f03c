import './admin.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert, Tab, TabList } from '../../ui';
import { administers, useCapabilities, useCurrentUser } from '../account/current-user';
import { AgenciesSection } from './agencies-section';
import { BackupsSection } from './backups-section';
import { IdentitySection } from './identity-section';
import { OrgUnitsSection } from './org-units-section';
import { UsersSection } from './users-section';

const sections = ['instansi', 'identitas', 'unit-organisasi', 'pengguna', 'cadangan'] as const;
type Section = (typeof sections)[number];

const tabKeys: Record<Section, string> = {
  instansi: 'admin.agencies.tab',
  identitas: 'identity.tab',
  'unit-organisasi': 'admin.orgUnits.tab',
  pengguna: 'admin.users.tab',
  cadangan: 'backups.tab',
};

function isSection(value: string | null): value is Section {
  return sections.some((section) => section === value);
}

/** `/admin`: agencies, organisation units and users, one section at a time. */
export function AdminPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const capabilities = useCapabilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('bagian');
  // The identity tab is for whoever may edit the identity of their own agency (the server says who).
  const identityAgencyId = capabilities.editAgencyIdentity ? (user.agency?.id ?? null) : null;
  const shown = sections.filter(
    (section) =>
      (section !== 'identitas' || identityAgencyId !== null) &&
      (section !== 'cadangan' || capabilities.manageBackups),
  );
  const active: Section = isSection(requested) && shown.includes(requested) ? requested : 'instansi';

  if (!administers(capabilities)) {
    return (
      <div className="page">
        <h1>{t('admin.title')}</h1>
        <Alert tone="error" as="div" role="alert">
          {t('admin.forbidden')}
        </Alert>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      <TabList label={t('admin.tabsLabel')}>
        {shown.map((section) => (
          <Tab
            key={section}
            id={`admin-tab-${section}`}
            selected={section === active}
            aria-controls="admin-panel"
            data-testid={`admin-tab-${section}`}
            onClick={() => setSearchParams({ bagian: section }, { replace: true })}
          >
            {t(tabKeys[section])}
          </Tab>
        ))}
      </TabList>
      <div id="admin-panel" role="tabpanel" aria-labelledby={`admin-tab-${active}`}>
        {active === 'instansi' && <AgenciesSection />}
        {active === 'identitas' && identityAgencyId && <IdentitySection agencyId={identityAgencyId} />}
        {active === 'unit-organisasi' && <OrgUnitsSection user={user} />}
        {active === 'pengguna' && <UsersSection user={user} />}
        {active === 'cadangan' && <BackupsSection />}
      </div>
    </div>
  );
}
