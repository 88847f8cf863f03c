import './admin.css';
import type { RouteObject } from 'react-router';
import { AdminPage } from './admin-page';

export const adminRoutes: RouteObject[] = [{ path: 'admin', element: <AdminPage /> }];
