// The library defects the lifecycle tests expose (each `test.failing` step names one), as the provider's and
// the SCF API's real behaviour makes them fail.
export const DEFECTS = {
  /** Several standalone triggers of one function on one bucket. */
  sharedId: 'two COS triggers of one function on one bucket get the same provider id and read back as one ' +
    '(ListTriggers, newest first): a permanent diff, in-place updates that UpdateTrigger refuses, and deletes that ' +
    'send another trigger\'s trigger_desc',
  /** Changing a trigger's attributes. */
  inPlaceUpdate: 'a changed filter, enable, qualifier or description is an in-place update of the trigger, which ' +
    'UpdateTrigger refuses for cos triggers',
} as const;

/** A step that fails because of several defects, each of which alone would make it fail. */
export function defects(...list: string[]): string {
  return list.join('; and: ');
}
