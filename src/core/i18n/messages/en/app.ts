// UI strings of the app's screens (src/app.tsx, src/ui/, and the core functions that lay out their text), in English.
export const app = {
	keys: {
		back: 'back',
		quit: 'quit',
		keys: 'keys',
	},
};
