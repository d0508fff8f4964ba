#!/usr/bin/env node
import '../dist/cvm-tutor.js';
