/** Highlights, legend, the side-by-side columns, charts and the print stylesheet (scoped under .cb-report). */
export const REPORT_MARK_CSS = `
.cb-report mark.hl{background:transparent;color:inherit;border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.cb-report mark.hl-cited,.cb-report mark.hl-dated{background:var(--cb-cited)}
.cb-report mark.hl-single{background:var(--cb-single)}
.cb-report mark.hl-consensus{background:var(--cb-consensus)}
.cb-report mark.hl-conflict{background:var(--cb-conflict);box-shadow:inset 0 -2px 0 var(--cb-conflict-strong)}
.cb-report mark.hl-quote{font-style:italic;text-decoration:underline solid var(--cb-quote) 1.5px;text-underline-offset:3px}
.cb-report mark.hl-syndicated{text-decoration:underline dotted var(--cb-wire) 2.5px;text-underline-offset:4px;text-decoration-skip-ink:none}
.cb-report mark.hl-quote.hl-syndicated{text-decoration:underline dotted var(--cb-wire) 2.5px}
.cb-report:has(#cb-toggle-consensus:not(:checked)) mark.hl-consensus,.cb-report:has(#cb-toggle-single:not(:checked)) mark.hl-single,
.cb-report:has(#cb-toggle-cited:not(:checked)) mark.hl-cited,.cb-report:has(#cb-toggle-cited:not(:checked)) mark.hl-dated{background:transparent}
.cb-report:has(#cb-toggle-conflict:not(:checked)) mark.hl-conflict{background:transparent;box-shadow:none}
.cb-report:has(#cb-toggle-syndicated:not(:checked)) mark.hl-syndicated,.cb-report:has(#cb-toggle-quote:not(:checked)) mark.hl-quote{text-decoration:none;font-style:inherit}
.cb-report mark.hl.is-linked{outline:2px dashed var(--cb-accent);outline-offset:1px}
.cb-report mark.hl:target,.cb-report mark.hl.is-target{outline:3px solid var(--cb-target);outline-offset:2px;animation:cb-flash 1.6s ease-out 1}
@keyframes cb-flash{0%{box-shadow:0 0 0 6px var(--cb-target)}100%{box-shadow:0 0 0 0 transparent}}
@media (prefers-reduced-motion:reduce){.cb-report mark.hl:target,.cb-report mark.hl.is-target{animation:none}}
.cb-legend{position:sticky;top:2.6rem;z-index:4;background:var(--cb-bg);padding:.4rem 0;margin-bottom:.6rem;border-bottom:1px solid var(--cb-line)}
.cb-legend ul{display:flex;flex-wrap:wrap;gap:.35rem .9rem;list-style:none;margin:0;padding:0;font-size:.88rem}
.cb-legend label{display:inline-flex;align-items:center;gap:.3rem;cursor:pointer}
.cb-legend input{margin:0;accent-color:var(--cb-accent)}
.cb-columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(18rem,1fr);gap:1rem;overflow-x:auto;padding-bottom:.4rem}
.cb-report .cb-column{scroll-margin-top:5.6rem}
.cb-column{background:var(--cb-card);border:1px solid var(--cb-line);border-radius:10px;display:flex;flex-direction:column;min-width:0}
.cb-column>header{padding:.75rem .9rem .5rem;border-bottom:1px solid var(--cb-line)}
.cb-column>header h3{margin:0 0 .2rem;font:700 1rem/1.3 Georgia,serif}
.cb-column>header p{margin:0}
.cb-column-body{padding:.7rem .9rem 1rem;max-height:72vh;overflow-y:auto;overscroll-behavior:contain}
.cb-source-text{white-space:pre-wrap;overflow-wrap:anywhere;font:.95rem/1.65 Georgia,"Times New Roman",serif}
.cb-excerpt-line{font:.95rem/1.6 Georgia,serif;margin:0 0 .7rem}
.cb-unplaced{margin-top:1rem;border-top:1px dashed var(--cb-line);font-size:.9rem}
.cb-chart{margin:1rem 0 0}
.cb-chart figcaption{font-weight:650;margin-bottom:.4rem}
.cb-chart-scroll{overflow-x:auto}.cb-narrow-only{display:none}
.cb-chart svg{display:block;max-width:100%;height:auto;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.cb-chart svg a:hover circle,.cb-chart svg a:focus circle{stroke:var(--cb-fg);stroke-width:2}
.cb-chart svg a:hover .cb-svg-label{fill:var(--cb-accent)}
.cb-svg-label{font-size:13px;fill:var(--cb-fg)}
.cb-svg-col{font-size:13px;font-weight:700;fill:var(--cb-fg)}
.cb-svg-small{font-size:11px;fill:var(--cb-muted)}
.cb-svg-group{font-size:11px;font-weight:700;fill:var(--cb-muted);text-transform:uppercase;letter-spacing:.05em}
.cb-svg-gap{font-size:11px;fill:var(--cb-muted);font-style:italic}
.cb-svg-dot-label{font-size:11px;font-weight:700;fill:#fff;pointer-events:none}
.cb-svg-stripe{fill:var(--cb-fg);opacity:.035}
.cb-svg-none{fill:var(--cb-line)}
.cb-svg-consensus{fill:var(--cb-consensus-strong)}
.cb-svg-single{fill:var(--cb-single-strong)}
.cb-svg-axis,.cb-svg-tick{stroke:var(--cb-muted);stroke-width:1.5}
.cb-svg-wire{stroke:var(--cb-wire);stroke-width:2;fill:none}
.cb-svg-wire text{stroke:none;fill:var(--cb-wire)}
@media (max-width:700px){.cb-report .cb-column{scroll-margin-top:3.2rem}.cb-wide-only{display:none}.cb-narrow-only{display:block}.cb-columns{grid-auto-flow:row;grid-auto-columns:auto;overflow-x:visible}.cb-column-body{max-height:65vh}
.cb-legend{position:static}.cb-legend ul{gap:.3rem .7rem}}
@media print{.cb-report{max-width:none;padding:0;font-size:11pt;background:#fff;--cb-bg:#fff;--cb-card:#fff}
.cb-nav,.cb-back,.cb-legend input{display:none!important}
.cb-legend{position:static}
.cb-columns{display:block;overflow:visible}
.cb-column{margin:0 0 1rem;break-inside:auto}
.cb-column-body{max-height:none;overflow:visible}
.cb-chart-scroll,.cb-table-scroll{overflow:visible}
.cb-section{break-inside:auto}.cb-report h2,.cb-report h3{break-after:avoid}
.cb-source-list a[href^="http"]::after{content:" (" attr(href) ")";color:var(--cb-muted)}
.cb-report mark.hl.is-target{outline:none;animation:none}}
`;
