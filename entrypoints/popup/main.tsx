import { render } from 'preact';

render(<main><h1>回复卫士</h1></main>, document.getElementById('app')!);
