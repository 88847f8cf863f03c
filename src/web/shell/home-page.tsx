import './home.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/account/current-user';
import { Card } from '../ui';
import { JobLevelTable } from './job-level-table';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  return (
    <div className="page">
      <Card edge="primary" aria-labelledby="welcome-title">
        <h1 id="welcome-title">{t('home.welcome', { name: user.fullName })}</h1>
        <p className="lead">{t('home.intro')}</p>
        <p>{t('home.introDetail')}</p>
        <h2 className="section-title">{t('home.dictionariesTitle')}</h2>
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
    </div>
  );
}
