// The one list widget: ink-select-input (arrow keys, j/k, Home/End, PgUp/PgDn on a cut list, Enter; a digit opens
// the item carrying that number; a list cut to its height says "↑ n more" / "↓ n more" where it goes on)
// with the pointer drawn inside each
// item's own line. ink-select-input's default indicator is a Box of its own per item; drawing the pointer as
// text halves the layout nodes of a list, which is most of the home screen's first-frame cost.
import { Text } from 'ink';
import SelectInput from 'ink-select-input';
import { type ComponentProps, type ComponentType, type ReactNode, useMemo, useRef } from 'react';
import { menuWindow, type MenuWindow } from '../../core/menu-window.js';
import { t } from '../../core/i18n/messages.js';
import { truncate } from '../../core/wrap.js';
import { color } from '../theme.js';

export interface MenuItem {
	key?: string;
	label: string;
	value: string;
	/** The number the label shows (chapter 5, choice 2): its digit key selects the item. Unnumbered items have no digit. */
	number?: number;
}

const NoIndicator = () => null;

/** Our patched ink-select-input (src/vendor) takes two props its package types do not know. */
const Select = SelectInput as unknown as ComponentType<
	ComponentProps<typeof SelectInput> & {
		windowOf: (total: number, selected: number, top: number) => MenuWindow;
		moreComponent: ComponentType<{ direction: 'up' | 'down'; count: number }>;
	}
>;

/** The line a cut list draws where it goes on: "↑ 3 more" above, "↓ 5 more" below. */
function More({ direction, count }: { direction: 'up' | 'down'; count: number }) {
	return <Text color={color('muted')}>{`  ${direction === 'up' ? '↑' : '↓'} ${t().app.more.count(count)}`}</Text>;
}

/** A one-line label cut to the width after the pointer; labels with line breaks are already laid out. */
function fit(label: string, width: number | undefined): string {
	return width === undefined || label.includes('\n') ? label : truncate(label, width - 2);
}

export function Menu<T extends MenuItem>(props: {
	items: T[];
	onSelect: (item: T) => void;
	/** The value of the item the cursor starts on (where the learner came back from); default: the first. */
	focus?: string | undefined;
	/** Columns for an item's line: a plain label is cut to fit (a `render` fits its own text). */
	width?: number;
	/** Rows the list may take, its "more" lines included; a longer list scrolls within them. */
	height?: number;
	/** The rest of the item's line after the pointer; defaults to its label. */
	render?: (item: T, isSelected: boolean) => ReactNode;
}) {
	// One item component for the menu's life: a new function each render would be a new component type to
	// React, which would remount every item on every key. It reads the latest props through a ref.
	const latest = useRef(props);
	latest.current = props;
	const Item = useMemo(
		() =>
			function MenuItemLine({ isSelected = false, ...item }: { isSelected?: boolean; label: string }) {
				const { render, width } = latest.current;
				return (
					<Text bold={isSelected} {...(isSelected ? { color: color('accent') } : {})}>
						{isSelected ? '❯ ' : '  '}
						{render ? render(item as unknown as T, isSelected) : fit(item.label, width)}
					</Text>
				);
			},
		[],
	);
	return (
		<Select
			items={props.items}
			initialIndex={Math.max(0, props.items.findIndex((item) => item.value === props.focus))}
			windowOf={(total, selected, top) => menuWindow(total, props.height, selected, top)}
			moreComponent={More}
			onSelect={(item) => props.onSelect(item as T)}
			indicatorComponent={NoIndicator}
			itemComponent={Item}
		/>
	);
}
