// newsfuse reader. Every string shown comes from articles and is hostile: the DOM is built with
// createElement and text nodes only (never innerHTML), and links are either in-app (#/...) or http(s).
'use strict';
(function () {
  const app = document.getElementById('app');

  // ---- DOM helpers -------------------------------------------------------------------------------

  /** Only in-app routes and http(s) addresses may become links. */
  function safeHref(url) {
    if (typeof url !== 'string') return null;
    if (url.startsWith('#/')) return url;
    if (/^\/api\/[\w\/.-]+$/.test(url)) return url;
    return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }

  /** el('a', {class: 'x', href: '#/'}, 'text', child...) — attributes set one by one, children as text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'href') {
        const href = safeHref(value);
        if (href) node.setAttribute('href', href);
      } else if (key === 'style') {
        // through the CSSOM: the page's policy forbids inline style attributes
        Object.assign(node.style, value);
      } else if (key === 'onclick' || key === 'onsubmit' || key === 'onchange') {
        node.addEventListener(key.slice(2), value);
      } else {
        node.setAttribute(key, String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function show(...children) {
    clear(app);
    append(app, children);
    window.scrollTo(0, 0);
  }

  function route(...parts) {
    return '#/' + parts.map(p => encodeURIComponent(String(p))).join('/');
  }

  function articleLink(id, begin, end) {
    const base = route('article', id);
    return begin === undefined || begin === null ? base : base + '?b=' + Number(begin) + '&e=' + Number(end);
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') q.set(k, v);
    }
    const s = q.toString();
    return s ? '?' + s : '';
  }

  function dateRange(first, last) {
    if (!first && !last) return 'undated';
    if (!last || first === last) return first || last;
    return first + ' – ' + last;
  }

  function badge(text, kind) {
    return el('span', {class: 'badge' + (kind ? ' ' + kind : '')}, text);
  }

  function plural(n, word, many) {
    return n + ' ' + (n === 1 ? word : (many || word + 's'));
  }

  /** A figure as people read it: rounded, grouped, never Infinity or NaN ('' when absent). */
  function num(v) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return '';
    return v.toLocaleString('en', {maximumFractionDigits: Math.abs(v) < 10 ? 2 : 1});
  }

  /** A list that shows its first items and a button for the rest, so long lists never flood the page. */
  function collapsible(items, first, render, cls, noun) {
    const list = el('ol', {class: cls});
    items.slice(0, first).forEach(x => list.appendChild(render(x)));
    if (items.length <= first) return list;
    const more = el('button', {type: 'button', class: 'more'}, 'show all ' + plural(items.length, noun));
    more.addEventListener('click', () => {
      items.slice(first).forEach(x => list.appendChild(render(x)));
      more.remove();
    });
    return el('div', {}, list, more);
  }

  // ---- API ---------------------------------------------------------------------------------------

  async function api(path, options) {
    const response = await fetch(path, Object.assign({headers: {'Accept': 'application/json'}}, options || {}));
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && typeof body.error === 'string' ? body.error : 'HTTP ' + response.status;
      throw new Error(message);
    }
    return body;
  }

  function failure(error) {
    return el('p', {class: 'error', role: 'alert'}, 'Error: ' + (error && error.message ? error.message : String(error)));
  }

  // ---- story list --------------------------------------------------------------------------------

  async function storyList(params) {
    const filters = ['q', 'entity', 'site', 'language', 'from', 'to', 'minSources', 'hasConflict', 'sort'];
    const form = el('form', {class: 'filters'});
    const inputs = {};
    const labels = {q: 'Words', entity: 'Name', site: 'Outlet', language: 'Language', from: 'From', to: 'To',
      minSources: 'Min. sources', hasConflict: 'Conflicts', sort: 'Order'};
    const choices = {
      hasConflict: [['', 'any'], ['true', 'with conflicts'], ['false', 'without']],
      sort: [['size', 'most articles'], ['sources', 'most sources'], ['date', 'latest news'], ['updated', 'recently updated'], ['conflicts', 'most conflicts']]
    };
    for (const name of filters) {
      if (choices[name]) {
        inputs[name] = el('select', {name: name, id: 'filter-' + name},
          choices[name].map(([value, text]) => el('option', {value: value}, text)));
      } else {
        const type = name === 'from' || name === 'to' ? 'date' : name === 'minSources' ? 'number' : 'text';
        inputs[name] = el('input', {name: name, type: type, id: 'filter-' + name, min: type === 'number' ? 0 : null,
          placeholder: name === 'language' ? 'en' : '', maxlength: 500});
      }
      inputs[name].value = params.get(name) || (name === 'sort' ? 'size' : '');
      form.appendChild(el('label', {}, labels[name], inputs[name]));
    }
    form.appendChild(el('button', {type: 'submit'}, 'Filter'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const values = {};
      for (const name of filters) values[name] = inputs[name].value.trim();
      if (values.sort === 'size') values.sort = '';
      location.hash = '#/' + query(values);
    });
    const list = el('div', {class: 'story-list', id: 'story-list'}, el('p', {class: 'muted'}, 'Loading…'));
    show(el('h1', {}, 'Stories'), form, list);
    try {
      const page = Number(params.get('page') || '1');
      const apiParams = {page: page};
      for (const name of filters) apiParams[name] = params.get(name) || '';
      const data = await api('/api/stories' + query(apiParams));
      clear(list);
      if (data.loading) {
        // the server has just started and is still reading the store: say so, and ask again shortly
        list.appendChild(el('p', {class: 'muted', id: 'store-loading'}, 'Loading the store… ' +
          (data.total ? plural(data.total, 'story', 'stories') + ' so far' : '')));
        const here = location.hash;
        setTimeout(() => { if (location.hash === here) storyList(params); }, 700);
        return;
      }
      if (data.stories.length === 0) {
        list.appendChild(el('p', {class: 'muted'}, 'No stories yet. Upload articles on the Ingest page.'));
        return;
      }
      for (const s of data.stories) list.appendChild(storyCard(s));
      const pages = Math.ceil(data.total / data.size);
      if (pages > 1) {
        const nav = el('nav', {class: 'pager'});
        const here = {};
        for (const name of filters) here[name] = params.get(name) || '';
        if (data.page > 1) nav.appendChild(el('a', {href: '#/' + query(Object.assign({}, here, {page: data.page - 1}))}, '← newer'));
        nav.appendChild(el('span', {}, 'page ' + data.page + ' of ' + pages));
        if (data.page < pages) nav.appendChild(el('a', {href: '#/' + query(Object.assign({}, here, {page: data.page + 1}))}, 'more →'));
        list.appendChild(nav);
      }
    } catch (e) {
      clear(list);
      list.appendChild(failure(e));
    }
  }

  function storyCard(s) {
    return el('article', {class: 'story-card'},
      el('h2', {}, el('a', {href: route('story', s.id), class: 'story-link'}, s.title || '(untitled story)')),
      el('p', {class: 'meta'},
        el('span', {class: 'dates'}, dateRange(s.firstDate, s.lastDate)), ' · ',
        plural(s.articles, 'article'), ' · ',
        plural(s.independentSources, 'independent source'), ' · ',
        plural(s.sites.length, 'outlet'), ' · ', plural(s.facts, 'fact'), ' · ', plural(s.quotes, 'quote'), ' ',
        s.languages.map(l => badge(l, 'lang')),
        s.conflicting > 0 ? badge('⚠ ' + plural(s.conflicting, 'conflicting fact'), 'conflict') : null),
      s.sites.length ? el('p', {class: 'sites muted'}, s.sites.join(' · ')) : null);
  }

  // ---- story page --------------------------------------------------------------------------------

  async function storyPage(id) {
    show(el('p', {class: 'muted'}, 'Loading…'));
    let story;
    try {
      story = await api('/api/stories/' + encodeURIComponent(id));
    } catch (e) {
      show(failure(e));
      return;
    }
    const articles = story.articles || [];
    const number = new Map();
    const byId = new Map();
    articles.forEach((a, i) => {
      number.set(a.id, i + 1);
      byId.set(a.id, a);
    });
    const name = articleId => '[' + (number.get(articleId) || '?') + '] ' + outlet(byId.get(articleId), articleId);
    const conflicts = (story.facts || []).filter(f => f.status === 'conflicting').length;
    show(
      el('nav', {class: 'crumbs'}, el('a', {href: '#/'}, '← all stories')),
      el('h1', {class: 'story-title'}, story.title || '(untitled story)'),
      el('p', {class: 'meta'}, dateRange(story.firstDate, story.lastDate), ' · ', plural(articles.length, 'article'), ' · ',
        plural(story.independentSources || 0, 'independent source'), ' ',
        conflicts ? badge('⚠ ' + plural(conflicts, 'conflicting fact'), 'conflict') : null),
      el('p', {class: 'downloads'}, 'Download: ',
        el('a', {href: '/api/stories/' + encodeURIComponent(story.id), download: 'story-' + story.id + '.json'}, 'JSON'), ' · ',
        el('a', {href: '/api/stories/' + encodeURIComponent(story.id) + '/facts.csv', download: 'story-' + story.id + '-facts.csv'}, 'figures as CSV')),
      section('Coverage', 'coverage', coverage(story, articles, number)),
      section('Summary', 'summary', summary(story, name)),
      section('Figures', 'figures', figures(story, articles, number, name)),
      section('Quotes', 'quotes', quotes(story, name)),
      section('Timeline', 'timeline', timeline(story, name)),
      section('Entities', 'entities', entities(story)),
      section('Sources', 'sources', sourceMatrix(story, articles, number)),
      section('Articles', 'articles', articleList(articles, number, byId))
    );
  }

  /** A short name for an article: its outlet, else its file or host name, else its headline's start. */
  function outlet(a, fallback) {
    if (!a) return fallback;
    if (a.site) return a.site;
    const source = String(a.source || '');
    const last = source.split(/[\\/]/).filter(Boolean).pop();
    if (/^https?:/i.test(source)) return source.replace(/^https?:\/\//i, '').split('/')[0];
    if (last) return last.split('#')[0];
    const title = a.title || a.id;
    return title.length > 30 ? title.slice(0, 29) + '…' : title;
  }

  function section(title, id, body) {
    return el('section', {id: id, class: 'panel'}, el('h2', {}, title), body);
  }

  function summary(story, name) {
    const items = story.summary || [];
    if (!items.length) return el('p', {class: 'muted'}, 'No summary.');
    return el('ol', {class: 'summary'}, items.map(s => el('li', {},
      el('span', {class: 'summary-text'}, s.text), ' ',
      el('a', {class: 'cite', href: articleLink(s.article, s.begin, s.end), title: 'open the cited sentence'}, name(s.article)),
      s.corroborated > 0 ? el('span', {class: 'muted'}, ' (+' + s.corroborated + ' corroborating)') : null)));
  }

  /** Copies grouped under their original: [{article, copies: [...]}], in article order. */
  function originals(story, articles) {
    const byId = new Map(articles.map(a => [a.id, a]));
    const copiesOf = new Map();
    for (const c of story.copies || []) copiesOf.set(c.original, (c.copies || []).map(id => byId.get(id)).filter(Boolean));
    const isCopy = new Set((story.copies || []).flatMap(c => c.copies || []));
    const groups = [];
    for (const a of articles) {
      if (!isCopy.has(a.id)) groups.push({article: a, copies: copiesOf.get(a.id) || []});
    }
    const placed = new Set(groups.flatMap(g => [g.article.id].concat(g.copies.map(c => c.id))));
    for (const a of articles) if (!placed.has(a.id)) groups.push({article: a, copies: []});
    return groups;
  }

  const PALETTE = ['#1f4e79', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64', '#827717', '#283593'];

  /** Which outlets tell the story (copies of one text under their original), as a bar, a list and a timeline. */
  function coverage(story, articles, number) {
    if (!articles.length) return el('p', {class: 'muted'}, 'No articles.');
    const outlets = new Map();
    for (const a of articles) {
      const key = outlet(a, a.id);
      if (!outlets.has(key)) outlets.set(key, {name: key, articles: [], languages: new Set()});
      const o = outlets.get(key);
      o.articles.push(a);
      if (a.language) o.languages.add(a.language);
    }
    const ranked = Array.from(outlets.values()).sort((x, y) => y.articles.length - x.articles.length || x.name.localeCompare(y.name));
    const color = new Map(ranked.map((o, i) => [o.name, PALETTE[i % PALETTE.length]]));
    const isCopy = new Set((story.copies || []).flatMap(c => c.copies || []));
    const bar = el('div', {class: 'coverage-bar', role: 'img',
      'aria-label': plural(ranked.length, 'outlet') + ', ' + plural(articles.length, 'article')},
      ranked.map(o => el('span', {class: 'segment', title: o.name + ': ' + plural(o.articles.length, 'article'),
        style: {flexGrow: String(o.articles.length), background: color.get(o.name)}})));
    const languages = new Set(articles.map(a => a.language).filter(Boolean));
    const copies = articles.filter(a => isCopy.has(a.id)).length;
    const groups = originals(story, articles);
    const list = collapsible(groups, 12, g => el('li', {class: 'coverage-item'},
      el('span', {class: 'swatch', style: {background: color.get(outlet(g.article, g.article.id))}}),
      el('a', {href: articleLink(g.article.id)}, '[' + number.get(g.article.id) + '] ' + outlet(g.article, g.article.id)), ' ',
      el('span', {class: 'muted'}, [g.article.language, g.article.published].filter(Boolean).join(' · ')),
      g.copies.length ? el('ul', {class: 'copies'}, g.copies.map(c => el('li', {class: 'copy'},
        '↳ copy: ', el('a', {href: articleLink(c.id)}, '[' + number.get(c.id) + '] ' + outlet(c, c.id)),
        ' ', el('span', {class: 'muted'}, [c.language, c.published].filter(Boolean).join(' · '))))) : null),
      'coverage-list', 'original');
    return el('div', {},
      el('p', {class: 'meta', id: 'coverage-counts'}, plural(ranked.length, 'outlet'), ' · ', plural(groups.length, 'independent text'),
        ' · ', plural(copies, 'copy', 'copies'), ' · ', languages.size ? Array.from(languages).sort().map(l => badge(l, 'lang')) : 'language unknown'),
      bar, coverageTimeline(articles, color), list);
  }

  /** Articles per day, stacked by outlet: a small chart drawn with boxes (no SVG, no canvas). */
  function coverageTimeline(articles, color) {
    const days = new Map();
    for (const a of articles) {
      if (!a.published) continue;
      if (!days.has(a.published)) days.set(a.published, []);
      days.get(a.published).push(a);
    }
    if (days.size < 2) return null;
    const sorted = Array.from(days.keys()).sort();
    const most = Math.max(...Array.from(days.values()).map(d => d.length));
    return el('div', {class: 'coverage-timeline', id: 'coverage-timeline'},
      sorted.map(day => {
        const list = days.get(day);
        return el('div', {class: 'day', title: day + ': ' + plural(list.length, 'article')},
          el('div', {class: 'stack', style: {height: Math.round(60 * list.length / most) + 'px'}},
            list.map(a => el('span', {class: 'box', style: {background: color.get(outlet(a, a.id))},
              title: outlet(a, a.id)}))),
          el('span', {class: 'day-label'}, day.slice(5)));
      }));
  }

  /** One row per fact, one screen wide: the consensus or the two sides, who says it, as of when; sources on expand. */
  function figures(story, articles, number, name) {
    const facts = story.facts || [];
    if (!facts.length) return el('p', {class: 'muted'}, 'No figures.');
    const conflictsOnly = el('input', {type: 'checkbox', id: 'only-conflicts'});
    const multiOnly = el('input', {type: 'checkbox', id: 'only-multi'});
    const sources = f => new Set((f.values || []).map(v => v.article)).size;
    const link = (f, text) => {
      const v = (f.values || []).find(x => x.text === text) || {};
      return el('a', {class: 'fig-link', href: articleLink(v.article, v.begin, v.end), title: 'open the sentence giving this figure'}, text);
    };
    const texts = list => Array.from(new Set(list));
    const rows = facts.map(f => {
      const status = f.status || '';
      const values = f.values || [];
      let figure;
      if (status === 'conflicting' && (f.sides || []).length) {
        figure = el('div', {class: 'sides'}, f.sides.map((side, i) => el('div', {class: 'side'},
          i > 0 ? el('span', {class: 'versus'}, 'vs ') : null,
          texts(side.texts).slice(0, 3).map((t, j) => [j ? ', ' : '', link(f, t)]))));
      } else {
        const shown = texts(values.map(v => v.text)).slice(0, 3);
        figure = el('div', {}, el('span', {class: 'num consensus'}, consensus(f)), shown.length ? ' ' : null,
          el('span', {class: 'printed'}, '(', shown.map((t, j) => [j ? ', ' : '', link(f, t)]), ')'));
      }
      const authorities = texts(values.map(v => v.authority).filter(Boolean));
      const dates = values.map(v => v.asOf).filter(Boolean).sort();
      const detail = el('details', {class: 'per-source'}, el('summary', {}, plural(sources(f), 'source')),
        el('ul', {}, values.map(v => el('li', {},
          el('a', {class: 'cite', href: articleLink(v.article, v.begin, v.end)}, name(v.article)), ': ', v.text,
          v.authority ? el('span', {class: 'authority'}, ' — ' + v.authority) : null,
          v.asOf ? el('span', {class: 'muted'}, ' · ' + v.asOf) : null))));
      const row = el('tr', {class: 'fact ' + status},
        el('th', {scope: 'row'}, f.label || f.measure),
        el('td', {}, badge(status, status === 'conflicting' ? 'conflict' : status === 'agreed' ? 'agreed' : 'single'),
          f.trend ? badge(f.trend, 'trend') : null),
        el('td', {class: 'figure'}, figure),
        el('td', {class: 'authorities'}, authorities.slice(0, 3).join('; ') + (authorities.length > 3 ? ' …' : '')),
        el('td', {class: 'asof'}, dates.length ? dateRange(dates[0], dates[dates.length - 1]) : ''),
        el('td', {}, detail));
      row.dataset.conflict = status === 'conflicting' ? '1' : '0';
      row.dataset.multi = sources(f) > 1 ? '1' : '0';
      return row;
    });
    const refresh = () => {
      let shown = 0;
      for (const row of rows) {
        const hide = (conflictsOnly.checked && row.dataset.conflict !== '1') || (multiOnly.checked && row.dataset.multi !== '1');
        row.hidden = hide;
        if (!hide) shown++;
      }
      count.textContent = shown + ' of ' + plural(rows.length, 'fact');
    };
    const count = el('span', {class: 'muted', id: 'figures-count'});
    conflictsOnly.addEventListener('change', refresh);
    multiOnly.addEventListener('change', refresh);
    const head = el('tr', {}, el('th', {}, 'Fact'), el('th', {}, 'Status'), el('th', {}, 'Figure'),
      el('th', {}, 'According to'), el('th', {}, 'As of'), el('th', {}, 'Sources'));
    const table = el('table', {class: 'facts'}, el('thead', {}, head), el('tbody', {}, rows));
    refresh();
    return el('div', {},
      el('p', {class: 'toggles'}, el('label', {}, conflictsOnly, ' conflicts only'), ' ',
        el('label', {}, multiOnly, ' multi-source only'), ' ', count),
      table);
  }

  function consensus(f) {
    if (typeof f.consensus !== 'number' || !Number.isFinite(f.consensus)) return '';
    const unit = f.unit && f.unit !== 'people' ? ' ' + f.unit : '';
    return num(f.consensus) + unit;
  }

  function quotes(story, name) {
    const groups = story.quotes || [];
    if (!groups.length) return el('p', {class: 'muted'}, 'No quotes.');
    return collapsible(groups, 10, g => el('li', {class: 'quote-group'},
      el('h3', {}, g.speaker || 'unknown speaker',
        (g.occurrences || []).length > 3 ? el('span', {class: 'muted'}, ' · ' + plural(g.occurrences.length, 'wording')) : null),
      el('div', {class: 'wordings'}, collapsible(g.occurrences || [], 3, o => el('li', {class: 'wording'},
        el('blockquote', {}, o.text),
        el('div', {class: 'caption'},
          o.speakerAsWritten && o.speakerAsWritten !== g.speaker ? el('span', {class: 'muted'}, o.speakerAsWritten + ' · ') : null,
          el('a', {class: 'cite', href: articleLink(o.article, o.begin, o.end)}, name(o.article)))), 'wording-list', 'wording'))),
      'quote-groups', 'statement');
  }

  function timeline(story, name) {
    const entries = story.timeline || [];
    if (!entries.length) return el('p', {class: 'muted'}, 'No dated events.');
    return el('ol', {class: 'timeline'}, entries.map(t => {
      const cite = (t.citations || []).find(c => c.article === t.article);
      return el('li', {},
        el('time', {datetime: t.date}, t.date),
        el('p', {}, t.text, ' ',
          el('a', {class: 'cite', href: cite ? articleLink(t.article, cite.begin, cite.end) : articleLink(t.article)}, name(t.article))),
        (t.articles || []).length > 1 ? el('p', {class: 'muted'}, 'dated by ' + plural(t.articles.length, 'article')) : null);
    }));
  }

  function entities(story) {
    const list = story.entities || [];
    if (!list.length) return el('p', {class: 'muted'}, 'No entities.');
    return el('ul', {class: 'entities'}, list.map(e => el('li', {class: 'entity ' + String(e.type || '').toLowerCase()},
      el('a', {href: route('entity', e.name)}, e.name), ' ', badge(String(e.type || '').toLowerCase(), 'type'),
      (e.aliases || []).length ? el('span', {class: 'aliases'}, ' also: ' + e.aliases.join(' · ')) : null,
      el('span', {class: 'muted'}, ' (' + plural(new Set((e.mentions || []).map(m => m.article)).size, 'article') + ')'))));
  }

  /** Per independent article: how many figures and quotes it gives and what it alone reports; copies on expand. */
  function sourceMatrix(story, articles, number) {
    const facts = story.facts || [];
    const groups = story.quotes || [];
    if (!articles.length) return el('p', {class: 'muted'}, 'No articles.');
    const alone = new Map((story.sources || []).map(s => [s.article, s]));
    const showCopies = el('input', {type: 'checkbox', id: 'show-copies'});
    const uniqueOnly = el('input', {type: 'checkbox', id: 'only-unique'});
    const row = (a, copy) => {
      const view = alone.get(a.id);
      const unique = view ? [].concat(view.uniqueFacts || [], view.uniqueQuotes || [], view.uniqueEntities || []) : [];
      const given = facts.filter(f => (f.values || []).some(v => v.article === a.id));
      const disputed = given.filter(f => f.status === 'conflicting').length;
      const carried = groups.filter(g => (g.occurrences || []).some(o => o.article === a.id)).length;
      const tr = el('tr', {class: copy ? 'copy' : 'original'},
        el('th', {scope: 'row'}, copy ? '↳ copy: ' : '', el('a', {href: articleLink(a.id)}, '[' + number.get(a.id) + '] ' + outlet(a, a.id))),
        el('td', {class: given.length ? 'has' + (disputed ? ' conflict' : '') : 'none', title: given.map(f => f.label).join('; ')},
          given.length ? String(given.length) + (disputed ? ' (' + disputed + ' disputed)' : '') : ''),
        el('td', {class: carried ? 'has' : 'none'}, carried ? String(carried) : ''),
        el('td', {class: 'alone'}, unique.length ? collapsible(unique, 4, u => el('li', {}, u), 'unique', 'item')
          : (copy ? 'copy of another article' : '—')));
      tr.dataset.unique = unique.length ? '1' : '0';
      return tr;
    };
    const rows = [];
    for (const g of originals(story, articles)) {
      rows.push(row(g.article, false));
      for (const c of g.copies) rows.push(row(c, true));
    }
    const refresh = () => {
      for (const tr of rows) {
        tr.hidden = (!showCopies.checked && tr.classList.contains('copy')) || (uniqueOnly.checked && tr.dataset.unique !== '1');
      }
    };
    showCopies.addEventListener('change', refresh);
    uniqueOnly.addEventListener('change', refresh);
    refresh();
    const copies = rows.filter(r => r.classList.contains('copy')).length;
    const head = el('tr', {}, el('th', {}, 'Article'), el('th', {}, 'Figures'), el('th', {}, 'Quotes'), el('th', {}, 'Alone reports'));
    return el('div', {},
      el('p', {class: 'toggles'}, copies ? el('label', {}, showCopies, ' show ' + plural(copies, 'copy', 'copies')) : null, ' ',
        el('label', {}, uniqueOnly, ' only articles reporting something alone')),
      el('table', {class: 'matrix'}, el('thead', {}, head), el('tbody', {}, rows)));
  }

  function articleList(articles, number, byId) {
    return collapsible(articles, 20, a => el('li', {value: number.get(a.id)},
      el('a', {href: articleLink(a.id)}, a.title || '(untitled)'), ' ',
      el('span', {class: 'muted'}, [outlet(a, a.id), a.language, a.published].filter(Boolean).join(' · ')),
      a.analysis ? el('span', {class: 'muted'}, ' · ' + a.analysis) : null,
      a.copyOf ? el('span', {class: 'muted'}, ' · copy of [' + (number.get(a.copyOf) || '?') + ']') : null), 'articles', 'article');
  }

  // ---- article view ------------------------------------------------------------------------------

  async function articlePage(id, params) {
    show(el('p', {class: 'muted'}, 'Loading…'));
    let a;
    try {
      a = await api('/api/articles/' + encodeURIComponent(id));
    } catch (e) {
      show(failure(e));
      return;
    }
    const begin = params.has('b') ? Number(params.get('b')) : NaN;
    const end = params.has('e') ? Number(params.get('e')) : NaN;
    let target = null;
    let cited = null;
    if (Number.isInteger(begin) && Number.isInteger(end) && begin >= 0 && end > begin && end <= a.text.length) {
      cited = [begin, end];
      const sentence = (a.sentences || []).find(s => begin >= s[0] && begin < s[1]);
      target = sentence ? [Math.min(sentence[0], begin), Math.max(sentence[1], end)] : cited;
    }
    const href = safeHref(a.source);
    show(
      el('nav', {class: 'crumbs'}, (a.stories || []).map(s => el('a', {href: route('story', s.id)}, '← ' + (s.title || 'story')))),
      el('h1', {class: 'article-title'}, a.title || '(untitled)'),
      el('p', {class: 'meta'}, [a.site, a.language, a.published, (a.authors || []).join(', ')].filter(Boolean).join(' · ')),
      el('p', {class: 'meta source'}, 'source: ', href ? el('a', {href: href, rel: 'noopener noreferrer', target: '_blank'}, a.source) : el('code', {}, a.source)),
      el('p', {class: 'legend'}, el('span', {class: 'ent'}, 'entity'), ' ', el('span', {class: 'fig'}, 'figure'), ' ',
        el('span', {class: 'quote'}, 'quote'), ' ', el('span', {class: 'target'}, 'cited sentence')),
      highlighted(a.text, a.spans || [], target, cited));
    const first = document.getElementById('target');
    if (first) first.scrollIntoView({block: 'center'});
  }

  /** The text cut at every span boundary; each piece carries the classes of the spans covering it. */
  function highlighted(text, spans, target, cited) {
    const ranges = spans.map(s => ({begin: s.begin, end: s.end, cls: s.kind === 'entity' ? 'ent' : s.kind === 'figure' ? 'fig' : 'quote',
      title: s.kind + ': ' + s.label + (s.detail ? ' (' + s.detail + ')' : '')}));
    if (target) ranges.push({begin: target[0], end: target[1], cls: 'target', title: null});
    if (cited) ranges.push({begin: cited[0], end: cited[1], cls: 'cited', title: null});
    const cuts = new Set([0, text.length]);
    for (const r of ranges) {
      if (r.begin >= 0 && r.end <= text.length && r.begin < r.end) {
        cuts.add(r.begin);
        cuts.add(r.end);
      }
    }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const out = el('div', {class: 'article-text', id: 'article-text'});
    let targetMarked = false;
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = ranges.filter(r => r.begin <= from && r.end >= to);
      if (!covering.length) {
        out.appendChild(document.createTextNode(piece));
        continue;
      }
      const classes = Array.from(new Set(covering.map(r => r.cls)));
      const titles = covering.map(r => r.title).filter(Boolean);
      const attrs = {class: classes.join(' ')};
      if (titles.length) attrs.title = titles.join('\n');
      if (classes.includes('target') && !targetMarked) {
        attrs.id = 'target';
        targetMarked = true;
      }
      out.appendChild(el('span', attrs, piece));
    }
    return out;
  }

  // ---- entity page -------------------------------------------------------------------------------

  async function entityPage(name) {
    show(el('p', {class: 'muted'}, 'Loading…'));
    try {
      const e = await api('/api/entities/' + encodeURIComponent(name));
      const by = (e.quotes || []).filter(q => q.by);
      const about = (e.quotes || []).filter(q => !q.by);
      const quote = q => el('li', {class: 'entity-quote'},
        el('blockquote', {}, q.text), ' ',
        el('span', {class: 'muted'}, q.by ? '' : q.speaker + ' · '),
        el('a', {class: 'cite', href: articleLink(q.article, q.begin, q.end)}, 'source'),
        q.articles > 1 ? el('span', {class: 'muted'}, ' (' + plural(q.articles, 'article') + ')') : null, ' · ',
        el('a', {href: route('story', q.story.id)}, q.story.title || q.story.id));
      show(el('h1', {class: 'entity-name'}, e.name),
        el('p', {class: 'meta'}, badge(String(e.type || '').toLowerCase(), 'type'), ' ', plural(e.mentions, 'mention'), ' in ',
          plural(e.stories.length, 'story', 'stories')),
        (e.others || []).length ? el('p', {class: 'others', id: 'entity-others'}, 'Not to be confused with: ',
          e.others.map((o, i) => [i ? ', ' : '', el('a', {href: route('entity', o)}, o)])) : null,
        el('h2', {}, 'Also written'), e.aliases.length ? el('ul', {class: 'aliases', id: 'entity-aliases'}, e.aliases.map(x => el('li', {}, x))) : el('p', {class: 'muted'}, 'no other spelling'),
        el('h2', {}, 'Stories'), el('ul', {id: 'entity-stories'}, e.stories.map(s => el('li', {}, el('a', {href: route('story', s.id)}, s.title || s.id)))),
        el('h2', {}, 'Says'), by.length ? collapsible(by, 10, quote, 'entity-quotes by', 'quote') : el('p', {class: 'muted'}, 'no quotes'),
        about.length ? el('h2', {}, 'Quoted about') : null, about.length ? collapsible(about, 10, quote, 'entity-quotes about', 'quote') : null);
    } catch (err) {
      show(failure(err));
    }
  }

  // ---- search ------------------------------------------------------------------------------------

  async function searchPage(params) {
    const q = params.get('q') || '';
    document.getElementById('search-box').value = q;
    if (!q.trim()) {
      show(el('h1', {}, 'Search'), el('p', {class: 'muted'}, 'Type words in the search box.'));
      return;
    }
    show(el('h1', {}, 'Search: ', el('q', {}, q)), el('p', {class: 'muted'}, 'Searching…'));
    try {
      const r = await api('/api/search' + query({q: q, limit: 20}));
      show(el('h1', {}, 'Search: ', el('q', {}, q)),
        el('div', {class: 'columns'},
          el('section', {class: 'panel', id: 'fulltext'}, el('h2', {}, 'By words'), hits(r.fulltext, false)),
          el('section', {class: 'panel', id: 'semantic'}, el('h2', {}, 'By meaning'), hits(r.semantic, true))));
    } catch (e) {
      show(el('h1', {}, 'Search'), failure(e));
    }
  }

  function hits(list, scored) {
    if (!list.length) return el('p', {class: 'muted'}, 'Nothing found.');
    return el('ol', {class: 'hits'}, list.map(h => el('li', {},
      el('a', {class: 'hit', href: articleLink(h.id)}, h.title || '(untitled)'), ' ',
      el('span', {class: 'muted'}, [h.site, h.published, scored ? 'similarity ' + num(h.score) : null].filter(Boolean).join(' · ')),
      (h.snippets || []).map(parts => el('p', {class: 'snippet'}, '… ',
        parts.map(p => p.hit ? el('mark', {}, p.text) : p.text), ' …')),
      (h.stories || []).length ? el('div', {class: 'in-stories'}, 'in ', h.stories.map(s => el('a', {href: route('story', s.id)}, s.title || s.id))) : null)));
  }

  // ---- ingest ------------------------------------------------------------------------------------

  function ingestPage() {
    const input = el('input', {type: 'file', name: 'files', id: 'files', multiple: 'multiple',
      accept: '.txt,.html,.htm,.jsonl,.ndjson,.json,.warc,.gz'});
    const status = el('div', {id: 'job', class: 'job'});
    const form = el('form', {class: 'upload'},
      el('label', {}, 'Article files (.txt, .html, .jsonl, .json, .warc, also .gz) ', input),
      el('button', {type: 'submit', id: 'upload'}, 'Upload and ingest'));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!input.files.length) return;
      const data = new FormData();
      for (const f of input.files) data.append('files', f, f.name);
      clear(status);
      status.appendChild(el('p', {}, 'Uploading…'));
      try {
        const job = await api('/api/ingest', {method: 'POST', body: data});
        poll(job.id, status);
      } catch (e) {
        clear(status);
        status.appendChild(failure(e));
      }
    });
    show(el('h1', {}, 'Ingest'), el('p', {class: 'muted'}, 'Uploaded files are read, analysed and grouped into stories on the server, one job at a time.'),
      form, status);
  }

  async function poll(id, status) {
    let job;
    try {
      job = await api('/api/jobs/' + encodeURIComponent(id));
    } catch (e) {
      clear(status);
      status.appendChild(failure(e));
      return;
    }
    renderJob(job, status);
    if (job.state !== 'done' && job.state !== 'failed' && location.hash === '#/ingest') {
      setTimeout(() => poll(id, status), 500);
    }
  }

  function renderJob(job, status) {
    clear(status);
    const bar = el('progress', {id: 'job-progress', max: job.total > 0 ? job.total : 1});
    if (job.state === 'done') bar.value = bar.max;
    else if (job.total > 0) bar.value = job.done;
    else bar.removeAttribute('value');
    append(status, [
      el('p', {}, 'Files: ' + job.files.join(', ')),
      el('p', {id: 'job-state', class: 'state ' + job.state}, job.state + ' — ' + job.stage + (job.total > 0 ? ' (' + job.done + '/' + job.total + ')' : '')),
      bar]);
    if (job.error) status.appendChild(el('p', {class: 'error'}, job.error));
    const r = job.result;
    if (r) {
      status.appendChild(el('p', {id: 'job-result'}, plural(r.articles.length, 'article') + ' read, ' + r.added + ' new.'));
      if (r.rejected.length) {
        status.appendChild(el('ul', {class: 'rejected'}, r.rejected.map(x => el('li', {}, x.source + ': ' + x.reason))));
      }
      if (r.stories.length) {
        status.appendChild(el('ul', {class: 'job-stories'}, r.stories.map(s => el('li', {}, el('a', {href: route('story', s.id)}, s.title || s.id)))));
      }
    }
  }

  // ---- routing -----------------------------------------------------------------------------------

  function render() {
    const hash = location.hash || '#/';
    const [path, search] = hash.slice(1).split('?');
    const params = new URLSearchParams(search || '');
    const parts = path.split('/').filter(Boolean).map(p => {
      try {
        return decodeURIComponent(p);
      } catch (e) {
        return '';
      }
    });
    if (parts[0] === 'story' && parts[1]) return storyPage(parts[1]);
    if (parts[0] === 'article' && parts[1]) return articlePage(parts[1], params);
    if (parts[0] === 'entity' && parts[1]) return entityPage(parts[1]);
    if (parts[0] === 'search') return searchPage(params);
    if (parts[0] === 'ingest') return ingestPage();
    return storyList(params);
  }

  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const q = document.getElementById('search-box').value.trim();
    location.hash = '#/search' + query({q: q});
  });
  window.addEventListener('hashchange', render);
  render();
})();
