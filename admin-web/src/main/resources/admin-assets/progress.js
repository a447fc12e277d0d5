// Live progress of a district's sync: polls the JSON endpoint while a run holds the district's lease,
// moves the bar, and reloads the page once the run is over so the history shows it.
(function () {
  var live = document.getElementById('live');
  if (!live) { return; }
  var bar = document.getElementById('bar');
  var phase = document.getElementById('phase');
  var seen = live.dataset.running === 'true';
  var polls = 0;
  function poll() {
    fetch(live.dataset.progress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        polls++;
        if (p.running) {
          seen = true;
          live.hidden = false;
          bar.style.width = p.percent + '%';
          phase.textContent = p.phase + ' (' + p.percent + '%)';
          setTimeout(poll, 1000);
        } else if (seen) {
          location.reload();
        } else if (polls < 5) {
          setTimeout(poll, 1000); // a run just started may not hold its lease yet
        }
      });
  }
  poll();
})();
