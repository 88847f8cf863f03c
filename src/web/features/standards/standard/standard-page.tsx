import '../standards.css';
import { useParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { LoadState } from '../../../ui';
import { getStandard } from '../api';
import { StandardEditor } from '../composer/standard-editor';
import { StandardDocuments } from './standard-documents';
import { StandardHeader } from './standard-header';
import { StandardVersions } from './standard-versions';
import { StandardWorkflow } from './standard-workflow';

/**
 * `/skj/:id`: one version of a standard with its workflow history and actions, findings,
 * competencies, requirements and the other versions. Read-only unless it is an editable draft.
 */
export function StandardPage() {
  const { id = '' } = useParams();
  const data = useApi(`standard:${id}`, () => getStandard(id));
  const detail = data.data;
  return (
    <div className="page">
      <LoadState loading={data.loading && !detail} error={data.error} onRetry={data.reload} />
      {detail && (
        <>
          <StandardHeader detail={detail} />
          <StandardWorkflow
            standardId={detail.standard.id}
            permissions={detail.permissions}
            transitions={detail.transitions}
            onChanged={data.reload}
            hidden={detail.permissions.canEdit ? ['submit'] : []}
          />
          <StandardDocuments
            standardId={detail.standard.id}
            ratified={detail.standard.status === 'ratified'}
          />
          <StandardEditor
            key={`${detail.standard.id}:${detail.standard.revision}:${detail.standard.status}`}
            detail={detail}
            onSaved={data.reload}
          />
          <StandardVersions currentId={detail.standard.id} versions={detail.versions} />
        </>
      )}
    </div>
  );
}
