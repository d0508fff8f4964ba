// Every test gets its own progress folder, so no test can ever touch the real user's config.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
process.env.CVM_TUTOR_HOME = mkdtempSync(join(tmpdir(), 'cvm-tutor-test-home-'));
process.env.XDG_CONFIG_HOME = process.env.CVM_TUTOR_HOME;
