import { createHash } from 'node:crypto';

/**
 * The report's only script (progressive enhancement; the report works without it): marks every piece of
 * the passage named by the URL hash, opens <details> around it, shows its source column whole with the passage
 * centred in it, links hovered highlights
 * across sources, offers a "back" button after a jump, and opens all <details> before printing.
 */
export const REPORT_SCRIPT = `(function () {
  var doc = document;
  doc.documentElement.setAttribute('data-cb-js', 'on');
  var marked = [];
  var back = doc.createElement('button');
  back.type = 'button';
  back.className = 'cb-back';
  back.textContent = '\\u2191 Back';
  back.hidden = true;
  back.addEventListener('click', function () { history.back(); });
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function showTarget(scroll) {
    each(marked, function (el) { el.classList.remove('is-target'); });
    marked = [];
    var id = '';
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var el = id ? doc.getElementById(id) : null;
    back.hidden = !(el && el.hasAttribute('data-p'));
    if (!el) return;
    for (var up = el.parentElement; up; up = up.parentElement) if (up.tagName === 'DETAILS') up.open = true;
    marked = el.hasAttribute('data-p') ? doc.querySelectorAll('[data-p="' + CSS.escape(id) + '"]') : [el];
    each(marked, function (m) { m.classList.add('is-target'); });
    if (scroll) reveal(el);
  }
  function reveal(el) {
    var box = el.closest('.cb-column-body');
    if (!box) { el.scrollIntoView({ block: 'center', inline: 'nearest' }); return; }
    box.parentElement.scrollIntoView({ block: 'start', inline: 'nearest' });
    var offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += offset - (box.clientHeight - Math.min(el.getBoundingClientRect().height, box.clientHeight)) / 2;
  }
  var linked = [];
  function link(event) {
    var mark = event.target.closest ? event.target.closest('mark[data-g]') : null;
    each(linked, function (el) { el.classList.remove('is-linked'); });
    linked = [];
    if (!mark) return;
    var found = [];
    each(mark.getAttribute('data-g').split(' '), function (g) {
      each(doc.querySelectorAll('mark[data-g~="' + CSS.escape(g) + '"]'), function (m) { found.push(m); });
    });
    linked = found;
    each(linked, function (m) { m.classList.add('is-linked'); });
  }
  window.addEventListener('hashchange', function () { showTarget(true); });
  window.addEventListener('beforeprint', function () { each(doc.querySelectorAll('.cb-report details'), function (d) { d.open = true; }); });
  doc.addEventListener('mouseover', link);
  doc.addEventListener('focusin', link);
  function start() { (doc.querySelector('.cb-report') || doc.body).appendChild(back); showTarget(false); }
  // The browser's own jump to a hash given at load comes after this script; reveal again once it is done.
  window.addEventListener('load', function () { if (location.hash.length > 1) showTarget(true); });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start); else start();
})();`;

/** The CSP source expression that allows exactly REPORT_SCRIPT: "'sha256-…'". */
export const REPORT_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(REPORT_SCRIPT, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy of the standalone report: nothing remote, only the inline CSS and this script. */
export const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${REPORT_SCRIPT_CSP_SOURCE}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
