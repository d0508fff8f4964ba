// UI strings of the app's screens, in zh-Hans (terms: docs/glossary.md).
import type { app as en } from '../en/app.js';

export const app: typeof en = {
	keys: {
		back: '返回',
		quit: '退出',
		keys: '按键',
	},
};
