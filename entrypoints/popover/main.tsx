import { render } from 'preact';

render(<main>سياق</main>, document.getElementById('app')!);
