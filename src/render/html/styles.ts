import { REPORT_MARK_CSS } from './styles-marks.js';

const LAYOUT_CSS = `
.cb-report{--cb-bg:#faf9f6;--cb-fg:#1c1e22;--cb-muted:#5d636e;--cb-line:#e2ded5;--cb-card:#fff;--cb-accent:#1d5bbf;
--cb-consensus:#cdeed6;--cb-consensus-strong:#23864f;--cb-single:#d8e7fc;--cb-single-strong:#3a6fc0;--cb-conflict:#fcd6d2;
--cb-conflict-strong:#c2372b;--cb-wire:#8248b8;--cb-quote:#b66a00;--cb-cited:#ebe7dc;--cb-target:#f2b400;
color:var(--cb-fg);background:var(--cb-bg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
max-width:78rem;margin:0 auto;padding:0 1.25rem 4rem;-webkit-text-size-adjust:100%;text-size-adjust:100%}
@media (prefers-color-scheme:dark){.cb-report{--cb-bg:#15171a;--cb-fg:#e7e5e0;--cb-muted:#a0a6b0;--cb-line:#30343a;--cb-card:#1d2024;
--cb-accent:#7fb0ff;--cb-consensus:#1f4a30;--cb-consensus-strong:#5cc58a;--cb-single:#1e3558;--cb-single-strong:#79a8ee;
--cb-conflict:#5a2320;--cb-conflict-strong:#f07a6e;--cb-wire:#c39cf0;--cb-quote:#f0b25a;--cb-cited:#34363b;--cb-target:#e0a800}}
.cb-report *{box-sizing:border-box}
.cb-report a{color:var(--cb-accent)}
.cb-report h1{font:700 clamp(1.6rem,4vw,2.4rem)/1.15 Georgia,"Times New Roman",serif;margin:.2rem 0 .6rem;letter-spacing:-.01em}
.cb-report h2{font:700 1.35rem/1.2 Georgia,"Times New Roman",serif;margin:0 0 .75rem;padding-bottom:.35rem;border-bottom:2px solid var(--cb-fg)}
.cb-report h3{font-size:1.02rem;margin:0 0 .5rem;line-height:1.3}
.cb-report h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--cb-muted);margin:.9rem 0 .3rem}
.cb-header{padding:2rem 0 .5rem}
.cb-kicker{margin:0;color:var(--cb-muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.08em}
.cb-stats{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:0 0 .8rem;color:var(--cb-muted);font-size:.92rem}
.cb-nav{position:sticky;top:0;z-index:5;background:var(--cb-bg);border-bottom:1px solid var(--cb-line);margin:0 -1.25rem;padding:.4rem 1.25rem}
.cb-nav ul{display:flex;gap:.35rem;list-style:none;margin:0;padding:0;overflow-x:auto;scrollbar-width:thin}
.cb-nav a{display:block;white-space:nowrap;padding:.2rem .6rem;border-radius:999px;text-decoration:none;font-size:.85rem;color:var(--cb-fg);border:1px solid var(--cb-line);background:var(--cb-card)}
.cb-nav a:hover{border-color:var(--cb-accent)}
.cb-section{margin:2.2rem 0 0}
.cb-report [id]{scroll-margin-top:3.5rem}
.cb-intro,.cb-meta,.cb-empty{color:var(--cb-muted)}
.cb-intro{margin:-.25rem 0 .9rem;font-size:.92rem}
.cb-meta{font-size:.84rem}
.cb-empty{font-style:italic}
.cb-summary-text{font:1.12rem/1.7 Georgia,"Times New Roman",serif;margin:0;max-width:48rem}
.cb-cites{white-space:nowrap;margin-left:.15rem}
.cb-cite{display:inline-block;font:600 .72rem/1 system-ui,sans-serif;vertical-align:.35em;padding:.16rem .3rem;margin:0 .08rem;border-radius:4px;
background:var(--cb-card);border:1px solid var(--cb-line);color:var(--cb-accent);text-decoration:none;min-width:1.5rem;text-align:center}
.cb-cite[href]:hover,.cb-cite[href]:focus-visible{background:var(--cb-accent);color:var(--cb-card);border-color:var(--cb-accent)}
.cb-num{display:inline-grid;place-items:center;min-width:1.5rem;height:1.5rem;padding:0 .3rem;border-radius:999px;background:var(--cb-fg);color:var(--cb-bg);font:700 .75rem/1 system-ui,sans-serif;margin-right:.25rem}
.cb-card{background:var(--cb-card);border:1px solid var(--cb-line);border-radius:10px;padding:1rem 1.1rem;margin:0 0 1rem;break-inside:avoid}
.cb-card-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:1rem}
.cb-card-grid>.cb-card{margin:0}
.cb-speakers{align-items:start}.cb-speaker-wide{grid-column:1/-1}.cb-speaker-wide .cb-quote-list{columns:19rem;column-gap:1.5rem}.cb-quote-list .cb-quote{break-inside:avoid}
.cb-badge{display:inline-block;margin:0 0 .4rem;padding:.1rem .5rem;border-radius:999px;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;background:var(--cb-conflict);color:var(--cb-fg)}
.cb-note{margin:0 0 .8rem;color:var(--cb-muted)}
.cb-conflict{border-left:4px solid var(--cb-conflict-strong)}
.cb-sides{display:grid;grid-template-columns:1fr auto 1fr;gap:.75rem;align-items:stretch}
.cb-sides:has(>.cb-side:nth-of-type(3)){grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.cb-sides:has(>.cb-side:nth-of-type(3))>.cb-versus{display:none}
.cb-versus{align-self:center;font:700 .8rem system-ui,sans-serif;color:var(--cb-muted);text-transform:uppercase}
.cb-side{background:var(--cb-bg);border:1px solid var(--cb-line);border-radius:8px;padding:.75rem .85rem}
.cb-side-value{font:700 1.15rem/1.25 Georgia,serif;margin:0 0 .3rem;color:var(--cb-conflict-strong)}
.cb-side-claim{margin:0 0 .5rem}
.cb-excerpt{margin:.5rem 0 0;padding:.1rem 0 .1rem .7rem;border-left:3px solid var(--cb-line);font:.9rem/1.5 Georgia,serif}
.cb-excerpt p{margin:0}
.cb-excerpt footer{font:.78rem system-ui,sans-serif;margin-top:.2rem}
.cb-facts{margin:0 0 1.2rem;padding-left:1.6rem;max-width:52rem}
.cb-facts li{margin:.35rem 0;padding-left:.2rem}
.cb-fact-list{margin:0;padding-left:1.1rem;font-size:.93rem}
.cb-fact-list li{margin:.3rem 0}
.cb-quote{margin:0 0 1rem}
.cb-quote blockquote{margin:0;padding:.2rem 0 .2rem .8rem;border-left:3px solid var(--cb-quote);font:1rem/1.5 Georgia,serif}
.cb-quote blockquote p{margin:0}
.cb-quote blockquote p::before{content:"\\201C"}.cb-quote blockquote p::after{content:"\\201D"}
.cb-quote figcaption{margin:.2rem 0 0 .8rem}
.cb-variants{margin:.3rem 0 0 .8rem;font-size:.9rem}
.cb-variants ul{margin:.1rem 0;padding-left:1rem}
.cb-entity-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem 1.5rem}
.cb-entities{list-style:none;margin:0;padding:0}
.cb-entities li{padding:.4rem 0;border-top:1px solid var(--cb-line);display:flex;flex-direction:column}
.cb-entity-name{font-weight:650}
.cb-entity-desc{font-size:.9rem}
.cb-timeline-list{list-style:none;margin:1rem 0 0;padding:0}
.cb-timeline-list li{display:grid;grid-template-columns:1.8rem 8rem 1fr;gap:.6rem;align-items:baseline;padding:.35rem 0;border-top:1px solid var(--cb-line)}
.cb-timeline-list time{font-weight:650;font-size:.9rem}
.cb-source-list{list-style:none;margin:0;padding:0}
.cb-source-list>li{display:flex;gap:.6rem;padding:.6rem 0;border-top:1px solid var(--cb-line)}
.cb-source-list p{margin:.1rem 0}
.cb-source-title{font-weight:650;color:var(--cb-fg)}
.cb-source-url,.cb-url-text{font-size:.84rem;overflow-wrap:anywhere}
.cb-more summary{cursor:pointer;color:var(--cb-accent);font-size:.9rem;padding:.3rem 0}
.cb-removed summary{cursor:pointer;font-size:.84rem;color:var(--cb-muted)}
.cb-removed ul{font:.82rem/1.4 ui-monospace,Menlo,Consolas,monospace;color:var(--cb-muted);padding-left:1.1rem}
.cb-passages{padding-left:1.1rem;font:.92rem/1.5 Georgia,serif}
.cb-table-scroll{overflow-x:auto}
.cb-diagnostics{border-collapse:collapse;width:100%;font-size:.9rem}
.cb-diagnostics th,.cb-diagnostics td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--cb-line);vertical-align:top}
.cb-sev-error .cb-badge{background:var(--cb-conflict)}.cb-sev-warning .cb-badge{background:#f8e3a8;color:#3d3000}.cb-sev-info .cb-badge{background:var(--cb-single)}
.cb-back{position:fixed;right:1rem;bottom:1rem;z-index:6;font:600 .9rem system-ui,sans-serif;padding:.5rem .9rem;border-radius:999px;border:0;background:var(--cb-accent);color:var(--cb-bg);box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer}
.cb-back[hidden]{display:none}
@media (max-width:700px){.cb-report{padding:0 .85rem 4rem;font-size:15.5px}.cb-nav{margin:0 -.85rem;padding:.4rem .85rem}.cb-nav ul{flex-wrap:wrap;overflow-x:visible}.cb-nav a{padding:.15rem .5rem}
.cb-sides{grid-template-columns:1fr}.cb-versus{justify-self:center}.cb-speaker-wide .cb-quote-list{columns:auto}
.cb-timeline-list li{grid-template-columns:1.8rem 1fr;row-gap:.15rem}.cb-tl-text{grid-column:2}}
`;

/** The report's stylesheet, every rule scoped under `.cb-report` so it can be embedded in another page. */
export const REPORT_CSS = `${LAYOUT_CSS.trim()}\n${REPORT_MARK_CSS.trim()}\n`;

/** Extra rules for the standalone document only (page background). */
export const PAGE_CSS = 'html{background:#faf9f6}body{margin:0}@media (prefers-color-scheme:dark){html{background:#15171a}}';
