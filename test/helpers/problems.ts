// The validation messages of a stack that must not synthesize, one per problem, in the order cdktf reports them.
import { TerraformStack } from 'cdktf';
import { synthError } from './stack';

export function problemsOf(stack: TerraformStack): string[] {
  const [head, ...lines] = synthError(stack).split('\n');
  if (head !== 'Validation failed with the following errors:') throw new Error(`unexpected validation report: ${head}`);
  const end = lines.indexOf('');
  return (end < 0 ? lines : lines.slice(0, end)).map((l) => l.replace(/^ {2}/, ''));
}
