import { createHash } from 'node:crypto';

/** Styles of the web app's own parts (the report brings REPORT_CSS). */
export const APP_CSS = `
:root{--app-bg:#faf9f6;--app-fg:#1c1e22;--app-muted:#5d636e;--app-line:#e2ded5;--app-card:#fff;--app-accent:#1d5bbf;--app-bad:#a4262c;--app-ok:#1e7b34;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--app-bg:#15171a;--app-fg:#e7e5e0;--app-muted:#a0a6b0;--app-line:#30343a;--app-card:#1d2024;--app-accent:#7aa7f0;--app-bad:#f0868b;--app-ok:#79c98d}}
html{background:var(--app-bg);color:var(--app-fg)}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--app-accent)}
.app-bar{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--app-line);background:var(--app-card)}
.app-brand{font:700 1.15rem Georgia,serif;color:var(--app-fg);text-decoration:none}
.app-bar form{display:flex;gap:.4rem;flex:1 1 12rem;min-width:0;max-width:28rem}
.app-bar input[type=search]{flex:1;min-width:0}
.app-bar button{margin:0}
.app-main{max-width:78rem;margin:0 auto;padding:1rem 1.25rem}
.app-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:1.5rem}
@media (max-width:800px){.app-grid{grid-template-columns:minmax(0,1fr)}.app-main{padding:1rem .75rem}}
.app-card{background:var(--app-card);border:1px solid var(--app-line);border-radius:8px;padding:1rem 1.1rem;margin-bottom:1rem}
.app-card h2{font:700 1.2rem Georgia,serif;margin:0 0 .6rem}
.app-form label{display:block;font-weight:600;margin:.7rem 0 .25rem}
.app-form .app-hint{font-weight:400;color:var(--app-muted);font-size:.88rem}
input,textarea,button{font:inherit;color:inherit}
input[type=text],input[type=search],input[type=password],textarea{width:100%;box-sizing:border-box;padding:.45rem .55rem;border:1px solid var(--app-line);border-radius:6px;background:var(--app-bg)}
textarea{min-height:7rem;resize:vertical}
textarea.app-short{min-height:3.5rem}
button{padding:.45rem .95rem;border-radius:6px;border:1px solid var(--app-accent);background:var(--app-accent);color:#fff;cursor:pointer;margin-top:.8rem}
button.app-quiet{background:transparent;color:var(--app-bad);border-color:var(--app-bad)}
button:disabled{opacity:.6;cursor:progress}
.app-stories{list-style:none;margin:0;padding:0}
.app-stories li{padding:.65rem 0;border-top:1px solid var(--app-line)}
.app-stories li:first-child{border-top:0}
.app-stories a{font-weight:600;font-size:1.05rem}
.app-meta{color:var(--app-muted);font-size:.88rem}
.app-coverage .app-sources{font-weight:600;color:inherit}
.app-new{color:#9a3412;font-weight:600}
.app-changes{margin:0 0 1rem}
.app-changes h2{font-size:1.05rem;margin:0 0 .4rem}
.app-changes ul{margin:.2rem 0 .6rem 1.2rem;padding:0}
.app-snippet{margin:.2rem 0 0;font-size:.92rem}
.app-snippet mark{background:#ffe58a;color:#1c1e22}
.app-messages{list-style:none;padding:0;margin:0 0 1rem}
.app-messages li{padding:.5rem .75rem;border-radius:6px;margin-bottom:.35rem;border:1px solid var(--app-line);background:var(--app-card)}
.app-messages li[data-severity=error]{border-color:var(--app-bad);color:var(--app-bad)}
.app-messages li[data-severity=ok]{border-color:var(--app-ok);color:var(--app-ok)}
.app-story-head{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;max-width:78rem;margin:0 auto;padding:1rem 1.25rem 0}
.app-story-head h1{font:700 1.1rem system-ui,sans-serif;margin:0;color:var(--app-muted)}
.app-live{font-size:.85rem;color:var(--app-muted)}
.app-live[data-state=ok]::before{content:"\\25cf ";color:var(--app-ok)}
.app-live[data-state=busy]::before{content:"\\25cf ";color:#c98a00}
.app-live[data-state=error]::before{content:"\\25cf ";color:var(--app-bad)}
.app-tools{max-width:78rem;margin:0 auto;padding:0 1.25rem}
.app-tools details{margin:.75rem 0}
.app-tools summary{cursor:pointer;font-weight:600}
.app-articles{width:100%;border-collapse:collapse;font-size:.9rem}
.app-articles th,.app-articles td{text-align:left;padding:.3rem .4rem;border-top:1px solid var(--app-line);vertical-align:top;overflow-wrap:anywhere}
.app-empty{max-width:78rem;margin:1rem auto;box-sizing:border-box}
.app-url{overflow-wrap:anywhere}
`;

/**
 * The web app's only script (the pages work without it): disables a form's button while it submits, asks before
 * deleting, and keeps a story page live: on each new story version (Server-Sent Events) it fetches the re-rendered
 * briefing and swaps it in. Received HTML is parsed with DOMParser, where scripts never run.
 */
export const APP_SCRIPT = `(function () {
  var doc = document, body = doc.body;
  doc.addEventListener('submit', function (event) {
    var form = event.target, question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); return; }
    var button = form.querySelector('button[type=submit]');
    if (button) setTimeout(function () { button.disabled = true; button.textContent = button.getAttribute('data-busy') || 'Working\\u2026'; }, 0);
  });
  var story = body.getAttribute('data-story');
  if (!story || !window.EventSource || !window.fetch) return;
  var status = doc.getElementById('live-status');
  function say(text, state) { if (status) { status.textContent = text; status.setAttribute('data-state', state); } }
  var current = Number(body.getAttribute('data-version')), wanted = current, loading = false;
  function refresh() {
    if (loading || wanted <= current) return;
    loading = true;
    say('Updating the briefing\\u2026', 'busy');
    var target = wanted;
    fetch('/stories/' + story + '/live', { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) throw new Error('HTTP ' + response.status); return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        var live = doc.getElementById('live');
        if (!next || !live) throw new Error('no live part');
        var back = doc.querySelector('.cb-back'), report = next.querySelector('.cb-report');
        if (back && report) report.appendChild(back);
        live.replaceWith(doc.adoptNode(next));
        current = Number(next.getAttribute('data-version')) || target;
        body.setAttribute('data-version', String(current));
        say('Live \\u00b7 updated to version ' + current, 'ok');
      })
      .catch(function () { say('Could not update; reload the page', 'error'); current = wanted; })
      .then(function () { loading = false; refresh(); });
  }
  var events = new EventSource('/api/stories/' + story + '/events');
  events.addEventListener('version', function (event) {
    var version = JSON.parse(event.data).version;
    if (version > wanted) wanted = version;
    if (!loading && wanted <= current) say('Live', 'ok');
    refresh();
  });
  events.addEventListener('deleted', function () { say('This story was deleted', 'error'); events.close(); });
  events.onerror = function () { say('Live updates paused; retrying\\u2026', 'busy'); };
})();`;

/** The CSP source that allows exactly APP_SCRIPT. */
export const APP_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(APP_SCRIPT, 'utf8').digest('base64')}'`;
