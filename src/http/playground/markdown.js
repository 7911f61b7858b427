// A tiny Markdown renderer for the ADRs the API writes (front matter, headings, lists,
// tables, code, quotes, emphasis, links). Every piece of text is escaped before it becomes HTML,
// so the output is safe to assign to innerHTML whatever the Markdown holds.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b>"hi"</b>'); // '&lt;b&gt;&quot;hi&quot;&lt;/b&gt;'
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

// javascript:, data: and protocol-relative URLs stay text.
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

// A backslash before ASCII punctuation is that character, literally (CommonMark).
const INLINE = /\\([!-/:-@[-`{-~])|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])/g;

function inline(text) {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, escaped, code, label, url, bold, italic] = match;
    html += escapeHtml(text.slice(last, match.index));
    if (escaped !== undefined) html += escapeHtml(escaped);
    else if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (label !== undefined) {
      html += SAFE_URL.test(url)
        ? `<a href="${escapeHtml(url)}"${url.startsWith('http') ? ' target="_blank" rel="noopener noreferrer"' : ''}>${inline(label)}</a>`
        : escapeHtml(whole);
    } else if (bold !== undefined) html += `<strong>${inline(bold)}</strong>`;
    else html += `<em>${inline(italic)}</em>`;
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}

function frontMatter(lines) {
  if (lines[0]?.trim() !== '---') return { html: '', rest: lines };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { html: '', rest: lines };
  const rows = lines.slice(1, end).map((line) => {
    const colon = line.indexOf(':');
    const key = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    return `<div><dt>${escapeHtml(key.trim())}</dt><dd>${escapeHtml(value)}</dd></div>`;
  });
  return { html: `<dl class="front-matter">${rows.join('')}</dl>`, rest: lines.slice(end + 1) };
}

const LIST_ITEM = /^(\s*)([*+-]|\d+[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;

/** The cells of a table row: split on pipes a backslash does not escape. */
function cells(row) {
  return row.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** A GitHub-style table: a header row, its rule, then body rows; every cell inline Markdown. */
function table(rows) {
  const head = cells(rows[0]).map((cell) => `<th scope="col">${inline(cell)}</th>`).join('');
  const body = rows.slice(2).map((row) => `<tr>${cells(row).map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * Renders Markdown to HTML with every text escaped. `headingOffset` shifts
 * heading levels so a document's `#` fits under the page's own headings.
 *
 * @example
 * renderMarkdown('# Title\n\n* **bold** and `code`', { headingOffset: 2 });
 * // '<h3>Title</h3><ul><li><strong>bold</strong> and <code>code</code></li></ul>'
 */
export function renderMarkdown(markdown, { headingOffset = 0 } = {}) {
  const { html: front, rest } = frontMatter(String(markdown).replace(/\r\n?/g, '\n').split('\n'));
  const out = [front];
  let paragraph = [];
  let list = null; // { tag, items: string[] }

  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };

  for (let i = 0; i < rest.length; i++) {
    const line = rest[i];
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const code = [];
      while (++i < rest.length && !rest[i].trim().startsWith(fence[1])) code.push(rest[i]);
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      continue;
    }
    if (TABLE_ROW.test(line) && TABLE_RULE.test(rest[i + 1] ?? '')) {
      flushParagraph();
      flushList();
      const rows = [line, rest[++i]];
      while (TABLE_ROW.test(rest[i + 1] ?? '')) rows.push(rest[++i]);
      out.push(table(rows));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      const tag = /\d/.test(item[2]) ? 'ol' : 'ul';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(item[3]);
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flushParagraph();
      flushList();
      out.push('<hr>');
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      flushParagraph();
      flushList();
      out.push(`<blockquote><p>${inline(quote[1])}</p></blockquote>`);
      continue;
    }
    // An indented line right after a list item continues that item.
    if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return out.join('\n');
}
