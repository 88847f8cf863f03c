import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { User } from '../features/account/api';
import {
  canReadStandardReports,
  hasCapability,
  isAdministrator,
  isEmployee,
} from '../features/account/current-user';

interface NavItem {
  to: string;
  /** i18n key under `nav.` */
  label: string;
  testId?: string;
  /** Only the exact address, not its sub-pages ("/" would match everything). */
  end?: boolean;
  /** Shown to whom; everyone when absent. */
  shownTo?: (user: User) => boolean;
}

/** The menu, in its order; each entry is shown to the users its rule names. */
const items: readonly NavItem[] = [
  { to: '/', label: 'home', end: true },
  { to: '/kamus', label: 'dictionary' },
  { to: '/kamus-teknis', label: 'technical' },
  { to: '/cari', label: 'search' },
  { to: '/skj', label: 'standards', testId: 'nav-standards' },
  { to: '/skj/buku', label: 'book', testId: 'nav-book' },
  {
    to: '/skj/keputusan',
    label: 'decree',
    testId: 'nav-decree',
    shownTo: (user) => hasCapability(user, 'generateBooks'),
  },
  {
    to: '/skj/konsistensi',
    label: 'consistency',
    testId: 'nav-consistency',
    shownTo: canReadStandardReports,
  },
  { to: '/skj/kebijakan', label: 'policy', testId: 'nav-policy', shownTo: canReadStandardReports },
  { to: '/dasbor-merit', label: 'merit', testId: 'nav-merit' },
  { to: '/peta-jabatan', label: 'positionMap', testId: 'nav-position-map' },
  { to: '/kampanye', label: 'draftingCampaigns', testId: 'nav-drafting-campaigns' },
  { to: '/katalog', label: 'catalog', testId: 'nav-catalog' },
  { to: '/saya', label: 'myCompetency', testId: 'nav-my-competency', shownTo: isEmployee },
  {
    to: '/pegawai',
    label: 'civilServants',
    testId: 'nav-civil-servants',
    shownTo: (user) => !isEmployee(user),
  },
  { to: '/admin', label: 'admin', shownTo: isAdministrator },
];

/** The menu on the left; the current page's entry is marked. */
export function SideNav({ user }: { user: User }) {
  const { t } = useTranslation();
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .filter((item) => item.shownTo?.(user) ?? true)
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className={linkClass} data-testid={item.testId}>
                {t(`nav.${item.label}`)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
