#!/usr/bin/env node
// Thin launcher: the CLI, bundled by `npm run build` (scripts/build-cli.mjs), lives in dist/bundle/.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
