import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="card">
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('errors.notFoundText')}</p>
        <Link to="/" className="button button-primary">
          {t('errors.backHome')}
        </Link>
      </section>
    </div>
  );
}
