import './i18n';
// Order matters: tokens and element defaults, then the primitives, then the pages' own rules,
// so that a page may refine a primitive and a primitive may refine a utility class.
import './base.css';
import './ui';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
