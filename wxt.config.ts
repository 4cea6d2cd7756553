import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the guard and watcher run on by default (DESIGN.md "In-page UI and extension surface").
// Other chat tools are enabled at runtime through optional host permissions (options page).
export const DEFAULT_MATCHES = ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Explicit imports everywhere: a new engineer can follow every name to its file.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_actionTitle__' },
    // Only what is used: settings/timers (storage), deadline wake-ups (alarms), alerts (notifications).
    permissions: ['storage', 'alarms', 'notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Only when the agent enables another chat tool (options page): registers the content script there.
    optional_permissions: ['scripting'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
