/*! ink-select-input 6.2.0, build/SelectInput.js, MIT License, Copyright (c) Vadim Demedes
 * <vdemedes@gmail.com> (github.com/vadimdemedes). Full text: node_modules/ink-select-input/license.
 * Patched copy for cvm-tutor: `import 'ink-select-input'` resolves here (esbuild.config.mjs and
 * vitest.config.ts alias it), types come from the package (menu.tsx adds the patched props). Changes marked
 * PATCHED below: number keys; a scroll window with "more" lines, Home/End and PgUp/PgDn.
 * Upstream selects the n-th visible row for digit n, which is off by one as soon as a row carries no
 * number (home's "Continue") and wrong on a scrolled list. Keys are fed one at a time (src/ui/hooks/
 * use-key-by-key.ts), so the selection this reads from the last render is the latest. */
import { isDeepStrictEqual } from 'node:util';
import React, { useState, useEffect, useRef, useCallback } from 'react';
import { Box, useInput } from 'ink';
import { Text } from 'ink';
// The package's default indicator and item, cut down (cvm-tutor always passes its own).
const Indicator = () => null;
const ItemComponent = ({ isSelected = false, label }) => React.createElement(Text, { color: isSelected ? 'blue' : undefined }, label);
function SelectInput({ items = [], isFocused = true, initialIndex = 0, indicatorComponent = Indicator, itemComponent = ItemComponent, windowOf, moreComponent, onSelect, onHighlight, }) {
    // PATCHED (cvm-tutor): the selection is an index into `items` and the rows in view a window over them
    // (`windowOf(total, selected, top)`, src/core/menu-window.ts), in place of upstream's `limit` and rotated
    // list; `moreComponent` draws the "↑ n more" / "↓ n more" lines of a cut list. Home/End jump to the first
    // and last item, PgUp/PgDn move a page of the rows in view (on a cut list only: elsewhere they scroll the
    // screen's text). ↑ on the first item goes to the last, ↓ on the last to the first, as upstream.
    const windowFor = (selected, top) => (windowOf ? windowOf(items.length, selected, top) : { top: 0, shown: items.length, above: 0, below: 0 });
    const [cursor, setCursor] = useState(() => {
        const selected = Math.min(Math.max(0, initialIndex), Math.max(0, items.length - 1));
        return { selected, top: windowFor(selected, 0).top };
    });
    const previousItems = useRef(items);
    useEffect(() => {
        if (!isDeepStrictEqual(previousItems.current.map(item => item.value), items.map(item => item.value))) {
            setCursor({ selected: 0, top: 0 });
        }
        previousItems.current = items;
    }, [items]);
    const view = windowFor(cursor.selected, cursor.top);
    useInput(useCallback((input, key) => {
        const last = items.length - 1;
        if (last < 0)
            return;
        const cut = view.shown < items.length;
        let next;
        if (input === 'k' || key.upArrow)
            next = cursor.selected === 0 ? last : cursor.selected - 1;
        else if (input === 'j' || key.downArrow)
            next = cursor.selected === last ? 0 : cursor.selected + 1;
        else if (key.home)
            next = 0;
        else if (key.end)
            next = last;
        else if (cut && key.pageUp)
            next = Math.max(0, cursor.selected - Math.max(1, view.shown));
        else if (cut && key.pageDown)
            next = Math.min(last, cursor.selected + Math.max(1, view.shown));
        if (next !== undefined) {
            setCursor({ selected: next, top: windowFor(next, view.top).top });
            if (typeof onHighlight === 'function') {
                onHighlight(items[next]);
            }
            return;
        }
        // PATCHED (cvm-tutor): a digit selects the item that carries that number (`item.number`), not the
        // item in that row: the labels show the numbers, and a row such as "Continue" carries none.
        if (/^[1-9]$/.test(input)) {
            const selectedItem = items.find(item => item.number === Number(input));
            if (selectedItem) {
                onSelect?.(selectedItem);
            }
        }
        if (key.return) {
            if (typeof onSelect === 'function') {
                onSelect(items[cursor.selected]);
            }
        }
    }, [
        cursor,
        view,
        items,
        onSelect,
        onHighlight,
    ]), { isActive: isFocused });
    const slicedItems = items.slice(view.top, view.top + view.shown);
    return (React.createElement(Box, { flexDirection: "column" },
        moreComponent && view.above > 0 ? React.createElement(moreComponent, { direction: 'up', count: view.above }) : null,
        slicedItems.map((item, index) => {
            const isSelected = view.top + index === cursor.selected;
            return (
            // @ts-expect-error - `key` can't be optional but `item.value` is generic T
            React.createElement(Box, { key: item.key ?? item.value },
                React.createElement(indicatorComponent, { isSelected }),
                React.createElement(itemComponent, { ...item, isSelected })));
        }),
        moreComponent && view.below > 0 ? React.createElement(moreComponent, { direction: 'down', count: view.below }) : null));
}
export default SelectInput;
