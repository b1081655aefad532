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
