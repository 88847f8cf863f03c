import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import './dialog.css';

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside it, Escape closes it and
 * the page behind is inert. `onClose` runs however it was closed.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  testId,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children?: ReactNode;
  /** The buttons at the bottom, right-aligned; the first one gets the focus. */
  actions: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}

interface Question {
  message: string;
  confirmLabel: string;
  resolve: (answer: boolean) => void;
}

/**
 * Asks before something that cannot be undone. `confirm(message, confirmLabel)` resolves to true
 * when the person chose the action, false on "Batal" or Escape; render `dialog` once in the
 * component that asks.
 */
export function useConfirm(): {
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);
  const confirm = useCallback(
    (message: string, confirmLabel: string) =>
      new Promise<boolean>((resolve) => setQuestion({ message, confirmLabel, resolve })),
    [],
  );
  const answer = (value: boolean) => {
    question?.resolve(value);
    setQuestion(null);
  };
  const dialog = (
    <Dialog
      open={question !== null}
      title={t('common.confirmTitle')}
      onClose={() => answer(false)}
      testId="confirm-dialog"
      actions={
        <>
          <Button data-testid="confirm-cancel" onClick={() => answer(false)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" data-testid="confirm-accept" onClick={() => answer(true)}>
            {question?.confirmLabel}
          </Button>
        </>
      }
    >
      <p className="dialog-message">{question?.message}</p>
    </Dialog>
  );
  return { confirm, dialog };
}
