#!/usr/bin/env -S node --import tsx
// The `skj` command: see src/cli/index.ts.
import '../src/cli/index.ts';
