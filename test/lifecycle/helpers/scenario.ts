// One example's life as Jest tests, one test per step, in order, in one Terraform working directory against
// one emulator: apply, re-plan, live state, events, a scripted series of edits, destroy.
import { App, TerraformStack, Testing } from 'cdktf';
import { providerMirror, providerProcess } from './environment';
import { recordStep } from './report';
import { RuleSpec, changeRule } from './rules';
import { CosEvent } from '../../../lib';
import { CloudEmulator, CloudEmulatorOptions, startCloudEmulator } from '../../../lib/testing/emulator';
import { TerraformWorkspace } from '../../../lib/testing/lifecycle';

/** The steps every example goes through, in this order. */
export const STEPS = {
  'apply': 'apply the example',
  'replan': 're-plan after apply is clean',
  'live': 'live buckets, functions and triggers equal the declared ones',
  'events': 'uploads and deletes run exactly the matching handlers, with their results',
  'add-rule': 'edit: add another rule for the same function on the same bucket',
  'add-event': 'edit: add an event to a rule',
  'reorder': 'edit: reorder the rules',
  'change-filter': 'edit: change a filter',
  'disable': 'edit: disable a rule',
  'enable': 'edit: re-enable the rule',
  'qualifier': 'edit: change the qualifier of a rule',
  'remove-first': 'edit: remove the first rule',
  'replace-bucket': 'edit: replace the bucket',
  'destroy': 'destroy leaves the emulator empty',
} as const;

/** A step of the series. */
export type Step = keyof typeof STEPS;

/** What a step of a scenario can use. */
export interface LifecycleContext {
  readonly cloud: CloudEmulator;
  readonly ws: TerraformWorkspace;
}

/** One example and the edits applied to it. */
export interface Scenario {
  /** The example's name (its stack id in examples/main.ts). */
  readonly name: string;
  /** The example's own rules (the mirror with these synthesizes the example). */
  readonly rules: readonly RuleSpec[];
  /** Buckets that exist before Terraform runs (imported by the stack). */
  readonly seedBuckets?: readonly string[];
  /** The edits. Rule ids name `RuleSpec.id`. */
  readonly edits: {
    readonly addRule: RuleSpec;
    readonly addEvent: { readonly rule: string; readonly event: CosEvent };
    readonly changeFilter: { readonly rule: string; readonly prefix?: string; readonly suffix?: string };
    /** The rule disabled, re-enabled, then given another qualifier. */
    readonly toggle: string;
    /**
     * The qualifier the rule gets; or, for a rule on a version or alias (whose qualifier is its target, and which
     * takes no `qualifier` option), the target it moves to: a name of the mirror's other targets (`RuleSpec.target`).
     */
    readonly qualifier: string | { readonly target: string };
    /** The bucket the rules move to. */
    readonly newBucket: string;
  };
  /**
   * The steps that fail because of a known library defect, each with the defect. They are `test.failing`:
   * the assertions stay exactly as strict, and the suite fails as soon as the defect is fixed.
   */
  readonly failing: Partial<Record<Step, string>>;
  /**
   * Edits the library refuses at synth time by design, each with the error it must give (a part of it): the
   * step asserts that error, then that the deployment is unchanged (plan clean, live equal declared); the
   * next steps go on from the rules before the edit.
   * @default none
   */
  readonly refused?: Partial<Record<Step, string>>;
  /**
   * Options of the emulator (e.g. the CDN domains of the account).
   * @default none
   */
  readonly emulator?: CloudEmulatorOptions;
  /** The example, built as examples/main.ts builds it. */
  example(app: App): TerraformStack;
  /** The example's mirror with other rules, on another bucket when `bucketName` is given. */
  shape(app: App, rules: readonly RuleSpec[], bucketName?: string): TerraformStack;
  /** The `events` step: objects written and removed through the emulator, and what must have run. */
  events(context: LifecycleContext): Promise<void>;
  /** Runs first, before the example is built (e.g. to seed the emulator or start a local endpoint). */
  setup?(cloud: CloudEmulator): Promise<void>;
  /** Runs last. */
  teardown?(): Promise<void>;
}

/** Declares the Jest tests of a scenario. */
export function describeLifecycle(s: Scenario): void {
  describe(`${s.name}: terraform apply, plan, edits and destroy against the emulator`, () => {
    let cloud: CloudEmulator;
    let ws: TerraformWorkspace;
    let rules: readonly RuleSpec[] = s.rules;
    let bucket: string | undefined;

    beforeAll(async () => {
      cloud = await startCloudEmulator(s.emulator);
      for (const b of s.seedBuckets ?? []) await cloud.createBucket(b);
      await s.setup?.(cloud);
      ws = await TerraformWorkspace.create(s.example(Testing.app()),
        { env: cloud.env, providerMirror: providerMirror(), providerProcess: providerProcess() });
    });
    afterAll(async () => {
      await ws?.dispose();
      await cloud?.stop();
      await s.teardown?.();
    });

    const step = (name: Step, body: () => Promise<unknown>) => {
      const defect = s.failing[name];
      (defect ? test.failing : test)(STEPS[name], () => recordStep(s.name, STEPS[name], defect, body));
    };
    const edit = (name: Step, change: () => void) => step(name, async () => {
      const before = rules;
      change();
      const refusal = s.refused?.[name];
      if (refusal !== undefined) {
        expect(() => ws.load(s.shape(Testing.app(), rules, bucket))).toThrow(refusal);
        rules = before;
        await ws.assertCleanPlan();
        ws.assertLiveState(cloud);
        return;
      }
      ws.load(s.shape(Testing.app(), rules, bucket));
      await ws.apply();
      await ws.assertCleanPlan();
      ws.assertLiveState(cloud);
    });
    const e = s.edits;

    step('apply', () => ws.apply());
    step('replan', () => ws.assertCleanPlan());
    step('live', async () => ws.assertLiveState(cloud));
    step('events', () => s.events({ cloud, ws }));
    edit('add-rule', () => {
      rules = [...rules, e.addRule];
    });
    edit('add-event', () => {
      rules = changeRule(rules, e.addEvent.rule, (r) => ({ ...r, events: [...(r.events ?? []), e.addEvent.event] }));
    });
    edit('reorder', () => {
      rules = [...rules].reverse();
    });
    edit('change-filter', () => {
      rules = changeRule(rules, e.changeFilter.rule, (r) => ({
        ...r, prefix: e.changeFilter.prefix ?? r.prefix, suffix: e.changeFilter.suffix ?? r.suffix,
      }));
    });
    edit('disable', () => {
      rules = changeRule(rules, e.toggle, (r) => ({ ...r, enabled: false }));
    });
    edit('enable', () => {
      rules = changeRule(rules, e.toggle, (r) => ({ ...r, enabled: undefined }));
    });
    edit('qualifier', () => {
      const q = e.qualifier;
      rules = changeRule(rules, e.toggle, (r) => (typeof q === 'string' ? { ...r, qualifier: q } : { ...r, target: q.target }));
    });
    edit('remove-first', () => {
      rules = rules.slice(1);
    });
    edit('replace-bucket', () => {
      bucket = e.newBucket;
    });
    step('destroy', async () => {
      await ws.destroy();
      expect(await ws.stateAddresses()).toEqual([]);
      const left = {
        empty: cloud.isEmpty(),
        buckets: cloud.buckets().filter((b) => !b.seeded).map((b) => b.name),
        functions: cloud.functions().map((f) => f.name),
        triggers: cloud.triggers().length,
      };
      expect(left).toEqual({ empty: true, buckets: [], functions: [], triggers: 0 });
    });
  });
}
