// Thin shell: the popup UI lives in components/popup.
import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { earlyReadSettled, openedAt, startLoading } from '../../components/popup/popup-data';
import { readSnapshot } from '../../components/popup/snapshot';

// The ledger reads start before anything renders (the popup must show figures in < 150 ms): in
// popup-early.js from the page's head, else here. With the last open's figures (same day) the page
// renders at once from them and the reads replace them; without, it renders once the reads are in
// (or after 100 ms: then with a placeholder).
const now = openedAt();
startLoading(now);
const snapshot = readSnapshot(now);

const draw = () =>
  render(
    <I18nProvider>
      <PopupApp snapshot={snapshot} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
if (snapshot) draw();
else void earlyReadSettled(100).then(draw);
