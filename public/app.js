// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('sd-js');

// The main menu below the design system's breakpoint: dkfds.js opens and closes its drawer (focus
// kept inside, Escape closes). The "Menu" and "Luk menuen" links then stay on the page instead of
// following their #hovedmenu / # targets, and the menu link tells whether the drawer is open.
if (window.DKFDS) new window.DKFDS.Navigation().init();
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a.js-menu-open, a.js-menu-close')) event.preventDefault();
});
{
  const drawer = document.querySelector('.mobile-drawer');
  const opener = document.querySelector('.js-menu-open');
  if (drawer && opener) {
    const expanded = () => opener.setAttribute('aria-expanded', String(drawer.classList.contains('is-visible')));
    expanded();
    new MutationObserver(expanded).observe(drawer, { attributes: true, attributeFilter: ['class'] });
  }
}

// A table wider than its box (ScrollTable): mark the side where columns are hidden, so a shade
// shows there is more, and say so above the table; kept up to date on scrolling and resizing.
for (const frame of document.querySelectorAll('.sd-table-scroll')) {
  const box = frame.querySelector('.table--responsive-scroll');
  if (!box) continue;
  const hint = document.createElement('p');
  hint.className = 'sd-scroll-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = 'Rul til siden for at se hele tabellen.';
  frame.before(hint);
  const mark = () => {
    const hidden = box.scrollWidth - box.clientWidth;
    hint.hidden = hidden <= 1;
    frame.classList.toggle('sd-more-left', hidden > 1 && box.scrollLeft > 1);
    frame.classList.toggle('sd-more-right', hidden > 1 && box.scrollLeft < hidden - 1);
  };
  box.addEventListener('scroll', mark, { passive: true });
  new ResizeObserver(mark).observe(box);
}

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

// A destructive action's confirmation step (src/ui/confirm.tsx) as a dialog over the page: the
// step's own page is fetched and its question and form shown in a modal <dialog>, so the action
// is the same POST with the same CSRF token. Without JavaScript, or if the fetch fails, the link
// opens the step as a page.
document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-confirm-dialog]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (typeof HTMLDialogElement !== 'function') return;
  event.preventDefault();
  let step = null;
  try {
    const res = await fetch(link.href, { credentials: 'same-origin' });
    if (res.ok) step = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('.sd-confirm-step');
  } catch {
    step = null;
  }
  if (!step) {
    window.location.href = link.href;
    return;
  }
  const dialog = document.createElement('dialog');
  dialog.className = 'sd-dialog';
  const question = step.querySelector('h1');
  if (question) {
    const title = document.createElement('h2');
    title.id = 'sd-dialog-title';
    title.textContent = question.textContent;
    question.replaceWith(title);
    dialog.setAttribute('aria-labelledby', title.id);
  }
  dialog.append(document.adoptNode(step));
  for (const cancel of dialog.querySelectorAll('.sd-actions a')) {
    cancel.addEventListener('click', (e) => {
      e.preventDefault();
      dialog.close();
    });
  }
  dialog.addEventListener('close', () => {
    dialog.remove();
    link.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
});
