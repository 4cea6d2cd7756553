// Thin shell: the popup UI lives in components/popup.
import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { startLoading } from '../../components/popup/popup-data';

// The ledger reads start before anything renders (the popup must show figures in < 150 ms).
startLoading(Date.now());

render(
  <I18nProvider>
    <PopupApp />
  </I18nProvider>,
  document.getElementById('app')!,
);
