import './home.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities, useCurrentUser } from '../features/account/current-user';
import { EmployeeHome } from '../features/inbox/employee-home';
import { InboxHome } from '../features/inbox/inbox-home';
import { Card, PageHeader } from '../ui';
import { JobLevelTable } from './job-level-table';

/**
 * Home: what waits for the signed-in user (their inbox, as the server's capabilities and inbox
 * policy decide; an employee's own record), then what SKJ is and the reference tables, below the work.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { readOwnProfile: employee, readTasks } = useCapabilities();

  return (
    <div className="page">
      <PageHeader
        title={t('home.welcome', { name: user.fullName })}
        subtitle={t(`inbox.intro.${user.role}`)}
      />
      {employee && <EmployeeHome />}
      {readTasks && <InboxHome />}
      {!employee && (
        <>
          <Card title={t('home.aboutTitle')} titleId="welcome-title">
            <p className="lead">{t('home.intro')}</p>
            <p>{t('home.introDetail')}</p>
            <h3 className="section-title">{t('home.dictionariesTitle')}</h3>
            <div className="link-cards">
              <Link to="/kamus/manajerial" className="link-card">
                <span className="link-card-title">{t('home.managerialLink')}</span>
                <span className="link-card-text">{t('home.managerialDesc')}</span>
              </Link>
              <Link to="/kamus/sosial-kultural" className="link-card">
                <span className="link-card-title">{t('home.socioCulturalLink')}</span>
                <span className="link-card-text">{t('home.socioCulturalDesc')}</span>
              </Link>
            </div>
          </Card>
          <JobLevelTable />
        </>
      )}
    </div>
  );
}
