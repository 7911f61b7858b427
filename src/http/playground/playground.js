// The playground page: describe a workload in words (or load a scenario),
// edit the fields, send it to the REST API, show the answer. It opens on a
// blank workload, ready for words. Listeners only (no inline handlers), so a
// Content-Security-Policy without 'unsafe-inline' can be added later.

import { inferWorkload, pageData, recommend } from './api.js';
import { findings, problemView, recommendationCards } from './answer-view.js';
import { changesView } from './changes-view.js';
import { costView, usd } from './cost-view.js';
import { highlightedDescription, inferredList } from './description-view.js';
import { h, replace } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { pipelineDiagram, stagesPerRow } from './pipeline-diagram.js';
import { applyQuickField, buildQuickFields, fillQuickFields, quickFieldOf, setPath } from './workload-form.js';

// What the scenario picker shows besides the scenarios: a blank workload, or the user's own.
const BLANK = '';
const OWN = 'own';
const BLANK_WORKLOAD = '{}\n';

const $ = (id) => document.getElementById(id);
const form = $('workload-form');
const editor = $('workload-json');
const scenarioSelect = $('scenario');
const status = $('status');
const problemBox = $('problem');
const resultSections = ['pipeline-section', 'cards-section', 'cost-section', 'changes-section', 'findings', 'adr-section', 'raw-section'].map($);

let scenarios = [];
let serviceNames = {};
let adrUrl = '';
// The editor's text as last loaded (blank or a scenario): any other text is the user's own workload.
let loadedText = BLANK_WORKLOAD;
// The diagram shown, redrawn when its box's width changes how many stages fit a row.
let drawn;
// Answers to an older submit are dropped when a newer one is under way.
let latestRequest = 0;
// The answer shown, and a change just applied to it (said beside the next answer, with both costs).
let shownAnswer;
let applied;

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
  const workload = scenario ? scenario.workload : {};
  editor.value = scenario ? pretty(workload) : BLANK_WORKLOAD;
  loadedText = editor.value;
  scenarioSelect.value = scenario ? scenario.name : BLANK;
  fillQuickFields(form, workload);
  note(scenario ? `Loaded "${scenario.name}" (card: ${scenario.card}).` : 'A blank workload: describe it in words above, or set fields here.');
}

/** After an edit: the picker says the workload is the user's own once it differs from what was loaded. */
function markEdited() {
  if (editor.value !== loadedText) scenarioSelect.value = OWN;
}

/** The loaded scenario, while the editor still holds it unchanged. */
function unchangedScenario() {
  return editor.value === loadedText ? scenarios.find((item) => item.name === scenarioSelect.value) : undefined;
}

function drawDiagram() {
  const box = $('diagram');
  replace(box, drawn ? pipelineDiagram(drawn.pipeline, drawn.names, box.clientWidth) : null);
  if (drawn) drawn.perRow = stagesPerRow(box.clientWidth);
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
  drawn = stages > 0 ? { pipeline: answer.pipeline, names } : undefined;
  drawDiagram();
  $('cards-section').hidden = answer.recommendations.length === 0;
  replace($('cards'), ...recommendationCards(answer.recommendations, names));
  const cost = costView(answer, names);
  $('cost-section').hidden = cost === null;
  replace($('cost'), cost);
  const changes = changesView(answer, (change) => void applyChange(change));
  $('changes-section').hidden = changes === null && !applied;
  replace($('changes'), changes);
  $('change-note').textContent = applied ? appliedNote(applied, answer) : '';
  applied = undefined;
  shownAnswer = answer;
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

/** What applying a change did: the change, and the month's estimate before and after. */
function appliedNote({ change, before }, answer) {
  const fields = Object.entries(change).map(([path, value]) => `${path} = ${JSON.stringify(value)}`).join(', ');
  const after = answer.costEstimate?.monthlyUSD;
  const costs = before !== undefined && after !== undefined ? `: about ${usd(before)} a month before, ${usd(after)} now` : '';
  return `Applied ${fields}${costs}.`;
}

/** Writes a counterfactual's change into the workload JSON and recommends again. */
async function applyChange(change) {
  const parsed = parseEditor();
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    $('change-note').textContent = 'Fix the workload JSON first: the change is written into it.';
    return;
  }
  const workload = parsed.value;
  for (const [path, value] of Object.entries(change)) setPath(workload, path, Array.isArray(value) ? [...value] : value);
  editor.value = pretty(workload);
  markEdited();
  fillQuickFields(form, workload);
  applied = { change, before: shownAnswer?.costEstimate?.monthlyUSD };
  await submit();
}

/** Words typed in the description box that the workload JSON does not hold yet. */
function descriptionPending() {
  const text = $('description').value;
  if (text.trim() === '') return false;
  const parsed = parseEditor();
  return parsed.ok && parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value) && parsed.value.description !== text;
}

async function submit() {
  // Words typed but not read yet are read first: Recommend answers what the page shows.
  if (descriptionPending() && !(await readDescription())) return;
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
    applied = undefined;
    status.textContent = 'The advisor could not answer this workload; see the error below.';
    showProblem(json.problem);
    return;
  }
  showAnswer(json.body);
  showAdr(markdown, json.body.workload);
}

/**
 * Reads the description box into the workload and marks the words each field
 * came from. A scenario loaded and left unchanged is replaced by what the
 * words say (its fields would overrule them); fields the user set stay and
 * win. Says which it did. Resolves false when nothing could be read.
 */
async function readDescription() {
  const text = $('description').value;
  const descriptionNote = $('description-note');
  const highlights = $('description-highlights');
  if (text.trim() === '') {
    descriptionNote.textContent = 'Write a description first.';
    return false;
  }
  const replaced = unchangedScenario();
  const parsed = replaced || editor.value.trim() === '' ? { ok: true, value: {} } : parseEditor();
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    descriptionNote.textContent = 'Fix the workload JSON first: the fields read are written into it.';
    return false;
  }
  const kept = Object.keys(parsed.value).filter((key) => key !== 'description').length;
  const button = $('read-description');
  button.disabled = true;
  const result = await inferWorkload(JSON.stringify({ ...parsed.value, description: text }), { token: $('token').value.trim() });
  button.disabled = false;
  if (!result.ok) {
    highlights.hidden = true;
    replace($('inferred'));
    descriptionNote.textContent = `${result.problem.title}: ${result.problem.errors?.[0]?.message ?? result.problem.detail}`;
    return false;
  }
  const reading = result.body;
  editor.value = pretty(reading.workload);
  markEdited();
  fillQuickFields(form, reading.workload);
  note('');
  replace(highlights, ...highlightedDescription(text, reading.inferred));
  highlights.hidden = reading.inferred.length === 0;
  replace($('inferred'), inferredList(reading.inferred));
  const read = plural(reading.inferred.length, 'field');
  const done = replaced
    ? `Replaced the "${replaced.name}" scenario's fields with the ${read} read from the description.`
    : kept > 0
      ? `Read ${read} into your workload below; the fields it already had win over the words.`
      : `Read ${read} into the workload below.`;
  const warnings = reading.warnings.map((warning) => `${warning.code}: ${warning.message}`).join(' ');
  descriptionNote.textContent = `${done}${warnings ? ` ${warnings}` : ''}`;
  return true;
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
  editor.addEventListener('input', markEdited);
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
    markEdited();
    note('');
  });
  scenarioSelect.addEventListener('change', () => loadScenario(scenarioSelect.value));
  // Stages wrap onto rows to fit the box: draw again when the number per row changes.
  new ResizeObserver(() => {
    if (drawn && stagesPerRow($('diagram').clientWidth) !== drawn.perRow) drawDiagram();
  }).observe($('diagram'));
  $('format-json').addEventListener('click', () => {
    const parsed = parseEditor();
    if (parsed.ok) {
      editor.value = pretty(parsed.value);
      markEdited();
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
    scenarioSelect.append(
      h('option', { value: BLANK }, 'None: a blank workload'),
      h('option', { value: OWN, disabled: true, hidden: true }, 'Your own workload (edited)'),
      ...scenarios.map((scenario) => h('option', { value: scenario.name }, `${scenario.name} — ${scenario.card}`)),
    );
    loadScenario(BLANK);
    document.body.dataset.ready = 'true';
  } catch (error) {
    showProblem({ title: 'The playground could not load its data', detail: error.message, errors: [] });
  }
}

void start();
