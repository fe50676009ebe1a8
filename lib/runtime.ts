/** The language family of an SCF runtime: it decides the handler format. */
export enum RuntimeFamily {
  /** Node.js: handler `<file>.<function>`, e.g. `index.main_handler`. */
  NODEJS = 'NODEJS',
  /** Python: handler `<file>.<function>`, e.g. `index.main_handler`. */
  PYTHON = 'PYTHON',
  /** PHP: handler `<file>.<function>`. */
  PHP = 'PHP',
  /** Go: handler is the executable's name, e.g. `main`. */
  GO = 'GO',
  /** Java: handler `<package>.<Class>::<method>`, e.g. `example.Hello::mainHandler`. */
  JAVA = 'JAVA',
  /** A custom runtime started by a `scf_bootstrap` file. */
  CUSTOM = 'CUSTOM',
}

/**
 * An SCF runtime. Use the constants; `Runtime.of()` names a runtime released after this library.
 * @see https://www.tencentcloud.com/document/product/583/17244
 */
export class Runtime {
  /** Node.js 12.16. */
  public static readonly NODEJS_12_16 = new Runtime('Nodejs12.16', RuntimeFamily.NODEJS);
  /** Node.js 14.18. */
  public static readonly NODEJS_14_18 = new Runtime('Nodejs14.18', RuntimeFamily.NODEJS);
  /** Node.js 16.13. */
  public static readonly NODEJS_16_13 = new Runtime('Nodejs16.13', RuntimeFamily.NODEJS);
  /** Node.js 18.15. */
  public static readonly NODEJS_18_15 = new Runtime('Nodejs18.15', RuntimeFamily.NODEJS);
  /** Python 3.6. */
  public static readonly PYTHON_3_6 = new Runtime('Python3.6', RuntimeFamily.PYTHON);
  /** Python 3.7. */
  public static readonly PYTHON_3_7 = new Runtime('Python3.7', RuntimeFamily.PYTHON);
  /** Python 3.9. */
  public static readonly PYTHON_3_9 = new Runtime('Python3.9', RuntimeFamily.PYTHON);
  /** Python 3.10. */
  public static readonly PYTHON_3_10 = new Runtime('Python3.10', RuntimeFamily.PYTHON);
  /** PHP 7.2. */
  public static readonly PHP_7_2 = new Runtime('Php7', RuntimeFamily.PHP);
  /** PHP 7.4. */
  public static readonly PHP_7_4 = new Runtime('Php7.4', RuntimeFamily.PHP);
  /** PHP 8.0. */
  public static readonly PHP_8_0 = new Runtime('Php8.0', RuntimeFamily.PHP);
  /** Go 1.x. */
  public static readonly GO_1 = new Runtime('Go1', RuntimeFamily.GO);
  /** Java 8. */
  public static readonly JAVA_8 = new Runtime('Java8', RuntimeFamily.JAVA);
  /** A custom runtime (`scf_bootstrap`). */
  public static readonly CUSTOM_RUNTIME = new Runtime('CustomRuntime', RuntimeFamily.CUSTOM);

  /**
   * A runtime by its SCF name, for runtimes newer than this library, e.g. `Runtime.of('Nodejs20.15', RuntimeFamily.NODEJS)`.
   * @param name the runtime name the SCF API accepts
   * @param family the language family, which decides the handler format
   */
  public static of(name: string, family: RuntimeFamily): Runtime {
    return new Runtime(name, family);
  }

  /**
   * @param name the runtime name the SCF API accepts, e.g. `Nodejs18.15`
   * @param family the language family
   */
  private constructor(public readonly name: string, public readonly family: RuntimeFamily) {}

  /** The runtime name. */
  public toString(): string {
    return this.name;
  }
}

/** The handler rule of each family, as a pattern and an example. Not exported from the package root. */
export const HANDLER_RULES: Record<RuntimeFamily, { pattern: RegExp; example: string; format: string }> = {
  [RuntimeFamily.NODEJS]: { pattern: /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.[A-Za-z_$][A-Za-z0-9_$]*$/, example: 'index.main_handler', format: '<file>.<function>' },
  [RuntimeFamily.PYTHON]: { pattern: /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.[A-Za-z_][A-Za-z0-9_]*$/, example: 'index.main_handler', format: '<file>.<function>' },
  [RuntimeFamily.PHP]: { pattern: /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.[A-Za-z_][A-Za-z0-9_]*$/, example: 'index.main_handler', format: '<file>.<function>' },
  [RuntimeFamily.GO]: { pattern: /^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]$/, example: 'main', format: '<executable name>' },
  [RuntimeFamily.JAVA]: { pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*::[A-Za-z_][A-Za-z0-9_]*$/, example: 'example.Hello::mainHandler', format: '<package>.<Class>::<method>' },
  [RuntimeFamily.CUSTOM]: { pattern: /^[A-Za-z][A-Za-z0-9_.:-]*[A-Za-z0-9]$/, example: 'index.main_handler', format: 'any name your bootstrap reads' },
};
