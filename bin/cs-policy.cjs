#!/usr/bin/env node
'use strict';
// Only starts the built CLI; everything else lives in src/ (built to dist/ by `npm install`).
// CommonJS on purpose: Node starts a CommonJS entry without setting up its ES module loader.
const { join } = require('node:path');

require('../dist/launch.cjs').launch(join(__dirname, '..', 'dist'), process.argv.slice(2));
