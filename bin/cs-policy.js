#!/usr/bin/env node
// Only starts the built CLI; everything else lives in src/ (built to dist/ by `npm install`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
