import './standard-policy.css';
import type { RouteObject } from 'react-router';
import { StandardPolicyPage } from './standard-policy-page';

export const standardPolicyRoutes: RouteObject[] = [
  { path: 'skj/kebijakan', element: <StandardPolicyPage /> },
];
