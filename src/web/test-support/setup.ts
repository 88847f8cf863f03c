/**
 * Component tests: the real i18n (Indonesian, as users read it) and a clean DOM after each test.
 */

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadPageTexts } from '../i18n';

// In the app the pages' texts come with the first page's chunk; components under test need them at once.
await loadPageTexts();

afterEach(() => {
  cleanup();
});
