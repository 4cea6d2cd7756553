import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { execFileSync } from 'node:child_process';

/**
 * The popup's stylesheets inlined into popup.html: a linked stylesheet holds its module scripts
 * back until it has loaded (measured ≈ 30 ms of the popup's open time on a 2-core machine). The
 * files stay for the options page.
 */
function inlinePopupStyles(): Plugin {
  return {
    name: 'replyguard-inline-popup-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('popup/index.html') || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          // `</` cannot occur in our CSS; refuse rather than break out of the style element.
          if (asset?.type !== 'asset' || String(asset.source).includes('</')) return tag;
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}

// Hosts the guard and watcher run on by default (DESIGN.md "In-page UI and extension surface").
// Other chat tools are enabled at runtime through optional host permissions (options page).
export const DEFAULT_MATCHES = ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Explicit imports everywhere: a new engineer can follow every name to its file.
  imports: false,
  vite: () => ({ plugins: [preact(), inlinePopupStyles()] }),
  hooks: {
    // Round 65 (enginestart65): the registered rules' compiled terms, which the engine decodes at start instead of building
    // them, are made again from the rules' source before every build: a built engine never carries a stale table.
    'build:before': () => {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-term-tables.ts'], { stdio: 'inherit' });
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_actionTitle__' },
    // Only what is used: settings/timers (storage), deadline wake-ups (alarms), alerts (notifications), and
    // (round 51) scripting: after an update the worker puts the content scripts back into the open workbench tabs
    // (background/revive.ts); also what registers them for another chat tool (options page). No install warning.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // Round 51: injecting (chrome.scripting.executeScript) needs host access; the content script's own matches do not
    // give it. The same hosts as the content script, whose "read and change your data on …" warning they already carry.
    host_permissions: DEFAULT_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The lint engine, which the content script loads by import() only in a frame that may hold a
    // composer (content/guard/engine-loader.ts). On every host the content script may run on (the
    // default ones and the agent's own chat tools); a dynamic URL, so a page cannot probe for it.
    web_accessible_resources: [{ resources: ['lint-engine.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
