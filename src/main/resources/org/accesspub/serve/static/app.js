// accesspub serve: on a job page that is waiting or working, follow its progress without reloading.
// Without JavaScript the page refreshes itself instead (<noscript><meta refresh>). No framework.
(function () {
  'use strict';
  var body = document.body;
  var job = body && body.getAttribute('data-job');
  var state = body && body.getAttribute('data-state');
  if (!job || (state !== 'queued' && state !== 'running')) {
    return;
  }
  var live = document.getElementById('live');
  var stateLine = document.getElementById('state');
  var announced = {};
  function update(s) {
    if (stateLine && stateLine.textContent !== s.text) {
      stateLine.textContent = s.text;
    }
    var news = [];
    s.formats.forEach(function (f) {
      var bar = document.getElementById(f.id);
      var text = document.getElementById(f.id + '-text');
      if (bar) {
        if (f.state === 'working' && f.max) {
          bar.max = f.max;
          bar.value = f.value;
        } else if (f.state === 'working') {
          bar.removeAttribute('value');
        } else {
          bar.max = 1;
          bar.value = f.state === 'done' ? 1 : 0;
        }
      }
      if (text && text.textContent !== f.text) {
        text.textContent = f.text;
      }
      if (f.state === 'done' && !announced[f.id]) {
        announced[f.id] = true;
        news.push(f.ready);
      }
    });
    if (news.length && live) {
      live.textContent = news.join(' ');
    }
    if (s.state !== 'queued' && s.state !== 'running') {
      window.location.reload();
      return false;
    }
    return true;
  }
  function poll() {
    fetch('/jobs/' + encodeURIComponent(job) + '/status', {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (s && update(s)) {
          window.setTimeout(poll, 1500);
        } else if (!s) {
          window.setTimeout(poll, 5000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  document.querySelectorAll('progress').forEach(function (p) {
    if (p.value === 1) { announced[p.id] = true; }
  });
  window.setTimeout(poll, 1000);
}());
