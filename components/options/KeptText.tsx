// 「保存消息原文」 and what it kept (round 59, rt59 F1). Turning the box off stops new texts at once; the texts kept
// while it was on are then counted and, when there are any, a confirm in the page offers to delete them: deleting
// (the default, Enter) keeps ids, times, directions and categories, so no figure changes. 「暂不删除」 (or Esc) leaves
// them until their records expire, out of every export while the box is off, and the same deletion stays offered
// beside the box for as long as any text remains.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings-schema';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteKeptTexts, keptTexts } from './data';
import type { Update } from './OptionsApp';
import { useUnsaved } from './unsaved';

const count = (n: number) => n.toLocaleString('en-US');
type Outcome = { kind: 'good' | 'error'; text: string; longestBatchMs?: number } | null;

export function KeptText({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useI18n();
  // Texts still in the ledger (counted while the box is off; null until counted).
  const [kept, setKept] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Set when the agent unticks the box: the count that follows opens the confirm when there is anything to delete.
  const askWhenCounted = useRef(false);
  const box = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLElement | null>(null);
  // Closing the page mid-way keeps what was deleted; ask first all the same.
  useUnsaved('kept-text', progress !== null);

  useEffect(() => {
    if (settings.storeText) {
      setKept(null);
      return;
    }
    let live = true;
    keptTexts().then(
      (n) => {
        if (!live) return;
        setKept(n);
        if (askWhenCounted.current && n > 0) setAsking(true);
        askWhenCounted.current = false;
      },
      (e: unknown) => live && setOutcome({ kind: 'error', text: t('keptTextCountFailed', { error: String(e) }) }),
    );
    return () => void (live = false);
  }, [settings.storeText]);

  const onToggle = (e: Event) => {
    const on = (e.currentTarget as HTMLInputElement).checked;
    setOutcome(null);
    askWhenCounted.current = !on;
    trigger.current = box.current;
    void update((s) => (s.storeText = on));
  };
  const offer = (e: Event) => {
    trigger.current = e.currentTarget as HTMLElement;
    setOutcome(null);
    setAsking(true);
  };
  const close = () => {
    setAsking(false);
    // Back where the agent was: the box, or the delete button (gone after deleting: then the box).
    requestAnimationFrame(() => (trigger.current?.isConnected ? trigger.current : box.current)?.focus());
  };
  const remove = async () => {
    setAsking(false);
    setProgress({ done: 0, total: 0 });
    try {
      const r = await deleteKeptTexts((done, total) => setProgress({ done, total }));
      setOutcome({ kind: 'good', text: t('keptTextDeleted', { n: count(r.messages + r.lint) }), longestBatchMs: Math.round(r.longestBatchMs) });
    } catch (e) {
      setOutcome({ kind: 'error', text: t('keptTextDeleteFailed', { error: String(e) }) });
    }
    setProgress(null);
    setKept(await keptTexts().catch(() => null));
    box.current?.focus();
  };

  const n = kept ?? 0;
  return (
    <>
      <label class="row">
        <input ref={box} type="checkbox" data-testid="store-text" checked={settings.storeText} onChange={onToggle} aria-describedby="kept-text-note" />
        {t('storeText')}
      </label>
      <div id="kept-text-note">
        {!settings.storeText && n > 0 && !progress && (
          <p class="row warn" data-testid="kept-text">
            {t('keptTextNote', { n: count(n), days: settings.retentionDays })}
            <button type="button" data-testid="kept-text-delete" onClick={offer}>{t('keptTextDelete', { n: count(n) })}</button>
          </p>
        )}
      </div>
      {progress && (
        <p class="row" role="status" data-testid="kept-text-progress">
          <progress aria-label={t('keptTextDeletingName')} max={Math.max(1, progress.total)} value={progress.done} />
          {t('keptTextDeleting', { done: count(progress.done), total: count(progress.total) })}
        </p>
      )}
      {outcome && (
        // The longest single write transaction, for measurement (e2e), as the import's result carries it.
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} class={outcome.kind} data-testid="kept-text-result" data-longest-batch-ms={outcome.longestBatchMs}>
          {outcome.text}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        id="kept-text"
        title={t('keptTextAskTitle')}
        confirmText={t('keptTextConfirm', { n: count(n) })}
        cancelText={t('keptTextCancel')}
        onConfirm={() => void remove()}
        onCancel={close}
        help={t('keptTextKeepHelp', { days: settings.retentionDays })}
      >
        {t('keptTextAsk', { n: count(n) })}
      </ConfirmDialog>
    </>
  );
}
