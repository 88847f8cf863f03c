/**
 * Component tests: the real i18n (Indonesian, as users read it) and a clean DOM after each test.
 */
import '../i18n';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
