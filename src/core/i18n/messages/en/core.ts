// UI strings that core functions lay out for the screens (feedback, reports, stats, walks, whereami), in English.
export const core = {
	feedback: {
		correct: 'Correct',
	},
};
