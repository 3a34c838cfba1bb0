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
