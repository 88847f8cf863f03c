import {
  type ComponentGroup,
  type ComponentKey,
  isComponentFilled,
  type JobDescription,
  type JobDescriptionDetail,
} from '../api';

export interface GroupCompletion {
  group: ComponentGroup;
  filled: number;
  total: number;
}

export interface Completion {
  groups: GroupCompletion[];
  filled: number;
  total: number;
  /** Whole percent, rounded down: 100 only when everything is filled. */
  percent: number;
}

/**
 * How much of the job description is filled, per component group and overall, counting only the
 * components that apply to this position (the server's list) and reading the content being edited.
 */
export function completionOf(
  completion: JobDescriptionDetail['completion'],
  content: JobDescription,
): Completion {
  const filled = (key: ComponentKey) => isComponentFilled(content, key);
  const groups = completion.groups.map((g) => ({
    group: g.group,
    total: g.total,
    filled: g.components.filter((c) => filled(c.key)).length,
  }));
  const total = groups.reduce((n, g) => n + g.total, 0);
  const done = groups.reduce((n, g) => n + g.filled, 0);
  return { groups, filled: done, total, percent: total === 0 ? 0 : Math.floor((100 * done) / total) };
}
