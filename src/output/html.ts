/**
 * `-f html`: one self-contained page (no network: CSS and script inline). The summary across
 * documents at the top, then each article's text with its facts highlighted by type; hovering
 * or focusing a highlight shows the fact, clicking an entity lights up its mentions in every
 * article. Records stream into the page as JSON data elements; the summary, known only at the
 * end, follows them, and the script renders both.
 */
import { SummaryBuilder } from '../summary/aggregate.js';
import { FACT_FIELDS, isErrorRecord, type FactField, type OutputRecord } from '../types.js';
import type { Formatter } from './formatter.js';
import { reportClient } from './report/client.js';
import { REPORT_CSS } from './report/style.js';

/** JSON that is safe inside a <script> element: no "</script" or "<!--" can appear. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const LEGEND = [['person', 'person'], ['organization', 'organization'], ['country', 'country'], ['count', 'count'], ['quote', 'quote']];

const head = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="glean">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>glean report</h1>
<ul class="legend" aria-label="Highlight colours">${LEGEND.map(([kind, label]) => `<li><mark class="${kind}">${label}</mark></li>`).join('')}</ul>
<div id="glean-summary-view"></div>
</header>
<nav aria-label="Articles">
<button type="button" id="glean-prev">← previous</button>
<span id="glean-status" role="status"></span>
<button type="button" id="glean-next">next →</button>
<button type="button" id="glean-clear" hidden>show all articles</button>
</nav>
<main id="glean-articles"></main>
<div id="glean-tip" role="tooltip" hidden></div>
`;

export interface HtmlOptions {
  /** The fact lists to show (`--only`); all when absent. */
  only?: ReadonlySet<FactField>;
}

export function htmlFormatter({ only }: HtmlOptions = {}): Formatter {
  const summary = new SummaryBuilder();
  return {
    begin: () => head('glean report'),
    record: (record: OutputRecord) => {
      const kept: Record<string, unknown> = { ...record };
      if (only && !isErrorRecord(record)) for (const field of FACT_FIELDS) if (!only.has(field)) delete kept[field];
      summary.add(record);
      return `<script type="application/json" class="glean-doc">${scriptJson(kept)}</script>\n`;
    },
    end: () => `<script type="application/json" id="glean-summary">${scriptJson(summary.result())}</script>
<script>(${reportClient.toString()})();</script>
</body>
</html>
`,
  };
}
