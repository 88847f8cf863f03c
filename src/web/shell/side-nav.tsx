import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Capabilities } from '../features/account/api';
import { administers } from '../features/account/current-user';
import { getMyTasks } from '../features/inbox/api';
import { useApi } from '../shared/use-api';

interface NavItem {
  to: string;
  /** i18n key under `nav.` */
  label: string;
  testId?: string;
  /** Only the exact address, not its sub-pages ("/" would match everything). */
  end?: boolean;
  /** Shown when the server's capabilities allow it; to everyone when absent. */
  shownWhen?: (capabilities: Capabilities) => boolean;
  /** Carries the inbox counter. */
  counter?: boolean;
}

/** The menu, in its order; each entry names the capability its page needs. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'home', end: true, testId: 'nav-home', counter: true },
  { to: '/kamus', label: 'dictionary' },
  { to: '/kamus-teknis', label: 'technical' },
  { to: '/cari', label: 'search' },
  { to: '/skj', label: 'standards', testId: 'nav-standards', shownWhen: (c) => c.listPositions },
  { to: '/skj/buku', label: 'book', testId: 'nav-book', shownWhen: (c) => c.generateBooks },
  {
    to: '/skj/keputusan',
    label: 'decree',
    testId: 'nav-decree',
    shownWhen: (c) => c.generateBooks,
  },
  {
    to: '/skj/konsistensi',
    label: 'consistency',
    testId: 'nav-consistency',
    shownWhen: (c) => c.readStandardReports,
  },
  { to: '/skj/kebijakan', label: 'policy', testId: 'nav-policy', shownWhen: (c) => c.readStandardPolicy },
  {
    to: '/dasbor-merit',
    label: 'merit',
    testId: 'nav-merit',
    shownWhen: (c) => c.readStandardReports || c.readNationalMeritDashboard,
  },
  {
    to: '/peta-jabatan',
    label: 'positionMap',
    testId: 'nav-position-map',
    shownWhen: (c) => c.readPositionMap,
  },
  {
    to: '/kampanye',
    label: 'draftingCampaigns',
    testId: 'nav-drafting-campaigns',
    shownWhen: (c) => c.readDraftingCampaigns,
  },
  { to: '/katalog', label: 'catalog', testId: 'nav-catalog' },
  {
    to: '/saya',
    label: 'myCompetency',
    testId: 'nav-my-competency',
    shownWhen: (c) => c.readOwnProfile,
  },
  { to: '/pegawai', label: 'civilServants', testId: 'nav-civil-servants', shownWhen: (c) => c.readTalent },
  {
    to: '/saya/360',
    label: 'questionnaires',
    testId: 'nav-questionnaires',
    shownWhen: (c) => c.answerQuestionnaires,
  },
  {
    to: '/talenta/suksesi',
    label: 'succession',
    testId: 'nav-succession',
    shownWhen: (c) => c.readSuccession,
  },
  { to: '/admin', label: 'admin', testId: 'nav-admin', shownWhen: administers },
];

/**
 * The menu on the left; the current page's entry is marked. "Beranda" carries the number of
 * standards waiting for the user (their inbox), refreshed on every page change.
 */
export function SideNav({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const tasks = useApi(capabilities.readTasks ? `nav-tasks:${pathname}` : null, () => getMyTasks());
  const waiting = tasks.data?.counts.total ?? 0;
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {navItems
          .filter((item) => item.shownWhen?.(capabilities) ?? true)
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
