// UI strings of the commands, in zh-Hans (terms: docs/glossary.md).
import type { cli as en } from '../en/cli.js';

export const cli: typeof en = {
	lang: {
		unknown: (given: string) => `--lang 只接受 en、zh-Hant 或 zh-Hans，不接受“${given}”。`,
	},
};
