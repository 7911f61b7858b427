// Element builders. Children given as strings become text nodes, never markup,
// so nothing the API echoes back (workload names, messages) can inject HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * An HTML element with attributes and children.
 *
 * @example
 * h('li', { class: 'warning' }, h('code', {}, 'stream-limit'), ': ', message);
 */
export function h(tag, attributes, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/**
 * An SVG element with attributes and children.
 *
 * @example
 * svg('rect', { x: 0, y: 0, width: 10, height: 10, rx: 4 });
 */
export function svg(tag, attributes, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

/**
 * Replaces an element's content.
 *
 * @example
 * replace(document.getElementById('cards'), ...cards);
 */
export function replace(element, ...children) {
  element.replaceChildren();
  return fill(element, {}, children);
}
