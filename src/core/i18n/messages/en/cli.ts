// UI strings of the commands (src/cli.tsx, src/commands.ts, src/room-commands.ts, src/tutor.tsx), in English.
export const cli = {
	lang: {
		unknown: (given: string) => `--lang wants en, zh-Hant or zh-Hans, not "${given}".`,
	},
};
