import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import './button.css';

/**
 * The look of an action. `primary`: the one main action of a form or page; `secondary`: any other;
 * `outline`: a quieter primary (downloads, "open"); `ghost`: a borderless-looking action on a busy
 * surface (the header turns it white); `danger`: deletes or removes; `link`: an action that reads
 * as a link inside text.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'outline' | 'ghost' | 'danger' | 'link';
export type ButtonSize = 'medium' | 'small';

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** As wide as its container (the login form). */
  block?: boolean;
  className?: string;
}

/** The class list of a button look, for the rare element that is not one of the components below. */
export function buttonClass({
  variant = 'secondary',
  size = 'medium',
  block,
  className,
}: ButtonLook): string {
  const classes =
    variant === 'link'
      ? ['link-button']
      : ['button', `button-${variant}`, size === 'small' && 'button-small'];
  return [...classes, block && 'button-block', className].filter(Boolean).join(' ');
}

export type ButtonProps = ButtonLook & ButtonHTMLAttributes<HTMLButtonElement>;

/** A `<button>`, `type="button"` unless told otherwise. */
export function Button({ variant, size, block, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, block, className })} {...props} />;
}

/** A router link that looks like a button: it goes somewhere in the app. */
export function ButtonLink({ variant, size, block, className, ...props }: ButtonLook & LinkProps) {
  return <Link className={buttonClass({ variant, size, block, className })} {...props} />;
}

/** A plain `<a>` that looks like a button: downloads and addresses outside the router. */
export function ButtonAnchor({
  variant,
  size,
  block,
  className,
  children,
  ...props
}: ButtonLook & AnchorHTMLAttributes<HTMLAnchorElement> & { children: ReactNode }) {
  return (
    <a className={buttonClass({ variant, size, block, className })} {...props}>
      {children}
    </a>
  );
}

/** A small square button showing only a symbol; `label` is what assistive technology reads. */
export function IconButton({
  label,
  className,
  type = 'button',
  ...props
}: { label: string } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'>) {
  return (
    <button
      type={type}
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      {...props}
    />
  );
}
