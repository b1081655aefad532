// Progressive enhancement for the desk: live character counters, focus on a refused form's errors.
// Every form works without this file.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-counter]').forEach((input) => {
    const output = document.getElementById(input.dataset.counter);
    if (!output) return;
    const max = Number(input.getAttribute('maxlength')) || 75;
    const help = output.textContent;
    output.setAttribute('aria-live', 'polite');
    const update = () => {
      output.textContent = `${input.value.length} / ${max} · ${help}`;
    };
    input.addEventListener('input', update);
    update();
  });
  // A refused form: the summary of its errors, or else its first field with an error, takes the focus.
  const refused = document.getElementById('error-summary') || document.querySelector('[aria-invalid="true"]');
  if (refused) refused.focus();
});

// An error summary's link to a group of radio buttons (whose inputs are name1, name2…): focus the checked or the
// first one of the group, as a link to a single field focuses that field
document.addEventListener('click', (event) => {
  const link = event.target.closest('.error-summary a[href^="#"]');
  if (!link) return;
  const name = decodeURIComponent(link.getAttribute('href').slice(1));
  if (!name || document.getElementById(name)) return;
  const group = document.querySelectorAll('input[name="' + CSS.escape(name) + '"]');
  if (group.length === 0) return;
  event.preventDefault();
  const target = Array.from(group).find((input) => input.checked) || group[0];
  target.focus();
  target.scrollIntoView({block: 'center'});
});

// "Did you mean" beside the speaker's name: a click puts the name in the field, the rest of the form kept
document.addEventListener('click', (event) => {
  const choice = event.target.closest('.speaker-choice');
  if (!choice) return;
  const input = document.getElementById('speakerName');
  if (input) {
    input.value = choice.dataset.speaker;
    input.focus();
  }
});

// The date said follows its precision: a year, a month or a date field. The server reads the same text
// from each (2022, 2022-07, 2022-07-18); a value that does not fit the new precision stays as typed, in a
// text field, for the editor to complete (the server refuses it, beside the field, if it is sent so).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-precision-field]').forEach((input) => {
    const precision = document.getElementById(input.dataset.precisionField);
    if (!precision) return;
    const shapes = {
      DAY: { type: 'date', pattern: /^\d{4}-\d{2}-\d{2}$/ },
      MONTH: { type: 'month', pattern: /^\d{4}-\d{2}$/ },
      YEAR: { type: 'number', pattern: /^\d{4}$/ },
    };
    const follow = () => {
      const shape = shapes[precision.value];
      let value = input.value.trim();
      if (shape && precision.value === 'MONTH' && /^\d{4}-\d{2}-\d{2}$/.test(value)) value = value.slice(0, 7);
      if (shape && precision.value === 'YEAR' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) value = value.slice(0, 4);
      const fits = shape && (value === '' || shape.pattern.test(value));
      input.type = fits ? shape.type : 'text';
      if (input.type === 'number') {
        input.min = '1000';
        input.max = String(new Date().getFullYear());
      } else {
        input.removeAttribute('min');
        input.removeAttribute('max');
      }
      input.disabled = precision.value === 'UNKNOWN' && value === '';
      input.value = value;
    };
    precision.addEventListener('change', follow);
    follow();
  });
});

// The article's text beside the quote: selecting words in it, or clicking a sentence, puts them in the quote
// field with up to 40 characters before and after them, cut at a word, as the server's TextQuoteSelector
// takes them; typing in the quote field drops that context (the server then finds the words itself). A search
// field marks where words occur in the text.
document.addEventListener('DOMContentLoaded', () => {
  const body = document.getElementById('article-body');
  const quote = body && document.getElementById(body.dataset.quote);
  const prefix = document.getElementById('quotePrefix');
  const suffix = document.getElementById('quoteSuffix');
  if (!body || !quote || !prefix || !suffix) return;
  const CONTEXT = 40;
  const paragraphs = Array.from(body.children).filter((child) => child.tagName === 'P');
  const text = () => paragraphs.map((p) => p.textContent).join('\n');
  const paragraphStart = (index) => {
    let start = 0;
    for (let i = 0; i < index && i < paragraphs.length; i += 1) start += paragraphs[i].textContent.length + 1;
    return start;
  };
  // a point in the page (a node and an offset in it) as an offset in the article's text
  const offsetOf = (node, offset) => {
    if (node === body) return offset < paragraphs.length ? paragraphStart(offset) : text().length;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const paragraph = paragraphs.find((p) => p.contains(element));
    if (!paragraph) return null;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return paragraphStart(paragraphs.indexOf(paragraph)) + range.toString().length;
  };
  const fill = (from, to) => {
    const all = text();
    let start = from;
    let end = to;
    while (start < end && /\s/.test(all[start])) start += 1;
    while (end > start && /\s/.test(all[end - 1])) end -= 1;
    if (end <= start) return;
    let before = all.substring(Math.max(0, start - CONTEXT), start);
    let after = all.substring(end, Math.min(all.length, end + CONTEXT));
    if (start > CONTEXT && before.indexOf(' ') >= 0) before = before.substring(before.indexOf(' ') + 1);
    if (end + CONTEXT < all.length && after.lastIndexOf(' ') > 0) after = after.substring(0, after.lastIndexOf(' '));
    quote.value = all.substring(start, end);
    prefix.value = before;
    suffix.value = after;
    quote.dispatchEvent(new Event('change', { bubbles: true }));
  };
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start !== null && end !== null) fill(start, end);
  });
  // a click (no words selected) takes the sentence clicked
  body.addEventListener('click', (event) => {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    let node = null;
    let offset = 0;
    if (document.caretPositionFromPoint) {
      const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
      if (caret) ({ offsetNode: node, offset } = caret);
    } else if (document.caretRangeFromPoint) {
      const caret = document.caretRangeFromPoint(event.clientX, event.clientY);
      if (caret) ({ startContainer: node, startOffset: offset } = caret);
    }
    if (!node) return;
    const at = offsetOf(node, offset);
    const paragraph = paragraphs.find((p) => p.contains(node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement));
    if (at === null || !paragraph) return;
    const start = paragraphStart(paragraphs.indexOf(paragraph));
    const sentences = /[^.!?]+(?:[.!?]+["'\u201d\u2019)]*)?\s*/g;
    let match = sentences.exec(paragraph.textContent);
    while (match) {
      if (at - start < match.index + match[0].length) {
        fill(start + match.index, start + match.index + match[0].length);
        return;
      }
      match = sentences.exec(paragraph.textContent);
    }
  });
  quote.addEventListener('input', () => {
    prefix.value = '';
    suffix.value = '';
  });

  const find = document.getElementById('article-find');
  const count = document.getElementById('article-find-count');
  if (!find || !count) return;
  find.closest('.article-search').hidden = false;
  find.addEventListener('input', () => {
    paragraphs.forEach((p) => {
      if (p.querySelector('mark')) p.textContent = p.textContent;
    });
    const term = find.value.trim().toLowerCase();
    if (term.length < 2) {
      count.textContent = '';
      return;
    }
    let found = 0;
    paragraphs.forEach((p) => {
      const words = p.textContent;
      const lower = words.toLowerCase();
      let at = lower.indexOf(term);
      if (at < 0) return;
      const marked = document.createDocumentFragment();
      let last = 0;
      while (at >= 0) {
        marked.append(words.slice(last, at));
        const mark = document.createElement('mark');
        mark.textContent = words.slice(at, at + term.length);
        marked.append(mark);
        found += 1;
        last = at + term.length;
        at = lower.indexOf(term, last);
      }
      marked.append(words.slice(last));
      p.replaceChildren(marked);
    });
    count.textContent = found === 0 ? count.dataset.none : count.dataset.some.replace('{0}', String(found));
    const first = body.querySelector('mark');
    if (first) first.scrollIntoView({ block: 'center' });
  });
});

// A file over the upload's limit is refused here, before it is sent: the server refuses it too, but it
// stops reading at once and a browser still sending shows only that the connection broke.
document.addEventListener('submit', (event) => {
  event.target.querySelectorAll('input[type=file][data-max-bytes]').forEach((input) => {
    const max = Number(input.dataset.maxBytes);
    const tooLarge = Array.from(input.files || []).some((file) => file.size > max);
    const message = document.getElementById(input.dataset.tooLarge);
    if (!message) return;
    message.hidden = !tooLarge;
    if (tooLarge) {
      event.preventDefault();
      input.setAttribute('aria-invalid', 'true');
      message.focus();
    } else {
      input.removeAttribute('aria-invalid');
    }
  });
});
