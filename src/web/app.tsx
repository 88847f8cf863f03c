import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/layout';
import { AdminPage } from './pages/admin';
import { DictionaryPage } from './pages/dictionary';
import { HomePage } from './pages/home';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/not-found';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kamus', element: <DictionaryPage /> },
      { path: 'kamus/:kind', element: <DictionaryPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
