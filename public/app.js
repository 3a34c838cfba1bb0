// Progressive enhancement only: every page works without this file.
// A double click on a submit button sends the form twice, and the second POST would add a
// second item, action item or meeting. Ignore a form's repeat submissions for a few seconds;
// the pause ends by itself, since a form that downloads a file never leaves the page.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
  if (form.dataset.submitting) {
    event.preventDefault();
    return;
  }
  form.dataset.submitting = 'true';
  setTimeout(() => delete form.dataset.submitting, 4000);
});

// Back from the next page (the browser's page cache keeps the flag): the form may be sent again.
window.addEventListener('pageshow', () => {
  for (const form of document.forms) delete form.dataset.submitting;
});
