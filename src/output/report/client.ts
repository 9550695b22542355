/**
 * The report page's script. It runs in the browser, not in Node: html.ts embeds its source
 * (Function.prototype.toString of the compiled function), so it must stay self-contained — no
 * imports, nothing from module scope. The data is in the page: one JSON script element per
 * document (record + text) and one with the summary. Articles are rendered a page at a time,
 * so a report of thousands of articles opens at once.
 */
export function reportClient(): void {
  type Mention = { start: number; end: number; text: string };
  type Entity = { name: string; mentions: Mention[]; title?: string; affiliation?: string; acronym?: string; code?: string; rule?: string };
  type Fact = Mention & { value?: number; max?: number; unit?: string | null; modifier?: string | null; speaker?: string | null; verb?: string | null; kind?: string; rule?: string };
  type Doc = {
    source: string; text?: string; error?: { code: string; message: string };
    people?: Entity[]; organizations?: Entity[]; countries?: Entity[]; counts?: Fact[]; quotes?: Fact[];
  };
  type Named = { name: string; documents: number; mentions: number; aliases: string[]; acronym?: string; code?: string };
  type Summary = {
    documents: number; failedCount: number; people: Named[]; organizations: Named[]; countries: Named[];
    speakers: Array<{ name: string; quotes: number; sample: string }>;
  };
  type Highlight = { start: number; end: number; kind: string; label: string; entity?: string; text: string };

  const PAGE = 20;
  const TOP = 12;
  const docElements = Array.from(document.querySelectorAll<HTMLScriptElement>('script.glean-doc'));
  const parsed = new Map<number, Doc>();
  const docAt = (i: number): Doc => {
    let d = parsed.get(i);
    if (!d) parsed.set(i, (d = JSON.parse(docElements[i]!.textContent!) as Doc));
    return d;
  };
  const summary = JSON.parse(document.getElementById('glean-summary')!.textContent!) as Summary;

  // One key per entity across documents: its type and its name without case or accents, with the
  // summary's merged aliases ("Quell" -> "Marta Quell") folded in.
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the /, '');
  const canonical = new Map<string, string>();
  for (const [type, list] of [['person', summary.people], ['organization', summary.organizations], ['country', summary.countries]] as const) {
    for (const e of list) {
      for (const alias of [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])]) canonical.set(`${type}:${norm(alias)}`, `${type}:${norm(e.name)}`);
    }
  }
  const entityKey = (type: string, name: string) => canonical.get(`${type}:${norm(name)}`) ?? `${type}:${norm(name)}`;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

  function highlights(d: Doc): Highlight[] {
    const out: Highlight[] = [];
    const entity = (type: string, list: Entity[] | undefined) => {
      for (const e of list ?? []) {
        const role = [e.title, e.affiliation].filter(Boolean).join(', ');
        const label = `${type}: ${e.name}${e.acronym ? ` (${e.acronym})` : ''}${e.code ? ` ${e.code}` : ''}${role ? ` — ${role}` : ''}${e.rule ? ` · rule ${e.rule}` : ''}`;
        for (const m of e.mentions) out.push({ ...m, kind: type, label, entity: entityKey(type, e.name) });
      }
    };
    entity('person', d.people);
    entity('organization', d.organizations);
    entity('country', d.countries);
    for (const c of d.counts ?? []) {
      const amount = c.max != null ? `${fmt(c.value!)}–${fmt(c.max)}` : fmt(c.value!);
      out.push({ ...c, kind: 'count', label: `count: ${c.modifier ? `${c.modifier} ` : ''}${amount} ${c.unit ?? ''}${c.kind ? ` (${c.kind})` : ''}${c.rule ? ` · rule ${c.rule}` : ''}` });
    }
    for (const q of d.quotes ?? []) {
      out.push({ ...q, kind: 'quote', label: `quote: ${q.speaker ?? 'no speaker found'}${q.verb ? ` (${q.verb})` : ''}${q.rule ? ` · rule ${q.rule}` : ''}` });
    }
    // Outer spans first, so a mention inside a quote nests inside it.
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The article's text with its facts as nested, focusable marks; offsets are code points. */
  function renderText(d: Doc): HTMLElement {
    const chars = Array.from(d.text ?? '');
    const root = el('div', { class: 'text' });
    const stack: Array<{ node: HTMLElement; end: number }> = [{ node: root, end: chars.length }];
    let at = 0;
    const emit = (upTo: number) => {
      if (upTo > at) stack[stack.length - 1]!.node.append(chars.slice(at, upTo).join(''));
      at = Math.max(at, upTo);
    };
    for (const h of highlights(d)) {
      while (stack.length > 1 && stack[stack.length - 1]!.end <= h.start) {
        emit(stack[stack.length - 1]!.end);
        stack.pop();
      }
      // A span crossing its container's end cannot nest: it is listed, not drawn.
      if (h.start < at || h.end > stack[stack.length - 1]!.end) continue;
      emit(h.start);
      const mark = el(h.kind === 'quote' ? 'q' : 'mark', {
        class: `fact ${h.kind}`, tabindex: '0', 'data-start': String(h.start), 'data-end': String(h.end), 'data-label': h.label,
        'aria-label': h.label,
      });
      if (h.entity) mark.dataset.entity = h.entity;
      stack[stack.length - 1]!.node.append(mark);
      stack.push({ node: mark, end: h.end });
    }
    while (stack.length) {
      emit(stack[stack.length - 1]!.end);
      stack.pop();
    }
    return root;
  }

  // State: the selected entity (highlighted everywhere, articles filtered to it) and the page.
  let selected: string | null = null;
  let selectedName = '';
  let page = 0;
  const articles = document.getElementById('glean-articles')!;
  const status = document.getElementById('glean-status')!;

  // The entities of each document, for filtering by the selected one: built on first need, and
  // ahead of it in idle moments after the first page is on screen, so a click finds them ready.
  const entitySets: Array<Set<string>> = [];
  const entitiesOf = (i: number) => {
    let set = entitySets[i];
    if (!set) {
      const d = docAt(i);
      set = entitySets[i] = new Set();
      for (const [type, list] of [['person', d.people], ['organization', d.organizations], ['country', d.countries]] as const) {
        for (const e of list ?? []) set.add(entityKey(type, e.name));
      }
    }
    return set;
  };
  const prepare = (from: number) => {
    const until = Math.min(docElements.length, from + 100);
    for (let i = from; i < until; i++) entitiesOf(i);
    if (until < docElements.length) setTimeout(() => prepare(until), 0);
  };

  function visibleDocs(): number[] {
    const all = docElements.map((_, i) => i);
    return selected ? all.filter((i) => entitiesOf(i).has(selected!)) : all;
  }

  function render(): void {
    const docs = visibleDocs();
    const pages = Math.max(1, Math.ceil(docs.length / PAGE));
    page = Math.min(page, pages - 1);
    articles.replaceChildren();
    for (const i of docs.slice(page * PAGE, page * PAGE + PAGE)) {
      const d = docAt(i);
      const article = el('article', { 'data-source': d.source }, el('h2', {}, d.source));
      if (d.error) article.append(el('p', { class: 'error' }, `${d.error.code}: ${d.error.message}`));
      else article.append(renderText(d));
      articles.append(article);
    }
    for (const mark of articles.querySelectorAll<HTMLElement>('[data-entity]')) mark.classList.toggle('selected', mark.dataset.entity === selected);
    const what = selected ? `${docs.length} of ${docElements.length} articles mention ${selectedName}` : `${docElements.length} articles`;
    status.textContent = `${what} · page ${page + 1} of ${pages}`;
    (document.getElementById('glean-prev') as HTMLButtonElement).disabled = page === 0;
    (document.getElementById('glean-next') as HTMLButtonElement).disabled = page >= pages - 1;
    document.getElementById('glean-clear')!.hidden = !selected;
  }

  /** Selects an entity (named as the clicked element shows it), or clears the selection. */
  function select(key: string | null, name = ''): void {
    selected = key === selected ? null : key;
    selectedName = name;
    page = 0;
    render();
  }

  // The summary at the top: ranked names (buttons that select), the most quoted.
  const top = document.getElementById('glean-summary-view')!;
  top.append(el('p', {}, `${fmt(summary.documents)} documents, ${fmt(summary.failedCount)} failed`));
  for (const [type, title, list] of [['person', 'People', summary.people], ['organization', 'Organizations', summary.organizations], ['country', 'Countries', summary.countries]] as const) {
    const items = list.slice(0, TOP).map((e) =>
      el('li', {}, el('button', { type: 'button', class: `entity ${type}`, 'data-entity': entityKey(type, e.name) }, e.name), ` ${e.documents} ${e.documents === 1 ? 'doc' : 'docs'}`));
    top.append(el('section', {}, el('h3', {}, title), el('ol', {}, ...items)));
  }
  const quoted = summary.speakers.slice(0, TOP).map((s) => el('li', {}, el('strong', {}, s.name), ` ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'} — “${s.sample}”`));
  top.append(el('section', { class: 'wide' }, el('h3', {}, 'Most quoted'), el('ol', {}, ...quoted)));

  // Tooltip: the fact behind a highlight, on hover and on keyboard focus.
  const tip = document.getElementById('glean-tip')!;
  const show = (target: EventTarget | null) => {
    const mark = (target as HTMLElement | null)?.closest?.<HTMLElement>('.fact');
    if (!mark) { tip.hidden = true; return; }
    tip.textContent = mark.dataset.label ?? '';
    const r = mark.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.innerWidth - 320, r.left + window.scrollX))}px`;
    tip.style.top = `${r.bottom + window.scrollY + 4}px`;
    tip.hidden = false;
  };
  document.addEventListener('mouseover', (e) => show(e.target));
  document.addEventListener('focusin', (e) => show(e.target));
  document.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-entity]');
    if (target) select(target.dataset.entity!, target.textContent ?? '');
  });
  document.addEventListener('keydown', (e) => {
    const target = (e.target as HTMLElement).closest?.<HTMLElement>('mark[data-entity]');
    if (target && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(target.dataset.entity!, target.textContent ?? '');
    } else if (e.key === 'Escape') {
      tip.hidden = true;
      if (selected) select(selected);
    }
  });
  document.getElementById('glean-prev')!.addEventListener('click', () => { page--; render(); });
  document.getElementById('glean-next')!.addEventListener('click', () => { page++; render(); });
  document.getElementById('glean-clear')!.addEventListener('click', () => select(selected));
  render();
  setTimeout(() => prepare(0), 0);
}
