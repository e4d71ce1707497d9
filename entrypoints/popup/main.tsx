import { render } from 'preact';

render(<main>Preflight</main>, document.getElementById('app') as HTMLElement);
