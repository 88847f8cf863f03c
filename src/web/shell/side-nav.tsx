import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { User } from '../features/account/api';
import { canReadStandardReports, isAdministrator, isEmployee } from '../features/account/current-user';
import { getMyTasks } from '../features/inbox/api';
import { useApi } from '../shared/use-api';

interface NavItem {
  to: string;
  /** i18n key under `nav.` */
  label: string;
  testId?: string;
  /** Only the exact address, not its sub-pages ("/" would match everything). */
  end?: boolean;
  /** Shown to whom; everyone who works on standards when absent (an employee has their own menu). */
  shownTo?: (user: User) => boolean;
  /** Carries the inbox counter. */
  counter?: boolean;
}

const staff = (user: User) => !isEmployee(user);

/** The menu, in its order; each entry is shown to the users its rule names. */
const items: readonly NavItem[] = [
  { to: '/', label: 'home', end: true, testId: 'nav-home', counter: true, shownTo: () => true },
  { to: '/kamus', label: 'dictionary' },
  { to: '/kamus-teknis', label: 'technical' },
  { to: '/cari', label: 'search' },
  { to: '/skj', label: 'standards', testId: 'nav-standards' },
  { to: '/skj/buku', label: 'book', testId: 'nav-book' },
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
  { to: '/pegawai', label: 'civilServants', testId: 'nav-civil-servants' },
  { to: '/admin', label: 'admin', shownTo: isAdministrator },
];

/**
 * The menu on the left; the current page's entry is marked. "Beranda" carries the number of
 * standards waiting for the user (their inbox), refreshed on every page change.
 */
export function SideNav({ user }: { user: User }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const tasks = useApi(isEmployee(user) ? null : `nav-tasks:${pathname}`, () => getMyTasks());
  const waiting = tasks.data?.counts.total ?? 0;
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .filter((item) => (item.shownTo ?? staff)(user))
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className={linkClass} data-testid={item.testId}>
                {t(`nav.${item.label}`)}
                {item.counter && waiting > 0 && (
                  <span className="nav-link-count" data-testid="nav-task-count">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="visually-hidden">{t('nav.waiting', { count: waiting })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
