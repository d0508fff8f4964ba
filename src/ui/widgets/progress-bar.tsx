import { Text } from 'ink';
import { color } from '../theme.js';

export function ProgressBar({ fraction, width }: { fraction: number; width: number }) {
	const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
	return (
		<Text>
			<Text color={color('good')}>{'█'.repeat(filled)}</Text>
			<Text color={color('muted')}>{'░'.repeat(width - filled)}</Text>
		</Text>
	);
}
