export { type DescriptionConflict, type DescriptionReading, type InferredField, InferredFieldSchema } from './inferred-field.js';
export { applyDescription, type AppliedDescription } from './merge-description.js';
export { readDescription } from './read-description.js';
export { warmUpReader } from './warm-up.js';

export { type DescriptionWarning, descriptionWarnings } from './describe-warnings.js';
