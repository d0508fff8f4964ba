// The stand-in host for `npm run bench:room --headless` (bundled by test/bench/room.mjs): the same host server
// (src/net/host-server.ts) and room file as `cvm-tutor room host`, without the Ink screen and with no terminal.
// Usage: node room-host.js LESSONS_DIR COUNT SECONDS MAX. Prints the lobby's join line; on stdin, Enter opens the
// next question and q ends the room (the server closes, the process exits 0). The room is saved, as the real
// host saves it (src/store/safe-write.ts), to the only *.json under $CVM_TUTOR_HOME/rooms/.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ROOM_TYPES, type RoomSpec } from '../../src/core/room/code.js';
import { roomItems } from '../../src/core/room/compose.js';
import { createHostRoom } from '../../src/core/room/live/host.js';
import { newSecret } from '../../src/core/room/live/secret.js';
import { VERSION } from '../../src/meta.js';
import { startHostServer } from '../../src/net/host-server.js';
import { writeFileSafelyAsync } from '../../src/store/safe-write.js';
import { attendeeLessons } from './room-entry.js';

const [lessonsDir, count, seconds, max] = process.argv.slice(2);
const home = process.env.CVM_TUTOR_HOME;
if (!lessonsDir || !home) throw new Error('usage: CVM_TUTOR_HOME=DIR node room-host.js LESSONS_DIR COUNT SECONDS MAX');
const { bank, digest } = attendeeLessons(lessonsDir);
const spec: RoomSpec = { version: VERSION, structure: digest, chapters: 'all', count: Number(count), seconds: Number(seconds), types: [...ROOM_TYPES], names: true, seed: randomInt(0, 65536) };
const built = roomItems(spec, bank);
if (!built.ok) throw new Error(`no room: ${built.reason}`);
const state = createHostRoom({ spec, items: built.items, secret: newSecret(() => randomBytes(1)[0] as number), lessons: digest, maxAttendees: Number(max) });
const rooms = join(home, 'rooms');
mkdirSync(rooms, { recursive: true });
const roomFile = join(rooms, `${state.code}.json`);
/** Every save's duration (ms) and the answers it held, printed when the room ends: where a receipt's time goes. */
const saves: Array<[number, number]> = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const save = async (s: typeof state) => {
	const started = performance.now();
	// BENCH_ROOM_SAVE=nosync (a comparison only): the same JSON, written without fsync, read-back and rename.
	if (process.env.BENCH_ROOM_SAVE === 'nosync') writeFileSync(roomFile, JSON.stringify(s));
	else await writeFileSafelyAsync(roomFile, JSON.stringify(s));
	saves.push([performance.now() - started, s.answers.length]);
};
await save(state);
const server = await startHostServer({ state, items: built.items, bind: '127.0.0.1', port: 0, roomFile, save });
process.stdout.write(`room join ${server.joinLines[0]} ${server.view().secret}\n`);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (keys: string) => {
	for (const key of keys) {
		if (key === '\r' || key === '\n') server.open();
		if (key === 'q') {
			server.finish();
			void server.close().then(() => {
				const times = saves.map(([ms]) => ms).sort((a, b) => a - b);
				const during = saves.filter(([, answers], i) => i > 0 && answers > (saves[i - 1]?.[1] ?? 0)).length;
				process.stdout.write(`BENCH_SAVES=${saves.length} saves, ${during} with new answers, median ${times[times.length >> 1]?.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms; host event loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms\n`);
				process.exit(0);
			});
		}
	}
});
