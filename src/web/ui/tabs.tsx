import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { NavLink, type NavLinkProps } from 'react-router';
import './tabs.css';

/** Tabs that are addresses: a `<nav>` of links, the current one underlined. */
export function TabNav({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <nav className={className ? `tabs ${className}` : 'tabs'} aria-label={label}>
      {children}
    </nav>
  );
}

/** One link of a `TabNav`; `active` overrides the router's own idea of the current link. */
export function TabLink({ active, ...props }: Omit<NavLinkProps, 'className'> & { active?: boolean }) {
  return <NavLink className={({ isActive }) => ((active ?? isActive) ? 'tab active' : 'tab')} {...props} />;
}

/** Tabs that switch a panel in place: a `tablist` of `Tab` buttons. */
export function TabList({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `tabs ${className}` : 'tabs'} role="tablist" aria-label={label}>
      {children}
    </div>
  );
}

export function Tab({
  selected,
  className,
  ...props
}: { selected: boolean } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'role' | 'type'>) {
  const classes = ['tab', selected && 'active', className].filter(Boolean).join(' ');
  return <button type="button" role="tab" aria-selected={selected} className={classes} {...props} />;
}
