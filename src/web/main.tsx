import { languageReady } from './i18n';
// Order matters: tokens and element defaults, then the primitives, then the frame; the features'
// sheets come with their pages' chunks (each page imports its feature's sheets, see app.tsx), so
// they always land after these. So a primitive may refine a text utility, and a feature may refine
// a primitive.
import './tokens.css';
import './base.css';
import './ui';
import './layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan.');

void languageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
