// The one list widget: ink-select-input (arrow keys, j/k, numbers, Enter) with the pointer drawn inside each
// item's own line. ink-select-input's default indicator is a Box of its own per item; drawing the pointer as
// text halves the layout nodes of a list, which is most of the home screen's first-frame cost.
import { Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import { color } from '../theme.js';

export interface MenuItem {
	key?: string;
	label: string;
	value: string;
}

const NoIndicator = () => null;

export function Menu<T extends MenuItem>(props: {
	items: T[];
	onSelect: (item: T) => void;
	initialIndex?: number;
	/** The rest of the item's line after the pointer; defaults to its label. */
	render?: (item: T, isSelected: boolean) => ReactNode;
}) {
	const { render } = props;
	return (
		<SelectInput
			items={props.items}
			{...(props.initialIndex !== undefined ? { initialIndex: props.initialIndex } : {})}
			onSelect={(item) => props.onSelect(item as T)}
			indicatorComponent={NoIndicator}
			itemComponent={({ isSelected = false, ...item }) => (
				<Text bold={isSelected} {...(isSelected ? { color: color('accent') } : {})}>
					{isSelected ? '❯ ' : '  '}
					{render ? render(item as unknown as T, isSelected) : (item as { label: string }).label}
				</Text>
			)}
		/>
	);
}
