// The baseline for `npm run bench`: the smallest Ink app, bundled the same way as cvm-tutor.
import { render, Text, useApp, useInput } from 'ink';

function Hello() {
	const { exit } = useApp();
	useInput((input) => {
		if (input === 'q') exit();
	});
	return <Text>Hello from Ink</Text>;
}

render(<Hello />);
