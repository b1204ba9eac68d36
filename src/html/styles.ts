/**
 * The stylesheet of the report and overview pages, inlined into each file. Stance colours are
 * Okabe–Ito (safe for the common colour-vision deficiencies) and each also has a pattern: diagonal
 * stripes for repression, dots for mixed, solid for cooperation, light grey for neutral. Layout is
 * one column below 700 px; the timeline pans inside its own box on narrow screens, the page never
 * scrolls sideways.
 */
export const CSS = `
:root{--rep:#D55E00;--coop:#009E73;--mix:#CC79A7;--neu:#8C8C8C;--blue:#0072B2;--sky:#56B4E9;--amber:#E69F00;--ink:#1d1d1f;--muted:#5b5f66;--line:#d8d8de;--panel:#f6f7f9}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-padding-top:56px}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif;color:var(--ink);background:#fff;overflow-wrap:anywhere}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px}
a{color:#005a8c}
h1{font-size:1.7rem;line-height:1.25;margin:.2em 0}
h2{font-size:1.3rem;margin:0 0 .6em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
h3{font-size:1.08rem;margin:.2em 0 .4em}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:1em 0 .3em}
header.top{background:var(--panel);border-bottom:1px solid var(--line);padding:18px 0 14px}
.kicker{margin:0;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}
.byline{margin:.1em 0 .6em;color:var(--muted)}
.facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0;font-size:.9rem}
.facts div{display:flex;gap:6px}.facts dt{color:var(--muted)}.facts dd{margin:0;font-weight:600}
.verdict{margin:.8em 0 0;padding:8px 12px;border-left:4px solid var(--blue);background:#fff}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line)}
nav.toc .wrap{display:flex;flex-wrap:wrap;gap:2px 16px;padding-top:8px;padding-bottom:8px;font-size:.92rem}
section.block{margin:26px 0 34px}
.muted{color:var(--muted)}
.note{font-size:.85rem;color:var(--muted);margin:.3em 0}
.state{padding:10px 14px;border:2px dashed var(--muted);border-radius:6px;background:var(--panel);margin:.4em 0 1em}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:.05em .5em;border-radius:9px;border:1px solid #888;background:#fff;color:#333;vertical-align:.1em;white-space:nowrap}
.stage-badge{border-color:var(--blue);color:#00446b;background:#e6f1f9}
.badge.pl-flashback,.badge.pl-background,.badge.pl-look-ahead{border-style:dashed}
.stage-list{display:flex;flex-wrap:wrap;gap:6px 10px;list-style:none;padding:0;margin:.2em 0 .8em}
.stage-list li{padding:2px 10px;border:1px solid var(--blue);border-radius:4px;background:#eef6fc;font-size:.92rem}
.stage-list li.open{border-style:dashed}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:.3em 0 .6em;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:4px}
.lg-icon{flex:none}
.timeline-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px;background:#fff;max-width:100%}
svg.timeline{display:block;width:100%;height:auto;min-width:860px}
.pan-hint{display:none}
.tl-band-label{font-size:12px;font-weight:600;fill:#062c45}
.tl-tick{font-size:11px;fill:#555;text-anchor:middle}
.tl-grid{stroke:#ececec}.tl-axis{stroke:#777}.tl-bound{stroke:var(--blue);stroke-dasharray:3 3;stroke-opacity:.55}
.tl-caption{font-size:11.5px;font-weight:600;fill:#333}
.tl-mark{cursor:pointer}
a.tl-mark:hover path,a.tl-mark:hover rect,a.tl-mark:focus path,a.tl-mark:focus rect{stroke:#000;stroke-width:2.2}
a.tl-mark:focus{outline:none}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff;min-width:0}
.card .years{font-weight:400;color:var(--muted)}
.card .meta{font-size:.88rem;margin:.2em 0}
.sbar{display:flex;width:100%;height:18px;border:1px solid #444;border-radius:3px;overflow:hidden;background:#fff}
.sbar-small{display:inline-flex;width:96px;height:11px;vertical-align:middle}
.seg{display:block;height:100%}
.seg+.seg{border-left:1px solid #fff}
.st-r.seg,.sw.st-r{background:repeating-linear-gradient(45deg,var(--rep) 0 4px,#f7cdb2 4px 6px)}
.st-m.seg,.sw.st-m{background:radial-gradient(circle,#fff 0 1px,transparent 1.6px) 0 0/5px 5px,var(--mix)}
.st-c.seg,.sw.st-c{background:var(--coop)}
.st-n.seg,.sw.st-n{background:#c9c9c9}
.sw{display:inline-block;width:14px;height:12px;border:1px solid #444;border-radius:2px;vertical-align:-1px;margin-right:4px}
.sbar-legend{display:flex;flex-wrap:wrap;gap:2px 12px;list-style:none;padding:0;margin:.35em 0 0;font-size:.82rem}
ul.ents,ul.plain,ul.reps{list-style:none;padding:0;margin:0;font-size:.9rem}
ul.ents li{display:inline-block;margin:0 10px 2px 0}
ol.events{padding-left:0;list-style:none;margin:0;font-size:.9rem}
ol.events li{margin:.2em 0}
ul.reps li{margin:.3em 0;padding-left:8px;border-left:3px solid #c9c9c9}
ul.reps li.st-r{border-left:3px solid var(--rep)}ul.reps li.st-c{border-left:3px dotted var(--coop)}ul.reps li.st-m{border-left:3px dashed var(--mix)}
.tally{display:flex;flex-wrap:wrap;gap:8px}
.status{display:inline-block;padding:.05em .55em;border-radius:10px;font-weight:700;font-size:.85rem;border:1px solid;white-space:nowrap}
.status-pass{background:#e1eef8;color:#00466e;border-color:var(--blue)}
.status-warn{background:#fdf1d6;color:#5e4100;border-color:var(--amber)}
.status-fail{background:#fbe2d4;color:#862f00;border-color:var(--rep)}
ol.checks{list-style:none;padding:0;margin:0}
.check{border:1px solid var(--line);border-left-width:5px;border-radius:6px;padding:10px 14px;margin:0 0 12px}
.check-pass{border-left-color:var(--blue)}.check-warn{border-left-color:var(--amber);border-left-style:dashed}.check-fail{border-left-color:var(--rep);border-left-style:double;border-left-width:6px}
.check-head{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.check-id{font-size:.85rem;color:var(--muted)}
.check-msg{margin:.35em 0}
ul.evidence{margin:.2em 0;padding-left:1.1em;font-size:.9rem}
.ev-id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;background:var(--panel);padding:0 3px;border-radius:3px}
.ev-note{color:var(--muted)}
.check-data pre{white-space:pre-wrap;font-size:.8rem;background:var(--panel);padding:6px;border-radius:4px}
.text{max-width:46em;font-size:1.02rem;line-height:1.75}
.text .para{margin:0 0 1em}
.sec-h{margin:1.4em 0 .5em}
.refs{font-size:.88rem}
.s{border-radius:3px;padding:1px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone;scroll-margin-top:70px}
.s.st-r{background:rgba(213,94,0,.15)}
.s.st-c{background:rgba(0,158,115,.15)}
.s.st-m{background:rgba(204,121,167,.2)}
.s[data-tag]::before{content:attr(data-tag);display:inline-block;font:600 .66rem/1.3 system-ui,sans-serif;padding:0 .35em;margin-right:.3em;border-radius:3px;vertical-align:.25em;background:#fff;border:1px solid #999;color:#333;white-space:nowrap}
.s[class*=" p-stage"]::before{border-color:var(--blue);color:#00446b;background:#e6f1f9}
.s.off::before{border-style:dashed;border-width:1.5px;font-style:italic}
.s.is-target,.s:target{outline:3px solid #000;outline-offset:1px;background:#ffe9a8}
mark{background:none;color:inherit}
.m-date{box-shadow:inset 0 -2px 0 var(--blue);font-weight:600}
.m-ent{text-decoration:underline dotted #222 1.5px;text-underline-offset:3px}
.m-cit{background:rgba(0,0,0,.07);font-style:italic;border-radius:3px}
mark[title]{cursor:help}
.key{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:8px 10px;margin:0 0 1em;font-size:.85rem;background:var(--panel);border-radius:6px}
.key .s::before{vertical-align:.1em}
#tip{position:fixed;left:8px;right:8px;bottom:8px;max-width:640px;margin:0 auto;z-index:10;background:#222;color:#fff;padding:8px 12px;border-radius:6px;white-space:pre-line;font-size:.88rem;box-shadow:0 2px 10px rgba(0,0,0,.3)}
#tip[hidden]{display:none}
details.diag summary{cursor:pointer}
ul.diag-list{font-size:.85rem;padding-left:1.2em}
footer{border-top:1px solid var(--line);margin-top:30px;padding:14px 0 30px;font-size:.8rem;color:var(--muted)}
code{overflow-wrap:anywhere}
body.large .para{content-visibility:auto;contain-intrinsic-size:auto 7em}
table.overview{width:100%;border-collapse:collapse;font-size:.92rem;overflow-wrap:break-word}
table.overview th,table.overview td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid var(--line)}
table.overview th{background:var(--panel);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
table.overview ol,table.overview ul{margin:0;padding:0;list-style:none}
.mini{display:flex;align-items:center;gap:6px;white-space:nowrap}
.chip{display:inline-block;margin:0 4px 3px 0}
tr.failed td{background:#fff6f1}
@media (max-width:700px){
 .wrap{padding:0 12px}
 body{font-size:15px}
 h1{font-size:1.35rem}
 .cards{grid-template-columns:minmax(0,1fr)}
 .text{font-size:1rem}
 table.overview,table.overview tbody,table.overview tr,table.overview td{display:block;width:100%}
 table.overview thead{display:none}
 table.overview tr{border:1px solid var(--line);border-radius:8px;margin:0 0 12px;padding:4px 0}
 table.overview td{border:0;padding:4px 12px}
 table.overview td[data-label]::before{content:attr(data-label);display:block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
}
@media (max-width:900px){.pan-hint{display:block}}
@media print{nav.toc{position:static}.timeline-scroll{overflow:visible}}
`;
