#!/usr/bin/env node
import { loadBundle } from '../dist/load-bundle.js';

loadBundle('cli').main();
