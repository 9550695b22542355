/** The report page's styles: one colour per fact type, readable on a phone's width. */
export const REPORT_CSS = `
:root { --person: #cde7ff; --organization: #f3d6f7; --country: #d4f2d2; --count: #ffe8b3; --quote: #6b4fbb; --selected: #ff8a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.55 system-ui, sans-serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1rem; margin: 1.5rem 0 .5rem; word-break: break-all; color: #444; }
h3 { font-size: .95rem; margin: .5rem 0 .25rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0 0 1rem; }
#glean-summary-view { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1.5rem; }
#glean-summary-view > p { grid-column: 1 / -1; margin: 0; color: #555; }
#glean-summary-view .wide { grid-column: 1 / -1; }
#glean-summary-view ol { margin: 0; padding-left: 1.5rem; font-size: .9rem; }
button.entity { font: inherit; border: 0; border-radius: 3px; padding: 0 .25rem; cursor: pointer; }
button.entity.person { background: var(--person); } button.entity.organization { background: var(--organization); }
button.entity.country { background: var(--country); }
nav { position: sticky; top: 0; background: #fff; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; padding: .5rem 0; border-bottom: 1px solid #ddd; }
#glean-status { flex: 1; min-width: 12rem; font-size: .9rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.fact { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.person { background: var(--person); } mark.organization { background: var(--organization); }
mark.country { background: var(--country); } mark.count { background: var(--count); }
q.quote { quotes: none; text-decoration: underline var(--quote) 2px; text-underline-offset: 3px; }
mark.quote { background: none; text-decoration: underline var(--quote) 2px; }
mark[data-entity] { cursor: pointer; }
.fact:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
mark.selected { background: var(--selected); color: #000; box-shadow: 0 0 0 2px var(--selected); }
.error { color: #b00020; }
#glean-tip { position: absolute; z-index: 10; max-width: 20rem; padding: .35rem .5rem; font-size: .85rem; background: #222; color: #fff; border-radius: 4px; pointer-events: none; }
@media (max-width: 480px) { body { padding: .5rem; font-size: 15px; } }
`;
