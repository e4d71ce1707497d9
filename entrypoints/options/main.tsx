import { render } from 'preact';
import { OptionsApp } from '@/components/options/App';
import '@/components/theme.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
