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
