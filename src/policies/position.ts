/**
 * Who may do what with positions (jabatan) and the position map. Positions, their evaluations and
 * the map are the agency's working data: its staff and the national actors read them, never an
 * employee (who reads their own position through their civil servant record) nor another agency.
 * The organisation bureau (the agency's admins and drafters) adds positions, places them on the
 * map and evaluates them; only the admin retires one.
 */
import { definePolicy } from './policy';
import { type AgencyScope, administers, composesFor, readsAgencyWork, seesAgency } from './scope';

export const positionPolicy = definePolicy<AgencyScope, 'update' | 'evaluate' | 'retire'>({
  entity: 'position',
  notFound: { code: 'POSITION_NOT_FOUND', message: 'Jabatan tidak ditemukan.' },
  forbidden: {
    update: 'Hanya admin atau penyusun instansi yang dapat mengubah peta jabatannya.',
    evaluate: 'Hanya admin atau penyusun instansi yang dapat mengevaluasi jabatannya.',
    retire: 'Hanya admin instansi yang dapat menghapus jabatan dari peta jabatannya.',
  },
  abilities: {
    read: (actor, position) => readsAgencyWork(actor, position.agencyId),
    update: (actor, position) => composesFor(actor, position.agencyId),
    evaluate: (actor, position) => composesFor(actor, position.agencyId),
    /** Abolishing a position is an organisational decision: the agency's admin only. */
    retire: (actor, position) => administers(actor, position.agencyId),
  },
});

/**
 * An agency's positions as a whole: the list, the position map and its Excel, adding a position,
 * and bringing the agency's existing peta jabatan in (its admin, who answers for the unit tree).
 */
export const agencyPositionsPolicy = definePolicy<
  AgencyScope,
  'list' | 'create' | 'readMap' | 'exportMap' | 'importMap'
>({
  entity: 'agencyPositions',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    list: 'Daftar jabatan hanya untuk pengelola instansi.',
    create: 'Hanya admin atau penyusun instansi yang dapat menambah jabatan.',
    readMap: 'Peta jabatan hanya untuk pengelola instansi.',
    exportMap: 'Unduhan peta jabatan hanya untuk pengelola instansi.',
    importMap: 'Hanya admin instansi yang dapat mengimpor peta jabatan.',
  },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    list: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    create: (actor, scope) => composesFor(actor, scope.agencyId),
    readMap: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    exportMap: (actor, scope) => readsAgencyWork(actor, scope.agencyId),
    importMap: (actor, scope) => administers(actor, scope.agencyId),
  },
});
