// Opens a confirmation as a <dialog> instead of following its link. Without scripts (or without <dialog>
// support) the link goes to the same confirmation as a page, so every action works either way.
document.addEventListener('click', (e) => {
  const open = e.target.closest('a[data-dialog]');
  if (open && open.dataset.dialog) {
    const dialog = document.getElementById(open.dataset.dialog);
    if (dialog && typeof dialog.showModal === 'function') {
      e.preventDefault();
      dialog.showModal();
    }
    return;
  }
  const close = e.target.closest('dialog [data-close]');
  if (close) {
    e.preventDefault();
    close.closest('dialog').close();
  }
});
