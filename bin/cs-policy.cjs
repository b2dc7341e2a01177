#!/usr/bin/env node
// Only starts the built CLI; everything else lives in src/ (built to dist/ by `npm install`).
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs; a pre-commit hook starts cs-policy often.
module.enableCompileCache?.();

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
