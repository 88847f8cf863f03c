import { type HTMLAttributes, type ReactNode, useId } from 'react';
import './card.css';

type CardElement =
  | 'section'
  | 'div'
  | 'article'
  | 'aside'
  | 'header'
  | 'form'
  | 'search'
  | 'main'
  | 'dl'
  | 'p';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The element; a `section` (the default) is a region named by its title. */
  as?: CardElement;
  /** The card's heading; the card is labelled by it. */
  title?: ReactNode;
  /** Id of the heading, when something else links to it; generated otherwise. */
  titleId?: string;
  /** `h3` inside a section that already has its `h2`. */
  titleLevel?: 2 | 3;
  /** The smaller heading size of dense pages (talent). */
  compactTitle?: boolean;
  titleTestId?: string;
  /**
   * Actions beside the title (a card header: title left, actions right). The header is there
   * whenever the prop is given, even as `false` (nothing to offer this user), so the layout holds.
   */
  actions?: ReactNode;
  /** Instead of a title: the header's own content (a code badge beside the heading). */
  header?: ReactNode;
  /** Classes added to the header (a feature's header layout). */
  headerClassName?: string;
  /** A coloured top edge: `primary` for the page's main card, `accent` for forms and workflows. */
  edge?: 'primary' | 'accent';
  /** Only for `as="form"`. */
  onSubmit?: HTMLAttributes<HTMLFormElement>['onSubmit'];
  noValidate?: boolean;
}

/** A white panel with a border and a soft shadow: the unit every page is built from. */
export function Card({
  as: Element = 'section',
  title,
  titleId,
  titleLevel = 2,
  compactTitle,
  titleTestId,
  actions,
  header,
  headerClassName,
  edge,
  className,
  children,
  ...props
}: CardProps) {
  const generatedId = useId();
  const headingId = title === undefined ? undefined : (titleId ?? generatedId);
  const Heading = titleLevel === 3 ? 'h3' : 'h2';
  const heading = title !== undefined && (
    <Heading id={headingId} className={compactTitle ? 'card-title' : undefined} data-testid={titleTestId}>
      {title}
    </Heading>
  );
  const classes = ['card', edge && `card-edge-${edge}`, className].filter(Boolean).join(' ');
  return (
    <Element className={classes} aria-labelledby={headingId} {...(props as HTMLAttributes<HTMLElement>)}>
      {actions !== undefined || header !== undefined ? (
        <header className={headerClassName ? `card-header ${headerClassName}` : 'card-header'}>
          {header ?? heading}
          {actions}
        </header>
      ) : (
        heading
      )}
      {children}
    </Element>
  );
}
