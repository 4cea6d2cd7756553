// Thin shell: the options UI lives in components/options.
import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import '../../components/options/options.css';

render(
  <I18nProvider>
    <OptionsApp />
  </I18nProvider>,
  document.getElementById('app')!,
);
