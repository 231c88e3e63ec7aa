// The detail page's keyboard shortcuts (documented on the page, "Keyboard shortcuts"):
// j the next application in the queue's view, k the previous one. Not while typing in a field,
// nor with a modifier key held (the browser's own shortcuts stay). The links work without this.
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
    return;
  }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) {
    return;
  }
  var link = null;
  if (event.key === 'j') {
    link = document.getElementById('next-application');
  } else if (event.key === 'k') {
    link = document.getElementById('previous-application');
  }
  if (link) {
    event.preventDefault();
    window.location.assign(link.href);
  }
});
