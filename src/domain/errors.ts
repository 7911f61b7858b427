/**
 * The base of every error the advisor throws on purpose, so that a caller
 * can tell them from bugs with one `instanceof`; each subclass says what kind.
 *
 * @example
 * try { await recommend(input); } catch (error) { if (error instanceof AdvisorError) console.error(error.message); else throw error; }
 */
export class AdvisorError extends Error {
  override name = 'AdvisorError';
}

/** One problem with a caller's input, located by JSON pointer. */
export interface FieldError {
  /** JSON pointer (RFC 6901) to the offending field, such as `/ingestion/throughputMBps`. */
  path: string;
  message: string;
}

/** The most field errors an answer lists; the rest are only counted, so an error stays small whatever the input. */
export const MAX_FIELD_ERRORS = 20;

/**
 * The workload (or another request) does not match its schema. Carries the
 * first {@link MAX_FIELD_ERRORS} problems, each with the JSON pointer of the
 * field, and `total`, how many there were.
 *
 * @example
 * try { await recommend({ latency: 'soon' }); }
 * catch (error) { if (error instanceof WorkloadValidationError) console.log(error.errors[0].path); } // '/latency'
 */
export class WorkloadValidationError extends AdvisorError {
  override name = 'WorkloadValidationError';
  readonly errors: readonly FieldError[];
  /** Every problem found, listed or not. */
  readonly total: number;

  constructor(errors: readonly FieldError[], what = 'workload', total = errors.length) {
    const first = errors[0];
    super(
      first
        ? `invalid ${what}: ${first.path ? `${first.path}: ` : ''}${first.message}${total > 1 ? ` (and ${total - 1} more)` : ''}`
        : `invalid ${what}`,
    );
    this.errors = errors.slice(0, MAX_FIELD_ERRORS);
    this.total = Math.max(total, this.errors.length);
  }
}

/** A rule file cannot be used; names the file, the rule (when known) and why. */
export class RuleLoadError extends AdvisorError {
  override name = 'RuleLoadError';
  readonly file: string;
  readonly ruleId: string | undefined;
  readonly reason: string;

  constructor(file: string, ruleId: string | undefined, reason: string) {
    super(`rule file ${file}${ruleId ? `, rule ${ruleId}` : ''}: ${reason}`);
    this.file = file;
    this.ruleId = ruleId;
    this.reason = reason;
  }
}

/** A rules directory cannot be read (missing, not a directory): named as a directory, not as a rule file. */
export class RuleDirectoryError extends RuleLoadError {
  override name = 'RuleDirectoryError';

  constructor(dir: string, reason: string) {
    super(dir, undefined, reason);
    this.message = `rules directory ${dir}: ${reason}`;
  }
}

/** A service id that is not in the catalog. */
export class UnknownServiceError extends AdvisorError {
  override name = 'UnknownServiceError';
  readonly id: string;

  constructor(id: string, known: readonly string[]) {
    super(`unknown service id "${id}"; known ids: ${known.join(', ')}`);
    this.id = id;
  }
}

/** A scenario file cannot be used: unreadable, not JSON, or not a scenario; names the file and why. */
export class ScenarioFileError extends AdvisorError {
  override name = 'ScenarioFileError';
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`scenario file ${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
}
