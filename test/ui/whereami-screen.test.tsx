// The "Where am I?" lab shows what a probe read; a hostile machine must not reach the terminal raw.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, type HostProbe } from '../../src/core/whereami.js';
import { WhereamiScreen } from '../../src/ui/screens/whereami.js';
import { cleanupInk, KEYS, press, renderInk, waitForFrame } from '../helpers.js';

afterEach(cleanupInk);

describe('Where am I? on a machine whose PID 1 names itself with escape sequences', () => {
	it('draws every string from the machine escaped, on every frame', async () => {
		const probe = JSON.parse(readFileSync(new URL('../fixtures/whereami/docker-on-vm.json', import.meta.url), 'utf8')) as HostProbe;
		probe.pid1Comm = 'evil\u001b]0;pwned\u0007\u001b[2J\u202e';
		probe.cgroup = { value: '0::/x\u001b[31mred\n' };
		const app = await renderInk(<WhereamiScreen width={80} height={60} inspect={async () => buildReport(probe)} />);
		let frame = await waitForFrame(app, 'PID 1 is');
		frame = await press(app, KEYS.down, KEYS.down);
		expect(frame).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J\\u202e');
		expect(frame).toContain('/x\\u001b[31mred');
		// Ink's own colour codes are the only escapes: strip them, and nothing a probe read may remain.
		for (const f of app.frames) expect(f.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	});
});
