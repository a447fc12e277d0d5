// Live progress of a district's sync: polls the JSON endpoint while a run holds the district's lease and
// moves the bar; once a run is over (or one finished between polls), reloads so the history shows it.
(function () {
  var live = document.getElementById('live');
  if (!live) { return; }
  var bar = document.getElementById('bar');
  var phase = document.getElementById('phase');
  var shownRun = live.dataset.lastRun;
  var seen = live.dataset.running === 'true';
  function poll() {
    fetch(live.dataset.progress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        if (p.running) {
          seen = true;
          live.hidden = false;
          bar.style.width = p.percent + '%';
          phase.textContent = p.phase + ' (' + p.percent + '%)';
          setTimeout(poll, 1000);
        } else if (seen || p.lastRunId !== shownRun) {
          location.reload();
        }
      });
  }
  poll();
})();
