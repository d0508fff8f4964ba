/*! ink-select-input 6.2.0, build/SelectInput.js, MIT License, Copyright (c) Vadim Demedes
 * <vdemedes@gmail.com> (github.com/vadimdemedes). Full text: node_modules/ink-select-input/license.
 * Patched copy for cvm-tutor: `import 'ink-select-input'` resolves here (esbuild.config.mjs and
 * vitest.config.ts alias it), types come from the package. The one change, marked PATCHED below: number keys.
 * Upstream selects the n-th visible row for digit n, which is off by one as soon as a row carries no
 * number (home's "Continue") and wrong on a scrolled list. Keys are fed one at a time (src/ui/hooks/
 * use-key-by-key.ts), so the selection this reads from the last render is the latest. */
import { isDeepStrictEqual } from 'node:util';
import React, { useState, useEffect, useRef, useCallback } from 'react';
import arrayToRotated from 'to-rotated';
import { Box, useInput } from 'ink';
import { Text } from 'ink';
// The package's default indicator and item, cut down (cvm-tutor always passes its own).
const Indicator = () => null;
const ItemComponent = ({ isSelected = false, label }) => React.createElement(Text, { color: isSelected ? 'blue' : undefined }, label);
function SelectInput({ items = [], isFocused = true, initialIndex = 0, indicatorComponent = Indicator, itemComponent = ItemComponent, limit: customLimit, onSelect, onHighlight, }) {
    const hasLimit = typeof customLimit === 'number' && items.length > customLimit;
    const limit = hasLimit ? Math.min(customLimit, items.length) : items.length;
    const lastIndex = limit - 1;
    const [rotateIndex, setRotateIndex] = useState(initialIndex > lastIndex ? lastIndex - initialIndex : 0);
    const [selectedIndex, setSelectedIndex] = useState(initialIndex ? (initialIndex > lastIndex ? lastIndex : initialIndex) : 0);
    const previousItems = useRef(items);
    useEffect(() => {
        if (!isDeepStrictEqual(previousItems.current.map(item => item.value), items.map(item => item.value))) {
            setRotateIndex(0);
            setSelectedIndex(0);
        }
        previousItems.current = items;
    }, [items]);
    useInput(useCallback((input, key) => {
        if (input === 'k' || key.upArrow) {
            const lastIndex = (hasLimit ? limit : items.length) - 1;
            const atFirstIndex = selectedIndex === 0;
            const nextIndex = hasLimit ? selectedIndex : lastIndex;
            const nextRotateIndex = atFirstIndex ? rotateIndex + 1 : rotateIndex;
            const nextSelectedIndex = atFirstIndex
                ? nextIndex
                : selectedIndex - 1;
            setRotateIndex(nextRotateIndex);
            setSelectedIndex(nextSelectedIndex);
            const slicedItems = hasLimit
                ? arrayToRotated(items, nextRotateIndex).slice(0, limit)
                : items;
            if (typeof onHighlight === 'function') {
                onHighlight(slicedItems[nextSelectedIndex]);
            }
        }
        if (input === 'j' || key.downArrow) {
            const atLastIndex = selectedIndex === (hasLimit ? limit : items.length) - 1;
            const nextIndex = hasLimit ? selectedIndex : 0;
            const nextRotateIndex = atLastIndex ? rotateIndex - 1 : rotateIndex;
            const nextSelectedIndex = atLastIndex ? nextIndex : selectedIndex + 1;
            setRotateIndex(nextRotateIndex);
            setSelectedIndex(nextSelectedIndex);
            const slicedItems = hasLimit
                ? arrayToRotated(items, nextRotateIndex).slice(0, limit)
                : items;
            if (typeof onHighlight === 'function') {
                onHighlight(slicedItems[nextSelectedIndex]);
            }
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
            const slicedItems = hasLimit
                ? arrayToRotated(items, rotateIndex).slice(0, limit)
                : items;
            if (typeof onSelect === 'function') {
                onSelect(slicedItems[selectedIndex]);
            }
        }
    }, [
        hasLimit,
        limit,
        rotateIndex,
        selectedIndex,
        items,
        onSelect,
        onHighlight,
    ]), { isActive: isFocused });
    const slicedItems = hasLimit
        ? arrayToRotated(items, rotateIndex).slice(0, limit)
        : items;
    return (React.createElement(Box, { flexDirection: "column" }, slicedItems.map((item, index) => {
        const isSelected = index === selectedIndex;
        return (
        // @ts-expect-error - `key` can't be optional but `item.value` is generic T
        React.createElement(Box, { key: item.key ?? item.value },
            React.createElement(indicatorComponent, { isSelected }),
            React.createElement(itemComponent, { ...item, isSelected })));
    })));
}
export default SelectInput;
