/**
 * The design vocabulary: every page is built from these, not from class strings. Each primitive
 * brings its own stylesheet; the tokens they use are in `../tokens.css`.
 */
export { Alert, type AlertTone, ErrorAlert } from './alert';
export { Badge, type BadgeTone, badgeClass, StatusBadge } from './badge';
export {
  Button,
  ButtonAnchor,
  ButtonLink,
  type ButtonLook,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
  buttonClass,
  IconButton,
} from './button';
export { Card, type CardProps } from './card';
export { type Column, DataTable, type DataTableProps } from './data-table';
export { Dialog, useConfirm } from './dialog';
export { Field, FieldErrors } from './field';
export { Loading, LoadState, Spinner } from './load-state';
export { Meter } from './meter';
export { PageHeader } from './page-header';
export { StatTile, StatTiles } from './stat-tiles';
export { Tab, TabLink, TabList, TabNav } from './tabs';
