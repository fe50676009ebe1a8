import * as path from 'path';
import { checkFolders, cycleReport, findCycles, importGraph } from '../scripts/check-cycles';

const ROOT = path.join(__dirname, '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'import-cycles');

/** The report on the fixture folder, whose files are named `<label>/...`. */
const fixtureReport = (label: string): string => [
  `2 import cycles in ${label}/ (type-only imports count):`,
  `  1. ${label}/a.ts -> ${label}/b.ts -> ${label}/a.ts`,
  `  2. ${label}/c.ts -> ${label}/d/index.ts -> ${label}/c.ts`,
  'Move what the files share (interfaces, types, helpers) into a file that imports neither of them.',
].join('\n');

describe('import cycle check', () => {
  test('reads type-only imports, export-from and folder imports as edges', () => {
    // GIVEN the fixture folder WHEN its graph is read THEN every relative import is an edge, packages are not
    expect(Object.fromEntries(importGraph(FIXTURE))).toEqual({
      'a.ts': ['b.ts'],
      'b.ts': ['a.ts'],
      'c.ts': ['d/index.ts'],
      'd/index.ts': ['c.ts'],
      'e.ts': ['a.ts'],
    });
  });

  test('finds each cycle once, whichever file it is entered from', () => {
    const graph = new Map([['x.ts', ['y.ts']], ['y.ts', ['z.ts']], ['z.ts', ['x.ts', 'w.ts']], ['w.ts', []]]);
    expect(findCycles(graph)).toEqual([['x.ts', 'y.ts', 'z.ts', 'x.ts']]);
  });

  test('a file importing itself is a cycle', () => {
    expect(findCycles(new Map([['x.ts', ['x.ts']]]))).toEqual([['x.ts', 'x.ts']]);
  });

  test('reports the cycles of a folder, one line each', () => {
    expect(cycleReport(FIXTURE, 'fixtures')).toBe(fixtureReport('fixtures'));
  });

  test('the command fails with the report on a folder with cycles', () => {
    // WHEN the check runs as `npm test` runs it (`check-cycles <folder>` from the project folder), on the fixture folder
    const printed: string[] = [];
    const status = checkFolders(['test/fixtures/import-cycles'], ROOT, (text) => printed.push(text));
    // THEN it exits with 1 and prints the cycles
    expect(printed).toEqual([fixtureReport('test/fixtures/import-cycles')]);
    expect(status).toBe(1);
  });

  test('the command passes without output on a folder without cycles, and checks lib/ when no folder is named', () => {
    const printed: string[] = [];
    expect(checkFolders(['lib/handler/'], ROOT, (text) => printed.push(text))).toBe(0);
    expect(checkFolders([], ROOT, (text) => printed.push(text))).toBe(0);
    expect(printed).toEqual([]);
  });

  test('lib/ has no import cycle', () => {
    expect(cycleReport(path.join(ROOT, 'lib'), 'lib')).toBeUndefined();
  });
});
