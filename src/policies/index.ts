/**
 * Who may do what, per entity and role, in one place: one module per entity beside this file.
 * Services call these before touching data; a `false` from a read check becomes 404 (no existence
 * leak), from a write check 403.
 */
export { agencyPolicy, orgUnitPolicy } from './agency';
export { userPolicy } from './user';
