// UI strings of the app's screens, in zh-Hant (terms: docs/glossary.md).
import type { app as en } from '../en/app.js';

export const app: typeof en = {
	keys: {
		back: '返回',
		quit: '離開',
		keys: '按鍵',
	},
};
