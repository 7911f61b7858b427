// The playground page: load a scenario, edit the workload, send it to the
// REST API, show the answer. Listeners only (no inline handlers), so a
// Content-Security-Policy without 'unsafe-inline' can be added later.

import { inferWorkload, pageData, recommend } from './api.js';
import { findings, problemView, recommendationCards } from './answer-view.js';
import { highlightedDescription, inferredList } from './description-view.js';
import { h, replace } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { pipelineDiagram } from './pipeline-diagram.js';
import { applyQuickField, buildQuickFields, fillQuickFields, quickFieldOf } from './workload-form.js';

const DEFAULT_SCENARIO = 'iot-telemetry';

const $ = (id) => document.getElementById(id);
const form = $('workload-form');
const editor = $('workload-json');
const scenarioSelect = $('scenario');
const status = $('status');
const problemBox = $('problem');
const resultSections = ['pipeline-section', 'cards-section', 'findings', 'adr-section', 'raw-section'].map($);

let scenarios = [];
let serviceNames = {};
let adrUrl = '';
// Answers to an older submit are dropped when a newer one is under way.
let latestRequest = 0;

const pretty = (value) => `${JSON.stringify(value, null, 2)}\n`;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

function parseEditor() {
  try {
    return { ok: true, value: JSON.parse(editor.value) };
  } catch (error) {
    return { ok: false, error };
  }
}

function note(text) {
  $('json-note').textContent = text;
}

function loadScenario(name) {
  const scenario = scenarios.find((item) => item.name === name);
  if (!scenario) return;
  editor.value = pretty(scenario.workload);
  fillQuickFields(form, scenario.workload);
  note(`Loaded "${scenario.name}" (card: ${scenario.card}).`);
}

function showProblem(problem, context) {
  replace(problemBox, problemView(problem, context));
}

function clearAnswer() {
  for (const section of resultSections) section.hidden = true;
  problemBox.replaceChildren();
}

function showAnswer(answer) {
  const names = { ...serviceNames, ...Object.fromEntries(answer.recommendations.map((item) => [item.service, item.name])) };
  const stages = answer.pipeline.length;
  status.textContent =
    answer.recommendations.length > 0
      ? `${plural(answer.recommendations.length, 'service')} in ${plural(stages, 'stage')} for "${answer.workload}" · ${plural(answer.warnings.length, 'warning')} · ${plural(answer.missing.length, 'open question')} · rules ${answer.rulesVersion}`
      : `No services yet for "${answer.workload}": the workload does not say enough. See the open questions.`;

  $('pipeline-section').hidden = stages === 0;
  replace($('diagram'), stages > 0 ? pipelineDiagram(answer.pipeline, names) : null);
  $('cards-section').hidden = answer.recommendations.length === 0;
  replace($('cards'), ...recommendationCards(answer.recommendations, names));
  const lists = findings(answer, names);
  replace($('warnings'), lists.warnings);
  replace($('rejected'), lists.rejected);
  replace($('missing'), lists.missing);
  $('findings').hidden = false;
  $('raw-json').textContent = pretty(answer);
  $('raw-section').hidden = false;
}

function showAdr(result, workloadName) {
  const article = $('adr');
  $('adr-note').textContent = '';
  $('adr-section').hidden = false;
  if (!result.ok) {
    replace(article, problemView(result.problem, 'ADR: '));
    $('copy-adr').disabled = true;
    return;
  }
  // Safe: renderMarkdown escapes every piece of text it emits.
  article.innerHTML = renderMarkdown(result.body, { headingOffset: 3 });
  article.dataset.markdown = result.body;
  $('copy-adr').disabled = false;
  if (adrUrl) URL.revokeObjectURL(adrUrl);
  adrUrl = URL.createObjectURL(new Blob([result.body], { type: 'text/markdown' }));
  const link = $('download-adr');
  link.href = adrUrl;
  link.download = `adr-${String(workloadName || 'workload').replace(/[^\w.-]+/g, '-')}.md`;
}

async function submit() {
  const request = ++latestRequest;
  const button = $('recommend');
  const text = editor.value;
  const token = $('token').value.trim();
  button.textContent = 'Recommending…';
  $('results').setAttribute('aria-busy', 'true');
  status.textContent = 'Asking the advisor…';
  const [json, markdown] = await Promise.all([recommend(text, { token }), recommend(text, { token, format: 'markdown' })]);
  if (request !== latestRequest) return;
  button.textContent = 'Recommend';
  $('results').removeAttribute('aria-busy');
  clearAnswer();
  if (!json.ok) {
    status.textContent = 'The advisor could not answer this workload; see the error below.';
    showProblem(json.problem);
    return;
  }
  showAnswer(json.body);
  showAdr(markdown, json.body.workload);
}

/** Reads the description box into the workload: the JSON's own fields stay, the rest are filled and marked in the text. */
async function readDescription() {
  const text = $('description').value;
  const descriptionNote = $('description-note');
  const highlights = $('description-highlights');
  if (text.trim() === '') {
    descriptionNote.textContent = 'Write a description first.';
    return;
  }
  const parsed = editor.value.trim() === '' ? { ok: true, value: {} } : parseEditor();
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    descriptionNote.textContent = 'Fix the workload JSON first: the fields read are written into it.';
    return;
  }
  const button = $('read-description');
  button.disabled = true;
  const result = await inferWorkload(JSON.stringify({ ...parsed.value, description: text }), { token: $('token').value.trim() });
  button.disabled = false;
  if (!result.ok) {
    highlights.hidden = true;
    replace($('inferred'));
    descriptionNote.textContent = `${result.problem.title}: ${result.problem.errors?.[0]?.message ?? result.problem.detail}`;
    return;
  }
  const reading = result.body;
  editor.value = pretty(reading.workload);
  fillQuickFields(form, reading.workload);
  replace(highlights, ...highlightedDescription(text, reading.inferred));
  highlights.hidden = reading.inferred.length === 0;
  replace($('inferred'), inferredList(reading.inferred));
  const warnings = reading.warnings.map((warning) => `${warning.code}: ${warning.message}`).join(' ');
  descriptionNote.textContent = `Read ${plural(reading.inferred.length, 'field')} into the workload below.${warnings ? ` ${warnings}` : ''}`;
}

async function copyAdr() {
  try {
    await navigator.clipboard.writeText($('adr').dataset.markdown ?? '');
    $('adr-note').textContent = 'Markdown copied to the clipboard.';
  } catch {
    $('adr-note').textContent = 'The browser did not allow copying; use Download .md instead.';
  }
}

function wireEvents() {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  // The editor is the source of truth: after a hand edit, the quick fields follow it.
  editor.addEventListener('change', () => {
    const parsed = parseEditor();
    if (parsed.ok && parsed.value && typeof parsed.value === 'object') {
      fillQuickFields(form, parsed.value);
      note('');
    }
  });
  form.addEventListener('change', (event) => {
    const control = quickFieldOf(event.target);
    if (!control) return;
    const parsed = parseEditor();
    const workload = parsed.ok ? parsed.value : editor.value.trim() === '' ? {} : undefined;
    if (!workload || typeof workload !== 'object' || Array.isArray(workload)) {
      note(`Fix the JSON first: the quick fields write into it. ${parsed.ok ? 'It must be an object.' : parsed.error.message}`);
      return;
    }
    editor.value = pretty(applyQuickField(workload, control));
    note('');
  });
  scenarioSelect.addEventListener('change', () => loadScenario(scenarioSelect.value));
  $('format-json').addEventListener('click', () => {
    const parsed = parseEditor();
    if (parsed.ok) {
      editor.value = pretty(parsed.value);
      note('');
    } else note(`Not valid JSON yet: ${parsed.error.message}`);
  });
  $('copy-adr').addEventListener('click', () => void copyAdr());
  $('read-description').addEventListener('click', () => void readDescription());
}

async function start() {
  wireEvents();
  try {
    const [loaded, options] = await Promise.all([pageData('/playground/scenarios.json'), pageData('/playground/form-options.json')]);
    scenarios = loaded;
    serviceNames = options.serviceNames ?? {};
    buildQuickFields(form, options);
    scenarioSelect.append(...scenarios.map((scenario) => h('option', { value: scenario.name }, `${scenario.name} — ${scenario.card}`)));
    scenarioSelect.value = DEFAULT_SCENARIO;
    loadScenario(DEFAULT_SCENARIO);
    document.body.dataset.ready = 'true';
  } catch (error) {
    showProblem({ title: 'The playground could not load its data', detail: error.message, errors: [] });
  }
}

void start();
