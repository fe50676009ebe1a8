// What a plan changes, from `terraform show -json <planfile>`: resources, actions and the attributes that differ.

/** An attribute a planned change touches. */
export interface AttributeChange {
  /** The attribute path, e.g. `trigger_desc` or `environment.COS_REGION` or `triggers[0].name`. */
  readonly path: string;
  /** The value in the state (JSON text); undefined when absent. */
  readonly before?: string;
  /** The planned value (JSON text), `(known after apply)`, or undefined when absent. */
  readonly after?: string;
  /** True when a change of this attribute forces the resource to be replaced. */
  readonly forcesReplacement: boolean;
}

/** One resource a plan changes. */
export interface ResourceChange {
  /** The Terraform address, e.g. `tencentcloud_scf_trigger.OnJpgUpload_ObjectCreatedAll_F5581557`. */
  readonly address: string;
  /** Terraform's actions: `['create']`, `['update']`, `['delete']`, `['delete', 'create']`, `['create', 'delete']`, `['read']`. */
  readonly actions: readonly string[];
  /** Why, when terraform says (e.g. `replace_because_cannot_update`, `replace_by_triggers`). */
  readonly reason?: string;
  /** The attributes that differ between state and plan (for updates and replacements). */
  readonly attributes: readonly AttributeChange[];
}

/** What `terraform plan` found. */
export interface PlanReport {
  /** True when the plan changes nothing (`plan -detailed-exitcode` exited with 0). */
  readonly clean: boolean;
  /** The resources the plan would change (no-ops left out). */
  readonly changes: readonly ResourceChange[];
  /** Outputs the plan would change, by name. */
  readonly outputChanges: readonly string[];
  /** Differences terraform found between the state and the remote objects while refreshing. */
  readonly drift: readonly ResourceChange[];
  /** The human-readable summary (see `describePlan`). */
  readonly summary: string;
}

type Json = any;

const ACTION_WORDS: Record<string, string> = {
  'create': 'create',
  'update': 'update in place',
  'delete': 'destroy',
  'delete,create': 'replace (destroy, then create)',
  'create,delete': 'replace (create, then destroy)',
  'read': 'read during apply',
};

/** Turns the JSON of `terraform show -json <planfile>` into a report. */
export function planReport(plan: Json, clean: boolean): PlanReport {
  const changes = ((plan.resource_changes ?? []) as Json[]).map(resourceChange)
    .filter((c) => !(c.actions.length === 1 && c.actions[0] === 'no-op'));
  const drift = ((plan.resource_drift ?? []) as Json[]).map(resourceChange);
  const outputChanges = Object.entries<Json>(plan.output_changes ?? {})
    .filter(([, c]) => !(c.actions?.length === 1 && c.actions[0] === 'no-op')).map(([name]) => name);
  const report = { clean, changes, outputChanges, drift };
  return { ...report, summary: describePlan(report) };
}

function resourceChange(rc: Json): ResourceChange {
  const change = rc.change ?? {};
  const replacePaths: string[] = ((change.replace_paths ?? []) as Json[][]).map(pathText);
  const attributes: AttributeChange[] = [];
  const actions: string[] = change.actions ?? [];
  if (actions.includes('update') || actions.includes('delete') && actions.includes('create')) {
    diffValues(attributes, '', change.before, change.after, change.after_unknown,
      change.before_sensitive, change.after_sensitive, replacePaths);
  }
  return {
    address: rc.address,
    actions,
    reason: rc.action_reason,
    attributes,
  };
}

function pathText(path: Json[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)), '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown, sensitive: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (sensitive === true) return '(sensitive value)';
  const text = JSON.stringify(v);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function diffValues(out: AttributeChange[], path: string, before: unknown, after: unknown, unknown: unknown,
  beforeSensitive: unknown, afterSensitive: unknown, replacePaths: string[]): void {
  if (unknown === true) {
    out.push({ path, before: show(before, beforeSensitive), after: '(known after apply)', forcesReplacement: replacePaths.includes(path) });
    return;
  }
  const child = (v: unknown, k: string | number) => (isObject(v) || Array.isArray(v) ? (v as Json)[k] : undefined);
  if ((isObject(before) || before == null) && (isObject(after) || after == null) && (isObject(before) || isObject(after))) {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {}), ...Object.keys(isObject(unknown) ? unknown : {})]);
    for (const k of [...keys].sort()) {
      diffValues(out, path ? `${path}.${k}` : k, child(before, k), child(after, k), child(unknown, k),
        child(beforeSensitive, k), child(afterSensitive, k), replacePaths);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((b, i) => diffValues(out, `${path}[${i}]`, b, after[i], child(unknown, i),
      child(beforeSensitive, i), child(afterSensitive, i), replacePaths));
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  out.push({
    path,
    before: show(before, beforeSensitive),
    after: show(after, afterSensitive),
    forcesReplacement: replacePaths.includes(path),
  });
}

/** One line per change: `~ address (update in place): attribute "before" -> "after"`. */
export function describeChange(c: ResourceChange): string {
  const words = ACTION_WORDS[c.actions.join(',')] ?? c.actions.join(', ');
  const head = `${c.address} (${words}${c.reason ? `, ${c.reason}` : ''})`;
  if (!c.attributes.length) return head;
  const attrs = c.attributes.map((a) =>
    `      ${a.path || '(value)'}: ${a.before ?? '(absent)'} -> ${a.after ?? '(absent)'}${a.forcesReplacement ? '  # forces replacement' : ''}`);
  return [head, ...attrs].join('\n');
}

/** A plan in a few lines: clean, or which resources and attributes change. */
export function describePlan(report: Omit<PlanReport, 'summary'>): string {
  if (report.clean) {
    return report.drift.length
      ? `no changes (terraform refreshed ${report.drift.length} resource(s) that had drifted: ${report.drift.map((d) => d.address).join(', ')})`
      : 'no changes';
  }
  const lines = [`${report.changes.length} resource change(s)${report.outputChanges.length ? ` and ${report.outputChanges.length} output change(s)` : ''}:`];
  for (const c of report.changes) lines.push(`  - ${describeChange(c)}`);
  for (const o of report.outputChanges) lines.push(`  - output ${o}`);
  if (report.drift.length) {
    lines.push('drift found while refreshing (the remote objects differ from the state):');
    for (const d of report.drift) lines.push(`  - ${describeChange(d)}`);
  }
  return lines.join('\n');
}
