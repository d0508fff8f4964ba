// UI strings that core functions lay out for the screens, in zh-Hant (terms: docs/glossary.md).
import type { core as en } from '../en/core.js';

export const core: typeof en = {
	feedback: {
		correct: '正確',
	},
};
