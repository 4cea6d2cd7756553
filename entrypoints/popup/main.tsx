// Thin shell: the popup UI lives in components/popup.
import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { earlyReadSettled, startLoading } from '../../components/popup/popup-data';

// The ledger reads start before anything renders (the popup must show figures in < 150 ms); the
// page renders once they are in (or after 100 ms without them: then with a placeholder).
startLoading(Date.now());

void earlyReadSettled(100).then(() =>
  render(
    <I18nProvider>
      <PopupApp />
    </I18nProvider>,
    document.getElementById('app')!,
  ),
);
