#!/usr/bin/env node
// The server is TypeScript run through tsx, so there is no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
