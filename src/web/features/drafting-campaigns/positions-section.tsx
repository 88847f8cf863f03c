import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPositionsForm } from './add-positions-form';
import type { DraftingCampaignDetail, DraftingCampaignPositionView } from './api';
import { InterviewsPanel } from './interviews-panel';
import { ScopeTable } from './scope-table';

/** Positions in scope with state, assignee and due date; adding positions; interviews per position. */
export function PositionsSection({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [interviewFor, setInterviewFor] = useState<DraftingCampaignPositionView | null>(null);
  const selectedForInterview = interviewFor
    ? (detail.positions.find((p) => p.positionId === interviewFor.positionId) ?? null)
    : null;
  return (
    <>
      {detail.permissions.manage && <AddPositionsForm detail={detail} onChanged={onChanged} />}
      <ScopeTable detail={detail} onChanged={onChanged} onInterviews={setInterviewFor} />
      {selectedForInterview && (
        <InterviewsPanel
          draftingCampaignId={detail.draftingCampaign.id}
          position={selectedForInterview}
          onClose={() => setInterviewFor(null)}
          onChanged={onChanged}
        />
      )}
      {detail.positions.length === 0 && <p className="muted">{t('draftingCampaigns.positionsTab.empty')}</p>}
    </>
  );
}
