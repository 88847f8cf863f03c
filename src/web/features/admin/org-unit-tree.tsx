import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../shared/api/reference';

export interface OrgUnitNode {
  unit: OrgUnit;
  depth: number;
  children: OrgUnitNode[];
}

function compareUnits(a: OrgUnit, b: OrgUnit): number {
  return (a.code ?? '').localeCompare(b.code ?? '', 'id') || a.name.localeCompare(b.name, 'id');
}

/**
 * Builds the tree from flat `parentId`s. Units whose parent is missing (or that sit in a cycle)
 * become roots, so every unit is shown exactly once.
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (unit.parentId === null || !ids.has(unit.parentId)) continue;
    const siblings = childrenOf.get(unit.parentId) ?? [];
    siblings.push(unit);
    childrenOf.set(unit.parentId, siblings);
  }
  const placed = new Set<string>();
  const build = (unit: OrgUnit, depth: number): OrgUnitNode => {
    placed.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(compareUnits)
      .map((child) => build(child, depth + 1));
    return { unit, depth, children };
  };
  const roots = units
    .filter((unit) => unit.parentId === null || !ids.has(unit.parentId))
    .sort(compareUnits)
    .map((unit) => build(unit, 0));
  for (const unit of [...units].sort(compareUnits)) {
    if (!placed.has(unit.id)) roots.push(build(unit, 0));
  }
  return roots;
}

/** Depth-first list of the tree, for indented `<option>`s. */
export function flattenOrgUnitTree(nodes: readonly OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenOrgUnitTree(node.children)]);
}

export function OrgUnitTree({ nodes }: { nodes: readonly OrgUnitNode[] }) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <p className="muted">{t('common.empty')}</p>;
  return (
    <ul className="tree" data-testid="org-unit-tree" aria-label={t('admin.orgUnits.treeLabel')}>
      {nodes.map((node) => (
        <OrgUnitBranch key={node.unit.id} node={node} />
      ))}
    </ul>
  );
}

function OrgUnitBranch({ node }: { node: OrgUnitNode }) {
  return (
    <li className="tree-item" data-testid="org-unit-item" data-depth={node.depth}>
      <span className="tree-label">
        {node.unit.code && <code className="tree-code">{node.unit.code}</code>}
        <span className="tree-name">{node.unit.name}</span>
      </span>
      {node.children.length > 0 && (
        <ul className="tree">
          {node.children.map((child) => (
            <OrgUnitBranch key={child.unit.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
