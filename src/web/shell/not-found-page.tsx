import { useTranslation } from 'react-i18next';
import { ButtonLink, Card } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Card>
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('errors.notFoundText')}</p>
        <ButtonLink variant="primary" to="/">
          {t('errors.backHome')}
        </ButtonLink>
      </Card>
    </div>
  );
}
