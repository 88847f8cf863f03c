import { useTranslation } from 'react-i18next';
import { Field, FieldErrors } from '../../../ui';
import { type ComponentKey, type JobDescription, type RequirementKey, workingConditionAspects } from '../api';
import { ComponentSection, type PanelProps } from './component-section';
import { RowsEditor, TextListEditor } from './list-editors';

type ListKey = 'subordinatePositions' | 'guidelines' | 'responsibilities' | 'authorities' | 'physicalEffort';

function ListComponent({ props, componentKey }: { props: PanelProps; componentKey: ListKey }) {
  const { t } = useTranslation();
  return (
    <ComponentSection
      componentKey={componentKey}
      filled={props.filled(componentKey)}
      hint={t(`jobDescription.hints.${componentKey}`)}
    >
      <TextListEditor
        id={componentKey}
        items={props.content[componentKey]}
        readOnly={props.readOnly}
        onChange={(items) => props.update((c) => ({ ...c, [componentKey]: items }))}
        errors={(k) => props.errorsFor(`${componentKey}.${k}`)}
      />
    </ComponentSection>
  );
}

function TextComponent({
  props,
  componentKey,
  value,
  onChange,
  multiline,
}: {
  props: PanelProps;
  componentKey: ComponentKey;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`jobDescription.components.${componentKey}`);
  return (
    <ComponentSection
      componentKey={componentKey}
      filled={props.filled(componentKey)}
      hint={t(`jobDescription.hints.${componentKey}`)}
    >
      {props.readOnly ? (
        <p className="jd-read-text">{value || t('common.none')}</p>
      ) : multiline ? (
        <textarea
          rows={4}
          value={value}
          aria-label={label}
          data-testid={`jd-text-${componentKey}`}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          type="text"
          value={value}
          aria-label={label}
          data-testid={`jd-text-${componentKey}`}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldErrors errors={props.errorsFor(componentKey)} />
    </ComponentSection>
  );
}

export function IdentityPanel(props: PanelProps) {
  return (
    <>
      <TextComponent
        props={props}
        componentKey="positionCode"
        value={props.content.positionCode}
        onChange={(positionCode) => props.update((c) => ({ ...c, positionCode }))}
      />
      <TextComponent
        props={props}
        componentKey="summary"
        multiline
        value={props.content.summary}
        onChange={(summary) => props.update((c) => ({ ...c, summary }))}
      />
      {props.applies('subordinatePositions') && (
        <ListComponent props={props} componentKey="subordinatePositions" />
      )}
    </>
  );
}

export function ResourcesPanel(props: PanelProps) {
  const { t } = useTranslation();
  const materials = (key: 'workMaterials' | 'tools') => (
    <ComponentSection componentKey={key} filled={props.filled(key)} hint={t(`jobDescription.hints.${key}`)}>
      <RowsEditor
        id={key}
        rows={props.content[key]}
        fields={[
          { key: 'name', label: t('jobDescription.fields.name') },
          {
            key: 'use',
            label: t(key === 'tools' ? 'jobDescription.fields.toolUse' : 'jobDescription.fields.use'),
            wide: true,
          },
        ]}
        empty={{ name: '', use: '' }}
        readOnly={props.readOnly}
        onChange={(rows) => props.update((c) => ({ ...c, [key]: rows }))}
        errors={(k) => props.errorsFor(`${key}.${k}`)}
      />
    </ComponentSection>
  );
  return (
    <>
      {materials('workMaterials')}
      {materials('tools')}
      <ListComponent props={props} componentKey="guidelines" />
    </>
  );
}

export function RelationsPanel(props: PanelProps) {
  const { t } = useTranslation();
  return (
    <>
      <ListComponent props={props} componentKey="responsibilities" />
      <ListComponent props={props} componentKey="authorities" />
      <ComponentSection
        componentKey="workingRelations"
        filled={props.filled('workingRelations')}
        hint={t('jobDescription.hints.workingRelations')}
      >
        <RowsEditor
          id="workingRelations"
          rows={props.content.workingRelations}
          fields={[
            { key: 'position', label: t('jobDescription.fields.position') },
            { key: 'unit', label: t('jobDescription.fields.unit') },
            { key: 'subject', label: t('jobDescription.fields.subject'), wide: true },
          ]}
          empty={{ position: '', unit: '', subject: '' }}
          readOnly={props.readOnly}
          onChange={(rows) => props.update((c) => ({ ...c, workingRelations: rows }))}
          errors={(k) => props.errorsFor(`workingRelations.${k}`)}
        />
      </ComponentSection>
    </>
  );
}

export function ConditionsPanel(props: PanelProps) {
  const { t } = useTranslation();
  const conditions = props.content.workingConditions;
  return (
    <>
      <ComponentSection
        componentKey="workingConditions"
        filled={props.filled('workingConditions')}
        hint={t('jobDescription.hints.workingConditions')}
      >
        <div className="jd-conditions">
          {workingConditionAspects.map((aspect) => (
            <Field key={aspect} label={t(`jobDescription.conditions.${aspect}`)}>
              {props.readOnly ? (
                <span>{conditions[aspect] || t('common.none')}</span>
              ) : (
                <input
                  type="text"
                  value={conditions[aspect]}
                  data-testid="jd-condition"
                  data-aspect={aspect}
                  onChange={(event) =>
                    props.update((c) => ({
                      ...c,
                      workingConditions: { ...c.workingConditions, [aspect]: event.target.value },
                    }))
                  }
                />
              )}
            </Field>
          ))}
        </div>
      </ComponentSection>
      <ListComponent props={props} componentKey="physicalEffort" />
      <ComponentSection
        componentKey="hazards"
        filled={props.filled('hazards')}
        hint={t('jobDescription.hints.hazards')}
      >
        <RowsEditor
          id="hazards"
          rows={props.content.hazards}
          fields={[
            { key: 'hazard', label: t('jobDescription.fields.hazard') },
            { key: 'cause', label: t('jobDescription.fields.cause'), wide: true },
          ]}
          empty={{ hazard: '', cause: '' }}
          readOnly={props.readOnly}
          onChange={(rows) => props.update((c) => ({ ...c, hazards: rows }))}
          errors={(k) => props.errorsFor(`hazards.${k}`)}
        />
      </ComponentSection>
    </>
  );
}

const singleLine = new Set<RequirementKey>(['rank', 'physicalCondition']);

export function RequirementsPanel(props: PanelProps & { keys: readonly RequirementKey[] }) {
  const { t } = useTranslation();
  const setRequirement = (key: RequirementKey, value: string | string[]) =>
    props.update((c: JobDescription) => ({ ...c, requirements: { ...c.requirements, [key]: value } }));
  return (
    <div className="jd-requirements">
      {props.keys.map((key) => {
        const componentKey = `requirements.${key}` as const;
        const value = props.content.requirements[key];
        if (singleLine.has(key)) {
          return (
            <TextComponent
              key={key}
              props={props}
              componentKey={componentKey}
              value={value as string}
              onChange={(text) => setRequirement(key, text)}
            />
          );
        }
        return (
          <ComponentSection
            key={key}
            componentKey={componentKey}
            filled={props.filled(componentKey)}
            hint={t(`jobDescription.hints.requirements.${key}`)}
          >
            <TextListEditor
              id={componentKey}
              items={value as string[]}
              readOnly={props.readOnly}
              onChange={(items) => setRequirement(key, items)}
            />
          </ComponentSection>
        );
      })}
    </div>
  );
}
