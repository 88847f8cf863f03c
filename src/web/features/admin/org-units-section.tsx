import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies, listOrgUnits } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { Card, Field, LoadState } from '../../ui';
import type { User } from '../account/api';
import { canCreateOrgUnits } from '../account/current-user';
import { createOrgUnit, type NewOrgUnit } from './api';
import { CreateForm } from './create-form';
import { buildOrgUnitTree, flattenOrgUnitTree, type OrgUnitNode, OrgUnitTree } from './org-unit-tree';

export function OrgUnitsSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const agencies = useApi('agencies', listAgencies);
  const [chosenAgencyId, setChosenAgencyId] = useState<string | null>(null);
  const agencyId = chosenAgencyId ?? user.agency?.id ?? agencies.data?.items[0]?.id ?? null;
  const units = useApi(agencyId, () => listOrgUnits(agencyId ?? ''));
  const tree = buildOrgUnitTree(units.data?.items ?? []);
  const canCreate = canCreateOrgUnits(user, agencyId);

  const agencyOptions = agencies.data?.items ?? (user.agency ? [{ ...user.agency, createdAt: '' }] : []);

  return (
    <div className="grid-main-aside">
      <Card title={t('admin.orgUnits.title')} titleId="org-units-title">
        <Field label={t('admin.orgUnits.agency')}>
          <select
            name="agencyId"
            data-testid="org-unit-agency-select"
            value={agencyId ?? ''}
            onChange={(event) => setChosenAgencyId(event.target.value)}
            disabled={agencyOptions.length === 0}
          >
            {agencyOptions.length === 0 && <option value="">{t('admin.orgUnits.noAgency')}</option>}
            {agencyOptions.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.code} — {agency.name}
              </option>
            ))}
          </select>
        </Field>
        <LoadState
          loading={agencies.loading && !agencies.data}
          error={agencies.error}
          onRetry={agencies.reload}
        />
        {agencyId && (
          <>
            <LoadState loading={units.loading && !units.data} error={units.error} onRetry={units.reload} />
            {units.data && <OrgUnitTree nodes={tree} />}
          </>
        )}
      </Card>
      {agencyId && canCreate && (
        <OrgUnitForm key={agencyId} agencyId={agencyId} tree={tree} onCreated={units.reload} />
      )}
    </div>
  );
}

function OrgUnitForm(props: { agencyId: string; tree: OrgUnitNode[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [parentId, setParentId] = useState('');

  async function create() {
    const input: NewOrgUnit = { name: name.trim() };
    if (code.trim()) input.code = code.trim();
    if (parentId) input.parentId = parentId;
    const { orgUnit } = await createOrgUnit(props.agencyId, input);
    setName('');
    setCode('');
    props.onCreated();
    return t('admin.orgUnits.created', { name: orgUnit.name });
  }

  return (
    <CreateForm
      title={t('admin.orgUnits.createTitle')}
      titleId="org-unit-form-title"
      testId="org-unit-form"
      submitLabel={t('admin.orgUnits.submit')}
      create={create}
    >
      <Field label={t('admin.orgUnits.name')}>
        <input name="name" value={name} onChange={(event) => setName(event.target.value)} required />
      </Field>
      <Field label={t('admin.orgUnits.code')} optional>
        <input name="code" value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      <Field label={t('admin.orgUnits.parent')} optional>
        <select name="parentId" value={parentId} onChange={(event) => setParentId(event.target.value)}>
          <option value="">{t('admin.orgUnits.noParent')}</option>
          {flattenOrgUnitTree(props.tree).map((node) => (
            <option key={node.unit.id} value={node.unit.id}>
              {`${'\u00a0\u00a0'.repeat(node.depth * 2)}${node.unit.code ? `${node.unit.code} — ` : ''}${node.unit.name}`}
            </option>
          ))}
        </select>
      </Field>
    </CreateForm>
  );
}
