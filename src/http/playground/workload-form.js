// The quick fields: controls mirroring the workload's main fields, each naming its field
// (data-path="ingestion.mode") and kind (data-kind: list, enum, number). Changing one writes
// only that field into the JSON, so nothing else the user typed is lost.

import { h } from './dom.js';

function getPath(object, path) {
  return path.split('.').reduce((value, key) => (value && typeof value === 'object' ? value[key] : undefined), object);
}

/**
 * Sets a dotted path, or deletes it when `value` is undefined, dropping parents left empty.
 *
 * @example
 * setPath({ ingestion: { mode: 'streaming' } }, 'ingestion.throughputMBps', 5); // { ingestion: { mode: 'streaming', throughputMBps: 5 } }
 */
export function setPath(object, path, value) {
  const keys = path.split('.');
  const parents = [object];
  for (const key of keys.slice(0, -1)) {
    const parent = parents[parents.length - 1];
    if (!parent[key] || typeof parent[key] !== 'object' || Array.isArray(parent[key])) {
      if (value === undefined) return object;
      parent[key] = {};
    }
    parents.push(parent[key]);
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete parents[parents.length - 1][last];
  else parents[parents.length - 1][last] = value;
  for (let i = keys.length - 2; i >= 0 && value === undefined; i--) {
    if (Object.keys(parents[i + 1]).length === 0) delete parents[i][keys[i]];
  }
  return object;
}

/**
 * Fills the quick fields' choices from `/playground/form-options.json`.
 *
 * @example
 * buildQuickFields(form, { sources: ['iot-devices'], ingestionModes: ['streaming'], latencies: ['batch'], destinations: ['s3'] });
 */
export function buildQuickFields(form, options) {
  for (const control of form.querySelectorAll('[data-options]')) {
    const values = options[control.dataset.options] ?? [];
    if (control.dataset.kind === 'list') {
      const name = control.dataset.options;
      control.append(
        h(
          'div',
          { class: 'choice-grid' },
          values.map((value) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name, value }), ' ', value)),
        ),
      );
    } else {
      control.append(h('option', { value: '' }, '(not set)'), ...values.map((value) => h('option', { value }, value)));
    }
  }
}

/**
 * Shows a workload's values in the quick fields. A value the controls cannot
 * show (not one of the choices) leaves the control blank; the JSON keeps it.
 *
 * @example
 * fillQuickFields(form, { latency: 'real-time', destinations: ['s3'] });
 */
export function fillQuickFields(form, workload) {
  for (const control of form.querySelectorAll('[data-path]')) {
    const value = getPath(workload, control.dataset.path);
    if (control.dataset.kind === 'list') {
      const chosen = new Set(Array.isArray(value) ? value : []);
      for (const box of control.querySelectorAll('input[type=checkbox]')) box.checked = chosen.has(box.value);
    } else if (control.dataset.kind === 'number') {
      control.value = typeof value === 'number' ? String(value) : '';
    } else {
      control.value = [...control.options].some((option) => option.value === value) ? value : '';
    }
  }
}

/**
 * The quick field an event came from, if any.
 *
 * @example
 * form.addEventListener('change', (event) => { const control = quickFieldOf(event.target); });
 */
export function quickFieldOf(target) {
  return target instanceof Element ? target.closest('[data-path]') : null;
}

/**
 * Writes one quick field's value into a workload (mutating and returning it).
 * An emptied field is removed rather than sent empty.
 *
 * @example
 * applyQuickField({ latency: 'batch' }, document.getElementById('latency')); // { latency: 'real-time' } after picking it
 */
export function applyQuickField(workload, control) {
  const { path, kind } = control.dataset;
  let value;
  if (kind === 'list') {
    const checked = [...control.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
    value = checked.length > 0 ? checked : undefined;
  } else if (kind === 'number') {
    const text = control.value.trim();
    // Type-checking is the server's job: a bad number still goes in, and its error comes back named.
    value = text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text;
  } else {
    value = control.value === '' ? undefined : control.value;
  }
  return setPath(workload, path, value);
}
